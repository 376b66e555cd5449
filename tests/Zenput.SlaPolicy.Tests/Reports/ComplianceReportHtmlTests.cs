using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Reports;
using Zenput.Sla.Reports.Html;
using static Zenput.Sla.Tests.Reports.HandWorkedTickets;

namespace Zenput.Sla.Tests.Reports;

/// <summary>
/// The HTML page's weekly table lists, in each week's row, only the severities with a ticket that week (with every severity in
/// every row, the page grew with the weeks times the severities: 3,000 severities made a 1.7 MB input a 694 MB page), and the
/// page reaches its writer in parts as it is written, not as one string at the end (a page larger than .NET's largest string
/// failed, exit 5). Expected rows are worked out by hand from <see cref="HandWorkedTickets"/>.
/// </summary>
public sealed class ComplianceReportHtmlTests
{
    [Fact]
    public void A_business_days_goal_gets_its_response_chart_without_a_goal_line()
    {
        // A business-days goal has no length of its own to draw: the page stopped with an internal error on such a policy.
        var reported = Instant.FromUtc(2026, 1, 5, 15, 0);
        var aggregator = new ComplianceAggregator(Evaluation.BusinessDaysEvaluationTests.Policy, Instant.FromUtc(2026, 1, 9, 0, 0));
        aggregator.Add(new TicketTimeline(reported, "critical", [new TicketEvent(TicketEventKind.TicketCreated, reported), new TicketEvent(TicketEventKind.FirstResponse, reported + Duration.FromHours(1))]) { Id = "B-1" });
        var html = ComplianceReportHtml.Render(aggregator.ToReport());

        html.Should().Contain("id=\"chart-response-critical-figure\"");
        html.Should().Contain("the response goal (1 business day on &#39;office&#39;) has no length of its own, so no goal line: each ticket's goal ends at the close of its last working day.");
        html.Should().NotContain("dashed line: the response goal");
    }

    [Fact]
    public void A_week_with_only_critical_tickets_lists_only_critical_in_the_weekly_table()
    {
        // C-1 (met) and C-2 (breached) in week 48, M-2 (pending) in week 49.
        var aggregator = new ComplianceAggregator(ZenputSla.Default, AsOf);
        aggregator.AddRange(All().Where(t => t.Id is "C-1" or "C-2" or "M-2"));
        var html = ComplianceReportHtml.Render(aggregator.ToReport());

        WeekRow(html, "2026-W48").Should().Equal("2026-W48", "2026-11-23", "2", "1", "Critical: 1 of 2");
        WeekRow(html, "2026-W49").Should().Equal("2026-W49", "2026-11-30", "1", "0", "Major: 0 of 1");
    }

    [Fact]
    public void Each_week_lists_the_breached_and_reported_tickets_of_the_severities_it_has_tickets_of()
    {
        // Week 48: C-1 met, C-2 breached; M-1 met, M-3 breached; m-1 breached, m-2 and m-3 met. Week 49: M-2 pending alone.
        var aggregator = new ComplianceAggregator(ZenputSla.Default, AsOf);
        aggregator.AddRange(All());
        var html = ComplianceReportHtml.Render(aggregator.ToReport());

        WeekRow(html, "2026-W48").Should().Equal("2026-W48", "2026-11-23", "7", "3", "Critical: 1 of 2; Major: 1 of 2; Minor: 1 of 3");
        WeekRow(html, "2026-W49").Should().Equal("2026-W49", "2026-11-30", "1", "0", "Major: 0 of 1");
    }

    [Fact]
    public void Only_the_severities_with_a_ticket_have_a_time_to_response_chart()
    {
        // C-1 and C-2 are Critical, M-2 is Major; no Minor ticket. An empty chart for each severity without a ticket made the
        // page grow with the policy's severities (3,000 severities: 73 MB of charts for five tickets).
        var aggregator = new ComplianceAggregator(ZenputSla.Default, AsOf);
        aggregator.AddRange(All().Where(t => t.Id is "C-1" or "C-2" or "M-2"));
        var html = ComplianceReportHtml.Render(aggregator.ToReport());

        var section = Regex.Match(html, "<section id=\"response-time\">.*?</section>", RegexOptions.Singleline).Value;
        Regex.Matches(section, "<figure class=\"chart\" id=\"([^\"]+)-figure\"").Select(m => m.Groups[1].Value).Should().Equal("chart-response-critical", "chart-response-major");
        section.Should().Contain("<p class=\"note\">A chart for each severity with a ticket in the report; the 1 severity of the policy without one has none.</p>");
        Regex.Match(html, "<section id=\"summary\">.*?</section>", RegexOptions.Singleline).Value.Should().Contain("Level 3 - Minor", "the summary still lists every severity");
    }

