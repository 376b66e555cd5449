using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using Zenput.Sla.Maintenance;
using Calendar = Ical.Net.Calendar;
using IcalRecurrencePattern = Ical.Net.DataTypes.RecurrencePattern;

namespace Zenput.Sla.ICalendar;

/// <summary>
/// Exports a <see cref="MaintenanceSchedule"/> as an RFC 5545 iCalendar file: each recurring rule
/// as one <c>VEVENT</c> with an <c>RRULE</c>, cancelled occurrences as <c>EXDATE</c>, moved
/// occurrences as <c>RECURRENCE-ID</c> overrides, one-offs as their own <c>VEVENT</c>s, and a
/// <c>VTIMEZONE</c> for the schedule's zone.
/// </summary>
/// <remarks>
/// <para><b>What is exported.</b> A file for the range <c>[from, to)</c> expands to exactly the windows
/// of <see cref="MaintenanceSchedule.WindowsOverlapping"/> for that range, no more and no fewer: each
/// rule is clipped to the occurrences that overlap the range (its <c>DTSTART</c> is the first, its
/// <c>UNTIL</c> the last), occurrences in between that do not overlap (cancelled, or moved out of the
/// range) are <c>EXDATE</c>s, and one-offs outside the range are left out. The open-ended form
/// (no <c>to</c>) is "the whole schedule from <c>from</c> on": rules without an
/// <see cref="MaintenanceRecurrence.EffectiveUntil"/> get an <c>RRULE</c> without <c>UNTIL</c>
/// (<see cref="ToCalendarFrom"/>, <see cref="ToIcsFrom"/>). A
/// schedule's rules may have no first date, so even the whole schedule needs a start.</para>
/// <para><b>DST.</b> RFC 5545 reads a local time that falls in a DST gap with the offset before the gap
/// (02:30 becomes 03:30), while the schedule starts such a window at the end of the gap (03:00,
/// DESIGN.md §5). Occurrences where the two differ are written as <c>RECURRENCE-ID</c> overrides
/// with the schedule's start, so a conforming client shows the schedule's time. In an open-ended
/// export these overrides are written for 50 years after the later of <c>from</c> and the last
/// irregular item (one-off, move, cancellation, effective date); beyond that such an occurrence
/// would show at the RFC position. Lengths are written as exact <c>DURATION</c>s (hours, minutes,
/// seconds), never as nominal days.</para>
/// <para><b>Determinism.</b> UIDs derive from the rule and one-off ids (see
/// <see cref="MaintenanceCalendarOptions.UidDomain"/>), <c>DTSTAMP</c> is
/// <see cref="MaintenanceCalendarOptions.Stamp"/> or the start of the range, and components are
/// written in a fixed order, so the same schedule, range and options always give the same text.</para>
/// <para>The <c>VTIMEZONE</c> is written from NodaTime's TZDB data for the span of the file (see the
/// package README), with yearly <c>RRULE</c>s where the zone follows a yearly rule.</para>
/// </remarks>
public static class MaintenanceICalendar
{
    /// <summary>Years of DST-gap overrides written after the last irregular item of an open-ended export.</summary>
    private const int OpenEndedYears = 50;

    /// <summary>Creates the calendar of the windows overlapping <c>[from, to)</c>.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="from">The start of the range (inclusive).</param>
    /// <param name="to">The end of the range (exclusive).</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>An Ical.Net calendar; serialize it with <see cref="ToIcs(MaintenanceSchedule, Instant, Instant, MaintenanceCalendarOptions?)"/> or Ical.Net's <see cref="CalendarSerializer"/>.</returns>
    public static Calendar ToCalendar(MaintenanceSchedule schedule, Instant from, Instant to, MaintenanceCalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The end of the range must not be before its start.");
        }

