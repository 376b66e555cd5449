using System;
using NodaTime;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// Rules of the SLA clock's public surface that mutation testing (docs/mutation.md, the 2026-12-02 run of
/// <c>Clock/</c>) found no test pinned: each test here failed on a surviving mutant, and states the rule
/// that mutant broke.
/// </summary>
public sealed class ClockMutantTests
{
    private static readonly SlaClock Clock = new(ZenputSla.Default);

    // Zenput's weekly maintenance window: Tuesdays 21:00-23:00 Pacific, 2026-11-25 05:00-07:00 UTC.
    private static readonly Interval TuesdayWindow = new(Instant.FromUtc(2026, 11, 25, 5, 0), Instant.FromUtc(2026, 11, 25, 7, 0));

    private static SeverityTier WithResponseGoal(GoalTarget goal)
    {
        var critical = ZenputSla.Default.GetTier(1);
        return new SeverityTier(critical.Severity, goal, critical.ResolutionProcess);
    }

    [Fact]
    public void Planning_without_a_tier_is_refused_naming_the_tier()
    {
        var plan = () => Clock.Plan(null!, TuesdayWindow.Start);

        plan.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("tier");
    }

    [Fact]
    public void A_zero_response_goal_lists_the_maintenance_window_under_way_at_the_report_also_when_it_starts_then()
    {
        // The goal is due at its start, so the plan lists the windows that hold that instant: one that
        // starts exactly then holds it as much as one already under way, and one ending then does not.
        var tier = WithResponseGoal(GoalTarget.Elapsed(Duration.Zero));

        var atStart = Clock.Plan(tier, TuesdayWindow.Start);
        atStart.ResponseDueAt.Should().Be(TuesdayWindow.Start);
        atStart.MaintenanceDuringGoal.Should().ContainSingle().Which.Interval.Should().Be(TuesdayWindow);

        var underWay = Clock.Plan(tier, TuesdayWindow.Start + Duration.FromHours(1));
        underWay.MaintenanceDuringGoal.Should().ContainSingle().Which.Interval.Should().Be(TuesdayWindow);

        Clock.Plan(tier, TuesdayWindow.End).MaintenanceDuringGoal.Should().BeEmpty();
    }

    [Fact]
    public void A_plan_does_not_list_a_window_that_starts_exactly_when_the_response_is_due()
    {
        // The windows listed are those overlapping [reported, due): one starting at the due instant does not.
        var reported = TuesdayWindow.Start - Duration.FromHours(1);

        Clock.Plan(WithResponseGoal(GoalTarget.Elapsed(Duration.FromHours(1))), reported).MaintenanceDuringGoal.Should().BeEmpty();
        Clock.Plan(WithResponseGoal(GoalTarget.Elapsed(Duration.FromHours(1) + Duration.Epsilon)), reported)
            .MaintenanceDuringGoal.Should().ContainSingle().Which.Interval.Should().Be(TuesdayWindow);
    }

    [Fact]
    public void A_plan_says_the_clock_stops_during_maintenance_when_the_policy_or_the_tier_says_so_and_there_is_maintenance()
    {
        var stopping = new SlaClock(ClockTestKit.Policy(clockStopsDuringMaintenance: true));
        var running = new SlaClock(ClockTestKit.Policy(clockStopsDuringMaintenance: false));
        var withoutMaintenance = new SlaClock(ClockTestKit.Policy(clockStopsDuringMaintenance: false, maintenance: null));
        var policyDecides = GoalTarget.Elapsed(Duration.FromHours(2));
        var reported = TuesdayWindow.Start - Duration.FromHours(1);

        stopping.Plan(WithResponseGoal(policyDecides), reported).ClockStopsDuringMaintenance.Should().BeTrue();
        running.Plan(WithResponseGoal(policyDecides), reported).ClockStopsDuringMaintenance.Should().BeFalse();

        // A tier that decides for itself overrides the policy either way.
        stopping.Plan(WithResponseGoal(policyDecides with { ClockStopsDuringMaintenance = false }), reported).ClockStopsDuringMaintenance.Should().BeFalse();
        running.Plan(WithResponseGoal(policyDecides with { ClockStopsDuringMaintenance = true }), reported).ClockStopsDuringMaintenance.Should().BeTrue();

        // With no maintenance there is nothing to stop for, whatever the tier says.
        withoutMaintenance.Plan(WithResponseGoal(policyDecides with { ClockStopsDuringMaintenance = true }), reported).ClockStopsDuringMaintenance.Should().BeFalse();
    }

    [Fact]
    public void Precompiling_takes_an_empty_range_and_refuses_one_that_ends_before_it_starts_or_leaves_the_supported_instants()
    {
        var clock = new SlaClock(ZenputSla.Default);
        var start = TuesdayWindow.Start;

        clock.Invoking(c => c.Precompile(start, start)).Should().NotThrow();
        clock.Invoking(c => c.Precompile(start, start - Duration.Epsilon)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("to");
        clock.Invoking(c => c.Precompile(SlaClock.SupportedInstants.Start - Duration.Epsilon, start)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("from");
        clock.Invoking(c => c.Precompile(start, SlaClock.SupportedInstants.End + Duration.Epsilon)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("to");
    }
}
