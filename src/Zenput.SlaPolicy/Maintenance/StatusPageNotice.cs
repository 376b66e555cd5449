using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Maintenance;

/// <summary>
/// The status-page record of one maintenance window, with the fields of Atlassian Statuspage's
/// scheduled maintenance: <c>name</c>, <c>body</c>, <c>status</c>, <c>impact</c>,
/// <c>scheduled_for</c>, <c>scheduled_until</c> and the affected components.
/// </summary>
/// <remarks>
/// <para>Made by the library only (<see cref="For"/>, <see cref="MaintenanceSchedule.StatusPageNotices"/>), so that a field added later breaks no caller;
/// write it with <see cref="WriteTo"/>, <see cref="ToJson"/> or <see cref="WriteArray"/>, which emit
/// exactly the snake_case names above (no reflection-based serialization is involved, so trimming
/// and naming policies cannot change the output).</para>
/// <para>Components are named as in the schedule's <see cref="MaintenanceSchedule.AffectedComponents"/>;
/// Statuspage's API wants component ids, which the integrator maps from these names.</para>
/// </remarks>
public sealed record StatusPageNotice
{
    /// <summary>The Statuspage impact of every maintenance notice: <c>maintenance</c>.</summary>
    public const string Impact = "maintenance";

    /// <summary>Creates a notice.</summary>
    /// <param name="name">The title shown on the status page.</param>
    /// <param name="body">The message shown under the title.</param>
    /// <param name="scheduledFor">When the maintenance starts.</param>
    /// <param name="scheduledUntil">When it ends.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="affectedComponents">The components it affects.</param>
    internal StatusPageNotice(string name, string body, Instant scheduledFor, Instant scheduledUntil, StatusPageMaintenanceStatus status, IEnumerable<string> affectedComponents)
    {
        Name = Guard.NotBlank(name, nameof(name));
        Body = body ?? string.Empty;
        if (scheduledUntil < scheduledFor)
        {
            throw new ArgumentOutOfRangeException(nameof(scheduledUntil), "The end must not be before the start.");
        }

        ScheduledFor = scheduledFor;
        ScheduledUntil = scheduledUntil;
        Status = status;
        AffectedComponents = Guard.Freeze(affectedComponents, nameof(affectedComponents));
    }

    /// <summary>Gets the title shown on the status page (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the message shown under the title (<c>body</c>).</summary>
    public string Body { get; }

    /// <summary>Gets when the maintenance starts (<c>scheduled_for</c>).</summary>
    public Instant ScheduledFor { get; }

    /// <summary>Gets when it ends (<c>scheduled_until</c>).</summary>
    public Instant ScheduledUntil { get; }

    /// <summary>Gets where it stands (<c>status</c>).</summary>
    public StatusPageMaintenanceStatus Status { get; }

    /// <summary>Gets the names of the components it affects (<c>affected_components</c>).</summary>
    public IReadOnlyList<string> AffectedComponents { get; }

    /// <summary>Creates the notice for <paramref name="window"/> with its status as of <paramref name="asOf"/>.</summary>
    /// <remarks>
    /// The status is <c>scheduled</c> before the window starts, <c>in_progress</c> from its start
    /// (inclusive) to its end (exclusive), and <c>completed</c> from its end. The body is a sentence giving
    /// the window's local times in the schedule's zone
    /// (and, for a moved occurrence, the date it was moved from), followed by the window's
    /// <see cref="MaintenanceWindow.Reason"/> when it has one.
    /// </remarks>
    /// <param name="window">The window.</param>
    /// <param name="affectedComponents">The components it affects.</param>
    /// <param name="asOf">The instant at which the status is read.</param>
    /// <returns>The notice.</returns>
    [Pure]
    public static StatusPageNotice For(MaintenanceWindow window, IEnumerable<string> affectedComponents, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(window);
        var status = asOf < window.Start ? StatusPageMaintenanceStatus.Scheduled
            : asOf < window.End ? StatusPageMaintenanceStatus.InProgress
            : StatusPageMaintenanceStatus.Completed;
        return new StatusPageNotice(window.Title, Describe(window), window.Start, window.End, status, affectedComponents);
    }

    /// <summary>Gets the Statuspage name of a status: <c>scheduled</c>, <c>in_progress</c> or <c>completed</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The snake_case name.</returns>
    [Pure]
    public static string StatusName(StatusPageMaintenanceStatus status) => status switch
    {
        StatusPageMaintenanceStatus.Scheduled => "scheduled",
        StatusPageMaintenanceStatus.InProgress => "in_progress",
        StatusPageMaintenanceStatus.Completed => "completed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>Writes the notice as one JSON object.</summary>
    /// <remarks>Instants are written in UTC as ISO 8601 (<c>2026-01-07T05:00:00Z</c>).</remarks>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("name", Name);
        writer.WriteString("status", StatusName(Status));
        writer.WriteString("impact", Impact);
        writer.WriteString("body", Body);
        writer.WriteString("scheduled_for", InstantPattern.ExtendedIso.Format(ScheduledFor));
        writer.WriteString("scheduled_until", InstantPattern.ExtendedIso.Format(ScheduledUntil));
        writer.WriteStartArray("affected_components");
        foreach (var component in AffectedComponents)
        {
            writer.WriteStringValue(component);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Gets the notice as a JSON object.</summary>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    [Pure]
    public string ToJson(bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes notices as one JSON array of objects (see <see cref="WriteTo"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="notices">The notices, in the order to write them.</param>
    public static void WriteArray(Utf8JsonWriter writer, IEnumerable<StatusPageNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(notices);
        writer.WriteStartArray();
        foreach (var notice in notices)
        {
            notice.WriteTo(writer);
        }

        writer.WriteEndArray();
    }

    /// <inheritdoc />
    public bool Equals(StatusPageNotice? other) =>
        other is not null
        && Name == other.Name
        && Body == other.Body
        && ScheduledFor == other.ScheduledFor
        && ScheduledUntil == other.ScheduledUntil
        && Status == other.Status
        && Equality.Sequence(AffectedComponents, other.AffectedComponents);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Body, ScheduledFor, ScheduledUntil, Status, Equality.SequenceHash(AffectedComponents));

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Create("dddd, d MMMM uuuu", CultureInfo.InvariantCulture);
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture);

    private static string Describe(MaintenanceWindow window)
    {
        var start = window.LocalStart;
        var end = window.LocalEnd;
        var startName = start.GetZoneInterval().Name;
        var endName = end.GetZoneInterval().Name;
        var when = start.Date == end.Date
            ? $"on {DatePattern.Format(start.Date)} from {TimePattern.Format(start.TimeOfDay)}{(startName == endName ? string.Empty : " " + startName)} to {TimePattern.Format(end.TimeOfDay)} {endName}"
            : $"from {DatePattern.Format(start.Date)} {TimePattern.Format(start.TimeOfDay)} {startName} to {DatePattern.Format(end.Date)} {TimePattern.Format(end.TimeOfDay)} {endName}";
        var times = $"{when} ({window.Zone.Id})";
        var reason = string.IsNullOrWhiteSpace(window.Reason) ? string.Empty : " " + window.Reason.Trim();
        return window.Origin switch
        {
            MaintenanceWindowOrigin.Recurring => $"{window.Title} {times}.{reason}",
            MaintenanceWindowOrigin.Moved => $"{window.Title} {times}, moved from its usual time on {DatePattern.Format(window.OccurrenceDate)}.{reason}",
            _ => $"{(window.Kind == MaintenanceKind.Emergency ? "Emergency maintenance" : "Planned maintenance")} {times}.{reason}",
        };
    }
}
