using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Reports.Html;

/// <summary>
/// Writes the HTML document of one report to a <see cref="TextWriter"/> a line, a table row or a chart at a time, as it goes:
/// the page is never one string (a page built whole first took memory for all of it, and one larger than .NET's largest
/// string failed).
/// </summary>
internal sealed class ReportPage(ComplianceReport report, ComplianceReportHtmlOptions options, TextWriter output)
{
    private const string Style = """
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; margin: 2rem auto; max-width: 80rem; padding: 0 1rem; color: #1b2631; line-height: 1.4; }
        h1 { font-size: 1.7rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 2px solid #d5d8dc; padding-bottom: 0.2rem; }
        h3 { font-size: 1.05rem; margin: 0 0 0.4rem; }
        p.lead { color: #424949; margin-top: 0; }
        table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0; }
        th, td { border: 1px solid #d5d8dc; padding: 0.2rem 0.45rem; text-align: right; vertical-align: top; }
        th { background: #f2f3f4; }
        td.text, th.text { text-align: left; }
        tr.total td { font-weight: bold; }
        figure.chart { margin: 1.2rem 0; padding: 0.8rem; border: 1px solid #d5d8dc; border-radius: 4px; break-inside: avoid; page-break-inside: avoid; }
        .chart-body { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
        .plot-box { flex: 1 1 32rem; min-width: 18rem; }
        .plot-box svg { width: 100%; height: auto; display: block; }
        .plot-box svg image { image-rendering: pixelated; } /* the heat map is a 24 × 7 bitmap: one crisp cell per hour, not a blur */
        .chart-body table { flex: 0 1 auto; }
        .table-scroll { overflow-x: auto; max-width: 100%; }
        .note { font-size: 0.85rem; color: #566573; margin: 0.2rem 0 0.6rem; }
        .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; vertical-align: -0.05em; }
        footer { margin-top: 3rem; font-size: 0.8rem; color: #808b96; }
        @media print {
          body { margin: 0; max-width: none; }
          h2 { break-after: avoid; page-break-after: avoid; }
          .table-scroll { overflow: visible; }
          a { color: inherit; text-decoration: none; }
        }
        """;

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private readonly ReportCharts _charts = new(options);
    private readonly DateTimeZone _zone = report.Policy.SupportZone;

    public void Write()
    {
        var title = options.Title ?? $"SLA compliance: {report.Policy.Name}";
        Line("<!DOCTYPE html>");
        Line("<html lang=\"en\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line("<meta name=\"color-scheme\" content=\"light\">");
        Line($"<title>{E(title)}</title>");
        Line($"<style>\n{Style}\n</style>");
        Line("</head>");
        Line("<body>");
        Line("<header>");
        Line($"<h1>{E(title)}</h1>");
        Line($"<p class=\"lead\">{E(report.Policy.Name)}, as of {E(Utc(report.AsOf))} ({E(Local(report.AsOf))}, {E(_zone.Id)}). "
            + $"{N(report.Tickets)} ticket{Plural(report.Tickets)} counted"
            + (report.FailureCount == 0 ? "; every input was counted." : $"; <a href=\"#failures\">{N(report.FailureCount)} input{Plural(report.FailureCount)} could not be counted</a>.")
            + (report.WhatIf is { } w ? $" Compared with <a href=\"#what-if\">{E(w.Policy.Name)}</a>." : string.Empty) + "</p>");
        Line("</header>");
        Line("<main>");
        Summary();
        MetRate();
        ResponseTimes();
        Weekly();
        WeekdayHour();
        Steps();
        Maintenance();
        Worst();
        WhatIf();
        Failures();
        Line("</main>");
        Line($"<footer>Made by Zenput.SlaPolicy from {N(report.Tickets + report.FailureCount)} input{Plural(report.Tickets + report.FailureCount)}. Times in UTC unless marked local ({E(_zone.Id)}). Met rate = met / (met + breached); pending tickets are not counted in it. Durations are h:mm:ss, rounded down to the second.</footer>");
        Line("</body>");
        Line("</html>");
    }

