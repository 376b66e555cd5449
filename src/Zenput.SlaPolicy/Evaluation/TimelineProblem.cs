using NodaTime;

namespace Zenput.Sla.Evaluation;

/// <summary>
/// One reason a ticket's history cannot be evaluated, naming the offending event by its position in
/// the order the events were given and by its type.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="EventIndex">The offending event's position in the order the events were given (0-based), or <see langword="null"/> when the problem is the ticket's own report or severity.</param>
/// <param name="EventKind">The offending event's type, or <see langword="null"/> when the problem is the ticket's own report or severity.</param>
/// <param name="At">The instant of the offending event (or the report), when there is one.</param>
/// <param name="Message">One sentence saying what and where, such as <c>events[3] (resumed at 2026-11-25T06:50:00Z): resumed while the clock was not paused.</c></param>
public sealed record TimelineProblem(TimelineProblemKind Kind, int? EventIndex, TicketEventKind? EventKind, Instant? At, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
