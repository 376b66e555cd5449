using NodaTime;
using Zenput.Sla.Evaluation;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>DESIGN.md rule 8: after a severity change every goal is recomputed from the original start under the new level; the original due instant is kept.</summary>
public sealed class SeverityChangeTests
{
    [Fact]
    public void A_severity_change_after_a_pause_recomputes_from_the_report_with_the_pause_and_keeps_the_original_due()
    {
        var ticket = Ticket(
            "major",
            Reported,
            TicketEvent.Paused(Utc(2026, 3, 2, 10, 30), "waiting on customer"),
            TicketEvent.Resumed(Utc(2026, 3, 2, 11, 30)),
            TicketEvent.SeverityChanged(Utc(2026, 3, 2, 11, 45), "critical"));

        var result = Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 12));

        result.OriginalTier.Severity.Should().Be(ZenputSla.Major);
        result.Tier.Severity.Should().Be(ZenputSla.Critical);
        result.SeverityChanged.Should().BeTrue();

        // Critical from 10:00 with one hour paused: 13:00. Major would have been 15:00.
        result.Response.DueAt.Should().Be(Utc(2026, 3, 2, 13));
        result.Response.OriginalDueAt.Should().Be(Utc(2026, 3, 2, 15));
        result.Response.GoalLength.Should().Be(Duration.FromHours(2));
        result.PeriodicUpdates!.Cadence.Should().Be(Duration.FromHours(2));
        result.PeriodicUpdates.NextDueAt.Should().Be(Utc(2026, 3, 2, 13));
        result.FindStep(ResolutionStepKind.UserNotification).Should().NotBeNull();
    }

    [Fact]
    public void A_severity_change_after_now_does_not_count_yet()
    {
        var ticket = Ticket("major", Reported, TicketEvent.SeverityChanged(Utc(2026, 3, 2, 12), ZenputSla.Critical));

        var result = Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 11));

        result.Tier.Severity.Should().Be(ZenputSla.Major);
        result.Response.DueAt.Should().Be(result.Response.OriginalDueAt);
    }

    [Fact]
    public void The_last_of_several_changes_is_current_and_the_original_is_the_reported_severity()
    {
        var ticket = Ticket(
            "minor",
            Reported,
            TicketEvent.SeverityChanged(Utc(2026, 3, 2, 10, 10), "1"),
            TicketEvent.SeverityChanged(Utc(2026, 3, 2, 10, 20), "Major"));

        var result = Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 11));

        result.Tier.Severity.Should().Be(ZenputSla.Major);
        result.Response.DueAt.Should().Be(Utc(2026, 3, 2, 14));
        result.Response.OriginalDueAt.Should().Be(Utc(2026, 3, 5, 10));
    }

    [Fact]
    public void An_upgrade_can_breach_retroactively_because_the_goal_counts_from_the_report()
    {
        var ticket = Ticket("minor", Reported, TicketEvent.SeverityChanged(Utc(2026, 3, 2, 13), "critical"));

        var result = Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 13));

        result.Response.DueAt.Should().Be(Utc(2026, 3, 2, 12));
        result.Response.Status.Should().Be(EvaluationStatus.Breached);
        result.Response.OriginalDueAt.Should().Be(Utc(2026, 3, 5, 10));
    }
}
