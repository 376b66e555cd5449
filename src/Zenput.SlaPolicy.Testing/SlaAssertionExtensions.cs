using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Serialization;

namespace Zenput.Sla.Testing;

/// <summary>The <c>Should()</c> entry points of the SLA assertions.</summary>
public static class SlaAssertionExtensions
{
    /// <summary>Starts assertions on a policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The assertions.</returns>
    public static SlaPolicyAssertions Should(this SlaPolicy policy) => new(policy);

    /// <summary>Starts assertions on an SLA clock.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The assertions.</returns>
    public static SlaClockAssertions Should(this SlaClock clock) => new(clock);

    /// <summary>Starts assertions on a goal's status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The assertions.</returns>
    public static SlaStatusAssertions Should(this SlaStatus status) => new(status);

    /// <summary>Starts assertions on a ticket's evaluation.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The assertions.</returns>
    public static TicketEvaluationAssertions Should(this TicketEvaluation evaluation) => new(evaluation);

    /// <summary>Starts assertions on a read policy document.</summary>
    /// <param name="result">The result of <see cref="SlaPolicyDocument.Read(string)"/>.</param>
    /// <returns>The assertions.</returns>
    public static SlaPolicyLoadResultAssertions Should(this SlaPolicyLoadResult result) => new(result);
}