    [Fact]
    public void A_report_without_tickets_has_no_time_to_response_chart_and_says_why()
    {
        var html = ComplianceReportHtml.Render(new ComplianceAggregator(ZenputSla.Default, AsOf).ToReport());

        var section = Regex.Match(html, "<section id=\"response-time\">.*?</section>", RegexOptions.Singleline).Value;
        section.Should().NotContain("<figure");
        section.Should().Contain("<p class=\"note\">No ticket was counted: there is no time to response to chart.</p>");
    }

    [Fact]
    public void A_long_page_reaches_its_writer_in_parts_as_it_is_written_not_as_one_string()
    {
        // 20,000 weeks with a Minor ticket in each, answered after an hour and so met, like m-2 (the weekly chart draws breaches
        // only, so it stays small; each bar is about 230 characters of SVG): the weekly table alone is millions of characters.
        // Built whole first, a page past .NET's largest string (about 2^30 characters) failed.
        var aggregator = new ComplianceAggregator(ZenputSla.Default, Instant.FromUtc(2500, 1, 1, 0, 0));
        var monday = Instant.FromUtc(2000, 1, 3, 20, 0);
        for (var week = 0; week < 20_000; week++)
        {
            var reported = monday + Duration.FromDays(7 * week);
            aggregator.Add(new TicketTimeline(reported, ZenputSla.Minor, [new TicketEvent(TicketEventKind.FirstResponse, reported + Duration.FromHours(1))]) { Id = $"w{week}" });
        }

        var report = aggregator.ToReport();
        report.Overall.Verdicts.Should().Be(new VerdictCounts(20_000, 0, 0));
        var writer = new WriteRecordingWriter();
        ComplianceReportHtml.Write(report, writer);

        writer.Written.Should().BeGreaterThan(2 << 20);
        writer.LargestWrite.Should().BeLessThan(1 << 20, "the page is written a line or a chart at a time, not built whole first");
        writer.ToString().Should().Be(ComplianceReportHtml.Render(report), "the page written in parts is the page rendered whole");
        writer.ToString().Should().EndWith("</html>\n");
    }

    /// <summary>The cells of the weekly table's row of <paramref name="week"/>, as text (a line break inside a cell read as "; ").</summary>
    private static string[] WeekRow(string html, string week)
    {
        var table = Regex.Match(html, "<section id=\"weekly\">.*?</section>", RegexOptions.Singleline).Value;
        table.Should().NotBeEmpty();
        var row = Regex.Matches(table, "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).Where(r => r.Contains($">{week}<", StringComparison.Ordinal)).Should().ContainSingle().Subject;
        return Regex.Matches(row, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline)
            .Select(m => System.Net.WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value.Replace("<br>", "; ", StringComparison.Ordinal), "<[^>]*>", string.Empty)))
            .ToArray();
    }

    /// <summary>A text writer that keeps what it is given and remembers the largest single write.</summary>
    private sealed class WriteRecordingWriter : TextWriter
    {
        private readonly StringBuilder _text = new();

        public override Encoding Encoding => Encoding.UTF8;

        public long Written => _text.Length;

        public int LargestWrite { get; private set; }

        public override void Write(char value) => Record([value]);

        public override void Write(char[] buffer, int index, int count) => Record(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer) => Record(buffer);

        public override void Write(string? value) => Record(value);

        public override string ToString() => _text.ToString();

        private void Record(ReadOnlySpan<char> text)
        {
            LargestWrite = Math.Max(LargestWrite, text.Length);
            _text.Append(text);
        }
    }
}
