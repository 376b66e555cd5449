using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace Zenput.Sla.Samples.Tests.ComplianceReport;

/// <summary>
/// Runs the built ComplianceReport sample as a process, as its comments say, and checks what it writes against
/// figures worked out here straight from its <c>tickets.jsonl</c> with plain JSON reading and date arithmetic (not
/// through the library): the lines it cannot count, the tickets per severity, and the time to response.
/// </summary>
public sealed class SampleProgramTests : IDisposable
{
    /// <summary>The sample's <c>asOf</c>: Thursday 2026-10-01 00:00 Pacific, the end of Q3 2026.</summary>
    private static readonly DateTimeOffset AsOf = new(2026, 10, 1, 7, 0, 0, TimeSpan.Zero);

    /// <summary>The Zenput policy's response is met by the first engineer assignment or first response (its assumptions say so).</summary>
    private static readonly string[] ResponseEvents = ["engineerAssigned", "firstResponse"];

    private readonly string _output = Path.Combine(Path.GetTempPath(), $"zenput-compliance-sample-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public async Task It_counts_every_readable_ticket_under_its_severity_and_lists_the_two_bad_lines_by_number()
    {
        var (summary, output) = await RunSample();
        var lines = File.ReadAllLines(TicketsFile());
        var bad = Expected(lines).Bad;

        output.Should().Contain($"Zenput Support SLA, as of 2026-10-01T07:00:00Z: {lines.Length - bad.Count} tickets, {bad.Count} lines not counted");
        summary.GetProperty("tickets").GetInt64().Should().Be(lines.Length - bad.Count);
        summary.GetProperty("failed").GetInt64().Should().Be(bad.Count);
        summary.GetProperty("failures").EnumerateArray().Select(f => (f.GetProperty("line").GetInt64(), f.GetProperty("id").GetString()))
            .Should().Equal(bad.Select(b => ((long)b.Line, (string?)b.Id)));

        foreach (var (severity, tickets) in Expected(lines).Tickets)
        {
            var figures = summary.GetProperty("bySeverity").GetProperty(severity);
            figures.GetProperty("tickets").GetInt64().Should().Be(tickets.Count, $"{severity} tickets (a severity change counts the ticket under its new level)");
            var verdicts = figures.GetProperty("met").GetInt64() + figures.GetProperty("breached").GetInt64() + figures.GetProperty("pending").GetInt64();
            verdicts.Should().Be(tickets.Count, $"every {severity} ticket has one verdict");
        }
    }

    [Fact]
    public async Task Its_time_to_response_percentiles_are_the_nearest_ranks_of_the_wall_times_from_report_to_first_assignment_or_response()
    {
        var (summary, _) = await RunSample();
        var expected = Expected(File.ReadAllLines(TicketsFile()));

        foreach (var (severity, tickets) in expected.Tickets)
        {
            var seconds = tickets.Where(t => t.ResponseSeconds is not null).Select(t => t.ResponseSeconds!.Value).Order().ToList();
            var figures = summary.GetProperty("bySeverity").GetProperty(severity).GetProperty("responseTimeSeconds");

            figures.GetProperty("count").GetInt64().Should().Be(seconds.Count, $"{severity}: tickets with a response by asOf");
            figures.GetProperty("p50").GetInt64().Should().Be(NearestRank(seconds, 50), $"{severity} p50");
            figures.GetProperty("p90").GetInt64().Should().Be(NearestRank(seconds, 90), $"{severity} p90");
            figures.GetProperty("p99").GetInt64().Should().Be(NearestRank(seconds, 99), $"{severity} p99");
        }

        var all = expected.Tickets.Values.SelectMany(t => t).Where(t => t.ResponseSeconds is not null).Select(t => t.ResponseSeconds!.Value).Order().ToList();
        summary.GetProperty("overall").GetProperty("responseTimeSeconds").GetProperty("p90").GetInt64().Should().Be(NearestRank(all, 90));
    }

    [Fact]
    public async Task It_writes_the_html_page_and_prints_one_line_per_severity_with_its_met_rate_and_the_what_if()
    {
        var (summary, output) = await RunSample();

        var page = File.ReadAllText(Path.Combine(_output, "compliance-report.html"));
        page.Should().StartWith("<!DOCTYPE html>").And.Contain("<svg").And.Contain("Level 2 at 3 hours");
        foreach (var severity in new[] { "critical", "major", "minor" })
        {
            var figures = summary.GetProperty("bySeverity").GetProperty(severity);
            var rate = figures.GetProperty("metRate").GetDouble();
            var whatIfRate = summary.GetProperty("whatIf").GetProperty("bySeverity").GetProperty(severity).GetProperty("metRate").GetDouble();
            output.Should().Contain($"  {figures.GetProperty("name").GetString()}: met rate {rate.ToString("P1", CultureInfo.InvariantCulture)} (what-if: {whatIfRate.ToString("P1", CultureInfo.InvariantCulture)})");
        }

        output.Should().Contain($"  {summary.GetProperty("whatIf").GetProperty("changedCount").GetInt64()} tickets change verdict under 'Level 2 at 3 hours'");
    }

    /// <summary>The smallest value with at least <paramref name="percent"/> % of the values at or below it.</summary>
    private static long NearestRank(List<long> sorted, int percent) => sorted[(int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1];

    /// <summary>Reads the sample's lines without the library: the bad ones, and each ticket's severity at asOf and time to response.</summary>
    private static (List<(int Line, string Id)> Bad, Dictionary<string, List<Ticket>> Tickets) Expected(string[] lines)
    {
        var bad = new List<(int, string)>();
        var tickets = new Dictionary<string, List<Ticket>> { ["critical"] = [], ["major"] = [], ["minor"] = [] };
        for (var i = 0; i < lines.Length; i++)
        {
            using var document = JsonDocument.Parse(lines[i]);
            var root = document.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var severity = root.GetProperty("severity").GetString()!;
            var events = root.TryGetProperty("events", out var list) ? list.EnumerateArray().Select(e => (Type: e.GetProperty("type").GetString()!, At: DateTimeOffset.Parse(e.GetProperty("at").GetString()!, CultureInfo.InvariantCulture), Element: e)).OrderBy(e => e.At).ToList() : [];

            // By hand: "blocker" is no level of the Zenput policy; a "resumed" with no "paused" before it cannot have happened.
            if (!tickets.ContainsKey(severity) || (events.FirstOrDefault(e => e.Type is "paused" or "resumed").Type == "resumed"))
            {
                bad.Add((i + 1, id));
                continue;
            }

            var reported = DateTimeOffset.Parse(root.GetProperty("reportedAt").GetString()!, CultureInfo.InvariantCulture);
            var current = events.Where(e => e.Type == "severityChanged" && e.At <= AsOf).Select(e => e.Element.GetProperty("severity").GetString()!).LastOrDefault() ?? severity;
            var response = events.Where(e => ResponseEvents.Contains(e.Type) && e.At <= AsOf).Select(e => (DateTimeOffset?)e.At).FirstOrDefault();
            tickets[current].Add(new Ticket(id, response is { } at ? (long)Math.Floor((at - reported).TotalSeconds) : null));
        }

        return (bad, tickets);
    }

    private static string TicketsFile() => Path.Combine(Path.GetDirectoryName(Program())!, "tickets.jsonl");

    private static string Program() => typeof(SampleProgramTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "ComplianceReport").Value!;

    private async Task<(JsonElement Summary, string Output)> RunSample()
    {
        var (exit, output, error) = await BuiltProgram.RunAsync("ComplianceReport", null, _output);
        exit.Should().Be(0, error);
        output.Should().Contain($"Wrote {Path.Combine(_output, "compliance-report.json")} and compliance-report.html");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, "compliance-report.json")));
        return (json.RootElement.Clone(), output);
    }

    private sealed record Ticket(string Id, long? ResponseSeconds);
}
