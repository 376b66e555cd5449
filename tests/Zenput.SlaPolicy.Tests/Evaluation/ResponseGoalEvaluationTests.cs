using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>The response goal of the built-in policy, worked out by hand: Level 1 is 2 hours on the 24×7 clock, met by engineer assignment or first response.</summary>
public sealed class ResponseGoalEvaluationTests
{
    // Reported (EvaluationKit): Monday 2 March 2026, 10:00 UTC: no maintenance window anywhere near.
    [Fact]
    public void A_response_exactly_at_due_is_met()
    {
        var result = Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.EngineerAssigned, Utc(2026, 3, 2, 12))), Utc(2026, 3, 2, 13));

        result.Response.DueAt.Should().Be(Utc(2026, 3, 2, 12));
        result.Response.MetAt.Should().Be(Utc(2026, 3, 2, 12));
        result.Response.MetBy.Should().Be(TicketEventKind.EngineerAssigned);
        result.Response.Status.Should().Be(EvaluationStatus.Met);
        result.Response.Remaining.Should().Be(Duration.Zero);
        result.Response.ShareUsed.Should().Be(1.0);
    }

    [Fact]
    public void A_response_one_nanosecond_after_due_is_breached_and_the_breach_instant_is_the_due_instant()
    {
        var late = Utc(2026, 3, 2, 12) + Duration.Epsilon;

        var result = Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, late)), Utc(2026, 3, 2, 13));

        result.Response.Status.Should().Be(EvaluationStatus.Breached);
        result.Response.BreachedAt.Should().Be(Utc(2026, 3, 2, 12));
        result.Response.Overdue.Should().Be(Duration.Epsilon);
        result.Status.Should().Be(EvaluationStatus.Breached);
    }

    [Fact]
    public void An_unmet_response_is_pending_while_now_is_at_or_before_due_and_breached_after()
    {
        var ticket = Ticket("critical", Reported);

        Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 12)).Response.Status.Should().Be(EvaluationStatus.Pending);
        var late = Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 12, 30));
        late.Response.Status.Should().Be(EvaluationStatus.Breached);
        late.Response.Remaining.Should().Be(Duration.FromMinutes(-30));
        late.Response.ShareUsed.Should().Be(1.25);
    }

    [Fact]
    public void Nothing_is_inferred_from_other_events_a_fix_or_a_resolution_does_not_meet_the_response()
    {
        var ticket = Ticket("critical", Reported, E(TicketEventKind.TicketCreated, Utc(2026, 3, 2, 10, 5)), E(TicketEventKind.FixStarted, Utc(2026, 3, 2, 10, 30)), E(TicketEventKind.Resolved, Utc(2026, 3, 2, 11)));

        var result = Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 13));

        result.Response.MetAt.Should().BeNull();
        result.Response.Status.Should().Be(EvaluationStatus.Breached);
        result.IsResolved.Should().BeTrue();
    }

    [Fact]
    public void A_pause_still_open_at_now_counts_up_to_now()
    {
        var ticket = Ticket("critical", Reported, TicketEvent.Paused(Utc(2026, 3, 2, 11), "waiting on customer"));

        var result = Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 13));

        // One hour ran before the pause; two hours paused up to now: due 10:00 + 2 h + 2 h.
        result.IsPaused.Should().BeTrue();
        result.Response.Elapsed.Should().Be(Duration.FromHours(1));
        result.Response.DueAt.Should().Be(Utc(2026, 3, 2, 14));
        result.Response.Status.Should().Be(EvaluationStatus.Pending);
        result.NextDue.Should().Be(new UpcomingDeadline(null, Utc(2026, 3, 2, 14)));
    }

    [Fact]
    public void Warning_thresholds_are_reported_with_the_instant_each_was_crossed_pauses_taken_out()
    {
        // The example: reported 21:30 PST, paused 22:10-22:50, engineer assigned 23:55.
        var reported = Pt(2026, 11, 24, 21, 30);
        var ticket = Ticket("critical", reported, TicketEvent.Paused(Pt(2026, 11, 24, 22, 10), "waiting on customer"), TicketEvent.Resumed(Pt(2026, 11, 24, 22, 50)), E(TicketEventKind.EngineerAssigned, Pt(2026, 11, 24, 23, 55)));

        var result = Evaluator.Evaluate(ticket, Pt(2026, 11, 25, 0, 30));

        result.Response.DueAt.Should().Be(Pt(2026, 11, 25, 0, 10));
        result.Response.Elapsed.Should().Be(Duration.FromMinutes(105));
        result.Response.Remaining.Should().Be(Duration.FromMinutes(15));
        result.Response.ShareUsed.Should().Be(0.875);

        // 50 % is 1 h: 40 min before the pause, 20 min after it. 75 % is 1 h 30 min: 22:50 + 50 min. 90 % (1 h 48 min) was not reached by 23:55.
        result.Response.Warnings.Should().Equal(new WarningCrossing(50, Pt(2026, 11, 24, 23, 10)), new WarningCrossing(75, Pt(2026, 11, 24, 23, 40)));
    }

    [Fact]
    public void A_policy_without_warning_thresholds_reports_none()
    {
        var quiet = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default).WithWarningThresholds().Build());

        quiet.Evaluate(Ticket("critical", Reported), Utc(2026, 3, 2, 13)).Response.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Events_after_now_had_not_happened_yet_and_are_not_counted()
    {
        var ticket = Ticket("critical", Reported, E(TicketEventKind.EngineerAssigned, Utc(2026, 3, 2, 11)));

        var before = Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 10, 59));

        before.Response.MetAt.Should().BeNull();
        before.Response.Status.Should().Be(EvaluationStatus.Pending);
    }

    [Fact]
    public void The_response_figures_agree_with_the_clock_status_at_the_same_instant()
    {
        var ticket = Ticket("major", Reported, TicketEvent.Paused(Utc(2026, 3, 2, 11)), TicketEvent.Resumed(Utc(2026, 3, 2, 11, 45)));
        var now = Utc(2026, 3, 2, 15);

        var result = Evaluator.Evaluate(ticket, now);
        var status = new SlaClock(ZenputSla.Default).Status(Reported, GoalTarget.Elapsed(Duration.FromHours(4)), now, [new Interval(Utc(2026, 3, 2, 11), Utc(2026, 3, 2, 11, 45))]);

        result.Response.DueAt.Should().Be(status.DueAt!.Value);
        result.Response.Elapsed.Should().Be(status.Elapsed);
        result.Response.Remaining.Should().Be(status.Remaining);
        (result.Response.Status == EvaluationStatus.Breached).Should().Be(status.IsBreached);
    }
}
