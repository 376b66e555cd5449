using NodaTime;

namespace Zenput.Sla.Clock;

/// <summary>One resolution step of a ticket's <see cref="ResponsePlan"/> with the instant it is due, where it has one.</summary>
/// <param name="Step">The step, as the policy defines it.</param>
/// <param name="DueAt">
/// When the step is due: for <see cref="StepDeadlineKind.Within"/> steps anchored on the report, the
/// report plus the allowance on the step clock (<see cref="SlaPolicy.StepClock"/>: by default the tier's response-goal clock), with pauses; for <see cref="StepDeadlineKind.WithResponseGoal"/>
/// steps, the response due instant; for recurring steps anchored on the report, the first
/// occurrence. <see langword="null"/> when the deadline depends on a later event (a fix being
/// applied) or there is none (best effort).
/// </param>
public sealed record PlannedStep(ResolutionStep Step, Instant? DueAt);
