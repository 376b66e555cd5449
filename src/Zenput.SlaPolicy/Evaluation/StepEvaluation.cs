using NodaTime;

namespace Zenput.Sla.Evaluation;

/// <summary>Where one resolution step of a ticket stands.</summary>
/// <remarks>
/// <para>A step is met by the first event of its <see cref="ResolutionStep.SatisfiedBy"/> kinds at or after
/// its anchor (nothing is inferred from other events), and met on time when that is at or before
/// <see cref="DueAt"/>. A step owed after an event (user notification once the fix is applied) is
/// pending until its anchor happens and has no deadline; a best-effort step (next-release effort) is
/// pending or met, never breached. For periodic updates, <see cref="DueAt"/> is the next update
/// deadline, <see cref="MetAt"/> the last update counted, and the status is breached when any update
/// was missed (see <see cref="TicketEvaluation.PeriodicUpdates"/> for the details).</para>
/// </remarks>
/// <param name="Step">The step, as the policy defines it for the ticket's current severity.</param>
/// <param name="DueAt">When the step is due, or <see langword="null"/> when it has no deadline yet (its anchor has not happened), none at all (best effort, after an event), or, for periodic updates, none is owed any more.</param>
/// <param name="MetAt">When the step was met, or <see langword="null"/>.</param>
/// <param name="Status">Pending, met or breached.</param>
public readonly record struct StepEvaluation(ResolutionStep Step, Instant? DueAt, Instant? MetAt, EvaluationStatus Status)
{
    /// <summary>Gets which step this is.</summary>
    public ResolutionStepKind Kind => Step.Kind;

    /// <summary>Gets whether the step is a best-effort obligation, reported but never breached.</summary>
    public bool IsBestEffort => Step.Deadline.Kind == StepDeadlineKind.BestEffort;
}