    private void Summary()
    {
        Line("<section id=\"summary\">");
        Line("<h2>Summary by severity</h2>");
        Line("<p class=\"note\">Time to response: from the report to the first event that satisfies the response goal, over the tickets whose response was met (on time or late); wall time, and SLA time (the clock's elapsed time: pauses, and maintenance where the policy says so, do not count). Percentiles by the nearest-rank method.</p>");
        Line("<div class=\"table-scroll\"><table id=\"summary-table\">");
        Line("<thead><tr><th class=\"text\" rowspan=\"2\">Severity</th><th class=\"text\" rowspan=\"2\">Response goal</th><th rowspan=\"2\">Tickets</th><th rowspan=\"2\">Met</th><th rowspan=\"2\">Breached</th><th rowspan=\"2\">Pending</th><th rowspan=\"2\">Met rate</th>"
            + "<th colspan=\"3\">Time to response, wall (h:mm:ss)</th><th colspan=\"3\">Time to response, SLA (h:mm:ss)</th><th rowspan=\"2\">Response breaches</th><th rowspan=\"2\">Missed updates</th><th rowspan=\"2\">Tickets with missed updates</th></tr>");
        Line("<tr><th>p50</th><th>p90</th><th>p99</th><th>p50</th><th>p90</th><th>p99</th></tr></thead>");
        Line("<tbody>");
        foreach (var group in report.BySeverity)
        {
            SummaryRow(group, group.Severity!.DisplayName, group.Tier!.ResponseGoal.ToString(), string.Empty);
        }

        SummaryRow(report.Overall, "All severities", string.Empty, " class=\"total\"");
        Line("</tbody></table></div>");
        Line("</section>");
    }

    private void SummaryRow(ComplianceFigures group, string name, string goal, string rowClass)
    {
        var v = group.Verdicts;
        Line($"<tr{rowClass}><td class=\"text\">{E(name)}</td><td class=\"text\">{E(goal)}</td><td>{N(v.Tickets)}</td><td>{N(v.Met)}</td><td>{N(v.Breached)}</td><td>{N(v.Pending)}</td><td>{Rate(v.MetRate)}</td>"
            + $"{PercentileCells(group.ResponseTime)}{PercentileCells(group.ResponseSlaTime)}<td>{N(group.ResponseBreaches)}</td><td>{N(group.MissedUpdates)}</td><td>{N(group.TicketsWithMissedUpdates)}</td></tr>");
    }

    private static string PercentileCells(DurationDistribution distribution) =>
        string.Concat(new[] { 50, 90, 99 }.Select(p => $"<td>{Span(distribution.Percentile(p))}</td>"));

    private void MetRate()
    {
        const string title = "Met rate per severity against the target";
        var note = $"Bars: met / (met + breached) per severity; dashed line: the target of {ReportCharts.Percent(options.MetRateTarget)} (the SLA article states none; set it with the report options). A severity with no decided ticket has no bar.";
        Line("<section id=\"met-rate\">");
        Line("<h2>Met rate</h2>");
        Figure("chart-met-rate", title, note, _charts.MetRate("chart-met-rate", title, report), () =>
        {
            Line("<table><thead><tr><th class=\"text\">Severity</th><th>Met</th><th>Met + breached</th><th>Met rate</th><th>Target</th></tr></thead><tbody>");
            foreach (var group in report.BySeverity)
            {
                Line($"<tr><td class=\"text\">{E(group.Severity!.DisplayName)}</td><td>{N(group.Verdicts.Met)}</td><td>{N(group.Verdicts.Decided)}</td><td>{Rate(group.Verdicts.MetRate)}</td><td>{ReportCharts.Percent(options.MetRateTarget)}</td></tr>");
            }

            Line("</tbody></table>");
        });
        Line("</section>");
    }

