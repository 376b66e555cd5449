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
/// <c>EXDATE</c>, cancelled, without a start, in an unknown zone, or of no length (ending at or before
/// its start). A feed that cannot be read at all throws <see cref="HolidayFeedException"/>, and so does an
/// event whose end is not of its start's value type (a date with a date-time, or a <c>DURATION</c> in hours
/// on a date: RFC 5545 forbids both) or whose recurrence cannot be expanded; the message names the event and
/// its line.</para>
/// <para><b>Bounded work.</b> Ical.Net steps through a rule's candidate times from its <c>DTSTART</c>, and
/// searches a rule with <c>BY</c> parts to its <c>UNTIL</c> (or the year 9999) once it stops matching. A rule
/// with more than 5,000,000 candidate times over that span (a daily rule from the year 1 has 3.65 million, so
/// this only refuses rules that step by the hour, minute or second, or expand into many times a day, over long
/// spans) is refused before it is expanded, and more than <see cref="MaxOccurrences"/> occurrences over the
/// range stop the import. An <c>RDATE</c> or <c>EXDATE</c> property listing more than 1,000 dates is refused
/// before the feed is read (Ical.Net reads such a list in time that grows with its square); the same dates
/// as separate properties are read.</para>
/// <para>The feed is read with Ical.Net; nothing is written, so no <c>UID</c> or <c>DTSTAMP</c> is made up.</para>
/// </remarks>
public static class HolidayFeed
{
    // Occurrences are enumerated this many days beyond each end of the range, so that conversion to the
    // calendar's zone (offsets differ by at most 26 hours) cannot move a date into the range unseen.
    private const int MarginDays = 2;

    /// <summary>
    /// The most candidate instants one recurrence rule may have from its <c>DTSTART</c> to where Ical.Net stops
    /// searching it: the end of the range for a rule without <c>BY</c> parts (every candidate is an occurrence), its
    /// <c>UNTIL</c> or the end of the year 9999 for one with them (searched that far once it stops matching). Ical.Net
    /// steps through them from <c>DTSTART</c> on, so a sub-daily rule from decades before the range would run for hours.
    /// </summary>
    /// <remarks>Generous enough for any daily, weekly, monthly or yearly rule over the whole calendar (a daily rule
    /// from the year 1 is 3.65 million steps), so it only refuses rules that step by the hour, minute or second (or
    /// expand into many times a day) over long spans.</remarks>
    private const double MaxRecurrenceSteps = 5_000_000;

