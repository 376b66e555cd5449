using NodaTime;

namespace Zenput.Sla.Maintenance;

/// <summary>One concrete maintenance window: a half-open interval of instants, with where it comes from.</summary>
/// <param name="SourceId">The id of the recurrence or one-off it comes from.</param>
/// <param name="Title">The title of its recurrence or one-off.</param>
/// <param name="Origin">Whether it is a regular occurrence, a moved occurrence or a one-off.</param>
/// <param name="Kind">Planned or emergency (occurrences of recurring rules are planned).</param>
/// <param name="OccurrenceDate">For recurring and moved windows, the local date of the rule's occurrence (the original date for a moved one); for one-offs, the local start date.</param>
/// <param name="Interval">The window as instants, <c>[start, end)</c>.</param>
/// <param name="Zone">The schedule's zone, in which <see cref="LocalStart"/> and <see cref="LocalEnd"/> are shown.</param>
public sealed record MaintenanceWindow(
    string SourceId,
    string Title,
    MaintenanceWindowOrigin Origin,
    MaintenanceKind Kind,
    LocalDate OccurrenceDate,
    Interval Interval,
    DateTimeZone Zone)
{
    /// <summary>Gets why the window is needed: a one-off's <see cref="MaintenanceOneOff.Reason"/>; empty for occurrences of recurring rules.</summary>
    public string Reason { get; init; } = string.Empty;

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
    public bool Contains(Instant instant) => Interval.Contains(instant);
}
