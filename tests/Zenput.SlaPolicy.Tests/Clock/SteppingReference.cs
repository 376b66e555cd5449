using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// An obviously-correct, slow reference for the SLA clock: it walks time one minute at a time and
/// reads the calendar zone's wall clock at each minute. It shares no code with the engine: it never
/// resolves a local time to an instant, never compiles anything, and restates the calendar rules itself.
/// </summary>
/// <remarks>
/// <para>DESIGN.md maps a local boundary L to "the first instant at which the wall clock reads L or
/// later". So an instant t is past L exactly when the wall clock has read L or later at some instant
/// up to t, that is when the highest reading so far (the high-water mark) is at least L. The
/// reference therefore keeps the high-water mark of the wall clock as it walks, and a minute is
/// working time when that mark lies inside a window <c>[D + start, D' + end)</c> of a date D whose
/// hours apply, outside every partial closure of its date, and the minute is in no maintenance
/// window (when excluded) and no pause.</para>
/// <para>Exact for inputs on whole minutes: every offset, window time and closure time the tests use
/// is a whole number of minutes, so nothing changes inside a minute.</para>
/// </remarks>
internal sealed class SteppingReference
{
    private static readonly Duration Minute = Duration.FromMinutes(1);

    private readonly BusinessCalendar? _calendar;
    private readonly DateTimeZone _zone;
    private readonly MaintenanceSchedule? _excludedMaintenance;
    private readonly int _maxMinutes;
    private readonly Dictionary<LocalDate, (LocalDateTime Opens, LocalDateTime Closes)[]> _spans = [];
    private readonly Dictionary<LocalDate, (LocalTime From, LocalTime Until)[]> _closures = [];

    /// <summary>Creates a reference for <paramref name="calendar"/>, or for the 24×7 clock when it is null.</summary>
    public SteppingReference(BusinessCalendar? calendar, MaintenanceSchedule? excludedMaintenance = null, int maxMinutes = 400 * 24 * 60)
    {
        _calendar = calendar;
        _zone = calendar?.Zone ?? DateTimeZone.Utc;
        _excludedMaintenance = excludedMaintenance;
        _maxMinutes = maxMinutes;
    }

    /// <summary>The first instant by which <paramref name="goal"/> minutes of SLA time have passed, or null when an open-ended pause stops the clock first.</summary>
    public Instant? Due(Instant start, Duration goal, IReadOnlyList<Interval> pauses)
    {
        var wanted = (long)goal.TotalMinutes;
        var walk = new Walk(this, start, start + (Minute * _maxMinutes), pauses);
        var counted = 0L;
        while (counted < wanted)
        {
            if (walk.ClockStoppedForGood)
            {
                return null;
            }

            if (walk.Working)
            {
                counted++;
            }

            walk.Next();
        }

        return walk.Now;
    }

    /// <summary>The SLA time in <c>[from, to)</c>.</summary>
    public Duration Elapsed(Instant from, Instant to, IReadOnlyList<Interval> pauses)
    {
        var walk = new Walk(this, from, to, pauses);
        var counted = 0L;
        while (walk.Now < to)
        {
            if (walk.Working)
            {
                counted++;
            }

            walk.Next();
        }

        return Minute * counted;
    }

    private bool CalendarOpenAt(LocalDateTime wallClock)
    {
        if (_calendar is null)
        {
            return true;
        }

        var open = false;
        foreach (var date in new[] { wallClock.Date.PlusDays(-1), wallClock.Date })
        {
            foreach (var (opens, closes) in SpansOf(date))
            {
                open |= opens <= wallClock && wallClock < closes;
            }
        }

        if (!open)
        {
            return false;
        }

        foreach (var (from, until) in ClosuresOn(wallClock.Date))
        {
            if (from <= wallClock.TimeOfDay && wallClock.TimeOfDay < until)
            {
                return false;
            }
        }

        return true;
    }

    // Caches only: each date's local spans and closures, as the rules state them, computed once.
    private (LocalDateTime Opens, LocalDateTime Closes)[] SpansOf(LocalDate date)
    {
        if (!_spans.TryGetValue(date, out var spans))
        {
            spans = [.. HoursStartingOn(date).Select(h => (date + h.Start, (h.End <= h.Start ? date.PlusDays(1) : date) + h.End))];
            _spans[date] = spans;
        }

        return spans;
    }

    private (LocalTime From, LocalTime Until)[] ClosuresOn(LocalDate date)
    {
        if (!_closures.TryGetValue(date, out var closures))
        {
            closures = [.. _calendar!.Holidays.Where(h => h.ClosedFrom is not null && IsOn(h, date)).Select(h => (h.ClosedFrom!.Value, h.ClosedUntil!.Value))];
            _closures[date] = closures;
        }

        return closures;
    }

    private IEnumerable<(LocalTime Start, LocalTime End)> HoursStartingOn(LocalDate date)
    {
        var extra = _calendar!.ExtraWorkingDays.FirstOrDefault(e => e.Date == date);
        if (extra is not null)
        {
            return extra.Hours.Select(h => (h.Start, h.End));
        }

        if (_calendar.Holidays.Any(h => h.ClosedFrom is null && IsOn(h, date)))
        {
            return [];
        }

        return _calendar.Windows.Where(w => w.Day == date.DayOfWeek).Select(w => (w.Start, w.End));
    }

    private static bool IsOn(Holiday holiday, LocalDate date) =>
        holiday.Date is { } single
            ? single == date
            : holiday.AnnualDate!.Value.Month == date.Month && holiday.AnnualDate.Value.Day == date.Day;

    /// <summary>One walk, minute by minute, keeping the wall clock's high-water mark.</summary>
    private sealed class Walk
    {
        private readonly SteppingReference _reference;
        private readonly IReadOnlyList<Interval> _pauses;
        private readonly List<Interval> _maintenance;
        private readonly Instant _limit;
        private LocalDateTime _highWater;

        public Walk(SteppingReference reference, Instant start, Instant end, IReadOnlyList<Interval> pauses)
        {
            _reference = reference;
            _pauses = pauses;
            _limit = start + (Minute * reference._maxMinutes);
            _maintenance = reference._excludedMaintenance is { } schedule
                ? [.. schedule.WindowsOverlapping(start, (end > _limit ? end : _limit) + Minute).Select(w => w.Interval)]
                : [];

            // Clocks never go back by more than a day, so a day's walk before the start sets the mark.
            Now = start - Duration.FromDays(1);
            _highWater = WallClock(Now);
            while (Now < start)
            {
                Next();
            }
        }

        public Instant Now { get; private set; }

        public bool ClockStoppedForGood => _pauses.Any(p => !p.HasEnd && (!p.HasStart || p.Start <= Now));

        public bool Working
        {
            get
            {
                foreach (var pause in _pauses)
                {
                    if ((!pause.HasStart || pause.Start <= Now) && (!pause.HasEnd || Now < pause.End))
                    {
                        return false;
                    }
                }

                foreach (var window in _maintenance)
                {
                    if (window.Contains(Now))
                    {
                        return false;
                    }
                }

                return _reference.CalendarOpenAt(_highWater);
            }
        }

        public void Next()
        {
            Now += Minute;
            if (Now > _limit)
            {
                throw new InvalidOperationException($"The reference walked more than {_reference._maxMinutes} minutes; the generated case is too long for it.");
            }

            var wall = WallClock(Now);
            if (wall > _highWater)
            {
                _highWater = wall;
            }
        }

        private LocalDateTime WallClock(Instant instant) => instant.InZone(_reference._zone).LocalDateTime;
    }
}
