using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// An obviously-correct statement of when a business calendar is open, written from the words of
/// DESIGN.md (rules 5 and 6) and the README, not from the engine: it never turns a local time into an
/// instant, never sorts, merges or subtracts spans, and decides one instant at a time.
/// </summary>
/// <remarks>
/// <para>An instant t is working time when the highest wall-clock reading up to t (see
/// <see cref="WallClock"/>) lies in a span of opening hours that starts on some date D and in no
/// closure; D then owns that working time. A span of opening hours or a closure that starts on date D at
/// local time s and ends at e is the local span [D s, D' e) where D' is the next date when e is at or
/// before s (so 24:00, stored as midnight, is the next midnight, 22:00–02:00 crosses midnight and
/// 13:00–13:00 is a whole day). Spans are at most a day long, so only the reading's own date and the
/// date before can own a span that contains it.</para>
/// <para>Which hours start on D: the hours of an extra working day on D if there is one; otherwise
/// none if a whole-day holiday falls on D; otherwise the weekly windows of D's weekday in force on D:
/// those of the schedule in force on D (from its first to its last date) that took effect last, or the
/// calendar's own. When a holiday falls on D: on its date; every year on its month and day (so
/// 29 February only in leap years); or by its rule, worked out here independently of the library.</para>
/// </remarks>
internal sealed class ReferenceCalendar
{
    private readonly BusinessCalendar _calendar;
    private readonly WallClock _wallClock;
    private readonly Dictionary<LocalDate, Day> _days = [];

    public ReferenceCalendar(BusinessCalendar calendar)
    {
        _calendar = calendar;
        _wallClock = new WallClock(calendar.Zone);
        var times = calendar.Windows.Concat(calendar.Schedules.SelectMany(s => s.Windows)).SelectMany(w => new[] { w.Start, w.End })
            .Concat(calendar.Holidays.Where(h => !h.IsWholeDay).SelectMany(h => new[] { h.ClosedFrom!.Value, h.ClosedUntil!.Value }))
            .Concat(calendar.ExtraWorkingDays.SelectMany(d => d.Hours).SelectMany(h => new[] { h.Start, h.End }));
        if (times.Any(t => t.Second != 0 || t.NanosecondOfSecond != 0))
        {
            throw new ArgumentException("The reference is exact for calendars whose local times are whole minutes.", nameof(calendar));
        }
    }

    public bool IsWorkingAt(Instant instant) => OwnersAt(instant).Any;

    /// <summary>The dates (at most two) whose opening hours make <paramref name="instant"/> working time.</summary>
    public Owners OwnersAt(Instant instant)
    {
        var wall = _wallClock.HighestReadingUpTo(instant);
        var today = DayOf(wall.Date);
        var yesterday = DayOf(wall.Date.PlusDays(-1));
        if (today.Closes(wall) || yesterday.Closes(wall))
        {
            return default;
        }

        return new Owners(yesterday.Opens(wall) ? wall.Date.PlusDays(-1) : null, today.Opens(wall) ? wall.Date : null);
    }

    /// <summary>Whether the answers of <see cref="OwnersAt"/> are constant on each whole minute near <paramref name="instant"/>.</summary>
    public bool WholeMinutesAround(Instant instant) => _wallClock.WholeMinutesAround(instant);

    private Day DayOf(LocalDate date)
    {
        // A cache only: each date's spans are computed once, as the rules state them.
        if (!_days.TryGetValue(date, out var day))
        {
            day = new Day(
                [.. HoursStartingOn(date).Select(h => Span(date, h.Start, h.End))],
                [.. _calendar.Holidays.Where(h => !h.IsWholeDay && FallsOn(h, date)).Select(h => Span(date, h.ClosedFrom!.Value, h.ClosedUntil!.Value))]);
            _days[date] = day;
        }

        return day;
    }

    private IEnumerable<OpeningHours> HoursStartingOn(LocalDate date)
    {
        var extra = _calendar.ExtraWorkingDays.Where(e => e.Date == date).ToList();
        if (extra.Count > 0)
        {
            return extra.SelectMany(e => e.Hours);
        }

        if (_calendar.Holidays.Any(h => h.IsWholeDay && FallsOn(h, date)))
        {
            return [];
        }

        var inForce = _calendar.Schedules
            .Where(s => s.EffectiveFrom <= date && (s.EffectiveUntil is null || date <= s.EffectiveUntil))
            .OrderBy(s => s.EffectiveFrom)
            .LastOrDefault();
        return (inForce?.Windows ?? _calendar.Windows).Where(w => w.Day == date.DayOfWeek).Select(w => new OpeningHours(w.Start, w.End));
    }

