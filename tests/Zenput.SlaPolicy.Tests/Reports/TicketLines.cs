using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime.Text;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Tests.Reports;

/// <summary>Writes timelines as the JSON lines that <c>evaluate --input</c> and <c>report --input</c> read.</summary>
internal static class TicketLines
{
    public static string Of(IEnumerable<TicketTimeline> timelines) => string.Join('\n', timelines.Select(Of)) + "\n";

    public static string Of(TicketTimeline timeline) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = timeline.Id,
        ["severity"] = timeline.Severity,
        ["reportedAt"] = InstantPattern.ExtendedIso.Format(timeline.ReportedAt),
        ["events"] = timeline.Events.Select(e => new Dictionary<string, object?>
        {
            ["type"] = JsonNamingPolicy.CamelCase.ConvertName(e.Kind.ToString()),
            ["at"] = InstantPattern.ExtendedIso.Format(e.At),
            ["reason"] = e.Reason,
            ["severity"] = e.Severity,
        }.Where(p => p.Value is not null).ToDictionary()).ToList(),
    });
}