    private void ResponseTimes()
    {
        Line("<section id=\"response-time\">");
        Line("<h2>Time to response</h2>");

        // A chart for each severity with a ticket in the report, only: an empty chart for each of the others made the page grow
        // with the policy's severities, whatever the input (3,000 severities: 73 MB of charts for five tickets).
        var charted = report.BySeverity.Where(g => g.Verdicts.Tickets > 0).ToList();
        if (charted.Count == 0)
        {
            Line("<p class=\"note\">No ticket was counted: there is no time to response to chart.</p>");
        }
        else if (charted.Count < report.BySeverity.Count)
        {
            var left = report.BySeverity.Count - charted.Count;
            Line($"<p class=\"note\">A chart for each severity with a ticket in the report; the {N(left)} severit{(left == 1 ? "y" : "ies")} of the policy without one {(left == 1 ? "has" : "have")} none.</p>");
        }

        foreach (var group in charted)
        {
            var bins = ResponseBins.Of(group.ResponseSlaTime, group.NominalGoal);
            var unit = bins.InHours ? "hours" : "minutes";
            var title = $"{group.Severity!.DisplayName}: SLA time to response";
            var note = $"{N(group.ResponseSlaTime.Count)} ticket{Plural(group.ResponseSlaTime.Count)} with a response, in bins of {Span(Duration.FromSeconds(bins.Width))}; {(group.NominalGoal is { } goal ? $"dashed line: the response goal ({E(group.Tier!.ResponseGoal.ToString())}, {Span(goal)} of SLA time)" : $"the response goal ({E(group.Tier!.ResponseGoal.ToString())}) has no length of its own, so no goal line: each ticket's goal ends at the close of its last working day")}.";
            var table = new StringBuilder();
            table.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>From (h:mm:ss)</th><th>To (h:mm:ss)</th><th>Tickets</th></tr></thead><tbody>");
            for (var i = 0; i < bins.Counts.Count; i++)
            {
                if (bins.Counts[i] > 0)
                {
                    table.Append(CultureInfo.InvariantCulture, $"<tr><td>{Span(Duration.FromSeconds(i * bins.Width))}</td><td>{Span(Duration.FromSeconds((i + 1) * bins.Width))}</td><td>{N(bins.Counts[i])}</td></tr>");
                }
            }

            if (bins.Beyond > 0)
            {
                table.Append(CultureInfo.InvariantCulture, $"<tr><td>{Span(Duration.FromSeconds(bins.End))}</td><td>or slower</td><td>{N(bins.Beyond)}</td></tr>");
            }

            table.Append(CultureInfo.InvariantCulture, $"<tr class=\"total\"><td class=\"text\" colspan=\"2\">All ({unit} on the chart)</td><td>{N(group.ResponseSlaTime.Count)}</td></tr></tbody></table>");
            var id = $"chart-response-{Slug(group.Severity.Name)}";

            // A few dozen bins at most: this table is small, and written whole.
            Figure(id, title, note, _charts.ResponseTime(id, title, group, bins), () => Line(table.ToString()));
        }

        Line("</section>");
    }

    private void Weekly()
    {
        const string title = "Breached tickets per ISO week";
        var severitiesByWeek = WeekSeverities.Of(report);
        Line("<section id=\"weekly\">");
        Line("<h2>Breaches over time</h2>");
        var note = $"Tickets by the ISO week (Monday to Sunday, {E(_zone.Id)}) in which they were reported, stacked by severity; only weeks with a ticket are listed, and in each only the severities with a ticket that week.";
        Figure("chart-weekly", title, note, _charts.Weekly("chart-weekly", title, report, severitiesByWeek), () =>
        {
            // Each row lists the severities with a ticket that week, not a column per severity: a column per severity made the
            // table grow with the weeks times the severities (3,000 severities: a 694 MB page from a 1.7 MB input).
            Line("<div class=\"table-scroll\"><table><thead><tr><th class=\"text\">Week</th><th class=\"text\">Starts</th><th>Tickets</th><th>Breached</th><th class=\"text\">By severity: breached of tickets</th></tr></thead><tbody>");
            foreach (var week in report.Overall.Weeks)
            {
                Write($"<tr><td class=\"text\">{week.Label}</td><td class=\"text\">{LocalDatePattern.Iso.Format(week.WeekStart)}</td><td>{N(week.Verdicts.Tickets)}</td><td>{N(week.Verdicts.Breached)}</td><td class=\"text\">");
                var first = true;
                foreach (var (severity, verdicts) in severitiesByWeek[week.WeekStart])
                {
                    Write($"{(first ? string.Empty : "<br>")}{Swatch(severity)}{E(report.BySeverity[severity].Severity!.Name)}: {N(verdicts.Breached)} of {N(verdicts.Tickets)}");
                    first = false;
                }

                Line("</td></tr>");
            }

            Line("</tbody></table></div>");
        });
        Line("</section>");
    }

