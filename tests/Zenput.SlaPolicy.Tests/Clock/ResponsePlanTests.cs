using System.Linq;
using NodaTime;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Tests.Clock;

public sealed class ResponsePlanTests
{
    private static readonly SlaClock Clock = new(ZenputSla.Default);
    private static readonly Instant TuesdayNight = Instant.FromUtc(2026, 11, 25, 5, 30); // 2026-11-24 21:30 PST

    [Fact]
    public void Critical_plan_has_ticket_within_15_minutes_and_assignment_fix_and_first_update_by_the_response_goal()
    {
        var plan = Clock.Plan(ZenputSla.Default.GetTier(1), TuesdayNight);

        plan.ResponseDueAt.Should().Be(Instant.FromUtc(2026, 11, 25, 7, 30));
        plan.Steps.Select(s => (s.Step.Kind, s.DueAt)).Should().Equal(
            (ResolutionStepKind.ProblemTicket, Instant.FromUtc(2026, 11, 25, 5, 45)),
            (ResolutionStepKind.EngineerAssignment, Instant.FromUtc(2026, 11, 25, 7, 30)),
            (ResolutionStepKind.PeriodicUpdates, Instant.FromUtc(2026, 11, 25, 7, 30)),
            (ResolutionStepKind.FixInitiation, Instant.FromUtc(2026, 11, 25, 7, 30)),
            (ResolutionStepKind.UserNotification, (Instant?)null));
        plan.UpdateCadence.Should().Be(Duration.FromHours(2));
    }

    [Fact]
    public void Plan_lists_the_maintenance_window_that_overlaps_the_goal_while_the_clock_keeps_running()
    {
        var plan = Clock.Plan(ZenputSla.Default.GetTier(1), TuesdayNight);

        var window = plan.MaintenanceDuringGoal.Should().ContainSingle().Subject;
        window.Interval.Should().Be(new Interval(Instant.FromUtc(2026, 11, 25, 5, 0), Instant.FromUtc(2026, 11, 25, 7, 0)));
        plan.ClockStopsDuringMaintenance.Should().BeFalse();
    }

    [Fact]
    public void Minor_plan_has_only_the_best_effort_step_without_a_due_instant()
    {
        var plan = Clock.Plan(ZenputSla.Default.GetTier(3), TuesdayNight);

        plan.ResponseDueAt.Should().Be(Instant.FromUtc(2026, 11, 28, 5, 30));
        plan.Steps.Should().ContainSingle().Which.DueAt.Should().BeNull();
    }

    [Fact]
    public void Severity_change_recomputes_from_the_original_start_and_keeps_the_original_due()
    {
        var change = Clock.Reclassify(TuesdayNight, ZenputSla.Default.GetTier(3), ZenputSla.Default.GetTier(1));

        change.OriginalDueAt.Should().Be(Instant.FromUtc(2026, 11, 28, 5, 30));
        change.CurrentDueAt.Should().Be(Instant.FromUtc(2026, 11, 25, 7, 30));
        change.CurrentTier.Severity.Rank.Should().Be(1);
    }
}
