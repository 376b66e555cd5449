using System.Collections.Generic;
using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Evaluation;

/// <summary>How a ticket's periodic status updates stand: the cadence, each deadline missed and the next one.</summary>
/// <remarks>
/// With cadence <c>c</c> counted on the step clock (pauses included) from the step's anchor: the first
/// deadline is anchor + <c>c</c>; an update at or before the current deadline meets it and the next
/// deadline is that update + <c>c</c>; a deadline passed with no update is one miss and the next is that
/// deadline + <c>c</c>; deadlines at or after the fix being applied or the ticket resolved are not owed,
/// until a reopening owes them again from the reopening + <c>c</c>; a deadline equal to the evaluation
/// instant is not yet missed.
/// </remarks>
public sealed class PeriodicUpdateEvaluation
{
    internal PeriodicUpdateEvaluation(Duration cadence, IReadOnlyList<Instant> missedDeadlines, long missed, Instant? nextDueAt, Instant? lastUpdateAt, EvaluationStatus status, bool countsBusinessTime = false)
    {
        _ = Refill(cadence, missedDeadlines, missed, nextDueAt, lastUpdateAt, status, countsBusinessTime);
    }

    /// <summary>Sets every figure anew: for the objects an <see cref="EvaluationReuse"/> keeps from ticket to ticket, never for one handed to users.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(MissedDeadlines))]
    internal PeriodicUpdateEvaluation Refill(Duration cadence, IReadOnlyList<Instant> missedDeadlines, long missed, Instant? nextDueAt, Instant? lastUpdateAt, EvaluationStatus status, bool countsBusinessTime)
    {
        Cadence = cadence;
        CountsBusinessTime = countsBusinessTime;
        MissedDeadlines = missedDeadlines;
        Missed = missed;
        NextDueAt = nextDueAt;
        LastUpdateAt = lastUpdateAt;
        Status = status;
        return this;
    }

    /// <summary>Gets the interval between updates, on the clock the tier's steps count on (<see cref="CountsBusinessTime"/>).</summary>
    public Duration Cadence { get; private set; }

    /// <summary>
    /// Gets whether <see cref="Cadence"/> counts working time on the tier's business calendar (a business-time or business-days
    /// tier under <see cref="StepClock.ResponseGoal"/>, README E10) rather than the 24×7 clock: "every 4 business hours".
    /// </summary>
    public bool CountsBusinessTime { get; private set; }

    /// <summary>Gets how many update deadlines passed with no update.</summary>
    public long Missed { get; private set; }

    /// <summary>Gets each missed deadline, in order: all of them, unless more than 1,000 were missed, when the first 1,000 (<see cref="Missed"/> still counts every one).</summary>
    public IReadOnlyList<Instant> MissedDeadlines { get; private set; }

    /// <summary>Gets the next update deadline, or <see langword="null"/> when no update is owed (the fix is applied, the ticket resolved, or the anchor has not happened yet).</summary>
    public Instant? NextDueAt { get; private set; }

    /// <summary>Gets the last update counted, or <see langword="null"/>.</summary>
    public Instant? LastUpdateAt { get; private set; }

    /// <summary>Gets breached when any update was missed, met when none was and none is owed any more, otherwise pending.</summary>
    public EvaluationStatus Status { get; private set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"updates every {(CountsBusinessTime ? GoalText.FormatBusiness(Cadence) : GoalText.Format(Cadence))}: {Missed} missed{(NextDueAt is { } next ? $", next due {EventNames.Utc(next)}" : ", none owed")}";
}
