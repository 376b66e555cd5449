using System.Collections.Generic;
using System.Linq;
using FluentAssertions.Execution;
using NodaTime;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Testing;

/// <summary>The one due-time check behind the policy, clock and scenario assertions.</summary>
internal static class DueAssertion
{
    /// <summary>Checks the due instant of a ticket of <paramref name="tier"/> on <paramref name="clock"/>, a clock made from a policy.</summary>
    public static void Check(SlaClock clock, SeverityTier tier, Instant reportedAt, Instant expectedDue, IReadOnlyList<Interval> pauses, string? id, string because, object[] becauseArgs)
    {
        var zone = clock.Policy!.SupportZone;
        var expectation = $"{SlaText.Ticket(tier, reportedAt, zone, id)}{Paused(pauses, zone)} to have its response (within {tier.ResponseGoal}) due at {SlaText.Instant(expectedDue, zone)}";
        string? actual;
        try
        {
            var due = clock.DueAt(reportedAt, tier, pauses.ToArray());
            actual = due == expectedDue ? null : $"it is due at {SlaText.Instant(due, zone)}, {SlaText.Offset(due, expectedDue)}";
        }
        catch (SlaClockException e)
        {
            actual = $"the SLA clock cannot say when: {e.Message}";
        }

        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(actual is null)
            .FailWith(SlaText.Failure(expectation, actual ?? string.Empty));
    }

    private static string Paused(IReadOnlyList<Interval> pauses, DateTimeZone zone) =>
        pauses.Count == 0
            ? string.Empty
            : $" and paused {string.Join(", ", pauses.Select(p => $"from {SlaText.Instant(p.Start, zone)} {(p.HasEnd ? $"for {SlaText.Span(p.Duration)}" : "with no end yet")}"))}";
}
