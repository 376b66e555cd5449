using System.Collections.Generic;
using System.Runtime.InteropServices;
using NodaTime;

namespace Zenput.Sla.Reports;

/// <summary>
/// The severities with at least one ticket in each ISO week of a report, for the outputs that break each week down by severity
/// (the JSON's <c>byWeek[].bySeverity</c>, the HTML page's weekly table and chart); a source file linked into the core and the
/// HTML package, whose internal code is not shared. A week lists only the severities it has tickets of: listing every
/// severity of the policy in every week made those outputs grow with the weeks times the severities (3,000 severities made
/// a 1.7 MB input 8.9 GB of JSON).
/// </summary>
internal static class WeekSeverities
{
    /// <summary>
    /// For each week with a ticket, keyed by its Monday: the index in <see cref="ComplianceReport.BySeverity"/> and the verdicts
    /// of each severity with a ticket that week, in the policy's order. Found in one pass over each severity's weeks
    /// (<see cref="ComplianceFigures.Weeks"/> holds only weeks with a ticket), so time and memory go with the pairs of a week
    /// and a severity that have a ticket (at most the tickets), never with the weeks times the severities.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The severities of each week; every week of <c>report.Overall.Weeks</c> has at least one.</returns>
    public static Dictionary<LocalDate, List<(int Severity, VerdictCounts Verdicts)>> Of(ComplianceReport report)
    {
        var weeks = new Dictionary<LocalDate, List<(int Severity, VerdictCounts Verdicts)>>(report.Overall.Weeks.Count);
        for (var severity = 0; severity < report.BySeverity.Count; severity++)
        {
            foreach (var week in report.BySeverity[severity].Weeks)
            {
                ref var listed = ref CollectionsMarshal.GetValueRefOrAddDefault(weeks, week.WeekStart, out _);
                (listed ??= []).Add((severity, week.Verdicts));
            }
        }

        return weeks;
    }
}
