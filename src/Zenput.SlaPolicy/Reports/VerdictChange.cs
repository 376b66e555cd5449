using NodaTime;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Reports;

/// <summary>A ticket whose verdict differs under the what-if policy.</summary>
/// <param name="Id">The ticket's id, or <see langword="null"/> when it has none.</param>
/// <param name="Severity">The ticket's severity under the report's policy.</param>
/// <param name="ReportedAt">When the ticket was reported.</param>
/// <param name="From">Its verdict under the report's policy.</param>
/// <param name="To">Its verdict under the what-if policy.</param>
public sealed record VerdictChange(string? Id, SeverityLevel Severity, Instant ReportedAt, EvaluationStatus From, EvaluationStatus To)
{
    /// <summary>Gets whether <see cref="Id"/> is a number's text, as <see cref="Evaluation.TicketTimeline.IdIsNumber"/>: the report's JSON writes it as a number.</summary>
    public bool IdIsNumber { get; init; }
}
