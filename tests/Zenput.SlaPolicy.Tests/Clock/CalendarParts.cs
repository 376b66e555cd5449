using System;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;

namespace Zenput.Sla.Tests.Clock;

/// <summary>The parts of one random business calendar of a <see cref="ClockCase"/>.</summary>
internal sealed record CalendarParts(WorkingWindow[] Windows, Holiday[] Holidays, ExtraWorkingDay[] ExtraDays, WeeklySchedule[] Schedules)
{
    public BusinessCalendar Calendar(string name, DateTimeZone zone) => new(name, zone, Windows, Holidays, ExtraDays, Schedules);

    public override string ToString() => string.Join(
        Environment.NewLine,
        $"  windows: {string.Join("; ", Windows.Select(w => w.ToString()))}",
        $"  holidays: {string.Join("; ", Holidays.Select(h => h.ToString()))}",
        $"  extra days: {string.Join("; ", ExtraDays.Select(e => e.ToString()))}",
        $"  schedules: {string.Join("; ", Schedules.Select(s => s.ToString()))}");
}
