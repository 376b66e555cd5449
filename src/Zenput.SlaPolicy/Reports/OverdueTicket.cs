using NodaTime;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Reports;

/// <summary>One of a report's worst offenders: a ticket whose response is overdue, and by how much.</summary>
/// <param name="Id">The ticket's id, or <see langword="null"/> when it has none.</param>
/// <param name="Severity">The ticket's severity (its current one, which its goals are computed under).</param>
/// <param name="ReportedAt">When the ticket was reported.</param>
/// <param name="DueAt">When the response was due.</param>
/// <param name="MetAt">When the response goal was met (late), or <see langword="null"/> when it is still not met.</param>
/// <param name="Status">The ticket's verdict.</param>
/// <param name="Overdue">How far past the goal the response went, in SLA time (the clock's own measure: pauses, and maintenance where the policy says so, do not count); <see cref="ResponseEvaluation.Overdue"/>.</param>
public sealed record OverdueTicket(string? Id, SeverityLevel Severity, Instant ReportedAt, Instant DueAt, Instant? MetAt, EvaluationStatus Status, Duration Overdue)
{
    /// <summary>Gets whether <see cref="Id"/> is a number's text, as <see cref="Evaluation.TicketTimeline.IdIsNumber"/>: the report's JSON writes it as a number.</summary>
    public bool IdIsNumber { get; init; }
}
