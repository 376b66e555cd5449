using System;
using NodaTime;
using Zenput.Sla.Engine;

namespace Zenput.Sla.Clock;

/// <content>
/// The one rule for the clock of resolution steps, shared by <see cref="Plan"/> and ticket evaluation:
/// a step's "within" length and the periodic-update cadence count on <see cref="StepTimeline"/>.
/// </content>
public sealed partial class SlaClock
{
    /// <summary>
    /// The clock a step of <paramref name="tier"/> counts on (<see cref="SlaPolicy.StepClock"/>): by default the
    /// tier's response-goal clock, so a business-time (or business-days) tier's steps count working time on its calendar;
    /// elapsed and calendar-day tiers, and every tier under <see cref="StepClock.AroundTheClock"/>, count on
    /// the 24×7 clock. Either way maintenance stops a step's clock exactly when it stops the tier's response goal
    /// (<see cref="GoalTarget.ClockStopsDuringMaintenance"/>, else the clock's setting), and pauses are applied by the caller.
    /// </summary>
    internal WorkingTimeline StepTimeline(SeverityTier tier) =>
        tier.StepsCountBusinessTime(Policy?.StepClock ?? StepClock.ResponseGoal)
            ? TimelineFor(tier.ResponseGoal)
            : _elapsed.Pick(StopsDuringMaintenance(tier));

    /// <summary>
    /// <see cref="StepTimeline"/> with maintenance counted as working time (what it counts when maintenance does not stop it):
    /// for the audit trail, how much of a window or a pause the steps' clock stops for is what this counts through it.
    /// </summary>
    internal WorkingTimeline StepTimelineThroughMaintenance(SeverityTier tier) =>
        tier.StepsCountBusinessTime(Policy?.StepClock ?? StepClock.ResponseGoal)
            ? TimelineFor(tier.ResponseGoal with { ClockStopsDuringMaintenance = false })
            : _elapsed.Pick(false);

    /// <summary>Whether maintenance stops the clock of <paramref name="tier"/>'s figures: its response goal's own setting (<see cref="GoalTarget.ClockStopsDuringMaintenance"/>), else this clock's.</summary>
    internal bool StopsDuringMaintenance(SeverityTier tier) => tier.ResponseGoal.ClockStopsDuringMaintenance ?? ClockStopsDuringMaintenance;

    /// <summary>The clock of a response goal (working time on its calendar, or the 24×7 clock), for callers that measure it repeatedly.</summary>
    internal WorkingTimeline ResponseTimeline(GoalTarget goal) => TimelineFor(goal);

    /// <summary>When a step of <paramref name="tier"/> allowing <paramref name="length"/> from <paramref name="from"/> is due, on the step clock, with the ticket's pauses.</summary>
    internal Instant StepDueAt(SeverityTier tier, Instant from, Duration length, ReadOnlySpan<Interval> pauses)
    {
        ClockRange.Check(from, nameof(from));
        return DueAt(StepTimeline(tier), from, NotNegative(length), pauses);
    }
}
