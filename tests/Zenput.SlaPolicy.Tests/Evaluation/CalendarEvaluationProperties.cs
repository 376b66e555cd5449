using System;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Tests.Clock;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>
/// Evaluation on a business calendar agrees with <see cref="CalendarMinuteReference"/> over random histories: the built-in
/// policy with Level 1's response goal 4 hours of working time and Level 2's 1 business day, on a Monday–Friday
/// 09:00–17:00 calendar in America/Los_Angeles with holidays, with steps on the response goal's clock or around the clock
/// (and the clock stopped during maintenance). Before d526bbb a business-days goal had one length for every ticket; this
/// property fails on that code.
/// </summary>
public sealed class CalendarEvaluationProperties
{
    private static readonly BusinessCalendar Office =
        ClockTestKit.NineToFive("America/Los_Angeles", CalendarMinuteReference.Holidays.Select(d => Holiday.On(d)));

    public static TheoryData<StepClock, bool> Policies() => new()
    {
        { StepClock.ResponseGoal, false },
        { StepClock.AroundTheClock, false },
        { StepClock.AroundTheClock, true },
    };

    private static SlaPolicy Policy(StepClock stepClock, bool maintenanceStopsClock) =>
        SlaPolicyBuilder.From(ZenputSla.Default)
            .AddCalendar(Office)
            .ReplaceTier(ZenputSla.Default.GetTier(1).WithResponseGoal(GoalTarget.BusinessTime(Duration.FromHours(4), Office.Name)))
            .ReplaceTier(ZenputSla.Default.GetTier(2).WithResponseGoal(GoalTarget.BusinessDays(1, Office.Name)))
            .WithStepClock(stepClock)
            .WithMaintenance(ZenputSla.MaintenanceSchedule, maintenanceStopsClock)
            .Build();

    [Theory]
    [MemberData(nameof(Policies))]
    public void The_evaluation_on_a_business_calendar_agrees_with_the_minute_stepping_reference(StepClock stepClock, bool maintenanceStopsClock)
    {
        var policy = Policy(stepClock, maintenanceStopsClock);
        policy.StepClock.Should().Be(stepClock);
        policy.ClockStopsDuringMaintenance.Should().Be(maintenanceStopsClock);
        var evaluator = new TicketEvaluator(policy);
        var reference = new CalendarMinuteReference(policy);

        Generators.PropertyCheck.Check(2_000, RandomHistory.Histories(distinctInstants: false, nearOfficeBoundaries: true), history =>
            reference.Evaluate(history.Timeline, history.Now).ShouldAgreeWith(evaluator.Evaluate(history.Timeline, history.Now), history.ToString()));
    }

    [Fact]
    public void The_reference_counts_the_office_hours_it_is_meant_to()
    {
        // Hand-worked: Monday 2026-03-09 is a holiday; Tuesday 2026-03-10 09:00 PDT is 16:00Z, 16:59 PDT is 23:59Z.
        CalendarMinuteReference.Working(Instant.FromUtc(2026, 3, 9, 17, 0)).Should().BeFalse("a holiday");
        CalendarMinuteReference.Working(Instant.FromUtc(2026, 3, 10, 15, 59)).Should().BeFalse("08:59");
        CalendarMinuteReference.Working(Instant.FromUtc(2026, 3, 10, 16, 0)).Should().BeTrue("09:00");
        CalendarMinuteReference.Working(Instant.FromUtc(2026, 3, 10, 23, 59)).Should().BeTrue("16:59");
        CalendarMinuteReference.Working(Instant.FromUtc(2026, 3, 11, 0, 0)).Should().BeFalse("17:00");
        CalendarMinuteReference.Working(Instant.FromUtc(2026, 3, 14, 18, 0)).Should().BeFalse("a Saturday");

        // Level 2, 1 business day, reported Friday 2026-03-06 at 16:00 PST (00:00Z Saturday): 1 hour on Friday, Monday is a
        // holiday, so the day after is Tuesday, closing at 17:00 PDT (00:00Z Wednesday): 9 hours.
        var policy = Policy(StepClock.ResponseGoal, maintenanceStopsClock: false);
        var reported = Instant.FromUtc(2026, 3, 7, 0, 0);
        var expected = new CalendarMinuteReference(policy).Evaluate(new TicketTimeline(reported, "major"), reported);
        expected.GoalLength.Should().Be(Duration.FromHours(9));
        expected.ResponseDue.Should().Be(Instant.FromUtc(2026, 3, 11, 0, 0));
        expected.Steps[0].DueAt.Should().Be(Instant.FromUtc(2026, 3, 7, 0, 15), "15 working minutes on Friday");
        expected.NextUpdate.Should().Be(Instant.FromUtc(2026, 3, 10, 19, 0), "4 working hours: 1 on Friday, 3 on Tuesday from 09:00 PDT");
    }

    [Fact]
    public void A_goal_that_runs_out_at_the_close_is_due_at_the_close_in_the_reference_and_the_engine()
    {
        // Level 1, 4 working hours, reported Tuesday 2026-03-10 at 13:00 PDT (20:00Z): due at 17:00 PDT (00:00Z Wednesday), not at
        // Wednesday's opening (DESIGN.md rule 4); as of that instant it is pending, not breached (rule 9).
        var policy = Policy(StepClock.ResponseGoal, maintenanceStopsClock: false);
        var ticket = new TicketTimeline(Instant.FromUtc(2026, 3, 10, 20, 0), "critical");
        var due = Instant.FromUtc(2026, 3, 11, 0, 0);

        var expected = new CalendarMinuteReference(policy).Evaluate(ticket, due);
        var result = new TicketEvaluator(policy).Evaluate(ticket, due);

        expected.ResponseDue.Should().Be(due);
        expected.ResponseStatus.Should().Be(EvaluationStatus.Pending);
        result.Response.DueAt.Should().Be(due);
        result.Response.Status.Should().Be(EvaluationStatus.Pending);
    }

}
