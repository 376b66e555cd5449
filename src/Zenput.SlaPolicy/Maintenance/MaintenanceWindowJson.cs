using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.IO;
using System.Text;
using System.Text.Json;
using NodaTime.Text;

namespace Zenput.Sla.Maintenance;

/// <summary>
/// Writes maintenance windows as the JSON array that <c>zenput-sla maintenance --format json</c> prints:
/// <c>[{ "start": "…Z", "end": "…Z", "localStart": "…-08:00", "localEnd": "…", "kind": "recurring" | "one-off" }]</c>.
/// </summary>
/// <remarks>
/// <para><c>start</c> and <c>end</c> are the window's <c>[start, end)</c> in UTC (ISO 8601, <c>Z</c>);
/// <c>localStart</c> and <c>localEnd</c> are the same instants on the schedule zone's wall clock
/// with their UTC offset (RFC 3339, so an offset of zero is written <c>Z</c>). <c>kind</c> is
/// <c>recurring</c> for occurrences of a rule, including moved ones, and <c>one-off</c> otherwise.
/// Fractional seconds appear only when a time has them.</para>
/// <para>The names are written explicitly; no reflection-based serialization is involved.</para>
/// </remarks>
public static class MaintenanceWindowJson
{
    /// <summary>Writes one window as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="window">The window.</param>
    public static void WriteTo(Utf8JsonWriter writer, MaintenanceWindow window)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(window);
        writer.WriteStartObject();
        writer.WriteString("start", InstantPattern.ExtendedIso.Format(window.Start));
        writer.WriteString("end", InstantPattern.ExtendedIso.Format(window.End));
        writer.WriteString("localStart", OffsetDateTimePattern.Rfc3339.Format(window.LocalStart.ToOffsetDateTime()));
        writer.WriteString("localEnd", OffsetDateTimePattern.Rfc3339.Format(window.LocalEnd.ToOffsetDateTime()));
        writer.WriteString("kind", KindName(window));
        writer.WriteEndObject();
    }

    /// <summary>Writes windows as one JSON array, in the order given.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="windows">The windows, for example <see cref="MaintenanceSchedule.WindowsOverlapping"/>.</param>
    public static void WriteArray(Utf8JsonWriter writer, IEnumerable<MaintenanceWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(windows);
        writer.WriteStartArray();
        foreach (var window in windows)
        {
            WriteTo(writer, window);
        }

        writer.WriteEndArray();
    }

    /// <summary>Gets windows as a JSON array (see <see cref="WriteArray"/>).</summary>
    /// <param name="windows">The windows.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    [Pure]
    public static string ToJson(IEnumerable<MaintenanceWindow> windows, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            WriteArray(writer, windows);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Gets the <c>kind</c> written for a window: <c>recurring</c> (also for moved occurrences) or <c>one-off</c>.</summary>
    /// <param name="window">The window.</param>
    /// <returns>The kind.</returns>
    [Pure]
    public static string KindName(MaintenanceWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return window.Origin == MaintenanceWindowOrigin.OneOff ? "one-off" : "recurring";
    }
}