    private void WeekdayHour()
    {
        const string title = "Breached tickets by local weekday and hour of the report";
        var map = report.Overall.ByWeekdayHour;
        var table = new StringBuilder("<table class=\"heat\"><thead><tr><th class=\"text\">Weekday</th>");
        for (var hour = 0; hour < 24; hour++)
        {
            table.Append(CultureInfo.InvariantCulture, $"<th>{hour:00}</th>");
        }

        table.Append("</tr></thead><tbody>");
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            table.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"text\">{Weekdays[(int)day - 1]}</td>");
            for (var hour = 0; hour < 24; hour++)
            {
                var cell = map.At(day, hour);
                table.Append(cell.Tickets == 0 ? "<td></td>" : $"<td title=\"{N(cell.Breached)} of {N(cell.Tickets)} tickets breached\">{N(cell.Breached)}/{N(cell.Tickets)}</td>");
            }

            table.Append("</tr>");
        }

        table.Append("</tbody></table>");
        Line("<section id=\"weekday-hour\">");
        Line("<h2>Where in the week the team breaches</h2>");
        var note = $"Colour: breached tickets reported in that hour of that weekday ({E(_zone.Id)}), all weeks together. Table: breached / reported tickets (empty: none reported).";
        Figure("chart-weekday-hour", title, note, _charts.WeekdayHour("chart-weekday-hour", title, map), () => Line($"<div class=\"table-scroll\">{table}</div>"));
        Line("</section>");
    }

    private void Steps()
    {
        var kinds = report.Overall.StepBreaches.Keys.ToList();
        Line("<section id=\"steps\">");
        Line("<h2>Breaches per resolution step</h2>");
        Line("<p class=\"note\">Tickets that breached each step of the resolution process (periodic updates: at least one update missed). Best-effort steps are never breached; a dash means the severity has no such step.</p>");
        Line("<div class=\"table-scroll\"><table><thead><tr><th class=\"text\">Severity</th><th>Response goal</th>" + string.Concat(kinds.Select(k => $"<th>{E(k.ToString())}</th>")) + "</tr></thead><tbody>");
        foreach (var group in report.BySeverity.Append(report.Overall))
        {
            var name = group.Severity?.DisplayName ?? "All severities";
            Line($"<tr{(group.Severity is null ? " class=\"total\"" : string.Empty)}><td class=\"text\">{E(name)}</td><td>{N(group.ResponseBreaches)}</td>"
                + string.Concat(kinds.Select(k => group.StepBreaches.TryGetValue(k, out var count) ? $"<td>{N(count)}</td>" : "<td>–</td>")) + "</tr>");
        }

        Line("</tbody></table></div>");
        Line("</section>");
    }

    private void Maintenance()
    {
        Line("<section id=\"maintenance\">");
        Line("<h2>Reported during maintenance</h2>");
        Line(report.Policy.Maintenance is null
            ? "<p class=\"note\">The policy has no maintenance schedule.</p>"
            : $"<p class=\"note\">Tickets reported while a maintenance window of the policy was in progress, against the rest (the SLA clock {(report.Policy.ClockStopsDuringMaintenance ? "stops" : "keeps running")} during maintenance).</p>");
        Line("<table><thead><tr><th class=\"text\" rowspan=\"2\">Severity</th><th colspan=\"3\">During maintenance</th><th colspan=\"3\">Outside maintenance</th></tr>"
            + "<tr><th>Tickets</th><th>Breached</th><th>Met rate</th><th>Tickets</th><th>Breached</th><th>Met rate</th></tr></thead><tbody>");
        foreach (var group in report.BySeverity.Append(report.Overall))
        {
            var (during, outside) = (group.ReportedDuringMaintenance, group.ReportedOutsideMaintenance);
            Line($"<tr{(group.Severity is null ? " class=\"total\"" : string.Empty)}><td class=\"text\">{E(group.Severity?.DisplayName ?? "All severities")}</td><td>{N(during.Tickets)}</td><td>{N(during.Breached)}</td><td>{Rate(during.MetRate)}</td><td>{N(outside.Tickets)}</td><td>{N(outside.Breached)}</td><td>{Rate(outside.MetRate)}</td></tr>");
        }

        Line("</tbody></table>");
        Line("</section>");
    }

    private void Worst()
    {
        Line("<section id=\"worst\">");
        Line("<h2>Worst offenders</h2>");
        Line($"<p class=\"note\">The {N(report.Worst.Count)} ticket{Plural(report.Worst.Count)} whose response went furthest past its goal, in SLA time.</p>");
        WorstTable(report.Worst);
        Line("</section>");
    }

    private void WorstTable(IReadOnlyList<OverdueTicket> worst)
    {
        if (worst.Count == 0)
        {
            Line("<p>No ticket's response is overdue.</p>");
            return;
        }

        Line("<div class=\"table-scroll\"><table><thead><tr><th class=\"text\">Ticket</th><th class=\"text\">Severity</th><th class=\"text\">Reported</th><th class=\"text\">Due</th><th class=\"text\">Responded</th><th class=\"text\">Verdict</th><th>Overdue (h:mm:ss)</th></tr></thead><tbody>");
        foreach (var ticket in worst)
        {
            Line($"<tr><td class=\"text\">{E(ticket.Id ?? "(no id)")}</td><td class=\"text\">{E(ticket.Severity.DisplayName)}</td><td class=\"text\">{E(Utc(ticket.ReportedAt))}</td><td class=\"text\">{E(Utc(ticket.DueAt))}</td>"
                + $"<td class=\"text\">{(ticket.MetAt is { } met ? E(Utc(met)) : "not yet")}</td><td class=\"text\">{Verdict(ticket.Status)}</td><td>{Span(ticket.Overdue)}</td></tr>");
        }

        Line("</tbody></table></div>");
    }

    private void WhatIf()
    {
        if (report.WhatIf is not { } whatIf)
        {
            return;
        }

        var title = $"Met rate per severity: {report.Policy.Name} and {whatIf.Policy.Name}";
        Line("<section id=\"what-if\">");
        Line($"<h2>What if: {E(whatIf.Policy.Name)}</h2>");
        var note = $"The same tickets evaluated under {E(whatIf.Policy.Name)}" + (whatIf.NotEvaluated > 0 ? $"; {N(whatIf.NotEvaluated)} could not be evaluated under it (their severity is not one of its levels)." : ".");
        Figure("chart-what-if", title, note, _charts.WhatIf("chart-what-if", title, report, whatIf), () =>
        {
            Line("<div class=\"table-scroll\"><table><thead><tr><th class=\"text\" rowspan=\"2\">Severity</th><th colspan=\"4\">" + E(report.Policy.Name) + "</th><th colspan=\"4\">" + E(whatIf.Policy.Name) + "</th><th colspan=\"3\">Difference</th></tr>"
                + "<tr><th>Met</th><th>Breached</th><th>Pending</th><th>Met rate</th><th>Met</th><th>Breached</th><th>Pending</th><th>Met rate</th><th>Met</th><th>Breached</th><th>Met rate (points)</th></tr></thead><tbody>");
            foreach (var proposed in whatIf.BySeverity.Append(whatIf.Overall))
            {
                var current = proposed.Severity is null ? report.Overall : report.FindSeverity(proposed.Severity.Name);
                var after = proposed.Verdicts;
                Write($"<tr{(proposed.Severity is null ? " class=\"total\"" : string.Empty)}><td class=\"text\">{E(proposed.Severity?.DisplayName ?? "All severities")}</td>");
                Write(current is null ? "<td>–</td><td>–</td><td>–</td><td>–</td>" : $"<td>{N(current.Verdicts.Met)}</td><td>{N(current.Verdicts.Breached)}</td><td>{N(current.Verdicts.Pending)}</td><td>{Rate(current.Verdicts.MetRate)}</td>");
                Write($"<td>{N(after.Met)}</td><td>{N(after.Breached)}</td><td>{N(after.Pending)}</td><td>{Rate(after.MetRate)}</td>");
                Write(current is null ? "<td>–</td><td>–</td><td>–</td>" : $"<td>{Signed(after.Met - current.Verdicts.Met)}</td><td>{Signed(after.Breached - current.Verdicts.Breached)}</td><td>{Points(after.MetRate - current.Verdicts.MetRate)}</td>");
                Line("</tr>");
            }

            Line("</tbody></table></div>");
        });
        Line("<h3>Tickets whose verdict changed</h3>");
        Line($"<p class=\"note\">{N(whatIf.ChangedCount)} ticket{Plural(whatIf.ChangedCount)} changed verdict"
            + string.Concat(Transitions().Select(t => $"; {Verdict(t.From)} → {Verdict(t.To)}: {N(whatIf.Transitions(t.From, t.To))}"))
            + (whatIf.Changed.Count < whatIf.ChangedCount ? $". The first {N(whatIf.Changed.Count)} by report time:" : ".") + "</p>");
        if (whatIf.Changed.Count > 0)
        {
            Line("<div class=\"table-scroll\"><table><thead><tr><th class=\"text\">Ticket</th><th class=\"text\">Severity</th><th class=\"text\">Reported</th><th class=\"text\">Verdict</th><th class=\"text\">What if</th></tr></thead><tbody>");
            foreach (var change in whatIf.Changed)
            {
                Line($"<tr><td class=\"text\">{E(change.Id ?? "(no id)")}</td><td class=\"text\">{E(change.Severity.DisplayName)}</td><td class=\"text\">{E(Utc(change.ReportedAt))}</td><td class=\"text\">{Verdict(change.From)}</td><td class=\"text\">{Verdict(change.To)}</td></tr>");
            }

            Line("</tbody></table></div>");
        }

        Line($"<h3>Worst offenders under {E(whatIf.Policy.Name)}</h3>");
        WorstTable(whatIf.Worst);
        Line("</section>");
    }

    private void Failures()
    {
        Line("<section id=\"failures\">");
        Line("<h2>Inputs that could not be counted</h2>");
        if (report.FailureCount == 0)
        {
            Line("<p>None: every input was counted.</p>");
        }
        else
        {
            Line($"<p class=\"note\">{N(report.FailureCount)} input{Plural(report.FailureCount)} could not be counted{(report.Failures.Count < report.FailureCount ? $"; the first {N(report.Failures.Count)} by line" : string.Empty)}:</p>");
            Line("<div class=\"table-scroll\"><table><thead><tr><th>Line</th><th class=\"text\">Ticket</th><th class=\"text\">Why</th></tr></thead><tbody>");
            foreach (var failure in report.Failures)
            {
                Line($"<tr><td>{(failure.Line is { } line ? N(line) : "–")}</td><td class=\"text\">{E(failure.Id ?? string.Empty)}</td><td class=\"text\">{E(failure.Error)}</td></tr>");
            }

            Line("</tbody></table></div>");
        }

        Line("</section>");
    }

    /// <summary>A chart and the table of its numbers, which <paramref name="table"/> writes (a row at a time where it has a row per week or severity).</summary>
    private void Figure(string id, string title, string note, string svg, Action table)
    {
        Line($"<figure class=\"chart\" id=\"{id}-figure\" aria-labelledby=\"{id}-title\">");
        Line($"<figcaption><h3 id=\"{id}-title\">{E(title)}</h3><p class=\"note\">{note}</p></figcaption>");
        Line("<div class=\"chart-body\">");
        Write("<div class=\"plot-box\">");
        Write(svg);
        Line("</div>");
        table();
        Line("</div>");
        Line("</figure>");
    }

    private static IEnumerable<(EvaluationStatus From, EvaluationStatus To)> Transitions() =>
        from f in new[] { EvaluationStatus.Met, EvaluationStatus.Breached, EvaluationStatus.Pending }
        from t in new[] { EvaluationStatus.Met, EvaluationStatus.Breached, EvaluationStatus.Pending }
        where f != t
        select (f, t);

    private void Line(string text)
    {
        output.Write(text);
        output.Write('\n');
    }

    private void Write(string text) => output.Write(text);

    private static string Swatch(int severity) => $"<span class=\"swatch\" style=\"background:{ReportCharts.SeverityColor(severity).ToHex()}\"></span>";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Plural(long count) => count == 1 ? string.Empty : "s";

    private static string Rate(double? rate) => rate is { } value ? ReportCharts.Percent(value) : "–";

    private static string Points(double? difference) => difference is { } value ? (value * 100).ToString("+0.#;−0.#;0", CultureInfo.InvariantCulture) : "–";

    private static string Signed(long value) => value.ToString("+#,0;−#,0;0", CultureInfo.InvariantCulture);

    private static string Verdict(EvaluationStatus status) => status switch
    {
        EvaluationStatus.Met => "met",
        EvaluationStatus.Breached => "breached",
        _ => "pending",
    };

    private static string Span(Duration? duration)
    {
        if (duration is not { } value)
        {
            return "–";
        }

        var seconds = (long)Math.Floor(value.TotalSeconds);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}");
    }

    private static string Slug(string name) => new(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    private static string Utc(Instant instant) => InstantPattern.General.Format(instant);

    private string Local(Instant instant) => OffsetDateTimePattern.Rfc3339.Format(instant.InZone(_zone).ToOffsetDateTime());
}
