using System;
using FluentAssertions;
using FluentAssertions.Execution;
using NodaTime;

namespace Zenput.Sla.Testing;

/// <summary>Assertions on a scenario's ticket as of the scenario's "now". Start with <c>scenario.Should()</c>.</summary>
/// <remarks>Failure messages name the ticket (id, severity, report), the goal and the instants, in UTC and on the support zone's wall clock.</remarks>
public sealed class SlaScenarioAssertions
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The scenario.</param>
    public SlaScenarioAssertions(SlaScenario subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        Subject = subject;
    }

    /// <summary>Gets the scenario under test.</summary>
    public SlaScenario Subject { get; }

    /// <summary>Asserts when the ticket's response is due, with the pauses so far (a pause still open stops the clock for good).</summary>
    /// <param name="expected">The expected due instant.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<SlaScenarioAssertions> HaveResponseDue(Instant expected, string because = "", params object[] becauseArgs)
    {
        DueAssertion.Check(Subject.SlaClock, Subject.Tier, Subject.ReportedAt, expected, Subject.PausesForDue, Subject.TicketId, because, becauseArgs);
        return new AndConstraint<SlaScenarioAssertions>(this);
    }

    /// <summary>Asserts when the ticket's response is due, as a wall-clock time in the support zone.</summary>
    /// <param name="expected">The expected due wall-clock time.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<SlaScenarioAssertions> HaveResponseDue(LocalDateTime expected, string because = "", params object[] becauseArgs) =>
        HaveResponseDue(expected.InZoneLeniently(Subject.Policy.SupportZone).ToInstant(), because, becauseArgs);

    /// <summary>Asserts that the response goal is breached now.</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<SlaScenarioAssertions> BeBreached(string because = "", params object[] becauseArgs) => Breached(true, because, becauseArgs);

    /// <summary>Asserts that the response goal is not breached now.</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<SlaScenarioAssertions> NotBeBreached(string because = "", params object[] becauseArgs) => Breached(false, because, becauseArgs);

    private AndConstraint<SlaScenarioAssertions> Breached(bool expected, string because, object[] becauseArgs)
    {
        var status = Subject.ResponseStatus();
        var zone = Subject.Policy.SupportZone;
        var ticket = SlaText.Ticket(Subject.Tier, Subject.ReportedAt, zone, Subject.TicketId);
        var due = status.DueAt is { } d ? $"due {SlaText.Instant(d, zone)}" : "the clock is stopped for good";
        var actual = status.IsBreached
            ? $"it was breached at {SlaText.Instant(status.BreachedAt!.Value, zone)}, {SlaText.Span(-status.Remaining)} overdue"
            : $"{SlaText.Span(status.Remaining)} of {SlaText.Span(status.Goal)} remain ({due})";
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(status.IsBreached == expected)
            .FailWith(SlaText.Failure($"{ticket} {(expected ? "to be" : "not to be")} breached at {SlaText.Instant(status.At, zone)}", actual));
        return new AndConstraint<SlaScenarioAssertions>(this);
    }
}
