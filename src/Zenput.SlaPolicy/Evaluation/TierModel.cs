using System;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Engine;

namespace Zenput.Sla.Evaluation;

/// <summary>
/// What evaluation needs of one tier, worked out once per evaluator: its clocks, its goal and warning
/// amounts where they do not depend on the start, and its steps as flat values with event bitmasks,
/// so that evaluating a ticket walks arrays and allocates only its result.
/// </summary>
internal sealed class TierModel
{
    private readonly SlaClock _clock;

    // Set on first use; two threads setting it at once set the same timeline.
    private WorkingTimeline? _stepTimelineThroughMaintenance;

    public TierModel(SlaClock clock, SlaPolicy policy, SeverityTier tier, int index)
    {
        Tier = tier;
        Index = index;
        ResponseTimeline = clock.ResponseTimeline(tier.ResponseGoal);

        // The same clock with maintenance counted as working time: for the audit trail, how much SLA time a window or a
        // pause takes out is what the clock counts through it (on a business-hours tier, only its working time).
        ResponseTimelineThroughMaintenance = clock.ResponseTimeline(tier.ResponseGoal with { ClockStopsDuringMaintenance = false });
        StepTimeline = clock.StepTimeline(tier);
        StepsCountOnOwnClock = tier.StepsCountOnOwnClock(policy.StepClock);
        _clock = clock;
        ResponseMask = Mask(policy.ResponseSatisfiedBy);
        Thresholds = [.. policy.WarningThresholds];

        // Elapsed and business-time goals have one length; a calendar-days goal's depends on the start (DST) and a
        // business-days goal's on how much of the report's working day is left, so theirs is worked out per ticket.
        if (tier.ResponseGoal is ElapsedGoalTarget or BusinessTimeGoalTarget)
        {
            FixedGoalLength = clock.GoalLength(Instant.FromUnixTimeSeconds(0), tier.ResponseGoal);
            FixedThresholdAmounts = ThresholdAmounts(FixedGoalLength.Value, Thresholds);
        }

        Steps = new StepModel[tier.ResolutionProcess.Count];
        for (var i = 0; i < Steps.Length; i++)
        {
            var step = tier.ResolutionProcess[i];
            Steps[i] = new StepModel(step, step.Deadline.Kind, step.Deadline.Anchor, step.Deadline.Length ?? Duration.Zero, Mask(step.SatisfiedBy));
            if (step.Deadline.Kind == StepDeadlineKind.Recurring && PeriodicStep < 0)
            {
                PeriodicStep = i;
            }
        }
    }

    public SeverityTier Tier { get; }

    /// <summary>The tier's position in the policy (most severe first).</summary>
    public int Index { get; }

    public WorkingTimeline ResponseTimeline { get; }

    /// <summary>The response goal's clock with maintenance counted (what <see cref="ResponseTimeline"/> counts when maintenance does not stop it).</summary>
    public WorkingTimeline ResponseTimelineThroughMaintenance { get; }

    public WorkingTimeline StepTimeline { get; }

    /// <summary>
    /// Whether the steps count on a clock other than the response goal's: a business-hours tier whose steps count around
    /// the clock (<see cref="StepClock.AroundTheClock"/>). The audit trail then states each window's and pause's figure on
    /// both clocks.
    /// </summary>
    public bool StepsCountOnOwnClock { get; }

    /// <summary>
    /// The steps' clock with maintenance counted, when <see cref="StepsCountOnOwnClock"/> (what the audit trail measures a
    /// window or a pause on, as it does the response goal's on <see cref="ResponseTimelineThroughMaintenance"/>); null
    /// otherwise. Found on first use, so evaluation without the audit trail does not look it up.
    /// </summary>
    public WorkingTimeline? StepTimelineThroughMaintenance =>
        StepsCountOnOwnClock ? _stepTimelineThroughMaintenance ??= _clock.StepTimelineThroughMaintenance(Tier) : null;

    /// <summary>The events that satisfy the response goal, one bit per <see cref="TicketEventKind"/>.</summary>
    public uint ResponseMask { get; }

    public double[] Thresholds { get; }

    /// <summary>The response goal's length when it is the same for every report (elapsed and business-time goals); null when it depends on the report.</summary>
    public Duration? FixedGoalLength { get; }

    public Duration[]? FixedThresholdAmounts { get; }

    public StepModel[] Steps { get; }

    /// <summary>The index of the periodic-updates step, or −1.</summary>
    public int PeriodicStep { get; } = -1;

    public static uint Bit(TicketEventKind kind) => (uint)kind < 32 ? 1u << (int)kind : 0;

    /// <summary>The SLA time at which each threshold is reached: the percentage of the goal, rounded up to the nanosecond.</summary>
    public static Duration[] ThresholdAmounts(Duration goal, double[] percentages)
    {
        var amounts = new Duration[percentages.Length];
        for (var i = 0; i < amounts.Length; i++)
        {
            amounts[i] = Share(goal, percentages[i]);
        }

        return amounts;
    }

    public static Duration Share(Duration goal, double percent)
    {
        // Decimal keeps 50 % of 2 hours exactly one hour; goals beyond decimal's reach fall back to NodaTime's double product.
        if (goal <= Duration.FromDays(100_000))
        {
            var nanoseconds = (decimal)goal.ToInt64Nanoseconds() * (decimal)percent / 100m;
            return Duration.FromNanoseconds((long)Math.Ceiling(nanoseconds));
        }

        return goal * (percent / 100);
    }

    private static uint Mask(System.Collections.Generic.IReadOnlyList<TicketEventKind> kinds)
    {
        uint mask = 0;
        foreach (var kind in kinds)
        {
            mask |= Bit(kind);
        }

        return mask;
    }
}

/// <summary>One resolution step, flattened for the evaluation loop.</summary>
internal readonly record struct StepModel(ResolutionStep Step, StepDeadlineKind Kind, TicketEventKind Anchor, Duration Length, uint Mask);
