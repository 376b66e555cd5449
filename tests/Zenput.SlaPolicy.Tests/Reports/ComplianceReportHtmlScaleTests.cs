using System;
using System.Diagnostics;
using NodaTime;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Reports;
using Zenput.Sla.Reports.Html;

namespace Zenput.Sla.Tests.Reports;

/// <summary>
/// The HTML report over many ISO weeks takes time in proportion to the weeks (README, "Compliance reports": memory and work
/// are bounded by the groups). Found from outside: the weekly chart and its table looked each severity's figures for each
/// week up by searching that severity's weeks, so the page took time that grew with the square of the weeks:
/// <c>report --format html</c> over 60,000 weekly tickets took 47 s of CPU against 7 s for <c>--format json</c>.
/// </summary>
public sealed class ComplianceReportHtmlScaleTests
{
    [Fact]
    public void A_report_over_100000_weeks_renders_in_time_linear_in_the_weeks()
    {
        var aggregator = new ComplianceAggregator(ZenputSla.Default, Instant.FromUtc(4000, 1, 1, 0, 0));
        var monday = Instant.FromUtc(2000, 1, 3, 20, 0);
        for (var week = 0; week < 100_000; week++)
        {
            aggregator.Add(new TicketTimeline(monday + Duration.FromDays(7 * week), ZenputSla.Critical) { Id = $"w{week}" });
        }

        var report = aggregator.ToReport();
        report.Overall.Weeks.Should().HaveCount(100_000);

        // Linear: 7 s on a loaded machine. Searching the weeks for each week: 10^10 comparisons for the chart and as many for the
        // table, about 100 s of CPU on the machine where 60,000 weeks took 40 s.
        var started = Stopwatch.GetTimestamp();
        var html = ComplianceReportHtml.Render(report);
        Stopwatch.GetElapsedTime(started).Should().BeLessThan(TimeSpan.FromSeconds(45), "a guard against time growing with the square of the weeks (2 min 39 s before), not a speed goal");

        html.Should().Contain("<td class=\"text\">3916-W28</td>", "the last week, Monday 3916-07-10 (2000-01-03 plus 99,999 weeks), is in the weekly table");
    }
}
