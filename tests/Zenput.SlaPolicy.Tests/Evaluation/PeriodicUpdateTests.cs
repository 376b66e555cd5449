using NodaTime;
using Zenput.Sla.Evaluation;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>Periodic updates of Level 1 (every 2 hours from the report), worked out by hand.</summary>
public sealed class PeriodicUpdateTests
{
    private static PeriodicUpdateEvaluation Updates(Instant now, params TicketEvent[] events) =>
        Evaluator.Evaluate(Ticket("critical", Reported, events), now).PeriodicUpdates!;

    [Fact]
    public void The_first_update_is_due_one_cadence_after_the_report()
    {
        var updates = Updates(Utc(2026, 3, 2, 11));

        updates.Cadence.Should().Be(Duration.FromHours(2));
        updates.NextDueAt.Should().Be(Utc(2026, 3, 2, 12));
        updates.Missed.Should().Be(0);
        updates.Status.Should().Be(EvaluationStatus.Pending);
    }

    [Fact]
    public void An_update_exactly_at_its_deadline_meets_it_and_the_next_is_due_a_cadence_after_that_update()
    {
        var updates = Updates(Utc(2026, 3, 2, 13), E(TicketEventKind.StatusUpdate, Utc(2026, 3, 2, 12)));

        updates.Missed.Should().Be(0);
        updates.LastUpdateAt.Should().Be(Utc(2026, 3, 2, 12));
        updates.NextDueAt.Should().Be(Utc(2026, 3, 2, 14));
    }

    [Fact]
    public void An_early_update_moves_the_next_deadline_to_a_cadence_after_it()
    {
        var updates = Updates(Utc(2026, 3, 2, 12), E(TicketEventKind.StatusUpdate, Utc(2026, 3, 2, 10, 30)));

        updates.NextDueAt.Should().Be(Utc(2026, 3, 2, 12, 30));
    }

    [Fact]
    public void A_deadline_equal_to_now_is_not_yet_missed()
    {
        var updates = Updates(Utc(2026, 3, 2, 12));

        updates.Missed.Should().Be(0);
        updates.NextDueAt.Should().Be(Utc(2026, 3, 2, 12));
    }

    [Fact]
    public void A_deadline_passed_with_no_update_is_one_miss_and_the_next_is_that_deadline_plus_the_cadence()
    {
        var updates = Updates(Utc(2026, 3, 2, 12) + Duration.Epsilon);

        updates.Missed.Should().Be(1);
        updates.MissedDeadlines.Should().Equal(Utc(2026, 3, 2, 12));
        updates.NextDueAt.Should().Be(Utc(2026, 3, 2, 14));
        updates.Status.Should().Be(EvaluationStatus.Breached);
    }

    [Fact]
    public void A_late_update_restarts_the_cadence_from_itself_after_the_misses_before_it()
    {
        // Deadlines 12:00 and 14:00 pass; the update at 15:00 comes before 16:00 and meets it.
        var updates = Updates(Utc(2026, 3, 2, 16), E(TicketEventKind.StatusUpdate, Utc(2026, 3, 2, 15)));

        updates.MissedDeadlines.Should().Equal(Utc(2026, 3, 2, 12), Utc(2026, 3, 2, 14));
        updates.NextDueAt.Should().Be(Utc(2026, 3, 2, 17));
    }

    [Fact]
    public void Deadlines_at_or_after_the_fix_being_applied_are_no_longer_owed()
    {
        var updates = Updates(Utc(2026, 3, 2, 20), E(TicketEventKind.FixApplied, Utc(2026, 3, 2, 13)));

        updates.MissedDeadlines.Should().Equal(Utc(2026, 3, 2, 12));
        updates.NextDueAt.Should().BeNull();
        updates.Status.Should().Be(EvaluationStatus.Breached);
    }

    [Fact]
    public void A_fix_applied_exactly_at_a_deadline_means_that_deadline_is_not_owed()
    {
        var updates = Updates(Utc(2026, 3, 2, 20), E(TicketEventKind.StatusUpdate, Utc(2026, 3, 2, 11)), E(TicketEventKind.FixApplied, Utc(2026, 3, 2, 13)));

        updates.Missed.Should().Be(0);
        updates.NextDueAt.Should().BeNull();
        updates.Status.Should().Be(EvaluationStatus.Met);
    }

