using System.Linq;
using NodaTime;
using Zenput.Sla.Evaluation;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>Resolution steps of the built-in policy, worked out by hand from the article and the stated assumptions.</summary>
public sealed class StepEvaluationTests
{
    private static StepEvaluation Step(TicketEvaluation result, ResolutionStepKind kind) => result.FindStep(kind)!.Value;

    [Fact]
    public void The_problem_ticket_is_due_15_minutes_after_the_report_and_met_by_ticket_creation()
    {
        var result = Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.TicketCreated, Utc(2026, 3, 2, 10, 15))), Utc(2026, 3, 2, 11));

        var step = Step(result, ResolutionStepKind.ProblemTicket);
        step.DueAt.Should().Be(Utc(2026, 3, 2, 10, 15));
        step.MetAt.Should().Be(Utc(2026, 3, 2, 10, 15));
        step.Status.Should().Be(EvaluationStatus.Met);
    }

    [Fact]
    public void A_step_not_met_by_its_deadline_is_breached_once_now_is_past_it_and_the_ticket_with_it()
    {
        var result = Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.EngineerAssigned, Utc(2026, 3, 2, 10, 20))), Utc(2026, 3, 2, 11));

        Step(result, ResolutionStepKind.ProblemTicket).Status.Should().Be(EvaluationStatus.Breached);
        result.Response.Status.Should().Be(EvaluationStatus.Met);
        result.Status.Should().Be(EvaluationStatus.Breached);
    }

    [Fact]
    public void Steps_by_the_response_goal_share_its_due_instant()
    {
        var result = Evaluator.Evaluate(Ticket("major", Reported, E(TicketEventKind.FixStarted, Utc(2026, 3, 2, 14, 1))), Utc(2026, 3, 2, 15));

        Step(result, ResolutionStepKind.EngineerAssignment).DueAt.Should().Be(Utc(2026, 3, 2, 14));
        Step(result, ResolutionStepKind.FixInitiation).Should().Be(new StepEvaluation(ZenputSla.Default.GetTier(2).FindStep(ResolutionStepKind.FixInitiation)!, Utc(2026, 3, 2, 14), Utc(2026, 3, 2, 14, 1), EvaluationStatus.Breached));
    }

    [Fact]
    public void User_notification_before_the_fix_is_applied_does_not_count_and_the_step_stays_pending()
    {
        var ticket = Ticket("critical", Reported, E(TicketEventKind.UsersNotified, Utc(2026, 3, 2, 11)), E(TicketEventKind.FixApplied, Utc(2026, 3, 2, 11, 30)));

        var step = Step(Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 12)), ResolutionStepKind.UserNotification);

        step.MetAt.Should().BeNull();
        step.DueAt.Should().BeNull();
        step.Status.Should().Be(EvaluationStatus.Pending);
    }

    [Fact]
    public void User_notification_at_or_after_the_fix_meets_the_step_even_at_the_same_instant()
    {
        var fixedAt = Utc(2026, 3, 2, 11, 30);
        var ticket = Ticket("critical", Reported, E(TicketEventKind.FixApplied, fixedAt), E(TicketEventKind.UsersNotified, fixedAt));

        var step = Step(Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 12)), ResolutionStepKind.UserNotification);

        step.MetAt.Should().Be(fixedAt);
        step.Status.Should().Be(EvaluationStatus.Met);
    }

    [Fact]
    public void User_notification_is_pending_until_the_fix_is_applied_and_never_breached()
    {
        var step = Step(Evaluator.Evaluate(Ticket("critical", Reported), Utc(2026, 4, 2, 10)), ResolutionStepKind.UserNotification);

        step.Status.Should().Be(EvaluationStatus.Pending);
        step.DueAt.Should().BeNull();
    }

    /// <summary>
    /// A Level 1 ticket reported 10:00Z, everything on time (ticket 10:05, engineer 10:10 within the 12:00 goal, fix started
    /// 10:20, an update at 11:00 before its 12:00 deadline), resolved at 12:00 without a fix applied: updates stop at the
    /// resolution, and user notification, owed once the fix is applied, never became owed (README E14).
    /// </summary>
    private static TicketTimeline ResolvedWithoutAFix(params TicketEvent[] more) => Ticket("critical", Reported,
        [
            E(TicketEventKind.TicketCreated, At(10, 5)),
            E(TicketEventKind.EngineerAssigned, At(10, 10)),
            E(TicketEventKind.FixStarted, At(10, 20)),
            E(TicketEventKind.StatusUpdate, At(11)),
            E(TicketEventKind.Resolved, At(12)),
            .. more,
        ]);

    [Fact]
    public void On_a_ticket_resolved_without_a_fix_user_notification_is_not_owed_and_the_verdict_is_met()
    {
        var result = Evaluator.Evaluate(ResolvedWithoutAFix(), At(18));

        var notification = Step(result, ResolutionStepKind.UserNotification);
        notification.Status.Should().Be(EvaluationStatus.Pending, "its anchor never happened: it stays pending, with no deadline");
        notification.DueAt.Should().BeNull();
        result.Steps.Where(s => s.Kind != ResolutionStepKind.UserNotification).Should().OnlyContain(s => s.Status == EvaluationStatus.Met);
        result.IsResolved.Should().BeTrue();
        result.Status.Should().Be(EvaluationStatus.Met, "nothing is owed on the resolved ticket");
        result.NextDue.Should().BeNull();
        result.Audit[^1].Description.Should().Contain("UserNotification pending but not owed (once the fix is applied, and the ticket was resolved first)");
        result.Audit[^1].Description.Should().StartWith("as of now: met;");
    }

    [Fact]
    public void Before_the_resolution_and_after_a_reopening_user_notification_can_still_be_owed_so_the_verdict_is_pending()
    {
        // Open at 11:30 (the fix may yet be applied); reopened at 13:00, evaluated at 13:30 before the next update is due (15:00).
        Evaluator.Evaluate(ResolvedWithoutAFix(), At(11, 30)).Status.Should().Be(EvaluationStatus.Pending);
        var reopened = Evaluator.Evaluate(ResolvedWithoutAFix(E(TicketEventKind.Reopened, At(13))), At(13, 30));
        reopened.Status.Should().Be(EvaluationStatus.Pending);
        reopened.Audit[^1].Description.Should().NotContain("not owed");
    }

    [Fact]
    public void A_fix_applied_but_users_never_notified_keeps_the_resolved_ticket_pending()
    {
        // The anchor happened (fix applied 11:30): the notification is owed, has no deadline, so it is pending, never breached.
        var result = Evaluator.Evaluate(ResolvedWithoutAFix(E(TicketEventKind.FixApplied, At(11, 30))), At(18));

        Step(result, ResolutionStepKind.UserNotification).Status.Should().Be(EvaluationStatus.Pending);
        result.Status.Should().Be(EvaluationStatus.Pending);
    }

    [Fact]
    public void Level_3_next_release_effort_is_best_effort_pending_never_breached_and_does_not_decide_the_verdict()
    {
        var reported = Pt(2026, 10, 30, 12);
        var ticket = Ticket("minor", reported, E(TicketEventKind.FirstResponse, Pt(2026, 10, 31, 9)));

        var result = Evaluator.Evaluate(ticket, Pt(2027, 6, 1, 0));

        // 3 calendar days in Los Angeles across the end of DST: 73 hours.
        result.Response.DueAt.Should().Be(Pt(2026, 11, 2, 12));
        result.Response.GoalLength.Should().Be(Duration.FromHours(73));
        var effort = result.Steps.Should().ContainSingle().Subject;
        effort.IsBestEffort.Should().BeTrue();
        effort.Status.Should().Be(EvaluationStatus.Pending);
        result.Status.Should().Be(EvaluationStatus.Met);
        result.NextDue.Should().BeNull();
    }

    [Fact]
    public void Level_3_next_release_effort_is_met_by_the_release()
    {
        var ticket = Ticket("minor", Reported, E(TicketEventKind.ReleasedInMajorVersion, Utc(2026, 9, 1, 0)));

        Evaluator.Evaluate(ticket, Utc(2026, 10, 1, 0)).Steps.Single().Status.Should().Be(EvaluationStatus.Met);
    }
}

