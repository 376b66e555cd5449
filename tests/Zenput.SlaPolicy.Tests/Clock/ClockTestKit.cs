using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Tests.Clock;

/// <summary>Small builders shared by the clock and calendar tests; expected values stay in the tests.</summary>
internal static class ClockTestKit
{
    public static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    public static readonly IsoDayOfWeek[] AllDays =
        [.. Weekdays, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    public static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    public static Instant Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        Instant.FromUtc(year, month, day, hour, minute);

    public static LocalTime At(int hour, int minute = 0) => new(hour, minute);

    public static WorkingWindow Window(IsoDayOfWeek day, int startHour, int startMinute, int endHour, int endMinute) =>
        new(day, new LocalTime(startHour, startMinute), new LocalTime(endHour % 24, endMinute));

    public static IEnumerable<WorkingWindow> Every(IEnumerable<IsoDayOfWeek> days, int startHour, int startMinute, int endHour, int endMinute) =>
        days.Select(d => Window(d, startHour, startMinute, endHour, endMinute));

    public static BusinessCalendar Calendar(
        string zoneId,
        IEnumerable<WorkingWindow> windows,
        IEnumerable<Holiday>? holidays = null,
        IEnumerable<ExtraWorkingDay>? extraDays = null,
        string name = "test") =>
        new(name, Zone(zoneId), windows, holidays, extraDays);

    /// <summary>Mon–Fri 09:00–17:00 in <paramref name="zoneId"/>.</summary>
    public static BusinessCalendar NineToFive(string zoneId, IEnumerable<Holiday>? holidays = null, string name = "office") =>
        Calendar(zoneId, Every(Weekdays, 9, 0, 17, 0), holidays, name: name);

    /// <summary>A clock made from <paramref name="calendar"/> alone (validated, as callers' clocks are).</summary>
    public static SlaClock ClockOn(BusinessCalendar calendar, MaintenanceSchedule? excludedMaintenance = null) =>
        new(calendar, excludedMaintenance);

    /// <summary>A clock made from a calendar that validation refuses, to pin what the engine does with shapes only it sees.</summary>
    public static SlaClock UncheckedClockOn(BusinessCalendar calendar) => new(calendar, null, validate: false);

    /// <summary>
    /// A policy with the Zenput tiers, <paramref name="calendars"/> and <paramref name="intersections"/>,
    /// made without validation: the reference properties make thousands of policies with calendar
    /// intersections, and validation has tests of its own.
    /// </summary>
    public static SlaPolicy UncheckedPolicy(MaintenanceSchedule? excludedMaintenance, BusinessCalendar[] calendars, CalendarIntersection[] intersections)
    {
        var zenput = ZenputSla.Default;
        return new SlaPolicy(zenput.Name, zenput.Description, zenput.SupportZone, zenput.Tiers, zenput.ResponseSatisfiedBy, calendars, excludedMaintenance ?? zenput.Maintenance, excludedMaintenance is not null, [], calendarIntersections: intersections);
    }

    /// <summary>
    /// <see cref="Policy(bool, MaintenanceSchedule?, BusinessCalendar[])"/> made without validation: for the engine's own proofs
    /// of "no working time" on shapes that validation now refuses (a goal's clock with no working time at any instant).
    /// </summary>
    public static SlaPolicy UncheckedPolicy(bool clockStopsDuringMaintenance, MaintenanceSchedule? maintenance, params BusinessCalendar[] calendars)
    {
        var zenput = ZenputSla.Default;
        return new SlaPolicy(zenput.Name, zenput.Description, zenput.SupportZone, zenput.Tiers, zenput.ResponseSatisfiedBy, calendars, maintenance, clockStopsDuringMaintenance, []);
    }

    /// <summary>The default Zenput policy plus <paramref name="calendars"/>, with the maintenance rule chosen.</summary>
    public static SlaPolicy Policy(bool clockStopsDuringMaintenance, params BusinessCalendar[] calendars) =>
        Policy(clockStopsDuringMaintenance, ZenputSla.MaintenanceSchedule, calendars);

    public static SlaPolicy Policy(bool clockStopsDuringMaintenance, MaintenanceSchedule? maintenance, params BusinessCalendar[] calendars)
    {
        var builder = SlaPolicyBuilder.From(ZenputSla.Default).WithMaintenance(maintenance, clockStopsDuringMaintenance);
        foreach (var calendar in calendars)
        {
            builder.AddCalendar(calendar);
        }

        return builder.Build();
    }
}
