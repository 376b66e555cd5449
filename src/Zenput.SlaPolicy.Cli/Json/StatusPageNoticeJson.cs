using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Cli.Json;

/// <summary>One notice of <c>maintenance --format statuspage</c>, with Atlassian Statuspage's snake_case field names.</summary>
/// <param name="Name">The title shown on the status page.</param>
/// <param name="Status"><c>scheduled</c>, <c>in_progress</c> or <c>completed</c>.</param>
/// <param name="Impact">Always <c>maintenance</c>.</param>
/// <param name="Body">The message under the title.</param>
/// <param name="ScheduledFor">When the maintenance starts.</param>
/// <param name="ScheduledUntil">When it ends.</param>
/// <param name="AffectedComponents">The components it affects, by name.</param>
internal sealed record StatusPageNoticeJson(
    string Name,
    string Status,
    string Impact,
    string Body,
    [property: JsonPropertyName("scheduled_for")] Instant ScheduledFor,
    [property: JsonPropertyName("scheduled_until")] Instant ScheduledUntil,
    [property: JsonPropertyName("affected_components")] IReadOnlyList<string> AffectedComponents)
{
    public static StatusPageNoticeJson From(StatusPageNotice notice) =>
        new(notice.Name, StatusPageNotice.StatusName(notice.Status), StatusPageNotice.Impact, notice.Body, notice.ScheduledFor, notice.ScheduledUntil, notice.AffectedComponents);
}
