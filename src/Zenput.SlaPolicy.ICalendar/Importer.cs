using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ical.Net.DataTypes;
using NodaTime;
using Zenput.Sla.Calendars;

namespace Zenput.Sla.ICalendar;

/// <summary>Turns a feed's occurrences into holidays of one calendar, keeping the account of what was imported and skipped.</summary>
internal sealed class Importer
{
    private readonly BusinessCalendar _calendar;
    private readonly List<HolidayFeedEntry> _imported = [];
    private readonly List<HolidayFeedEntry> _skipped = [];

    public Importer(BusinessCalendar calendar, LocalDate from, LocalDate to)
    {
        _calendar = calendar;
        From = from;
        To = to;
    }

    public LocalDate From { get; }

    public LocalDate To { get; }

    public void Skip(FeedEvent source, LocalDate? date, HolidayFeedSkipReason reason, string message) =>
        _skipped.Add(new HolidayFeedEntry(source, date, null, reason, message));

    /// <summary>Adds the holidays of one occurrence: a whole day per date of an all-day event, closures for a timed one.</summary>
    public void Add(FeedEvent source, Ical.Net.DataTypes.Period period, bool recurring)
    {
        var start = period.StartTime;
        var end = period.EffectiveEndTime;
        if (!start.HasTime)
        {
            var first = HolidayFeed.DateOf(start);
            var last = end is null || HolidayFeed.DateOf(end) <= first ? first : HolidayFeed.DateOf(end).PlusDays(-1);
            for (var date = first; date <= last; date = date.PlusDays(1))
            {
                Consider(source, Holiday.On(Name(source), date), "whole day", recurring);
            }

            return;
        }

        var (localStart, converted) = ToCalendarTime(start);
        var (localEnd, _) = end is null ? (localStart, null) : ToCalendarTime(end);
        if (localEnd <= localStart)
        {
            Skip(source, localStart.Date, HolidayFeedSkipReason.NoDuration, "the timed event ends when it starts, so it closes nothing");
            return;
        }

        var note = converted is null ? string.Empty : $" (converted from {converted})";
        if (localEnd <= localStart.PlusDays(1))
        {
            // Up to a day: one closure, across midnight when it ends on the next date.
            Closure(source, localStart.Date, localStart.TimeOfDay, localEnd.TimeOfDay, note, recurring);
            return;
        }

        for (var cursor = localStart; cursor < localEnd;)
        {
            var midnight = cursor.Date.PlusDays(1).AtMidnight();
            var next = midnight < localEnd ? midnight : localEnd;
            Closure(source, cursor.Date, cursor.TimeOfDay, next.TimeOfDay, note, recurring);
            cursor = next;
        }
    }

    public HolidayFeedImport Result()
    {
        var imported = _imported.OrderBy(e => e.Date).ThenBy(e => e.Holiday!.ClosedFrom ?? LocalTime.Midnight).ToList();
        var skipped = _skipped.OrderBy(e => e.EventIndex).ThenBy(e => e.Date ?? LocalDate.MinIsoValue).ToList();
        var calendar = new BusinessCalendar(
            _calendar.Name,
            _calendar.Zone,
            _calendar.Windows,
            _calendar.Holidays.Concat(imported.Select(e => e.Holiday!)),
            _calendar.ExtraWorkingDays,
            _calendar.Schedules);
        return new HolidayFeedImport(calendar, From, To, imported, skipped);
    }

    private void Closure(FeedEvent source, LocalDate date, LocalTime from, LocalTime until, string note, bool recurring) =>
        Consider(source, Holiday.PartOf(Name(source), date, from, until), $"closed {Clock(from)}–{(until == LocalTime.Midnight ? "24:00" : Clock(until))}{note}", recurring);

    private void Consider(FeedEvent source, Holiday holiday, string what, bool recurring)
    {
        var date = holiday.Date!.Value;
        if (date < From || date >= To)
        {
            // A recurring event's occurrences just outside the range are reported with their event (once); a single event's dates one by one.
            if (!recurring)
            {
                Skip(source, date, HolidayFeedSkipReason.OutsideRange, $"{what}, outside the range {HolidayFeed.Text(From)} to {HolidayFeed.Text(To)} (exclusive)");
            }

            return;
        }

        var existing = _calendar.Holidays.FirstOrDefault(h => Same(h, holiday, date));
        if (existing is not null)
        {
            Skip(source, date, HolidayFeedSkipReason.Duplicate, $"{what}: the calendar already has {existing}");
            return;
        }

        var earlier = _imported.FirstOrDefault(e => Same(e.Holiday!, holiday, date));
        if (earlier is not null)
        {
            Skip(source, date, HolidayFeedSkipReason.Duplicate, $"{what}: already imported from event {earlier.EventIndex} '{earlier.Summary}'");
            return;
        }

        _imported.Add(new HolidayFeedEntry(source, date, holiday, null, what));
    }

    /// <summary>Whether <paramref name="existing"/> closes the same time on <paramref name="date"/>: both whole days, or closures with the same times.</summary>
    private static bool Same(Holiday existing, Holiday imported, LocalDate date) =>
        existing.FallsOn(date) && existing.ClosedFrom == imported.ClosedFrom && existing.ClosedUntil == imported.ClosedUntil;

    /// <summary>The local time on the calendar's wall clock, and the zone it was converted from (null when read as it is).</summary>
    private (LocalDateTime Local, string? ConvertedFrom) ToCalendarTime(CalDateTime time)
    {
        var local = LocalDateTime.FromDateTime(time.Value);
        if (time.IsUtc)
        {
            return (local.InUtc().ToInstant().InZone(_calendar.Zone).LocalDateTime, "UTC");
        }

        if (time.TzId is not { } id)
        {
            // Floating time: the calendar's own wall clock.
            return (local, null);
        }

        var zone = HolidayFeed.FindZone(id)!;
        return zone.Id == _calendar.Zone.Id
            ? (local, null)
            : (local.InZoneLeniently(zone).WithZone(_calendar.Zone).LocalDateTime, zone.Id);
    }

    private static string Name(FeedEvent source) => string.IsNullOrWhiteSpace(source.Summary) ? Holiday.DefaultName : source.Summary;

    private static string Clock(LocalTime time) =>
        time.ToString(time.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);
}
