using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Benchmarks.Clock;

/// <summary>
/// The obviously-correct way to find a due instant, as a baseline: walk one minute at a time, read the
/// wall clock, and count the minutes that are working time. A copy of the test suite's reference,
/// without pauses: a minute is working when the wall clock's high-water mark lies in a window of a
/// date whose hours apply, outside partial closures, and the minute is not in a maintenance window.
/// </summary>
internal sealed class MinuteSteppingReference
{
    private static readonly Duration Minute = Duration.FromMinutes(1);

    private readonly BusinessCalendar _calendar;
    private readonly Interval[] _maintenance;

    public MinuteSteppingReference(BusinessCalendar calendar, MaintenanceSchedule maintenance, Instant from, Instant to)
    {
        _calendar = calendar;
        _maintenance = [.. maintenance.WindowsOverlapping(from, to).Select(w => w.Interval)];
    }

    public Instant DueAt(Instant start, Duration goal)
    {
        var zone = _calendar.Zone;
        var highWater = (start - Duration.FromDays(1)).InZone(zone).LocalDateTime;
        for (var t = start - Duration.FromDays(1); t < start; t += Minute)
        {
            var wall = t.InZone(zone).LocalDateTime;
            highWater = wall > highWater ? wall : highWater;
        }

        var wanted = (long)goal.TotalMinutes;
        var now = start;
        for (long counted = 0; counted < wanted; now += Minute)
        {
            var wall = now.InZone(zone).LocalDateTime;
            highWater = wall > highWater ? wall : highWater;
            if (IsOpen(highWater) && !InMaintenance(now))
            {
                counted++;
            }
        }

        return now;
    }

    private bool InMaintenance(Instant instant)
    {
        foreach (var window in _maintenance)
        {
            if (window.Contains(instant))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsOpen(LocalDateTime wallClock)
    {
        var open = false;
        foreach (var date in new[] { wallClock.Date.PlusDays(-1), wallClock.Date })
        {
            foreach (var (start, end) in HoursStartingOn(date))
            {
                var opens = date + start;
                var closes = (end <= start ? date.PlusDays(1) : date) + end;
                open |= opens <= wallClock && wallClock < closes;
            }
        }

        return open && !_calendar.Holidays.Any(h =>
            h.ClosedFrom is { } from && h.ClosedUntil is { } until && IsOn(h, wallClock.Date)
            && from <= wallClock.TimeOfDay && wallClock.TimeOfDay < until);
    }

    private IEnumerable<(LocalTime Start, LocalTime End)> HoursStartingOn(LocalDate date)
    {
        var extra = _calendar.ExtraWorkingDays.FirstOrDefault(e => e.Date == date);
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
}
