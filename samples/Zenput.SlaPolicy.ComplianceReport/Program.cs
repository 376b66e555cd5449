// Compliance over a quarter of tickets, from code: the report that `zenput-sla report` writes, built with
// the library. Reads tickets.jsonl (the JSON lines of `zenput-sla evaluate --input`), evaluates every ticket
// under the Zenput policy and under a proposed change (what-if.json: Level 2 at 3 hours), and writes
// compliance-report.json and compliance-report.html to the directory given (default: the current one).
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Reports;
using Zenput.Sla.Reports.Html;
using Zenput.Sla.Serialization;

var output = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
Directory.CreateDirectory(output);
var asOf = Instant.FromUtc(2026, 10, 1, 7, 0);   // the end of Q3 2026 in Pacific time
var whatIf = SlaPolicyDocument.LoadFile(Path.Combine(AppContext.BaseDirectory, "what-if.json"));

// One aggregator holds running figures only: memory stays flat however long the history is.
var aggregator = new ComplianceAggregator(ZenputSla.Default, whatIf, asOf, options: null);
var lineNumber = 0L;
foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "tickets.jsonl")))
{
    lineNumber++;
    if (string.IsNullOrWhiteSpace(line))
    {
        continue;
    }

    if (TicketJson.TryRead(line, out var timeline, out var id, out var error))
    {
        aggregator.Add(timeline, lineNumber);   // an impossible history is counted as a failure, with its line
    }
    else
    {
        aggregator.AddFailure(new ReportFailure(lineNumber, id, error));
    }
}

var report = aggregator.ToReport();
using (var json = File.Create(Path.Combine(output, "compliance-report.json")))
{
    ComplianceReportJson.Write(report, json);
}

using (var html = File.CreateText(Path.Combine(output, "compliance-report.html")))
{
    ComplianceReportHtml.Write(report, html);
}

Console.WriteLine($"{report.Policy.Name}, as of {report.AsOf}: {report.Tickets} tickets, {report.FailureCount} lines not counted");
foreach (var severity in report.BySeverity)
{
    var proposed = report.WhatIf!.FindSeverity(severity.Severity!.Name)!;
    Console.WriteLine($"  {severity.Severity.DisplayName}: met rate {Rate(severity.Verdicts.MetRate)} (what-if: {Rate(proposed.Verdicts.MetRate)}), "
        + $"p90 time to response {severity.ResponseTime.Percentile(90)?.ToString() ?? "-"}");
}

Console.WriteLine($"  {report.WhatIf!.ChangedCount} tickets change verdict under '{report.WhatIf.Policy.Name}'");
Console.WriteLine($"Wrote {Path.Combine(output, "compliance-report.json")} and compliance-report.html");

static string Rate(double? rate) => rate is { } r ? $"{r:P1}" : "-";

/// <summary>Maps one line of a ticket export to a timeline: {"id", "severity", "reportedAt", "events": [{"type", "at", "reason"?, "severity"?}]}.</summary>
internal static class TicketJson
{
    public static bool TryRead(string line, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TicketTimeline? timeline, out string? id, out string error)
    {
        timeline = null;
        id = null;
        error = string.Empty;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind != JsonValueKind.Null ? idValue.ToString() : null;
            var severity = root.GetProperty("severity").ToString();
            if (ZenputSla.Default.FindTier(severity) is null)
            {
                error = $"Unknown severity '{severity}'.";
                return false;
            }

            var events = new List<TicketEvent>();
            if (root.TryGetProperty("events", out var list))
            {
                foreach (var item in list.EnumerateArray())
                {
                    var kind = Enum.Parse<TicketEventKind>(item.GetProperty("type").GetString()!, ignoreCase: true);
                    var reason = item.TryGetProperty("reason", out var r) ? r.GetString() : null;
                    var newSeverity = item.TryGetProperty("severity", out var s) ? s.ToString() : null;
                    events.Add(new TicketEvent(kind, Instant(item.GetProperty("at")), reason, newSeverity));
                }
            }

            timeline = new TicketTimeline(Instant(root.GetProperty("reportedAt")), severity, events) { Id = id };
            return true;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or UnparsableValueException)
        {
            error = $"The line cannot be read: {e.Message}";
            return false;
        }
    }

    private static Instant Instant(JsonElement value) => OffsetDateTimePattern.ExtendedIso.Parse(value.GetString()!).Value.ToInstant();
}
