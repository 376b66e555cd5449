using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.DependencyInjection;

/// <summary>The policy in force, with the SLA clock and the ticket evaluator built for it.</summary>
/// <remarks>
/// <para>With a policy from configuration, all three follow reloads: a valid new document replaces
/// them together (read <see cref="Evaluator"/> once and use its <see cref="TicketEvaluator.Clock"/> and
/// <see cref="TicketEvaluator.Policy"/> to be sure of one consistent set); an invalid one is refused,
/// its errors are logged, and the last valid policy stays in force.</para>
/// <para>Implementations are thread-safe.</para>
/// </remarks>
public interface ISlaPolicyProvider
{
    /// <summary>Gets the ticket evaluator of the policy in force (it holds the policy and its clock). It is immutable; a reload replaces it whole.</summary>
    TicketEvaluator Evaluator { get; }

    /// <summary>Gets the SLA clock of the policy in force (the <see cref="TicketEvaluator.Clock"/> of <see cref="Evaluator"/>).</summary>
    SlaClock Clock { get; }

    /// <summary>Gets the policy in force (the <see cref="TicketEvaluator.Policy"/> of <see cref="Evaluator"/>).</summary>
    SlaPolicy Policy { get; }
}
