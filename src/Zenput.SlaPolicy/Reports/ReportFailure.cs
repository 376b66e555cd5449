namespace Zenput.Sla.Reports;

/// <summary>An input that a report could not count: a line that could not be read, or a ticket whose history cannot have happened or whose due instant the clock cannot compute.</summary>
/// <param name="Line">The input line (1-based, counting every physical line), when the input has lines.</param>
/// <param name="Id">The ticket's id, when it could be read.</param>
/// <param name="Error">What is wrong, in one sentence.</param>
public sealed record ReportFailure(long? Line, string? Id, string Error)
{
    /// <summary>Gets whether <see cref="Id"/> is a number's text, as <see cref="Evaluation.TicketTimeline.IdIsNumber"/>: the report's JSON writes it as a number.</summary>
    public bool IdIsNumber { get; init; }
}
