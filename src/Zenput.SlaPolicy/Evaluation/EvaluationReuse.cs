using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Evaluation;

/// <summary>
/// The objects of one ticket's evaluation, kept and filled again for the next ticket by a caller that evaluates tickets
/// one after another on one thread and is done with each evaluation before the next: the tool's batch, which writes each
/// answer and forgets it. With it, reading a ticket into <see cref="Timeline"/> and evaluating it allocate nothing (an
/// allocation per ticket made the collector stop both threads of a parallel run hundreds of times per million lines).
/// The results are the public immutable types, so the answer is written by the same code; but they change under the
/// caller at its next evaluation, so they are never handed to users (the library's own <c>Evaluate</c> never reuses).
/// </summary>
internal sealed class EvaluationReuse
{
    /// <summary>Gets the timeline to refill with each ticket (<see cref="TicketTimeline.Refill"/>).</summary>
    public TicketTimeline Timeline { get; } = TicketTimeline.Reusable();

    /// <summary>Gets the steps of the last evaluation.</summary>
    public ReusableList<StepEvaluation> Steps { get; } = new();

    /// <summary>Gets the warnings crossed in the last evaluation.</summary>
    public ReusableList<WarningCrossing> Warnings { get; } = new();

    /// <summary>Gets the missed update deadlines listed in the last evaluation.</summary>
    public ReusableList<Instant> Missed { get; } = new();

    /// <summary>Gets or sets the last evaluation, refilled by the next.</summary>
    public TicketEvaluation? Evaluation { get; set; }

    /// <summary>Gets or sets the last response evaluation, refilled by the next.</summary>
    public ResponseEvaluation? Response { get; set; }

    /// <summary>Gets or sets the last periodic-update evaluation, refilled by the next that has one.</summary>
    public PeriodicUpdateEvaluation? Updates { get; set; }
}