        return Build(schedule, from, to, openEnded: false, options ?? new MaintenanceCalendarOptions());
    }

    /// <summary>Creates the calendar of the whole schedule from <paramref name="from"/> on: every window that ends after it.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="from">The start (inclusive); a window running at that instant is included.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>An Ical.Net calendar.</returns>
    public static Calendar ToCalendarFrom(MaintenanceSchedule schedule, Instant from, MaintenanceCalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return Build(schedule, from, HorizonOf(schedule, from), openEnded: true, options ?? new MaintenanceCalendarOptions());
    }

    /// <summary>Gets the iCalendar text of the windows overlapping <c>[from, to)</c>.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="from">The start of the range (inclusive).</param>
    /// <param name="to">The end of the range (exclusive).</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The <c>.ics</c> text (CRLF line endings, lines folded at 75 octets).</returns>
    public static string ToIcs(MaintenanceSchedule schedule, Instant from, Instant to, MaintenanceCalendarOptions? options = null) =>
        Serialize(ToCalendar(schedule, from, to, options));

    /// <summary>Gets the iCalendar text of the whole schedule from <paramref name="from"/> on.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The <c>.ics</c> text.</returns>
    public static string ToIcsFrom(MaintenanceSchedule schedule, Instant from, MaintenanceCalendarOptions? options = null) =>
        Serialize(ToCalendarFrom(schedule, from, options));

    private static string Serialize(Calendar calendar) =>
        new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;

    /// <summary>The end of the explicitly written part of an open-ended export: past every irregular item, then <see cref="OpenEndedYears"/> more.</summary>
    private static Instant HorizonOf(MaintenanceSchedule schedule, Instant from)
    {
        var zone = schedule.Zone;
        var last = from;
        void Consider(Instant instant) => last = instant > last ? instant : last;
        void ConsiderDate(LocalDate date) => Consider(date.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());

        foreach (var window in schedule.WindowsOverlapping(from, from + NodaTime.Duration.Epsilon))
        {
            Consider(window.End);
        }

        foreach (var oneOff in schedule.OneOffs)
        {
            ConsiderDate(oneOff.Start.Date.PlusDays((int)Math.Ceiling(oneOff.Length.TotalDays)));
        }

        foreach (var move in schedule.Moves)
        {
            ConsiderDate(move.OriginalDate);
            ConsiderDate(move.NewStart.Date.PlusDays((int)Math.Ceiling((move.NewLength ?? NodaTime.Duration.Zero).TotalDays) + 28));
        }

        foreach (var cancellation in schedule.Cancellations)
        {
            ConsiderDate(cancellation.Date);
        }

        foreach (var rule in schedule.Recurrences)
        {
            if (rule.EffectiveFrom is { } effectiveFrom)
            {
                ConsiderDate(effectiveFrom);
            }

            if (rule.EffectiveUntil is { } effectiveUntil)
            {
                ConsiderDate(effectiveUntil.PlusDays(28));
            }
        }

        return last.InUtc().LocalDateTime.PlusYears(OpenEndedYears).InUtc().ToInstant();
    }

    private static Calendar Build(MaintenanceSchedule schedule, Instant from, Instant to, bool openEnded, MaintenanceCalendarOptions options)
    {
        var zone = schedule.Zone;
        var stamp = Rfc5545Time.Utc(options.Stamp ?? from);
        var calendar = new Calendar { ProductId = options.ProductId };
        if (options.CalendarName is { } name)
        {
            calendar.AddProperty("X-WR-CALNAME", name);
        }

        var windows = schedule.WindowsOverlapping(from, to);
        var earliest = from;
        var latest = to;
        var events = new List<CalendarEvent>();

        foreach (var rule in schedule.Recurrences)
        {
            var own = windows.Where(w => w.SourceId == rule.Id && w.Origin != MaintenanceWindowOrigin.OneOff).ToDictionary(w => w.OccurrenceDate);
            if (own.Count == 0)
            {
                continue;
            }

            var firstDate = own.Keys.Min();
            var lastDate = own.Keys.Max();

            // In an open-ended export the rule goes on after the written span: occurrences near its
            // end may start after `to` and so be missing from `own` without being cancelled.
            var unbounded = openEnded && rule.EffectiveUntil is null;
            var checkUntil = unbounded ? to.InZone(zone).Date.PlusDays(-2) : lastDate;
            var uid = Uid("recurrence", rule.Id, options);
            var master = new CalendarEvent
            {
                Uid = uid,
                DtStamp = stamp,
                Summary = rule.Title,
                DtStart = Rfc5545Time.Local(firstDate + rule.StartTime, zone),
                Duration = Rfc5545Time.ExactDuration(rule.Length),
                RecurrenceRule = new IcalRecurrencePattern(RuleText(rule, unbounded ? null : Rfc5545Time.Read(lastDate + rule.StartTime, zone))),
            };
            master.Categories.Add("Maintenance");
            events.Add(master);
            earliest = Min(earliest, Rfc5545Time.Read(firstDate + rule.StartTime, zone));

            foreach (var date in rule.OccurrenceDates(firstDate, checkUntil))
            {
                var local = date + rule.StartTime;
                if (!own.TryGetValue(date, out var window))
                {
                    master.ExceptionDates.Add(Rfc5545Time.Local(local, zone));
                    continue;
                }

                if (window.Origin == MaintenanceWindowOrigin.Moved || window.Start != Rfc5545Time.Read(local, zone))
                {
                    var moved = new CalendarEvent
                    {
                        Uid = uid,
                        DtStamp = stamp,
                        Summary = rule.Title,
                        RecurrenceIdentifier = new RecurrenceIdentifier(Rfc5545Time.Local(local, zone), null),
                        DtStart = Rfc5545Time.Write(window.Start, zone),
                        Duration = Rfc5545Time.ExactDuration(window.End - window.Start),
                    };
                    moved.Categories.Add("Maintenance");
                    events.Add(moved);
                    earliest = Min(earliest, window.Start);
                    latest = Max(latest, window.End);
                }
            }
        }

        foreach (var window in windows.Where(w => w.Origin == MaintenanceWindowOrigin.OneOff))
        {
            var oneOff = new CalendarEvent
            {
                Uid = Uid("one-off", window.SourceId, options),
                DtStamp = stamp,
                Summary = window.Title,
                DtStart = Rfc5545Time.Write(window.Start, zone),
                Duration = Rfc5545Time.ExactDuration(window.End - window.Start),
            };
            if (!string.IsNullOrWhiteSpace(window.Reason))
            {
                oneOff.Description = window.Reason;
            }

            oneOff.Categories.Add("Maintenance");
            if (window.Kind == MaintenanceKind.Emergency)
            {
                oneOff.Categories.Add("Emergency");
            }

            events.Add(oneOff);
            earliest = Min(earliest, window.Start);
        }

        // One week of margin either side keeps every local time in the file inside the VTIMEZONE's span.
        calendar.AddTimeZone(VTimeZoneBuilder.Build(zone, earliest - NodaTime.Duration.FromDays(7), latest + NodaTime.Duration.FromDays(7), openEnded));
        foreach (var calendarEvent in events)
        {
            calendar.Events.Add(calendarEvent);
        }

        return calendar;
    }

    private static string RuleText(MaintenanceRecurrence rule, Instant? until)
    {
        var day = rule.DayOfWeek switch
        {
            IsoDayOfWeek.Monday => "MO",
            IsoDayOfWeek.Tuesday => "TU",
            IsoDayOfWeek.Wednesday => "WE",
            IsoDayOfWeek.Thursday => "TH",
            IsoDayOfWeek.Friday => "FR",
            IsoDayOfWeek.Saturday => "SA",
            _ => "SU",
        };
        var text = rule.Pattern == Maintenance.RecurrencePattern.Weekly
            ? $"FREQ=WEEKLY;BYDAY={day}"
            : string.Create(CultureInfo.InvariantCulture, $"FREQ=MONTHLY;BYDAY={rule.WeekOfMonth ?? 1}{day}");
        return until is { } end
            ? text + ";UNTIL=" + end.InUtc().LocalDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)
            : text;
    }

    private static string Uid(string kind, string id, MaintenanceCalendarOptions options) => $"{kind}.{id}@{options.UidDomain}";

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;
}
