using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Linq;
using System.Runtime.Serialization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using NodaTime;
using NodaTime.TimeZones;
using Zenput.Sla.Calendars;
using IcsCalendar = Ical.Net.Calendar;

namespace Zenput.Sla.ICalendar;

/// <summary>
/// Imports holidays from an RFC 5545 iCalendar feed (<c>.ics</c>, as published by public-holiday and
/// company calendars) into a <see cref="BusinessCalendar"/>.
/// </summary>
/// <remarks>
/// <para><b>What becomes what.</b> An all-day event becomes a whole-day <see cref="Holiday"/> on each of
/// its dates (a three-day event gives three holidays; <c>DTEND</c> is exclusive, as RFC 5545 says). A
/// timed event becomes a partial-day closure (<see cref="Holiday.PartOf"/>) from its start to its end
/// on the calendar's wall clock; one that crosses midnight is one closure across midnight, one longer
/// than a day is split at the calendar's local midnights (<c>00:00–00:00</c> for each whole day
/// between, which closes the day by the clock). Recurring events (<c>RRULE</c>, <c>RDATE</c>) are
/// expanded over the range, minus their <c>EXDATE</c>s, with <c>RECURRENCE-ID</c> overrides applied.
/// Each holiday is named after the event's <c>SUMMARY</c>.</para>
/// <para><b>Time zones.</b> All-day dates are taken as they are: a public holiday on 4 July is on
/// 4 July in the calendar's zone too. A timed event is converted to the calendar's zone through the
/// instants it covers: a floating time (no <c>TZID</c>, no <c>Z</c>) is read on the calendar's own wall
/// clock; a UTC time, or a time with a <c>TZID</c> naming another IANA or Windows zone, is mapped to
/// its instant (a local time in that zone's DST gap moves forward by the gap, one in an overlap takes
/// the earlier instant) and then to the calendar's local time. The feed's <c>VTIMEZONE</c> definitions
/// are not used: a <c>TZID</c> must be a zone id that NodaTime's TZDB knows, directly or through the
/// CLDR Windows mapping, or the event is skipped (<see cref="HolidayFeedSkipReason.UnknownTimeZone"/>).</para>
/// <para><b>Range.</b> Only dates in <c>[from, to)</c> (local dates of the calendar) are imported.
/// Dates of an occurrence outside it are reported, and so is a recurring event that starts before
/// <c>from</c> or recurs after <c>to</c>, once each.</para>
/// <para><b>Nothing silently dropped.</b> Every event, or date of an event, that is not imported is in
/// <see cref="HolidayFeedImport.Skipped"/> with a <see cref="HolidayFeedSkipReason"/>: already a holiday
/// of the calendar (a holiday that falls on the date with the same closure times, whether a single
/// date, an annual date or a rule) or given earlier in the feed, outside the range, excluded by
/// <c>EXDATE</c>, cancelled, without a start, in an unknown zone, or of no length. A feed that cannot
/// be read at all throws <see cref="HolidayFeedException"/>.</para>
/// <para>The feed is read with Ical.Net; nothing is written, so no <c>UID</c> or <c>DTSTAMP</c> is made up.</para>
/// </remarks>
public static class HolidayFeed
{
    // Occurrences are enumerated this many days beyond each end of the range, so that conversion to the
    // calendar's zone (offsets differ by at most 26 hours) cannot move a date into the range unseen.
    private const int MarginDays = 2;

    /// <summary>Gets the largest number of occurrences an import expands (over the range and its margins); beyond it the import fails rather than run for long.</summary>
    public static int MaxOccurrences { get; } = 10_000;

    /// <summary>
    /// Gets the largest number of dates in the range an import considers, over all events and occurrences (each is an
    /// entry of the account, imported or skipped); beyond it the import fails rather than run for long. Dates outside the
    /// range are not counted: those of a single event are reported as one entry per side.
    /// </summary>
    public static int MaxDates { get; } = 100_000;