    private static bool FallsOn(Holiday holiday, LocalDate date) => holiday switch
    {
        { Date: { } single } => single == date,
        { AnnualDate: { } annual } => annual.Month == date.Month && annual.Day == date.Day,
        { Rule: NthWeekdayHolidayRule nth } => date.Month == nth.Month && date.DayOfWeek == nth.DayOfWeek
            && (nth.Week == -1 ? date.PlusDays(7).Month != nth.Month : ((date.Day - 1) / 7) + 1 == nth.Week),
        { Rule: FixedDateHolidayRule fixedDate } => ObservedOn(fixedDate, date),
        { Rule: EasterHolidayRule easter } => date.Year is > 1 and < 9999 && new[] { date.Year - 1, date.Year, date.Year + 1 }.Any(y => Easter(y).PlusDays(easter.OffsetDays) == date),
        _ => throw new ArgumentException($"The reference does not know the holiday {holiday}.", nameof(holiday)),
    };

    /// <summary>Whether the month and day of the year before, of this year or of the next, moved off a weekend as the rule says, is <paramref name="date"/>.</summary>
    private static bool ObservedOn(FixedDateHolidayRule rule, LocalDate date)
    {
        foreach (var year in new[] { date.Year - 1, date.Year, date.Year + 1 })
        {
            if (rule.Date.Month == 2 && rule.Date.Day == 29 && !CalendarSystem.Iso.IsLeapYear(year))
            {
                continue;
            }

            var actual = new LocalDate(year, rule.Date.Month, rule.Date.Day);
            var observedOn = actual.DayOfWeek switch
            {
                IsoDayOfWeek.Saturday => rule.SaturdayObservedOn,
                IsoDayOfWeek.Sunday => rule.SundayObservedOn,
                _ => actual.DayOfWeek,
            };
            var observed = actual;
            while (observed.DayOfWeek != observedOn)
            {
                // Friday is the one before the weekend; every other day the one after.
                observed = observed.PlusDays(observedOn == IsoDayOfWeek.Friday ? -1 : 1);
            }

            if (observed == date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Easter Sunday by Gauss's algorithm (with its two corrections), not the anonymous algorithm the library uses.</summary>
    public static LocalDate Easter(int year)
    {
        int a = year % 19, b = year % 4, c = year % 7, k = year / 100;
        int p = ((8 * k) + 13) / 25, q = k / 4;
        int m = (15 - p + k - q) % 30, n = (4 + k - q) % 7;
        var d = ((19 * a) + m) % 30;
        var e = ((2 * b) + (4 * c) + (6 * d) + n) % 7;
        var day = 22 + d + e;
        if (d == 29 && e == 6)
        {
            return new LocalDate(year, 4, 19);
        }

        if (d == 28 && e == 6 && ((11 * m) + 11) % 30 < 19)
        {
            return new LocalDate(year, 4, 18);
        }

        return day <= 31 ? new LocalDate(year, 3, day) : new LocalDate(year, 4, day - 31);
    }

    private static (LocalDateTime From, LocalDateTime To) Span(LocalDate date, LocalTime start, LocalTime end) =>
        (date + start, (end <= start ? date.PlusDays(1) : date) + end);

    /// <summary>The dates owning the working time at one instant: none, one, or two when windows overlap.</summary>
    public readonly record struct Owners(LocalDate? First, LocalDate? Second)
    {
        public bool Any => First is not null || Second is not null;
    }

    private sealed record Day((LocalDateTime From, LocalDateTime To)[] Open, (LocalDateTime From, LocalDateTime To)[] Closed)
    {
        public bool Opens(LocalDateTime wall) => Contains(Open, wall);

        public bool Closes(LocalDateTime wall) => Contains(Closed, wall);

        private static bool Contains((LocalDateTime From, LocalDateTime To)[] spans, LocalDateTime wall)
        {
            foreach (var (from, to) in spans)
            {
                if (from <= wall && wall < to)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
