using NodaTime;

namespace Zenput.Sla.Clock;

/// <summary>One resolution step of a ticket's <see cref="ResponsePlan"/> with the instant it is due, where it has one.</summary>
/// <remarks>Created by <see cref="SlaClock.Plan"/> only, so that a field added later breaks no caller.</remarks>
public sealed record PlannedStep
{
    internal PlannedStep(ResolutionStep step, Instant? dueAt)
    {
        Step = step;
        DueAt = dueAt;
    }

    /// <summary>Gets the step, as the policy defines it.</summary>
    public ResolutionStep Step { get; }

    /// <summary>
    /// Gets when the step is due: for <see cref="StepDeadlineKind.Within"/> steps anchored on the report, the
    /// report plus the allowance on the step clock (<see cref="SlaPolicy.StepClock"/>: by default the tier's response-goal clock), with pauses; for <see cref="StepDeadlineKind.WithResponseGoal"/>
    /// steps, the response due instant; for recurring steps anchored on the report, the first
    /// occurrence. <see langword="null"/> when the deadline depends on a later event (a fix being
    /// applied) or there is none (best effort).
    /// </summary>
    public Instant? DueAt { get; }
}
