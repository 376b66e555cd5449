using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Tests.Clock;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>
/// Regression for issue 12's finding "resolution-step deadlines are always counted on the 24×7 clock":
/// steps count on their tier's response-goal clock unless the policy says <see cref="StepClock.AroundTheClock"/>,
/// and the plan and the evaluation use the same rule.
/// </summary>
public sealed class StepClockTests
{
    // Friday 27 November 2026, 18:00 Pacific, after the office (Mon-Fri 09:00-17:00) has closed.
    private static readonly Instant FridayEvening = Pt(2026, 11, 27, 18);

    /// <summary>A policy with one business-hours tier (4 h on a 9-to-5 office in Los Angeles) whose steps count on <paramref name="stepClock"/> (the policy's default when null); also used by the tool's tests.</summary>
    internal static SlaPolicy OfficePolicy(StepClock? stepClock)
    {
        var office = ClockTestKit.NineToFive("America/Los_Angeles");
        var builder = new SlaPolicyBuilder("Office SLA")
            .WithSupportZone("America/Los_Angeles")
            .AddCalendar(office)
            .AddTier(
                new SeverityLevel(1, "Urgent", "Urgent.", [], []),
                GoalTarget.BusinessTime(Duration.FromHours(4), "office"),
                [
                    new ResolutionStep(ResolutionStepKind.ProblemTicket, "Ticket within 15 minutes.", [TicketEventKind.TicketCreated], StepDeadline.Within(Duration.FromMinutes(15))),
                    new ResolutionStep(ResolutionStepKind.EngineerAssignment, "Engineer by the response goal.", [TicketEventKind.EngineerAssigned], StepDeadline.WithResponseGoal()),
                    new ResolutionStep(ResolutionStepKind.PeriodicUpdates, "Updates every 2 hours.", [TicketEventKind.StatusUpdate], StepDeadline.Every(Duration.FromHours(2))),
                ]);
        if (stepClock is { } clock)
        {
            builder.WithStepClock(clock);
        }

        return builder.Build();
    }

    [Fact]
    public void By_default_a_step_of_a_business_hours_tier_counts_working_time_so_a_Friday_evening_ticket_is_due_Monday_morning()
    {
        var policy = OfficePolicy(stepClock: null);
        policy.StepClock.Should().Be(StepClock.ResponseGoal);

        var plan = new SlaClock(policy).Plan(policy.GetTier(1), FridayEvening);
        var result = new TicketEvaluator(policy).Evaluate(Ticket("urgent", FridayEvening), Pt(2026, 11, 30, 9, 10));

        plan.ResponseDueAt.Should().Be(Pt(2026, 11, 30, 13));
        plan.Steps.Select(s => s.DueAt).Should().Equal(Pt(2026, 11, 30, 9, 15), Pt(2026, 11, 30, 13), Pt(2026, 11, 30, 11));
        result.FindStep(ResolutionStepKind.ProblemTicket)!.Value.DueAt.Should().Be(Pt(2026, 11, 30, 9, 15));
        result.FindStep(ResolutionStepKind.ProblemTicket)!.Value.Status.Should().Be(EvaluationStatus.Pending);
        result.PeriodicUpdates!.NextDueAt.Should().Be(Pt(2026, 11, 30, 11));
    }

    [Fact]
    public void Around_the_clock_a_step_is_due_15_minutes_after_a_Friday_evening_report_whatever_the_tier_counts_on()
    {
        var policy = OfficePolicy(StepClock.AroundTheClock);

        var plan = new SlaClock(policy).Plan(policy.GetTier(1), FridayEvening);
        var result = new TicketEvaluator(policy).Evaluate(Ticket("urgent", FridayEvening), Pt(2026, 11, 30, 9, 10));

        plan.ResponseDueAt.Should().Be(Pt(2026, 11, 30, 13));
        plan.Steps.Select(s => s.DueAt).Should().Equal(Pt(2026, 11, 27, 18, 15), Pt(2026, 11, 30, 13), Pt(2026, 11, 27, 20));
        result.FindStep(ResolutionStepKind.ProblemTicket)!.Value.Status.Should().Be(EvaluationStatus.Breached);

        // Every 2 hours around the clock from Friday 18:00 to Monday 09:10 is 31 deadlines passed (the last at 08:00).
        result.PeriodicUpdates!.Missed.Should().Be(31);
        result.PeriodicUpdates.NextDueAt.Should().Be(Pt(2026, 11, 30, 10));
    }