    /// <summary>The most dates one <c>RDATE</c> or <c>EXDATE</c> property may list: Ical.Net's reading of a list grows with its square (4,000 values: 0.75 s; 10,000: 11 s; 40,000: minutes).</summary>
    private const int MaxListValues = 1_000;

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
    /// <exception cref="HolidayFeedException">The feed cannot be read, an event's end is not of its start's type, a recurrence cannot be expanded or has too many candidate times, the feed expands to more than <see cref="MaxOccurrences"/> occurrences, or its events cover more than <see cref="MaxDates"/> dates in the range.</exception>
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
            else if ((Malformed(e) ?? TooManySteps(e, Shift(to, MarginDays))) is { } refusal)
            {
                throw new HolidayFeedException($"{Where(source)}: {refusal}", source.Line);
            }
        }

        var seen = new HashSet<CalendarEvent>(ReferenceEqualityComparer.Instance);
        // Ical.Net's dates run from 0001-01-01 to 9999-12-31 (a feed holds none outside them): the range, with its margins,
        // is cut to those, which a range from before the year 1 reached with an internal error (DateOnly out of range).
        var start = new CalDateTime(InIcalRange(Shift(from, -MarginDays)).ToDateOnly());
        var end = new CalDateTime(InIcalRange(Shift(to, MarginDays)).ToDateOnly());
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
        }
        catch (Exception e) when (e is EvaluationException or ArgumentException or InvalidOperationException)
        {
            var culprit = Failing(feed, start, end) is { } failing ? sources[failing] : null;
            throw new HolidayFeedException($"{(culprit is null ? string.Empty : Where(culprit) + ": ")}The feed's recurrences cannot be expanded: {e.Message}", culprit?.Line, e);
        }

        return import.Result();
    }

    /// <summary>"event 3 (line 19) 'Summary'", as the account names an event.</summary>
    private static string Where(FeedEvent source) =>
        $"event {source.Index}{(source.Line is { } line ? $" (line {line})" : string.Empty)} '{source.Summary}'";

    /// <summary>The first event whose occurrences, expanded alone, fail as the whole feed's did (for the error message only).</summary>
    private static CalendarEvent? Failing(IcsCalendar feed, CalDateTime start, CalDateTime end)
    {
        foreach (var e in feed.Events)
        {
            try
            {
                _ = e.GetOccurrences(start).TakeWhileBefore(end).Take(MaxOccurrences + 1).Count();
                _ = IsRecurring(e) && e.GetOccurrences(end).Any();
            }
            catch (Exception problem) when (problem is EvaluationException or ArgumentException or InvalidOperationException)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>What makes an event's end unreadable with its start, as RFC 5545 §3.6.1 and §3.8.2.5 require them, or null.</summary>
    private static string? Malformed(CalendarEvent e)
    {
        var start = e.DtStart!;
        if (e.DtEnd is { } end && end.HasTime != start.HasTime)
        {
            return start.HasTime
                ? "DTSTART is a date-time but DTEND a date; RFC 5545 requires both of the same type"
                : "DTSTART is a date but DTEND a date-time; RFC 5545 requires both of the same type";
        }

        if (!start.HasTime && e.Duration is { } length && length.HasTime)
        {
            return $"the all-day event has a DURATION in hours, minutes or seconds ({length}); RFC 5545 requires days or weeks for a date";
        }

        return null;
    }

    /// <summary>Why expanding the event's RRULEs (and EXRULEs) up to <paramref name="searchEnd"/> would take too long (see <see cref="MaxRecurrenceSteps"/>), or null.</summary>
    private static string? TooManySteps(CalendarEvent e, LocalDate searchEnd)
    {
        if (e.DtStart is not { } start)
        {
            return null;
        }

        var rules = new List<(string Property, RuleShape Rule)>();
        if (e.RecurrenceRule is { } rule)
        {
            rules.Add(("RRULE", RuleShape.Of(rule)));
        }

        // An event with several RRULEs, or an EXRULE (which RFC 5545 deprecates), is only visible through
        // Ical.Net's obsolete lists, and Ical.Net expands them all the same.
#pragma warning disable CS0618
        rules.AddRange(e.RecurrenceRules.Select(r => ("RRULE", RuleShape.Of(r))));
        rules.AddRange(e.ExceptionRules.Select(r => ("EXRULE", RuleShape.Of(r))));
#pragma warning restore CS0618

        foreach (var (property, shape) in rules)
        {
            if (TooManySteps(shape, start, searchEnd) is { } problem)
            {
                return $"its {property} ({shape.Text}) {problem}";
            }
        }

        return null;
    }

    private static string? TooManySteps(RuleShape rule, CalDateTime start, LocalDate searchEnd)
    {
        var frequency = rule.Frequency;

        // Seconds per step (a month counted as 30 days), and how many candidates one step may expand into.
        var unit = frequency switch
        {
            FrequencyType.Secondly => 1.0,
            FrequencyType.Minutely => 60.0,
            FrequencyType.Hourly => 3600.0,
            FrequencyType.Daily => 86_400.0,
            FrequencyType.Weekly => 7 * 86_400.0,
            FrequencyType.Monthly => 30 * 86_400.0,
            _ => 365 * 86_400.0,
        };
        var days = frequency switch
        {
            FrequencyType.Yearly when rule.ByMonth + rule.ByWeekNo + rule.ByYearDay + rule.ByMonthDay + rule.ByDay > 0 => 366.0,
            FrequencyType.Monthly when rule.ByMonthDay + rule.ByDay > 0 => 31.0,
            FrequencyType.Weekly when rule.ByDay > 0 => 7.0,
            _ => 1.0,
        };
        var times = (frequency >= FrequencyType.Daily ? Math.Max(1, rule.ByHour) : 1.0)
            * (frequency >= FrequencyType.Hourly ? Math.Max(1, rule.ByMinute) : 1.0)
            * (frequency >= FrequencyType.Minutely ? Math.Max(1, rule.BySecond) : 1.0);

        // Without BY parts every candidate is an occurrence, so the search ends after the range (or at COUNT);
        // with them a rule may stop matching, and then it is searched to its UNTIL or the end of the year 9999.
        var filtered = rule.BySecond + rule.ByMinute + rule.ByHour + rule.ByDay + rule.ByMonthDay
            + rule.ByYearDay + rule.ByWeekNo + rule.ByMonth + rule.BySetPosition > 0;
        var until = rule.Until is { } u ? u.Value : DateTime.MaxValue;
        if (!filtered)
        {
            var rangeEnd = searchEnd.AtMidnight().ToDateTimeUnspecified().AddDays(2);
            until = rangeEnd < until ? rangeEnd : until;
        }

        var steps = Math.Max(0, (until - start.Value).TotalSeconds) / (unit * Math.Max(1, rule.Interval)) * days * times;
        if (rule.Count is { } count && !filtered)
        {
            steps = Math.Min(steps, count);
        }

        if (steps <= MaxRecurrenceSteps)
        {
            return null;
        }

        var span = !filtered ? $"to the end of the range ({Text(searchEnd)}, with a margin)"
            : rule.Until is { } last ? $"to its UNTIL {Show(last)}"
            : "to the end of the year 9999 (it has BY parts and no UNTIL, so it is searched that far once it stops matching)";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"has about {steps:N0} candidate times from its DTSTART {Show(start)} {span}, more than the {MaxRecurrenceSteps:N0} an import steps through; give it an UNTIL or a later DTSTART");
    }

    /// <summary>What bounds a recurrence rule's expansion, read alike from Ical.Net's two rule types: its frequency, interval, end, and how many values each BY part lists.</summary>
    private sealed record RuleShape(
        string Text, FrequencyType Frequency, int Interval, CalDateTime? Until, int? Count,
        int BySecond, int ByMinute, int ByHour, int ByDay, int ByMonthDay, int ByYearDay, int ByWeekNo, int ByMonth, int BySetPosition)
    {
        public static RuleShape Of(RecurrenceRule r) => new(
            r.ToString() ?? string.Empty, r.Frequency, r.Interval, r.Until, r.Count,
            r.BySecond.Count, r.ByMinute.Count, r.ByHour.Count, r.ByDay.Count, r.ByMonthDay.Count, r.ByYearDay.Count, r.ByWeekNo.Count, r.ByMonth.Count, r.BySetPosition.Count);

        public static RuleShape Of(RecurrencePattern r) => new(
            r.ToString() ?? string.Empty, r.Frequency, r.Interval, r.Until, r.Count,
            r.BySecond.Count, r.ByMinute.Count, r.ByHour.Count, r.ByDay.Count, r.ByMonthDay.Count, r.ByYearDay.Count, r.ByWeekNo.Count, r.ByMonth.Count, r.BySetPosition.Count);
    }

    private static IcsCalendar Parse(string ics)
    {
        if (SecondCalendarLine(ics) is { } second)
        {
            throw new HolidayFeedException($"The feed holds more than one calendar (a second BEGIN:VCALENDAR on line {second}); import them one at a time.", second);
        }

        if (LongDateList(ics) is { } list)
        {
            throw new HolidayFeedException(
                string.Create(CultureInfo.InvariantCulture, $"The {list.Name} property on line {list.Line} lists {list.Values:N0} values, more than the {MaxListValues:N0} one property may hold here (Ical.Net reads a long list in time that grows with its square); write them as several {list.Name} properties."),
                list.Line);
        }

        IcsCalendar? feed;
        try
        {
            feed = IcsCalendar.Load(ics);
        }
        catch (Exception e) when (e is SerializationException or ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            // An ArgumentException's message ends with " (Parameter 'name')", the name of a parameter inside Ical.Net: not the feed's.
            var reason = e is ArgumentException { ParamName: { } name } && e.Message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal)
                ? e.Message[..^(name.Length + 15)]
                : e.Message;
            var line = LineQuoted(ics, reason);
            throw new HolidayFeedException($"The feed is not a readable iCalendar file{(line is { } l ? $" (line {l})" : string.Empty)}: {Shortened(reason)}", line, e);
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

        if (e.Duration is { Sign: < 0 } negative)
        {
            return (HolidayFeedSkipReason.NoDuration, $"its DURATION ({negative}) is negative, so it closes nothing");
        }

        if (e.DtEnd is { } end && end.HasTime == e.DtStart.HasTime && EndsBeforeStart(e.DtStart, end))
        {
            return (HolidayFeedSkipReason.NoDuration, $"its DTEND ({Show(end)}) is before its DTSTART ({Show(e.DtStart)}), so it closes nothing");
        }

        return null;
    }

    /// <summary>A feed's date or date-time as ISO 8601 text, invariantly: <c>2027-01-05</c>, <c>2027-01-05T10:00:00Z</c>, <c>2027-01-05T10:00:00 (Europe/Berlin)</c>.</summary>
    private static string Show(CalDateTime time) =>
        !time.HasTime ? time.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : time.Value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + (time.IsUtc ? "Z" : time.TzId is { } zone ? $" ({zone})" : string.Empty);

    /// <summary>Whether <paramref name="end"/> comes before <paramref name="start"/>: by date for all-day events, by instant for timed ones (by wall clock when either floats).</summary>
    private static bool EndsBeforeStart(CalDateTime start, CalDateTime end) =>
        !start.HasTime ? end.Date < start.Date
        : start.IsFloating || end.IsFloating ? end.Value < start.Value
        : end.AsUtc < start.AsUtc;

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

        if (DateOf(e.DtStart!) < Shift(import.From, -MarginDays))
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

    /// <summary><paramref name="date"/> moved by <paramref name="days"/>, stopping at NodaTime's first or last date instead of overflowing (a range may reach either).</summary>
    internal static LocalDate Shift(LocalDate date, int days) =>
        days >= 0
            ? (date > LocalDate.MaxIsoValue.PlusDays(-days) ? LocalDate.MaxIsoValue : date.PlusDays(days))
            : (date < LocalDate.MinIsoValue.PlusDays(-days) ? LocalDate.MinIsoValue : date.PlusDays(days));

    internal static string Text(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The first <c>RDATE</c> or <c>EXDATE</c> property (unfolded) with more than <see cref="MaxListValues"/> comma-separated values: its name, line and number of values.</summary>
    private static (string Name, int Line, long Values)? LongDateList(string ics)
    {
        var number = 0;
        (string Name, int Line, long Values)? current = null;
        foreach (var line in ics.ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            var continued = line.Length > 0 && line[0] is ' ' or '\t';
            if (!continued)
            {
                if (current is { } done && done.Values > MaxListValues)
                {
                    return done;
                }

                var name = line.AsSpan(0, Math.Max(0, line.AsSpan().IndexOfAny(';', ':'))).ToString().ToUpperInvariant();
                current = name is "RDATE" or "EXDATE" ? (name, number, 1) : null;
            }

            if (current is { } list)
            {
                current = list with { Values = list.Values + line.AsSpan().Count(',') };
            }
        }

        return current is { } last && last.Values > MaxListValues ? last : null;
    }

    /// <summary>The 1-based line of a <c>BEGIN:VCALENDAR</c> that starts a second calendar after the first has ended, or null.</summary>
    private static int? SecondCalendarLine(string ics)
    {
        var number = 0;
        var depth = 0;
        var calendars = 0;
        foreach (var line in ics.ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            var text = line.TrimEnd();
            if (text.Equals("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase))
            {
                if (depth++ == 0 && ++calendars > 1)
                {
                    return number;
                }
            }
            else if (text.Equals("END:VCALENDAR", StringComparison.OrdinalIgnoreCase) && depth > 0)
            {
                depth--;
            }
        }

        return null;
    }

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