/// <summary>Steps whose deadline counts from an event other than the report, in a custom policy.</summary>
public sealed class AnchoredStepTests
{
    /// <summary>The custom policy, shared with <see cref="EvaluationMutantTests"/>.</summary>
    internal static readonly TicketEvaluator Custom = new(SlaPolicyBuilder.From(ZenputSla.Default)
        .ReplaceTier(new SeverityTier(ZenputSla.Critical, GoalTarget.Elapsed(Duration.FromHours(2)),
        [
            new ResolutionStep(ResolutionStepKind.ProblemTicket, "Ticket within 15 minutes.", [TicketEventKind.TicketCreated], StepDeadline.Within(Duration.FromMinutes(15))),
            new ResolutionStep(ResolutionStepKind.PeriodicUpdates, "Updates every hour once an engineer is assigned.", [TicketEventKind.StatusUpdate], StepDeadline.Every(Duration.FromHours(1), TicketEventKind.EngineerAssigned)),
            new ResolutionStep(ResolutionStepKind.FixInitiation, "Fix within 30 minutes of assignment.", [TicketEventKind.FixStarted], StepDeadline.Within(Duration.FromMinutes(30), TicketEventKind.EngineerAssigned)),
        ]))
        .Build());

    [Fact]
    public void A_step_anchored_on_an_event_is_pending_without_a_deadline_until_the_event_happens()
    {
        var result = Custom.Evaluate(Ticket("critical", Reported), Utc(2026, 3, 2, 20));

        result.FindStep(ResolutionStepKind.FixInitiation)!.Value.Should().Be(new StepEvaluation(result.Tier.ResolutionProcess[2], null, null, EvaluationStatus.Pending));
        result.PeriodicUpdates!.NextDueAt.Should().BeNull();
        result.PeriodicUpdates.Status.Should().Be(EvaluationStatus.Pending);
    }

    [Fact]
    public void Once_the_anchor_happens_the_step_is_due_its_length_after_it_and_only_later_events_meet_it()
    {
        var ticket = Ticket("critical", Reported,
            E(TicketEventKind.FixStarted, Utc(2026, 3, 2, 10, 30)),
            E(TicketEventKind.EngineerAssigned, Utc(2026, 3, 2, 11)),
            E(TicketEventKind.StatusUpdate, Utc(2026, 3, 2, 11, 50)));

        var result = Custom.Evaluate(ticket, Utc(2026, 3, 2, 13));

        // The fix started before the assignment does not count; 30 minutes after 11:00 passed with none.
        var fix = result.FindStep(ResolutionStepKind.FixInitiation)!.Value;
        fix.DueAt.Should().Be(Utc(2026, 3, 2, 11, 30));
        fix.MetAt.Should().BeNull();
        fix.Status.Should().Be(EvaluationStatus.Breached);

        // Updates every hour from 11:00: 11:50 meets 12:00; 12:50 passes with none; next 13:50.
        result.PeriodicUpdates!.MissedDeadlines.Should().Equal(Utc(2026, 3, 2, 12, 50));
        result.PeriodicUpdates.NextDueAt.Should().Be(Utc(2026, 3, 2, 13, 50));
    }
}
