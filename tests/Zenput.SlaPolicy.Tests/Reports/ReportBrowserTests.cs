using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using NodaTime.Text;
using Zenput.Sla.Cli;
using Zenput.Sla.Tests.Cli;

namespace Zenput.Sla.Tests.Reports;

/// <summary>
/// The HTML report of the ComplianceReport sample's quarter (with its what-if policy), written by
/// <c>zenput-sla report --format html</c> and opened in headless Chromium (Debian's <c>chromium</c>, driven by
/// Playwright; never a downloaded browser) with JavaScript off: no console error, no request leaves the page,
/// every chart has a rendered box and a readable title. Keeps the page and a screenshot in
/// <c>artifacts/report/</c> (the README's screenshot is a copy of that PNG).
/// </summary>
public sealed class ReportBrowserTests
{
    /// <summary>Debian's chromium; another can be named with ZENPUT_CHROMIUM.</summary>
    private static readonly string Chromium = Environment.GetEnvironmentVariable("ZENPUT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    [Fact]
    public async Task The_html_report_renders_in_chromium_without_errors_or_network_and_every_chart_has_a_box_and_a_title()
    {
        File.Exists(Chromium).Should().BeTrue(
            $"the browser test needs Chromium at {Chromium}: install it with 'apt-get install -y chromium' (.ci/run does) or name another with ZENPUT_CHROMIUM");
        var page = WriteReport();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // As root on a closed network: no sandbox, and none of Chromium's own background connections.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var tab = await context.NewPageAsync();
        var problems = new List<string>();
        tab.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        tab.PageError += (_, error) => problems.Add($"page error: {error}");
        tab.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url}");
        tab.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add($"network request: {request.Url}");
            }
        };

        var response = await tab.GotoAsync(new Uri(page).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        response!.Ok.Should().BeTrue();

        var charts = tab.Locator("figure.chart");
        var count = await charts.CountAsync();
        var expected = new[] { "chart-met-rate", "chart-response-critical", "chart-response-major", "chart-response-minor", "chart-weekly", "chart-weekday-hour", "chart-what-if" };
        (await charts.EvaluateAllAsync<string[]>("figures => figures.map(f => f.id)")).Should().Equal(expected.Select(id => $"{id}-figure"));

        for (var i = 0; i < count; i++)
        {
            var chart = charts.Nth(i);
            var id = await chart.GetAttributeAsync("id");
            var box = await chart.Locator("svg.plot").BoundingBoxAsync();
            box.Should().NotBeNull($"{id} has a rendered chart");
            box!.Width.Should().BeGreaterThan(200, $"{id}'s chart is drawn");
            box.Height.Should().BeGreaterThan(100, $"{id}'s chart is drawn");

            var heading = chart.Locator("figcaption h3");
            (await heading.IsVisibleAsync()).Should().BeTrue($"{id}'s title is visible");
            var title = (await heading.InnerTextAsync()).Trim();
            title.Should().NotBeNullOrEmpty($"{id} has a title");
            var fontSize = await heading.EvaluateAsync<string>("h => getComputedStyle(h).fontSize");
            double.Parse(fontSize.Replace("px", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(12, $"{id}'s title is readable");

            // The chart draws its own title and axis labels, with units, as text (not pixels).
            var drawn = await chart.Locator("svg.plot text").AllTextContentsAsync();
            string.Join(" ", drawn.Select(t => t.Trim())).Should().Contain(title, $"{id}'s chart shows its title");
            drawn.Should().Contain(t => t.Contains('(') && t.Contains(')'), $"{id} labels an axis with its unit");

            (await chart.Locator("table").CountAsync()).Should().BeGreaterThan(0, $"{id} has a table of the same numbers");
        }

        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = Repository.Artifacts("report", "compliance-report.png"), FullPage = true });
        problems.Should().BeEmpty();
    }

    /// <summary>Runs the tool on the sample's quarter and returns the page's path.</summary>
    private static string WriteReport()
    {
        var sample = Path.Combine(Repository.Root, "samples", "Zenput.SlaPolicy.ComplianceReport");
        var page = Repository.Artifacts("report", "compliance-report.html");
        var result = CliRunner.RunWithInput(
            File.ReadAllBytes(Path.Combine(sample, "tickets.jsonl")),
            "report", "--input", "-", "--compare-policy", Path.Combine(sample, "what-if.json"),
            "--as-of", InstantPattern.ExtendedIso.Format(SyntheticQuarter.AsOf), "--format", "html", "--output", page);
        result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed, $"the quarter has two bad lines; {result.Error}");
        return page;
    }
}
