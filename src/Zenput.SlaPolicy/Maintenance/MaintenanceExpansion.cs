using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.SlaPolicy.Internal;

namespace Zenput.SlaPolicy.Maintenance;

/// <summary>Turns a schedule's rules, one-offs, cancellations and moves into concrete windows over a range.</summary>
internal static class MaintenanceExpansion
{
    public static List<MaintenanceWindow> WindowsOverlapping(MaintenanceSchedule schedule, Instant from, Instant to)
    {
        var windows = new List<MaintenanceWindow>();
        if (to <= from)
        {
            return windows;
        }

        var zone = schedule.Zone;

        // Occurrences are found by local start date; widen the date range by the longest window
        // (and a day for offsets) so windows that start before `from` but overlap it are found.
        var longest = schedule.Recurrences.Select(r => r.Length).DefaultIfEmpty(Duration.Zero).Max();
        var firstDate = from.InZone(zone).Date.PlusDays(-1 - (int)Math.Ceiling(longest.TotalDays));
        var lastDate = to.InZone(zone).Date.PlusDays(1);

        foreach (var rule in schedule.Recurrences)
        {
            foreach (var date in OccurrenceDates(rule, firstDate, lastDate))
            {
                if (schedule.Cancellations.Any(c => c.RecurrenceId == rule.Id && c.Date == date)
                    || schedule.Moves.Any(m => m.RecurrenceId == rule.Id && m.OriginalDate == date))
                {
                    continue;
                }

                AddIfOverlapping(windows, from, to, new MaintenanceWindow(
                    rule.Id, rule.Title, MaintenanceWindowOrigin.Recurring, MaintenanceKind.Planned, date,
                    Span(date + rule.StartTime, rule.Length, zone), zone));
            }
        }

        foreach (var move in schedule.Moves)
        {
            var rule = schedule.Recurrences.FirstOrDefault(r => r.Id == move.RecurrenceId);
            if (rule is null || schedule.Cancellations.Any(c => c.RecurrenceId == rule.Id && c.Date == move.OriginalDate))
            {
                continue;
            }

            AddIfOverlapping(windows, from, to, new MaintenanceWindow(
                rule.Id, rule.Title, MaintenanceWindowOrigin.Moved, MaintenanceKind.Planned, move.OriginalDate,
                Span(move.NewStart, move.NewLength ?? rule.Length, zone), zone));
        }

        foreach (var oneOff in schedule.OneOffs)
        {
            AddIfOverlapping(windows, from, to, new MaintenanceWindow(
                oneOff.Id, oneOff.Title, MaintenanceWindowOrigin.OneOff, oneOff.Kind, oneOff.Start.Date,
                Span(oneOff.Start, oneOff.Length, zone), zone));
        }

        windows.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return windows;
    }

    /// <summary>The local dates on which <paramref name="rule"/> has an occurrence, within <c>[first, last]</c> and its effective range.</summary>
    public static IEnumerable<LocalDate> OccurrenceDates(MaintenanceRecurrence rule, LocalDate first, LocalDate last)
    {
        if (rule.EffectiveFrom is { } effectiveFrom && effectiveFrom > first)
        {
            first = effectiveFrom;
        }

        if (rule.EffectiveUntil is { } effectiveUntil && effectiveUntil < last)
        {
            last = effectiveUntil;
        }

        if (first > last)
        {
            yield break;
        }

        if (rule.Pattern == RecurrencePattern.Weekly)
        {
            for (var date = first.With(DateAdjusters.NextOrSame(rule.DayOfWeek)); date <= last; date = date.PlusWeeks(1))
            {
                yield return date;
            }

            yield break;
        }

        var week = rule.WeekOfMonth ?? 1;
        for (var month = new LocalDate(first.Year, first.Month, 1); month <= last; month = month.PlusMonths(1))
        {
            var date = NthWeekdayOfMonth(month, week, rule.DayOfWeek);
            if (date is { } d && d >= first && d <= last)
            {
                yield return d;
            }
        }
    }

    /// <summary>The <paramref name="week"/>th <paramref name="day"/> of the month of <paramref name="firstOfMonth"/> (-1 = last), or null if the month has no such day.</summary>
    public static LocalDate? NthWeekdayOfMonth(LocalDate firstOfMonth, int week, IsoDayOfWeek day)
    {
        if (week == -1)
        {
            return firstOfMonth.With(DateAdjusters.EndOfMonth).With(DateAdjusters.PreviousOrSame(day));
        }

        var date = firstOfMonth.With(DateAdjusters.NextOrSame(day)).PlusWeeks(week - 1);
        return date.Month == firstOfMonth.Month ? date : null;
    }

    private static Interval Span(LocalDateTime localStart, Duration length, DateTimeZone zone)
    {
        var start = LocalResolution.ToInstant(localStart, zone);
        return new Interval(start, start + length);
    }

    private static void AddIfOverlapping(List<MaintenanceWindow> windows, Instant from, Instant to, MaintenanceWindow window)
    {
        if (window.Start < to && window.End > from)
        {
            windows.Add(window);
        }
    }
}
