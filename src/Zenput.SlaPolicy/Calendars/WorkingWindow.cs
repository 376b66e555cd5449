using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using NodaTime;

namespace Zenput.Sla.Calendars;

/// <summary>
/// A weekly working window: on every <see cref="Day"/>, working time runs from <see cref="Start"/>
/// to <see cref="End"/> on the local wall clock of the calendar's zone.
/// </summary>
/// <remarks>
/// An <see cref="End"/> at or before <see cref="Start"/> means the window ends on the next date (an
/// overnight shift); <c>24:00</c> in a document is stored as midnight and so means next midnight. A
/// window belongs to the local date on which it starts: an overnight window that starts on Friday
/// 22:00 is removed by a holiday on Friday, not by one on Saturday.
/// </remarks>
/// <param name="Day">The ISO day of the week on which the window starts.</param>
/// <param name="Start">The local start.</param>
/// <param name="End">The local end; at or before <paramref name="Start"/> means the next date.</param>
public sealed record WorkingWindow(IsoDayOfWeek Day, LocalTime Start, LocalTime End)
{
    private static readonly IsoDayOfWeek[] MondayToFriday =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private static readonly IsoDayOfWeek[] AllWeek = [.. MondayToFriday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    /// <summary>Creates the usual working week: Monday to Friday from <paramref name="startHour"/> to <paramref name="endHour"/> o'clock, for example <c>Weekdays(9, 17)</c>.</summary>
    /// <param name="startHour">The hour the day opens, 0 to 23.</param>
    /// <param name="endHour">The hour it closes, 0 to 24 (24 is midnight at the end of the day; at or before the start means the next day).</param>
    /// <returns>Five windows, Monday first.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An hour is out of range.</exception>
    [Pure]
    public static IReadOnlyList<WorkingWindow> Weekdays(int startHour, int endHour) => Weekdays(Hour(startHour, 23, nameof(startHour)), Hour(endHour, 24, nameof(endHour)));

    /// <summary>Creates the usual working week: Monday to Friday from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="start">The local time the day opens.</param>
    /// <param name="end">The local time it closes; at or before <paramref name="start"/> means the next day.</param>
    /// <returns>Five windows, Monday first.</returns>
    [Pure]
    public static IReadOnlyList<WorkingWindow> Weekdays(LocalTime start, LocalTime end) => On(MondayToFriday, start, end);

    /// <summary>Creates the same hours on every day of the week.</summary>
    /// <param name="start">The local time each day opens.</param>
    /// <param name="end">The local time it closes; at or before <paramref name="start"/> means the next day.</param>
    /// <returns>Seven windows, Monday first.</returns>
    [Pure]
    public static IReadOnlyList<WorkingWindow> EveryDay(LocalTime start, LocalTime end) => On(AllWeek, start, end);

    /// <summary>Creates the same hours on each of <paramref name="days"/>.</summary>
    /// <param name="days">The days of the week.</param>
    /// <param name="start">The local time each day opens.</param>
    /// <param name="end">The local time it closes; at or before <paramref name="start"/> means the next day.</param>
    /// <returns>One window per day, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    [Pure]
    public static IReadOnlyList<WorkingWindow> On(IEnumerable<IsoDayOfWeek> days, LocalTime start, LocalTime end)
    {
        ArgumentNullException.ThrowIfNull(days);
        return [.. days.Select(d => new WorkingWindow(d, start, end))];
    }

    /// <summary>Gets the window's local opening hours, without the day.</summary>
    public OpeningHours Hours => new(Start, End);

    /// <inheritdoc />
    public override string ToString() => $"{Day} {Hours}";

    private static LocalTime Hour(int hour, int max, string paramName) =>
        hour >= 0 && hour <= max
            ? new LocalTime(hour % 24, 0)
            : throw new ArgumentOutOfRangeException(paramName, hour, $"An hour of the day is 0 to {max}.");
}