    [Fact]
    public void The_built_in_policy_counts_steps_on_its_tiers_clock_which_is_around_the_clock()
    {
        ZenputSla.Default.StepClock.Should().Be(StepClock.ResponseGoal);
        new SlaClock(ZenputSla.Default).Plan(ZenputSla.Default.GetTier(1), FridayEvening).Steps[0].DueAt.Should().Be(Pt(2026, 11, 27, 18, 15));
    }

    [Fact]
    public void On_a_business_hours_tier_the_words_of_a_step_and_of_the_update_cadence_say_business_time()
    {
        // E10: the steps of the Urgent tier (4 business hours on the 9-to-5 office) count working time, so "every 2 hours"
        // would read as the 24x7 clock: the cadence is 2 business hours, the ticket allowance 15 business minutes. Around the
        // clock, the same deadlines read as before.
        var policy = OfficePolicy(stepClock: null);
        var tier = policy.GetTier(1);
        var aroundTheClock = OfficePolicy(StepClock.AroundTheClock);

        policy.DescribeDeadline(tier, tier.ResolutionProcess[2].Deadline).Should().Be("every 2 business hours until the fix is applied or the ticket is resolved");
        policy.DescribeDeadline(tier, tier.ResolutionProcess[0].Deadline).Should().Be("within 15 business minutes of notification");
        policy.DescribeDeadline(tier, tier.ResolutionProcess[1].Deadline).Should().Be("by the response goal");
        aroundTheClock.DescribeDeadline(tier, tier.ResolutionProcess[2].Deadline).Should().Be("every 2 hours until the fix is applied or the ticket is resolved");
        aroundTheClock.DescribeDeadline(tier, tier.ResolutionProcess[0].Deadline).Should().Be("within 15 minutes of notification");

        // Reported Friday 18:00 PST, after hours: the ticket was due Monday 09:15 PST (17:15Z), the first update Monday 11:00
        // PST (19:00Z). At 09:30 the ticket step is breached and no update is due yet.
        var result = new TicketEvaluator(policy).Evaluate(Ticket("urgent", FridayEvening), Pt(2026, 11, 30, 9, 30));

        result.PeriodicUpdates!.CountsBusinessTime.Should().BeTrue();
        result.PeriodicUpdates.ToString().Should().Be("updates every 2 business hours: 0 missed, next due 2026-11-30T19:00:00Z");
        result.Audit.Lines.Should().Contain("2026-11-30T17:15:00Z (2026-11-30 09:15 PST) ProblemTicket breached: not met by its due instant (within 15 business minutes of notification)");
        new TicketEvaluator(aroundTheClock).Evaluate(Ticket("urgent", FridayEvening), Pt(2026, 11, 30, 9, 30)).PeriodicUpdates!.CountsBusinessTime.Should().BeFalse();
    }

    [Fact]
    public void The_line_counting_more_than_a_thousand_missed_updates_of_a_business_hours_tier_gives_the_cadence_in_business_time()
    {
        // The office is open 8 h each weekday, 4 update deadlines of 2 business hours a day: from Monday 30 November 2026 to
        // the end of 2027, over 280 weekdays, more than 1,000 deadlines pass with no update, and beyond the first 1,000
        // listed one line counts the rest (E9). Its cadence is business time, as on every other line.
        var lines = new TicketEvaluator(OfficePolicy(stepClock: null)).Evaluate(Ticket("urgent", FridayEvening), Pt(2027, 12, 31, 12)).Audit.Lines;

        lines.Should().ContainSingle(l => l.Contains(" more update deadlines missed, every 2 h", System.StringComparison.Ordinal))
            .Which.Should().Contain(" more update deadlines missed, every 2 h of business time, the last at ");
    }
}
