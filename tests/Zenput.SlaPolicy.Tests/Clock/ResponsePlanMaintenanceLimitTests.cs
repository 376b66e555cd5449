using System.Linq;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Maintenance;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Clock;

/// <summary>A plan lists at most <see cref="ResponsePlan.MaintenanceListLimit"/> maintenance windows, however long the goal, and says when there are more.</summary>
public sealed class ResponsePlanMaintenanceLimitTests
{
    [Fact]
    public void A_goal_of_7900_years_over_200_weekly_rules_lists_the_first_windows_and_says_there_are_more()
    {
        // The reported case: the plan listed every window of the goal and grew by 90 MB/s.
        var rules = Enumerable.Range(0, 200).Select(i => MaintenanceRecurrence.Weekly($"r{i}", $"Rule {i}", AllDays[i % 7], new LocalTime(i / 7 % 24, i * 7 % 60), Duration.FromMinutes(30)));
        var policy = Policy(clockStopsDuringMaintenance: false, new MaintenanceSchedule(Zone("America/Los_Angeles"), rules));
        var tier = new SeverityTier(policy.Tiers[0].Severity, GoalTarget.Elapsed(Duration.FromHours(69_251_400)), policy.Tiers[0].ResolutionProcess);

        var plan = new SlaClock(policy).Plan(tier, Utc(2026, 1, 1));

        plan.MaintenanceDuringGoal.Should().HaveCount(ResponsePlan.MaintenanceListLimit);
        plan.MaintenanceListTruncated.Should().BeTrue();
        plan.MaintenanceDuringGoal.Should().BeInAscendingOrder(w => w.Start);
        plan.MaintenanceDuringGoal[0].Should().Be(policy.Maintenance!.NextWindow(Utc(2026, 1, 1)));
    }

    [Fact]
    public void A_plan_with_fewer_windows_than_the_limit_lists_them_all_and_is_not_truncated()
    {
        var plan = new SlaClock(ZenputSla.Default).Plan(ZenputSla.Default.GetTier("minor"), Utc(2026, 11, 23, 12));

        plan.MaintenanceDuringGoal.Should().ContainSingle();
        plan.MaintenanceListTruncated.Should().BeFalse();
    }
}