    [Fact]
    public void Reopening_owes_updates_again_from_the_reopening()
    {
        var updates = Updates(
            Utc(2026, 3, 2, 18),
            E(TicketEventKind.StatusUpdate, Utc(2026, 3, 2, 11)),
            E(TicketEventKind.Resolved, Utc(2026, 3, 2, 12)),
            E(TicketEventKind.Reopened, Utc(2026, 3, 2, 15)));

        // Resolved at 12:00 before the 13:00 deadline; reopened at 15:00: 17:00 passes with no update.
        updates.MissedDeadlines.Should().Equal(Utc(2026, 3, 2, 17));
        updates.NextDueAt.Should().Be(Utc(2026, 3, 2, 19));
    }

    [Fact]
    public void A_pause_pushes_the_update_deadline_back_by_its_length()
    {
        var updates = Updates(Utc(2026, 3, 2, 12, 30), TicketEvent.Paused(Utc(2026, 3, 2, 11)), TicketEvent.Resumed(Utc(2026, 3, 2, 11, 45)));

        updates.NextDueAt.Should().Be(Utc(2026, 3, 2, 12, 45));
        updates.Missed.Should().Be(0);
    }

    [Fact]
    public void Updates_when_none_is_owed_change_nothing()
    {
        var updates = Updates(Utc(2026, 3, 2, 20), E(TicketEventKind.FixApplied, Utc(2026, 3, 2, 11)), E(TicketEventKind.StatusUpdate, Utc(2026, 3, 2, 12)));

        updates.LastUpdateAt.Should().BeNull();
        updates.NextDueAt.Should().BeNull();
    }

    [Fact]
    public void A_ticket_open_for_years_counts_every_missed_update_but_lists_the_first_thousand()
    {
        // 2 March 2026 10:00 to 2 March 2036 10:00 is 3,653 days: 43,836 deadlines of 2 hours, the last equal to now (not missed).
        var updates = Updates(Utc(2036, 3, 2, 10));

        updates.Missed.Should().Be(43_835);
        updates.MissedDeadlines.Should().HaveCount(1000);
        updates.MissedDeadlines[999].Should().Be(Reported + Duration.FromHours(2000));
        updates.NextDueAt.Should().Be(Utc(2036, 3, 2, 10));
    }

    [Fact]
    public void Updates_whose_anchor_happens_after_the_resolution_or_the_fix_are_not_owed_until_the_ticket_is_reopened()
    {
        // E9/E13: no update is owed at or after the fix being applied or the ticket resolved; reopened owes them
        // again, the first one a cadence after the reopening. The custom policy owes an update every hour from
        // the engineer's assignment; here the engineer is assigned at 11:00, after the resolution at 10:30.
        var resolvedFirst = Ticket("critical", Reported, E(TicketEventKind.Resolved, At(10, 30)), E(TicketEventKind.EngineerAssigned, At(11)));

        var resolved = AnchoredStepTests.Custom.Evaluate(resolvedFirst, At(14)).PeriodicUpdates!;
        resolved.Missed.Should().Be(0, "the ticket is resolved: the deadlines 12:00 and 13:00 are not owed");
        resolved.NextDueAt.Should().BeNull();
        resolved.Status.Should().Be(EvaluationStatus.Met, "none was missed and none is owed any more");

        var reopened = AnchoredStepTests.Custom.Evaluate(resolvedFirst.With(E(TicketEventKind.Reopened, At(13, 30))), At(14)).PeriodicUpdates!;
        reopened.Missed.Should().Be(0);
        reopened.NextDueAt.Should().Be(At(14, 30), "the first update after the reopening at 13:30 is due an hour later");
        reopened.Status.Should().Be(EvaluationStatus.Pending);

        var fixedFirst = AnchoredStepTests.Custom.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FixApplied, At(10, 30)), E(TicketEventKind.EngineerAssigned, At(11))), At(14)).PeriodicUpdates!;
        fixedFirst.Missed.Should().Be(0, "the fix was applied at 10:30: no update is owed after it");
        fixedFirst.NextDueAt.Should().BeNull();
    }

    [Fact]
    public void Level_3_owes_no_periodic_updates()
    {
        Evaluator.Evaluate(Ticket("minor", Reported), Utc(2026, 3, 3, 0)).PeriodicUpdates.Should().BeNull();
    }
}
