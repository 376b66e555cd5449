namespace Zenput.Sla;

/// <summary>
/// The clock a resolution step's time allowance counts on: the length of a
/// <see cref="StepDeadlineKind.Within"/> deadline and the cadence of periodic updates
/// (<see cref="StepDeadlineKind.Recurring"/>).
/// </summary>
/// <remarks>
/// Pauses always stop a step's clock, and so do maintenance windows when
/// <see cref="SlaPolicy.ClockStopsDuringMaintenance"/> is set, whichever clock is chosen. Set with
/// <see cref="SlaPolicyBuilder.WithStepClock"/>; in a policy document, the root property
/// <c>"stepClock"</c> (<c>"responseGoal"</c> or <c>"aroundTheClock"</c>).
/// </remarks>
public enum StepClock
{
    /// <summary>
    /// The default: a step counts on the same clock as its tier's response goal. On a tier whose
    /// response goal is business time, "within 15 minutes" of a ticket reported on Friday at 18:00
    /// means 15 working minutes, so it is due on Monday at 09:15 when the office opens at 09:00.
    /// Elapsed and calendar-day tiers count on the 24×7 clock.
    /// </summary>
    ResponseGoal = 0,

    /// <summary>Steps count on the 24×7 clock whatever their tier's response goal counts on: "within 15 minutes" of Friday 18:00 is Friday 18:15.</summary>
    AroundTheClock = 1,
}
