using System.Collections.Generic;
using NodaTime;

namespace Zenput.Sla.Evaluation;

/// <summary>Where a ticket's response goal stands: due, met, used, remaining, and the warnings crossed.</summary>
/// <remarks>
/// <para>The goal is met by the first event of the policy's <see cref="SlaPolicy.ResponseSatisfiedBy"/> kinds.
/// SLA time is counted from the report up to that event, or up to the evaluation instant while it is
/// not met; pauses (an open one up to the evaluation instant) and, when the policy says so,
/// maintenance are taken out. The figures agree with <see cref="Clock.SlaClock.Status(Instant, GoalTarget, Instant, System.ReadOnlySpan{Interval})"/>
/// at that instant.</para>
/// </remarks>
public sealed class ResponseEvaluation
{
    internal ResponseEvaluation(
        GoalTarget goal,
        Duration goalLength,
        Instant dueAt,
        Instant originalDueAt,
        Instant? metAt,
        TicketEventKind? metBy,
        EvaluationStatus status,
        Duration elapsed,
        IReadOnlyList<WarningCrossing> warnings)
    {
        _ = Refill(goal, goalLength, dueAt, originalDueAt, metAt, metBy, status, elapsed, warnings);
    }

    /// <summary>Sets every figure anew: for the objects an <see cref="EvaluationReuse"/> keeps from ticket to ticket, never for one handed to users.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Goal), nameof(Warnings))]
    internal ResponseEvaluation Refill(
        GoalTarget goal,
        Duration goalLength,
        Instant dueAt,
        Instant originalDueAt,
        Instant? metAt,
        TicketEventKind? metBy,
        EvaluationStatus status,
        Duration elapsed,
        IReadOnlyList<WarningCrossing> warnings)
    {
        Goal = goal;
        GoalLength = goalLength;
        DueAt = dueAt;
        OriginalDueAt = originalDueAt;
        MetAt = metAt;
        MetBy = metBy;
        Status = status;
        Elapsed = elapsed;
        Warnings = warnings;
        return this;
    }

    /// <summary>Gets the response goal of the ticket's current severity.</summary>
    public GoalTarget Goal { get; private set; }

    /// <summary>Gets the goal as a length of SLA time (a calendar-days goal is turned into elapsed time at the report).</summary>
    public Duration GoalLength { get; private set; }

    /// <summary>Gets when the response is due under the current severity, counted from the report.</summary>
    public Instant DueAt { get; private set; }

    /// <summary>Gets when the response was due under the severity the ticket was reported with (equal to <see cref="DueAt"/> when it never changed).</summary>
    public Instant OriginalDueAt { get; private set; }

    /// <summary>Gets when the response goal was met, or <see langword="null"/>.</summary>
    public Instant? MetAt { get; private set; }

    /// <summary>Gets the event that met it, or <see langword="null"/>.</summary>
    public TicketEventKind? MetBy { get; private set; }

    /// <summary>Gets pending, met or breached.</summary>
    public EvaluationStatus Status { get; private set; }

    /// <summary>Gets the SLA time used: from the report to <see cref="MetAt"/>, or to the evaluation instant while not met.</summary>
    public Duration Elapsed { get; private set; }

    /// <summary>Gets <see cref="GoalLength"/> less <see cref="Elapsed"/>: the margin left (or, when negative, the time overdue).</summary>
    public Duration Remaining => GoalLength - Elapsed;

    /// <summary>Gets how long the response is overdue: −<see cref="Remaining"/> when negative, otherwise zero.</summary>
    public Duration Overdue => Remaining < Duration.Zero ? -Remaining : Duration.Zero;

    /// <summary>Gets the share of the goal used, <see cref="Elapsed"/> / <see cref="GoalLength"/> (1 for a zero goal): 1 at the due instant, above 1 after.</summary>
    public double ShareUsed => GoalLength == Duration.Zero ? 1.0 : Elapsed.TotalNanoseconds / GoalLength.TotalNanoseconds;

    /// <summary>Gets the policy's warning thresholds that the used share has reached, in ascending order, each with the instant it was reached.</summary>
    public IReadOnlyList<WarningCrossing> Warnings { get; private set; }

    /// <summary>Gets the breach instant (the due instant) when breached, otherwise <see langword="null"/>.</summary>
    public Instant? BreachedAt => Status == EvaluationStatus.Breached ? DueAt : null;

    /// <inheritdoc />
    public override string ToString() =>
        $"response {EvaluationText.Status(Status)}: due {EventNames.Utc(DueAt)}{(MetAt is { } met ? $", met {EventNames.Utc(met)}" : string.Empty)}";
}
