using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>
/// A response goal of business days (BusinessDaysGoalTarget's rule: the report's working day is the first that closes
/// after the report, and the goal is due when the Nth working day after it closes) has a length that depends on the
/// report: evaluation must count it from each ticket's own report, as the clock does, not once for every ticket.
/// </summary>
public sealed class BusinessDaysEvaluationTests
{
    /// <summary>New York, Monday to Friday 09:00–17:00 (EST, UTC−5 in January); Level 1 responds within 1 business day (the report tests use it too).</summary>
    internal static readonly SlaPolicy Policy = new SlaPolicyBuilder("Business days desk")
        .WithSupportZone("America/New_York")
        .AddCalendar(NineToFive("America/New_York"))
        .AddTier(new SeverityLevel(1, "Critical", "Down.", [], []), GoalTarget.BusinessDays(1, "office"), [
            new ResolutionStep(ResolutionStepKind.ProblemTicket, "Create a ticket.", [TicketEventKind.TicketCreated], StepDeadline.Within(Duration.FromMinutes(15))),
        ])
        .Build();

    private static readonly TicketEvaluator Evaluator = new(Policy);

    [Theory]
    // Monday 5 January 2026 10:00 EST: Monday is the report's working day, the goal is due when Tuesday closes (17:00 EST = 22:00Z).
    [InlineData(15, 22, 6)]
    // Monday 16:00 EST: the same day, the same due instant, though only 9 working hours are left instead of 15.
    [InlineData(21, 22, 6)]
    // Monday 18:00 EST (after the close): Tuesday is the report's working day, the goal is due when Wednesday closes.
    [InlineData(23, 22, 7)]
    public void The_response_is_due_when_the_working_day_after_the_reports_closes(int reportedHourUtc, int dueHourUtc, int dueDay)
    {
        var reported = Utc(2026, 1, 5, reportedHourUtc);
        var result = Evaluator.Evaluate(new TicketTimeline(reported, "critical"), reported + Duration.FromMinutes(1));

        result.Response.DueAt.Should().Be(Utc(2026, 1, dueDay, dueHourUtc));
        result.Response.DueAt.Should().Be(new SlaClock(Policy).DueAt(reported, Policy.GetTier(1).ResponseGoal), "evaluation and the clock are one engine");
    }

    [Fact]
    public void Its_goal_length_and_warnings_are_those_of_the_tickets_own_report()
    {
        // Monday 16:00 EST: 1 hour left on Monday and 8 on Tuesday, 9 hours of working time; 50 % of it is 4 h 30 min,
        // crossed on Tuesday at 12:30 EST (17:30Z) after Monday's last hour.
        var reported = Utc(2026, 1, 5, 21);
        var result = Evaluator.Evaluate(new TicketTimeline(reported, "critical"), Utc(2026, 1, 6, 18));

        result.Response.GoalLength.Should().Be(Duration.FromHours(9));
        result.Response.Warnings.Should().ContainSingle().Which.CrossedAt.Should().Be(Utc(2026, 1, 6, 17, 30));
    }
}
