using System.Linq;
using NodaTime;
using Zenput.Sla.Evaluation;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>Resolution steps of the built-in policy, worked out by hand from the article and the stated assumptions.</summary>
public sealed class StepEvaluationTests
{
    private static readonly Instant Reported = Utc(2026, 3, 2, 10);

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