    /// <summary>Imports the holidays of an iCalendar feed into <paramref name="calendar"/>, for the local dates <c>[from, to)</c>.</summary>
    /// <param name="ics">The feed's text.</param>
    /// <param name="calendar">The calendar to add the holidays to; its zone is the one dates and times are read in.</param>
    /// <param name="from">The first local date to import (inclusive).</param>
    /// <param name="to">The end of the range (exclusive).</param>
    /// <returns>The calendar with the holidays added, and the account of what was imported and skipped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ics"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="HolidayFeedException">The feed cannot be read, or it expands to more than <see cref="MaxOccurrences"/> occurrences, or its events cover more than <see cref="MaxDates"/> dates in the range.</exception>
    [Pure]
    public static HolidayFeedImport Import(string ics, BusinessCalendar calendar, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(ics);
        ArgumentNullException.ThrowIfNull(calendar);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The end of the range is before its start.");
        }

        var feed = Parse(ics);
        var import = new Importer(calendar, from, to);
        var events = feed.Events.ToList();
        var lines = EventLines(ics, events.Count);
        var sources = new Dictionary<CalendarEvent, FeedEvent>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var source = new FeedEvent(i + 1, lines?[i], string.IsNullOrEmpty(e.Uid) ? null : e.Uid, e.Summary?.Trim() ?? string.Empty);
            sources[e] = source;
            if (Unusable(e) is { } problem)
            {
                import.Skip(source, null, problem.Reason, problem.Message);
                feed.Events.Remove(e);
            }
        }

        var seen = new HashSet<CalendarEvent>(ReferenceEqualityComparer.Instance);
        // Ical.Net's dates run from 0001-01-01 to 9999-12-31 (a feed holds none outside them): the range, with its margins,
        // is cut to those, which a range from before the year 1 reached with an internal error (DateOnly out of range).
        var start = new CalDateTime(InIcalRange(from.PlusDays(-MarginDays)).ToDateOnly());
        var end = new CalDateTime(InIcalRange(to.PlusDays(MarginDays)).ToDateOnly());
        var count = 0;
        try
        {
            foreach (var occurrence in feed.GetOccurrences<CalendarEvent>(start).TakeWhileBefore(end))
            {
                if (++count > MaxOccurrences)
                {
                    throw new HolidayFeedException($"The feed expands to more than {MaxOccurrences.ToString("N0", CultureInfo.InvariantCulture)} occurrences between {Text(from)} and {Text(to)}; import a shorter range.", line: null);
                }

                var e = (CalendarEvent)occurrence.Source;
                seen.Add(e);
                import.Add(sources[e], occurrence.Period, IsRecurring(e));
            }
        }
        catch (Exception e) when (e is EvaluationException or ArgumentException or InvalidOperationException)
        {
            throw new HolidayFeedException($"The feed's recurrences cannot be expanded: {e.Message}", line: null, e);
        }

        foreach (var e in feed.Events)
        {
            var source = sources[e];
            if (IsRecurring(e))
            {
                ReportRecurrenceOutsideRange(import, source, e, end);
            }
            else if (!seen.Contains(e))
            {
                import.Skip(source, DateOf(e.DtStart!), HolidayFeedSkipReason.OutsideRange, $"outside the range {Text(from)} to {Text(to)} (exclusive)");
            }
        }

        return import.Result();
    }

    private static IcsCalendar Parse(string ics)
    {
        IcsCalendar? feed;
        try
        {
            feed = IcsCalendar.Load(ics);
        }
        catch (Exception e) when (e is SerializationException or ArgumentException or FormatException or OverflowException)
        {
            var line = LineQuoted(ics, e.Message);
            throw new HolidayFeedException($"The feed is not a readable iCalendar file{(line is { } l ? $" (line {l})" : string.Empty)}: {Shortened(e.Message)}", line, e);
        }

        return feed ?? throw new HolidayFeedException("The feed is not an iCalendar file: it has no BEGIN:VCALENDAR.", line: null);
    }

    private static (HolidayFeedSkipReason Reason, string Message)? Unusable(CalendarEvent e)
    {
        if (string.Equals(e.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase))
        {
            return (HolidayFeedSkipReason.Cancelled, "the event is cancelled (STATUS:CANCELLED)");
        }

        if (e.DtStart is null)
        {
            return (HolidayFeedSkipReason.MissingStart, "the event has no readable DTSTART");
        }

        foreach (var time in new[] { e.DtStart, e.DtEnd })
        {
            if (time is { TzId: { } id, IsUtc: false } && (FindZone(id) is null || !IcalKnows(time)))
            {
                return (HolidayFeedSkipReason.UnknownTimeZone, $"its TZID '{id}' is not an IANA or Windows time zone id, so its time cannot be placed");
            }
        }

        if (e.DtStart.HasTime && e.DtEnd is null && e.Duration is null)
        {
            return (HolidayFeedSkipReason.NoDuration, "the timed event has no DTEND or DURATION, so it closes nothing");
        }

        return null;
    }

    private static bool IcalKnows(CalDateTime time)
    {
        try
        {
            _ = time.AsUtc;
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsRecurring(CalendarEvent e) => e.RecurrenceRule is not null || e.RecurrenceDates.GetAllDates().Any() || e.RecurrenceDates.GetAllPeriods().Any();

    private static void ReportRecurrenceOutsideRange(Importer import, FeedEvent source, CalendarEvent e, CalDateTime end)
    {
        foreach (var excluded in e.ExceptionDates.GetAllDates())
        {
            var date = DateOf(excluded);
            if (date >= import.From && date < import.To)
            {
                import.Skip(source, date, HolidayFeedSkipReason.Excluded, "excluded by the feed (EXDATE)");
            }
        }

        if (DateOf(e.DtStart!) < import.From.PlusDays(-MarginDays))
        {
            import.Skip(source, null, HolidayFeedSkipReason.OutsideRange, $"the recurring event starts on {Text(DateOf(e.DtStart!))}; occurrences before {Text(import.From)} are not imported");
        }

        if (e.GetOccurrences(end).Any())
        {
            import.Skip(source, null, HolidayFeedSkipReason.OutsideRange, $"the event recurs after the range; occurrences from {Text(import.To)} on are not imported");
        }
    }

    /// <summary>Finds a zone by IANA id, or by Windows id through the CLDR mapping (Outlook writes <c>TZID=Pacific Standard Time</c>).</summary>
    internal static DateTimeZone? FindZone(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
        ?? (TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping.TryGetValue(id, out var iana) ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(iana) : null);

    internal static LocalDate DateOf(CalDateTime time) => LocalDate.FromDateOnly(time.Date);

    private static LocalDate InIcalRange(LocalDate date) =>
        LocalDate.Max(LocalDate.FromDateOnly(DateOnly.MinValue), LocalDate.Min(LocalDate.FromDateOnly(DateOnly.MaxValue), date));

    internal static string Text(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The parser's message, cut to its first 200 characters when it is much longer: it quotes the line it could not
    /// read, which in a feed of junk is the whole feed (a one-sentence error of 16 MiB).
    /// </summary>
    private static string Shortened(string message) =>
        message.Length <= 300 ? message : $"{message[..200]}… ({message.Length.ToString("N0", CultureInfo.InvariantCulture)} characters)";

    /// <summary>The 1-based line of each <c>BEGIN:VEVENT</c>, or null when they cannot be matched one to one with the parsed events.</summary>
    private static int?[]? EventLines(string ics, int events)
    {
        var lines = new List<int?>();
        var number = 0;
        foreach (var line in ics.ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            if (line.TrimEnd().Equals("BEGIN:VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                lines.Add(number);
            }
        }

        return lines.Count == events ? [.. lines] : null;
    }

    /// <summary>The line holding the text the parser quotes in its message (<c>Could not parse line: 'x'</c>), if any.</summary>
    private static int? LineQuoted(string ics, string message)
    {
        var open = message.IndexOf('\'', StringComparison.Ordinal);
        var close = message.LastIndexOf('\'');
        if (open < 0 || close <= open + 1)
        {
            return null;
        }

        var quoted = message[(open + 1)..close];
        var lines = ics.ReplaceLineEndings("\n").Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimEnd() == quoted);
        return index < 0 ? null : index + 1;
    }
}
