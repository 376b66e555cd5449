using System.Diagnostics.Contracts;
using NodaTime;

namespace Zenput.Sla.Maintenance;

/// <summary>One concrete maintenance window: a half-open interval of instants, with where it comes from.</summary>
/// <remarks>Created by <see cref="MaintenanceSchedule"/>'s queries only, so that a field added later breaks no caller.</remarks>
public sealed record MaintenanceWindow
{
    internal MaintenanceWindow(
        string sourceId,
        string title,
        MaintenanceWindowOrigin origin,
        MaintenanceKind kind,
        LocalDate occurrenceDate,
        Interval interval,
        DateTimeZone zone,
        string reason = "")
    {
        SourceId = sourceId;
        Title = title;
        Origin = origin;
        Kind = kind;
        OccurrenceDate = occurrenceDate;
        Interval = interval;
        Zone = zone;
        Reason = reason;
    }

    /// <summary>Gets the id of the recurrence or one-off it comes from.</summary>
    public string SourceId { get; }

    /// <summary>Gets the title of its recurrence or one-off.</summary>
    public string Title { get; }

    /// <summary>Gets whether it is a regular occurrence, a moved occurrence or a one-off.</summary>
    public MaintenanceWindowOrigin Origin { get; }

    /// <summary>Gets whether it is planned or an emergency (occurrences of recurring rules are planned).</summary>
    public MaintenanceKind Kind { get; }

    /// <summary>Gets, for recurring and moved windows, the local date of the rule's occurrence (the original date for a moved one); for one-offs, the local start date.</summary>
    public LocalDate OccurrenceDate { get; }

    /// <summary>Gets the window as instants, <c>[start, end)</c>.</summary>
    public Interval Interval { get; }

    /// <summary>Gets the schedule's zone, in which <see cref="LocalStart"/> and <see cref="LocalEnd"/> are shown.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets why the window is needed: a one-off's <see cref="MaintenanceOneOff.Reason"/>; empty for occurrences of recurring rules.</summary>
    public string Reason { get; }

    /// <summary>Gets the first instant of the window.</summary>
    public Instant Start => Interval.Start;

    /// <summary>Gets the first instant after the window.</summary>
    public Instant End => Interval.End;

    /// <summary>Gets the start on the schedule zone's wall clock.</summary>
    public ZonedDateTime LocalStart => Interval.Start.InZone(Zone);

    /// <summary>Gets the end on the schedule zone's wall clock.</summary>
    public ZonedDateTime LocalEnd => Interval.End.InZone(Zone);

    /// <summary>Gets whether <paramref name="instant"/> falls inside the window.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when <c>start ≤ instant &lt; end</c>.</returns>
    [Pure]
    public bool Contains(Instant instant) => Interval.Contains(instant);
}
