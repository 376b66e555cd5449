using System.Diagnostics.Contracts;
using System.Collections.Generic;
using System.Threading;
using NodaTime;

namespace Zenput.Sla.Evaluation;

/// <summary>
/// The SLA verdict of one ticket's history as of an instant: whether it is within the SLA, where the
/// response goal and each resolution step stand, the periodic updates missed, what is due next, and
/// (on demand) the audit trail that explains every figure.
/// </summary>
/// <remarks>
/// <para>Created by <see cref="TicketEvaluator"/>. Events after <see cref="EvaluatedAt"/> had not happened
/// yet and are not counted.</para>
/// <para><see cref="Status"/> is breached when the response goal or any step is breached (for periodic
/// updates: any update missed); otherwise pending while the response goal, a step with a deadline or
/// owed after an event, or the periodic updates are still owed; otherwise met. Best-effort steps
/// (next-release effort) are reported but do not decide it.</para>
/// <para>Instances are immutable and thread-safe. The audit trail is built the first time it is read, by
/// replaying the same evaluation with a recorder, so evaluating costs nothing for it.</para>
/// </remarks>
public sealed class TicketEvaluation
{
    private TicketEvaluator _evaluator;
    private AuditTrail? _audit;

    internal TicketEvaluation(
        TicketEvaluator evaluator,
        TicketTimeline timeline,
        Instant evaluatedAt,
        SeverityTier originalTier,
        SeverityTier tier,
        EvaluationStatus status,
        ResponseEvaluation response,
        IReadOnlyList<StepEvaluation> steps,
        PeriodicUpdateEvaluation? periodicUpdates,
        UpcomingDeadline? nextDue,
        bool isResolved,
        bool isPaused)
    {
        _ = Refill(evaluator, timeline, evaluatedAt, originalTier, tier, status, response, steps, periodicUpdates, nextDue, isResolved, isPaused);
    }

    /// <summary>Sets every figure anew: for the objects an <see cref="EvaluationReuse"/> keeps from ticket to ticket, never for one handed to users.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_evaluator), nameof(Timeline), nameof(OriginalTier), nameof(Tier), nameof(Response), nameof(Steps))]
    internal TicketEvaluation Refill(
        TicketEvaluator evaluator,
        TicketTimeline timeline,
        Instant evaluatedAt,
        SeverityTier originalTier,
        SeverityTier tier,
        EvaluationStatus status,
        ResponseEvaluation response,
        IReadOnlyList<StepEvaluation> steps,
        PeriodicUpdateEvaluation? periodicUpdates,
        UpcomingDeadline? nextDue,
        bool isResolved,
        bool isPaused)
    {
        _audit = null;
        _evaluator = evaluator;
        Timeline = timeline;
        EvaluatedAt = evaluatedAt;
        OriginalTier = originalTier;
        Tier = tier;
        Status = status;
        Response = response;
        Steps = steps;
        PeriodicUpdates = periodicUpdates;
        NextDue = nextDue;
        IsResolved = isResolved;
        IsPaused = isPaused;
        return this;
    }

    /// <summary>The policy the ticket was evaluated under (the audit trail writes deadlines on its tier's step clock).</summary>
    internal SlaPolicy Policy => _evaluator.Policy;

    /// <summary>Gets the history that was evaluated.</summary>
    public TicketTimeline Timeline { get; private set; }

    /// <summary>Gets the instant the evaluation describes ("now").</summary>
    public Instant EvaluatedAt { get; private set; }

    /// <summary>Gets the tier of the severity the ticket was reported with.</summary>
    public SeverityTier OriginalTier { get; private set; }

    /// <summary>Gets the tier of the ticket's severity at <see cref="EvaluatedAt"/>: every goal is computed from the report under it.</summary>
    public SeverityTier Tier { get; private set; }

    /// <summary>Gets whether the severity changed since the report (<see cref="Tier"/> differs from <see cref="OriginalTier"/>).</summary>
    public bool SeverityChanged => !ReferenceEquals(Tier, OriginalTier);

    /// <summary>Gets the verdict: breached, pending or met.</summary>
    public EvaluationStatus Status { get; private set; }

    /// <summary>Gets where the response goal stands.</summary>
    public ResponseEvaluation Response { get; private set; }

    /// <summary>Gets each resolution step of <see cref="Tier"/>, in the policy's order.</summary>
    public IReadOnlyList<StepEvaluation> Steps { get; private set; }

    /// <summary>Gets how the periodic updates stand, or <see langword="null"/> when the tier owes none.</summary>
    public PeriodicUpdateEvaluation? PeriodicUpdates { get; private set; }

    /// <summary>Gets what is due next: the soonest deadline still owed (the response goal or a step while pending, or the next periodic update, even after one was missed), or <see langword="null"/> when nothing with a deadline is owed.</summary>
    public UpcomingDeadline? NextDue { get; private set; }

    /// <summary>Gets whether the ticket was resolved (and not reopened since) at <see cref="EvaluatedAt"/>.</summary>
    public bool IsResolved { get; private set; }

    /// <summary>Gets whether the clock was paused at <see cref="EvaluatedAt"/> (the open pause counts up to then).</summary>
    public bool IsPaused { get; private set; }

    /// <summary>Gets the audit trail: ordered, human-readable lines, each with its instant in UTC and in the support zone, that explain every figure of this evaluation.</summary>
    public AuditTrail Audit
    {
        get
        {
            if (_audit is null)
            {
                // Deterministic, so a race only builds the same trail twice.
                Interlocked.CompareExchange(ref _audit, _evaluator.Replay(this), null);
            }

            return _audit;
        }
    }

    /// <summary>Gets the step of the given kind, or <see langword="null"/> when the tier has none.</summary>
    /// <param name="kind">The step kind.</param>
    /// <returns>The step's evaluation, or <see langword="null"/>.</returns>
    [Pure]
    public StepEvaluation? FindStep(ResolutionStepKind kind)
    {
        foreach (var step in Steps)
        {
            if (step.Kind == kind)
            {
                return step;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{(Timeline.Id is null ? "ticket" : $"ticket {Timeline.Id}")} ({Tier.Severity.DisplayName}) {EvaluationText.Status(Status)} as of {EventNames.Utc(EvaluatedAt)}";
}
