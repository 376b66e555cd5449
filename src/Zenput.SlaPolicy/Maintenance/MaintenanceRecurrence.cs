using System.Collections.Generic;
using System.Diagnostics.Contracts;
using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Maintenance;

/// <summary>
/// A recurring maintenance window, such as the Zenput SLA's weekly outage on Tuesdays at 9 pm PT.
/// </summary>
/// <remarks>
/// Times are local in the schedule's zone. Each occurrence starts at the first instant at which the
/// wall clock reads <see cref="StartTime"/> or later on its date (so a start in a DST gap moves to the
/// end of the gap, and one in an overlap takes the earlier instant) and lasts <see cref="Length"/> of
/// elapsed time.
/// </remarks>
public sealed record MaintenanceRecurrence
{
    /// <summary>Creates a recurrence; see <see cref="Weekly"/> and <see cref="MonthlyNthWeekday"/> for the usual shapes.</summary>
    /// <param name="id">A stable identifier, unique within the schedule (used for iCalendar UIDs and to cancel or move occurrences).</param>
    /// <param name="title">A human-readable title, for example <c>Weekly maintenance</c>.</param>
    /// <param name="pattern">How the window repeats.</param>
    /// <param name="dayOfWeek">The day of the week it falls on.</param>
    /// <param name="weekOfMonth">For <see cref="RecurrencePattern.MonthlyNthWeekday"/>: 1 to 5 counts from the start of the month, -1 is the last such weekday. Ignored (and must be null) for weekly windows.</param>
    /// <param name="startTime">The local start time.</param>
    /// <param name="length">How long each window lasts.</param>
    /// <param name="effectiveFrom">The first local date on which an occurrence may start, or <see langword="null"/> for no bound.</param>
    /// <param name="effectiveUntil">The last local date on which an occurrence may start, or <see langword="null"/> for no bound.</param>
    public MaintenanceRecurrence(
        string id,
        string title,
        RecurrencePattern pattern,
        IsoDayOfWeek dayOfWeek,
        int? weekOfMonth,
        LocalTime startTime,
        Duration length,
        LocalDate? effectiveFrom = null,
        LocalDate? effectiveUntil = null)
    {
        Id = Guard.NotBlank(id, nameof(id));
        Title = Guard.NotBlank(title, nameof(title));
        Pattern = pattern;
        DayOfWeek = dayOfWeek;
        WeekOfMonth = weekOfMonth;
        StartTime = startTime;
        Length = length;
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
    }

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets how the window repeats.</summary>
    public RecurrencePattern Pattern { get; }

    /// <summary>Gets the day of the week.</summary>
    public IsoDayOfWeek DayOfWeek { get; }

    /// <summary>Gets which such weekday of the month (1–5, or -1 for the last) for monthly windows; <see langword="null"/> for weekly ones.</summary>
    public int? WeekOfMonth { get; }

    /// <summary>Gets the local start time.</summary>
    public LocalTime StartTime { get; }

    /// <summary>Gets how long each window lasts.</summary>
    public Duration Length { get; }

    /// <summary>Gets the first local date on which an occurrence may start, if bounded.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>Gets the last local date on which an occurrence may start, if bounded.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>Gets whether the rule has an occurrence on <paramref name="date"/> (before any cancellation or move).</summary>
    /// <param name="date">A local date in the schedule's zone.</param>
    /// <returns><see langword="true"/> when the date matches the pattern and lies within the effective range.</returns>
    [Pure]
    public bool OccursOn(LocalDate date) => MaintenanceExpansion.IsOccurrenceDate(this, date);

    /// <summary>
    /// Gets the local dates within <c>[first, last]</c> (both inclusive) on which the rule has an occurrence, in order, before any cancellation or move.
    /// Only dates from -9998-01-07 to 9999-12-25 are listed: the dates, a day either side of the UTC dates of
    /// <see cref="Clock.SlaClock.SupportedInstants"/>, on which an occurrence can lie within the supported instants in any zone.
    /// (<see cref="OccursOn"/> checks the pattern and the effective range on any date.)
    /// </summary>
    /// <param name="first">The first date to consider.</param>
    /// <param name="last">The last date to consider.</param>
    /// <returns>The occurrence dates, computed lazily.</returns>
    [Pure]
    public IEnumerable<LocalDate> OccurrenceDates(LocalDate first, LocalDate last)
    {
        foreach (var date in MaintenanceExpansion.OccurrenceDates(this, first))
        {
            if (date > last)
            {
                yield break;
            }

            yield return date;
        }
    }

    /// <summary>Creates a weekly recurrence.</summary>
    /// <param name="id">A stable identifier.</param>
    /// <param name="title">A human-readable title.</param>
    /// <param name="dayOfWeek">The day of the week.</param>
    /// <param name="startTime">The local start time.</param>
    /// <param name="length">How long each window lasts.</param>
    /// <param name="effectiveFrom">The first local date on which an occurrence may start, or <see langword="null"/> (the default) for no bound.</param>
    /// <param name="effectiveUntil">The last local date on which an occurrence may start, or <see langword="null"/> (the default) for no bound.</param>
    /// <returns>The recurrence.</returns>
    [Pure]
    public static MaintenanceRecurrence Weekly(string id, string title, IsoDayOfWeek dayOfWeek, LocalTime startTime, Duration length, LocalDate? effectiveFrom = null, LocalDate? effectiveUntil = null) =>
        new(id, title, RecurrencePattern.Weekly, dayOfWeek, null, startTime, length, effectiveFrom, effectiveUntil);

    /// <summary>Creates a monthly recurrence on the nth given weekday of each month.</summary>
    /// <param name="id">A stable identifier.</param>
    /// <param name="title">A human-readable title.</param>
    /// <param name="weekOfMonth">1 to 5 from the start of the month, or -1 for the last.</param>
    /// <param name="dayOfWeek">The day of the week.</param>
    /// <param name="startTime">The local start time.</param>
    /// <param name="length">How long each window lasts.</param>
    /// <param name="effectiveFrom">The first local date on which an occurrence may start, or <see langword="null"/> (the default) for no bound.</param>
    /// <param name="effectiveUntil">The last local date on which an occurrence may start, or <see langword="null"/> (the default) for no bound.</param>
    /// <returns>The recurrence.</returns>
    [Pure]
    public static MaintenanceRecurrence MonthlyNthWeekday(string id, string title, int weekOfMonth, IsoDayOfWeek dayOfWeek, LocalTime startTime, Duration length, LocalDate? effectiveFrom = null, LocalDate? effectiveUntil = null) =>
        new(id, title, RecurrencePattern.MonthlyNthWeekday, dayOfWeek, weekOfMonth, startTime, length, effectiveFrom, effectiveUntil);
}
