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
/// closure. A span of opening hours or a closure that starts on date D at local time s and ends at e is
/// the local span [D s, D' e) where D' is the next date when e is at or before s (so 24:00, stored as
/// midnight, is the next midnight, and 13:00–13:00 is a whole day). Spans are at most a day long, so
/// only the reading's own date and the date before can own a span that contains it.</para>
/// <para>Which hours start on D: the hours of an extra working day on D if there is one; otherwise
/// none if a whole-day holiday falls on D; otherwise the weekly windows of D's weekday.</para>
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
        var times = calendar.Windows.SelectMany(w => new[] { w.Start, w.End })
            .Concat(calendar.Holidays.Where(h => !h.IsWholeDay).SelectMany(h => new[] { h.ClosedFrom!.Value, h.ClosedUntil!.Value }))
            .Concat(calendar.ExtraWorkingDays.SelectMany(d => d.Hours).SelectMany(h => new[] { h.Start, h.End }));
        if (times.Any(t => t.Second != 0 || t.NanosecondOfSecond != 0))
        {
            throw new ArgumentException("The reference is exact for calendars whose local times are whole minutes.", nameof(calendar));
        }
    }

    public bool IsWorkingAt(Instant instant)
    {
        var wall = _wallClock.HighestReadingUpTo(instant);
        var today = DayOf(wall.Date);
        var yesterday = DayOf(wall.Date.PlusDays(-1));
        return (today.Opens(wall) || yesterday.Opens(wall)) && !today.Closes(wall) && !yesterday.Closes(wall);
    }

    /// <summary>Whether the answers of <see cref="IsWorkingAt"/> are constant on each whole minute near <paramref name="instant"/>.</summary>
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

        return _calendar.Windows.Where(w => w.Day == date.DayOfWeek).Select(w => new OpeningHours(w.Start, w.End));
    }

    /// <summary>A holiday on one date falls on that date; an annual one on every date with its month and day (so 29 February only in leap years).</summary>
    private static bool FallsOn(Holiday holiday, LocalDate date) =>
        holiday.Date is { } single
            ? single == date
            : holiday.AnnualDate!.Value.Month == date.Month && holiday.AnnualDate.Value.Day == date.Day;

    private static (LocalDateTime From, LocalDateTime To) Span(LocalDate date, LocalTime start, LocalTime end) =>
        (date + start, (end <= start ? date.PlusDays(1) : date) + end);

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
