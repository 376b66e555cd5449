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
    private readonly Dictionary<(LocalDate Date, LocalTime? From, LocalTime? Until), HolidayFeedEntry> _importedAt = [];
    private int _dates;

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

            // Only the dates in the range are walked; those outside it are one entry per side. Walking them all made an
            // event lasting to 9999 list millions of dates (a gigabyte of memory a minute, without end).
            SkipOutside(source, first, LocalDate.Min(last, HolidayFeed.Shift(From, -1)), "whole day", recurring);
            for (var date = LocalDate.Max(first, From); date <= last && date < To; date = date.PlusDays(1))
            {
                Consider(source, Holiday.On(Name(source), date), "whole day", recurring);
            }

            SkipOutside(source, LocalDate.Max(first, To), last, "whole day", recurring);
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
        if (localStart.Date == LocalDate.MaxIsoValue || localEnd <= localStart.PlusDays(1))
        {
            // Up to a day: one closure, across midnight when it ends on the next date.
            Closure(source, localStart.Date, localStart.TimeOfDay, localEnd.TimeOfDay, note, recurring);
            return;
        }

        // As for whole days, only the range is walked: two or more local dates outside it on one side are one entry
        // (a single date is reported with its closure times, as before).
        var walkFrom = localStart;
        var walkTo = localEnd;
        var lastDate = localEnd.PlusNanoseconds(-1).Date;
        if (localStart.Date < HolidayFeed.Shift(From, -1))
        {
            SkipOutside(source, localStart.Date, LocalDate.Min(lastDate, HolidayFeed.Shift(From, -1)), $"closed{note}", recurring);
            walkFrom = From.AtMidnight();
        }

        if (lastDate > To)
        {
            var after = LocalDate.Max(localStart.Date, To);
            SkipOutside(source, after, lastDate, $"closed{note}", recurring);
            walkTo = after.AtMidnight();
        }

        for (var cursor = walkFrom; cursor < walkTo;)
        {
            var midnight = cursor.Date == LocalDate.MaxIsoValue ? walkTo : cursor.Date.PlusDays(1).AtMidnight();
            var next = midnight < walkTo ? midnight : walkTo;
            Closure(source, cursor.Date, cursor.TimeOfDay, next.TimeOfDay, note, recurring);
            cursor = next;
        }
    }

    /// <summary>
    /// Reports the dates <paramref name="first"/> to <paramref name="last"/> (inclusive) of a single event as outside the range:
    /// one entry, on the first date, that names the last. Nothing for an empty span, nor for a recurring event (its
    /// occurrences outside the range are reported once with the event).
    /// </summary>
    private void SkipOutside(FeedEvent source, LocalDate first, LocalDate last, string what, bool recurring)
    {
        if (recurring || last < first)
        {
            return;
        }

        var dates = NodaTime.Period.Between(first, last, PeriodUnits.Days).Days + 1;
        var span = dates == 1 ? what : $"{what}, to {HolidayFeed.Text(last)} ({dates.ToString("N0", CultureInfo.InvariantCulture)} dates)";
        Skip(source, first, HolidayFeedSkipReason.OutsideRange, $"{span}, outside the range {HolidayFeed.Text(From)} to {HolidayFeed.Text(To)} (exclusive)");
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
        if (++_dates > HolidayFeed.MaxDates)
        {
            // Every date in the range is an entry of the account (imported or skipped), so the account is bounded too.
            var where = source.Line is { } line ? $"event {source.Index} (line {line})" : $"event {source.Index}";
            throw new HolidayFeedException($"The feed's events cover more than {HolidayFeed.MaxDates.ToString("N0", CultureInfo.InvariantCulture)} dates between {HolidayFeed.Text(From)} and {HolidayFeed.Text(To)} (the limit was passed at {where} '{source.Summary}'); import a shorter range.", source.Line);
        }

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

        // Looked up, not searched: a feed can give the same date many times (a daily event lasting years), and a
        // search of every holiday imported so far made that quadratic.
        if (_importedAt.TryGetValue((date, holiday.ClosedFrom, holiday.ClosedUntil), out var earlier))
        {
            Skip(source, date, HolidayFeedSkipReason.Duplicate, $"{what}: already imported from event {earlier.EventIndex} '{earlier.Summary}'");
            return;
        }

        var entry = new HolidayFeedEntry(source, date, holiday, null, what);
        _imported.Add(entry);
        _importedAt.Add((date, holiday.ClosedFrom, holiday.ClosedUntil), entry);
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
