using System.Collections.Generic;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Evaluation;

/// <summary>
/// The outcome for one ticket of a streaming evaluation (<see cref="TicketEvaluator.EvaluateAll(IEnumerable{TicketTimeline}, NodaTime.Instant)"/>):
/// its evaluation, or why it could not be evaluated. A stream never stops at a bad ticket.
/// </summary>
public sealed class TicketEvaluationResult
{
    internal TicketEvaluationResult(TicketTimeline timeline, TicketEvaluation? evaluation, IReadOnlyList<TimelineProblem> problems, SlaClockException? clockFailure)
    {
        Timeline = timeline;
        Evaluation = evaluation;
        Problems = problems;
        ClockFailure = clockFailure;
    }

    /// <summary>Gets the ticket's history.</summary>
    public TicketTimeline Timeline { get; }

    /// <summary>Gets the evaluation, or <see langword="null"/> when the history was refused or the clock could not answer.</summary>
    public TicketEvaluation? Evaluation { get; }

    /// <summary>Gets every problem that makes the history impossible; empty when it was evaluated.</summary>
    public IReadOnlyList<TimelineProblem> Problems { get; }

    /// <summary>Gets the clock's failure when a due instant cannot be computed (no working time left, or beyond the supported range), otherwise <see langword="null"/>.</summary>
    public SlaClockException? ClockFailure { get; }

    /// <summary>Gets whether the ticket was evaluated.</summary>
    public bool IsEvaluated => Evaluation is not null;
}
