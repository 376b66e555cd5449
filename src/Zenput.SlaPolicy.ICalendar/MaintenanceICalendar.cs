using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Clock;
using Zenput.Sla.Maintenance;

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
/// (<see cref="ToIcsFrom"/>). A
/// schedule's rules may have no first date, so even the whole schedule needs a start.</para>
/// <para><b>DST.</b> RFC 5545 reads a local time that falls in a DST gap with the offset before the gap
/// (02:30 becomes 03:30), while the schedule starts such a window at the end of the gap (03:00,
/// DESIGN.md §5). Occurrences where the two differ are written as <c>RECURRENCE-ID</c> overrides
/// with the schedule's start, so a conforming client shows the schedule's time. In an open-ended
/// export these overrides are written for 50 years after the later of <c>from</c> and the last
/// irregular item (one-off, move, cancellation, effective date); beyond that such an occurrence
/// would show at the RFC position. Lengths are written as exact <c>DURATION</c>s (hours, minutes,
/// seconds), never as nominal days.</para>
/// <para><b>The ends of the supported range.</b> The schedule cuts every window at the ends of
/// <see cref="SlaClock.SupportedInstants"/>, and so does the file: a rule's occurrence cut there is an
/// override with the cut start or length. RFC 5545 counts whole seconds, so an end at the last supported
/// instant (<c>9999-12-24T23:59:59.999999999Z</c>) is written as <c>9999-12-25T00:00:00Z</c>. An open-ended
/// <c>RRULE</c> written without <c>UNTIL</c> goes on, as RFC 5545 reads it, past that end. The start of the
/// supported range is in the year -9998, but an iCalendar file holds no year before 0001 (RFC 5545 writes years
/// with four digits, and readers start at year 1), so the export refuses, with an
/// <see cref="ArgumentOutOfRangeException"/> for <c>from</c> and before writing anything, a range starting
/// before <c>0001-01-01T00:00:00Z</c> and a range holding a window that starts (or a moved occurrence whose
/// original date and time are) before <c>0001-01-01T00:00</c> in the schedule's zone; it never leaves out
/// part of the range asked for.</para>
/// <para><b>Whole seconds.</b> RFC 5545 counts whole seconds; a window whose start or end is not on a whole
/// second (possible in a schedule built in code) is rounded outward, so the event covers the window: its
/// <c>DTSTART</c> is the start of its first second and its <c>DURATION</c> reaches the end of its last second
/// (a window of 0.4 s from 10:00:00.3 is written as <c>DTSTART</c> 10:00:00 and <c>PT1S</c>, never as an empty
/// <c>PT0S</c>). A rule's <c>DURATION</c> is rounded the same way from its start time and length.</para>
/// <para><b>Determinism.</b> UIDs derive from the rule and one-off ids (see
/// <see cref="MaintenanceCalendarOptions.UidDomain"/>), <c>DTSTAMP</c> is
/// <see cref="MaintenanceCalendarOptions.Stamp"/> or the start of the range, and components are
/// written in a fixed order, so the same schedule, range and options always give the same text.</para>
/// <para>The <c>VTIMEZONE</c> is written from NodaTime's TZDB data for the span of the file (see the
/// package README), with yearly <c>RRULE</c>s where the zone follows a yearly rule.</para>
/// <para><b>Cost.</b> The windows are read once, in order, from <see cref="MaintenanceSchedule.WindowsFrom"/>;
/// memory holds one entry per rule plus the exceptions and overrides the file will contain, so time
/// grows linearly with the windows in the range and memory with the size of the output. The text is
/// written by this package (escaped and folded as RFC 5545 requires); no iCalendar object model is
/// built.</para>
/// </remarks>
public static class MaintenanceICalendar
{
    /// <summary>Years of DST-gap overrides written after the last irregular item of an open-ended export.</summary>
    private const int OpenEndedYears = 50;

    /// <summary>The first local date and time an iCalendar file holds: RFC 5545 years have four digits, and readers start at year 1.</summary>
    private static readonly LocalDateTime FirstWritable = new(1, 1, 1, 0, 0);

    /// <summary>Refuses a range start or a stamp before <see cref="FirstWritable"/> in UTC, before anything is read or written.</summary>
    private static void CheckWritable(Instant from, MaintenanceCalendarOptions? options)
    {
        var first = FirstWritable.InUtc().ToInstant();
        if (from < first)
        {
            throw new ArgumentOutOfRangeException(
                nameof(from),
                $"The range starts at {InstantPattern.ExtendedIso.Format(from)}, before 0001-01-01T00:00:00Z: an iCalendar file holds no earlier date (RFC 5545 years have four digits, and readers start at year 1), so the export starts there or later.");
        }

        if (options?.Stamp is { } stamp && stamp < first)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                $"The stamp {InstantPattern.ExtendedIso.Format(stamp)} is before 0001-01-01T00:00:00Z: an iCalendar file holds no earlier date.");
        }
    }

    /// <summary>Refuses a window the file would write (its start, or for a rule's window its occurrence's own date and time) before <see cref="FirstWritable"/> in the schedule's zone.</summary>
    private static void CheckWritable(MaintenanceWindow window, MaintenanceRecurrence? rule)
    {
        var start = window.LocalStart.LocalDateTime;
        var occurrence = rule is null ? start : window.OccurrenceDate + rule.StartTime;
        if (start < FirstWritable || occurrence < FirstWritable)
        {
            var earliest = start < occurrence ? start : occurrence;
            throw new ArgumentOutOfRangeException(
                "from",
                $"The maintenance window '{window.Title}' {(start == earliest ? "starts" : "was moved from an occurrence")} at {earliest.ToString("uuuu-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)} ({window.Zone.Id}), before 0001-01-01: an iCalendar file holds no earlier date (RFC 5545 years have four digits, and readers start at year 1), so the range must start after that window ends ({InstantPattern.ExtendedIso.Format(window.End)}).");
        }
    }

    /// <summary>Gets the iCalendar text of the windows overlapping <c>[from, to)</c>.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="from">The start of the range (inclusive).</param>
    /// <param name="to">The end of the range (exclusive).</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The <c>.ics</c> text (CRLF line endings, lines folded at 75 octets).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>; or
    /// <paramref name="from"/> is before <c>0001-01-01T00:00:00Z</c>, or the range holds a window starting before
    /// <c>0001-01-01T00:00</c> in the schedule's zone (an iCalendar file holds no earlier date); or
    /// <see cref="MaintenanceCalendarOptions.Stamp"/> is before <c>0001-01-01T00:00:00Z</c>.</exception>
    [Pure]
    public static string ToIcs(MaintenanceSchedule schedule, Instant from, Instant to, MaintenanceCalendarOptions? options = null)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteIcs(text, schedule, from, to, options);
        return text.ToString();
    }

    /// <summary>Writes the iCalendar text of the windows overlapping <c>[from, to)</c> to <paramref name="output"/>.</summary>
    /// <param name="output">Where the text goes; lines end with CRLF whatever the writer's <see cref="TextWriter.NewLine"/>.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="from">The start of the range (inclusive).</param>
    /// <param name="to">The end of the range (exclusive).</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>; or
    /// <paramref name="from"/> is before <c>0001-01-01T00:00:00Z</c>, or the range holds a window starting before
    /// <c>0001-01-01T00:00</c> in the schedule's zone (an iCalendar file holds no earlier date); or
    /// <see cref="MaintenanceCalendarOptions.Stamp"/> is before <c>0001-01-01T00:00:00Z</c>. Nothing has been
    /// written to <paramref name="output"/> then.</exception>
    public static void WriteIcs(TextWriter output, MaintenanceSchedule schedule, Instant from, Instant to, MaintenanceCalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(schedule);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The end of the range must not be before its start.");
        }

        CheckWritable(from, options);

        Write(output, schedule, from, to, openEnded: false, options ?? new MaintenanceCalendarOptions());
    }

    /// <summary>Gets the iCalendar text of the whole schedule from <paramref name="from"/> on: every window that ends after it.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="from">The start (inclusive); a window running at that instant is included.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The <c>.ics</c> text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> is before <c>0001-01-01T00:00:00Z</c>, or
    /// a window the file holds starts before <c>0001-01-01T00:00</c> in the schedule's zone (an iCalendar file holds no
    /// earlier date); or <see cref="MaintenanceCalendarOptions.Stamp"/> is before <c>0001-01-01T00:00:00Z</c>.</exception>
    [Pure]
    public static string ToIcsFrom(MaintenanceSchedule schedule, Instant from, MaintenanceCalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        CheckWritable(from, options);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, schedule, from, HorizonOf(schedule, from), openEnded: true, options ?? new MaintenanceCalendarOptions());
        return text.ToString();
    }

    /// <summary>The end of the explicitly written part of an open-ended export: past every irregular item, then <see cref="OpenEndedYears"/> more.</summary>
    private static Instant HorizonOf(MaintenanceSchedule schedule, Instant from)
    {
        var zone = schedule.Zone;
        var last = from;
        void Consider(Instant instant) => last = instant > last ? instant : last;
        void ConsiderDate(LocalDate date, int daysAfter) => Consider(AtStartOf(date, daysAfter, zone));

        if (schedule.WindowAt(from) is { } running)
        {
            Consider(running.End);
        }

        foreach (var oneOff in schedule.OneOffs)
        {
            ConsiderDate(oneOff.Start.Date, DaysCovering(oneOff.Length));
        }

        foreach (var move in schedule.Moves)
        {
            ConsiderDate(move.OriginalDate, 1);
            ConsiderDate(move.NewStart.Date, DaysCovering(move.NewLength ?? NodaTime.Duration.Zero) + 28);
        }

        foreach (var cancellation in schedule.Cancellations)
        {
            ConsiderDate(cancellation.Date, 1);
        }

        foreach (var rule in schedule.Recurrences)
        {
            if (rule.EffectiveFrom is { } effectiveFrom)
            {
                ConsiderDate(effectiveFrom, 1);
            }

            if (rule.EffectiveUntil is { } effectiveUntil)
            {
                ConsiderDate(effectiveUntil, 29);
            }
        }

        var utc = last.InUtc().LocalDateTime;
        return utc.Year <= 9999 - OpenEndedYears - 1 ? utc.PlusYears(OpenEndedYears).InUtc().ToInstant() : Instant.MaxValue;
    }

    /// <summary>Midnight <paramref name="daysAfter"/> days after <paramref name="date"/> in <paramref name="zone"/>, or the end of time when that is out of range.</summary>
    private static Instant AtStartOf(LocalDate date, int daysAfter, DateTimeZone zone) =>
        date.Year < 9999 - 1 - (daysAfter / 365) && date.Year > -9998 + 1
            ? date.PlusDays(daysAfter).AtStartOfDayInZone(zone).ToInstant()
            : date.Year > 0 ? Instant.MaxValue : Instant.MinValue;

    private static int DaysCovering(NodaTime.Duration length) =>
        length <= NodaTime.Duration.Zero ? 0 : length >= NodaTime.Duration.FromDays(366 * 10_000) ? 366 * 10_000 : (int)Math.Ceiling(length.TotalDays);

    private static void Write(TextWriter output, MaintenanceSchedule schedule, Instant from, Instant to, bool openEnded, MaintenanceCalendarOptions options)
    {
        var zone = schedule.Zone;
        var stamp = options.Stamp ?? from;

        // One pass over the windows in order; per rule only what the file will hold is kept.
        var rules = new Dictionary<string, RuleExport>(StringComparer.Ordinal);
        foreach (var rule in schedule.Recurrences)
        {
            rules.TryAdd(rule.Id, new RuleExport(rule));
        }

        var oneOffs = new List<MaintenanceWindow>();
        var earliest = from;
        var latest = to;
        foreach (var window in to > from ? schedule.WindowsFrom(from) : [])
        {
            if (window.Start >= to)
            {
                break;
            }

            CheckWritable(window, window.Origin == MaintenanceWindowOrigin.OneOff ? null : rules.GetValueOrDefault(window.SourceId)?.Rule);
            if (window.Origin == MaintenanceWindowOrigin.OneOff)
            {
                oneOffs.Add(window);
                earliest = Min(earliest, window.Start);
            }
            else if (rules.TryGetValue(window.SourceId, out var export))
            {
                export.Add(window, zone);
            }
        }

        var writer = new IcsWriter(output);
        writer.Begin("VCALENDAR");
        writer.Text("PRODID", options.ProductId);
        writer.Raw("VERSION", "2.0");
        if (options.CalendarName is { } name)
        {
            writer.Text("X-WR-CALNAME", name);
        }

        foreach (var export in rules.Values)
        {
            if (export.FirstDate is { } firstDate)
            {
                earliest = Min(earliest, Rfc5545Time.Read(firstDate + export.Rule.StartTime, zone));
                foreach (var moved in export.Overrides)
                {
                    earliest = Min(earliest, moved.Start);
                    latest = Max(latest, moved.End);
                }
            }
        }

        // One week of margin either side keeps every local time in the file inside the VTIMEZONE's span.
        var week = NodaTime.Duration.FromDays(7);
        VTimeZoneBuilder.Write(
            writer,
            zone,
            earliest > Instant.MinValue + week ? earliest - week : Instant.MinValue,
            latest < Instant.MaxValue - week ? latest + week : Instant.MaxValue,
            openEnded);

        foreach (var rule in schedule.Recurrences)
        {
            if (rules.Remove(rule.Id, out var export) && export.FirstDate is not null)
            {
                WriteRule(writer, export, zone, to, openEnded, stamp, options);
            }
        }

        foreach (var window in oneOffs)
        {
            writer.Begin("VEVENT");
            writer.Raw("CATEGORIES", window.Kind == MaintenanceKind.Emergency ? "Maintenance,Emergency" : "Maintenance");

            if (!string.IsNullOrWhiteSpace(window.Reason))
            {
                writer.Text("DESCRIPTION", window.Reason);
            }

            writer.Utc("DTSTAMP", stamp);
            WriteStart(writer, "DTSTART", window.Start, zone);
            writer.Raw("DURATION", IcsWriter.FormatDuration(WrittenLength(window)));
            writer.Raw("SEQUENCE", "0");
            writer.Text("SUMMARY", window.Title);
            writer.Text("UID", Uid("one-off", window.SourceId, options));
            writer.End("VEVENT");
        }

        writer.End("VCALENDAR");
    }

    private static void WriteRule(IcsWriter writer, RuleExport export, DateTimeZone zone, Instant to, bool openEnded, Instant stamp, MaintenanceCalendarOptions options)
    {
        var rule = export.Rule;
        var firstDate = export.FirstDate!.Value;
        var lastDate = export.LastDate!.Value;

        // In an open-ended export the rule goes on after the written span: occurrences near its end
        // may start after `to` and so be missing without being cancelled.
        var unbounded = openEnded && rule.EffectiveUntil is null;
        var checkUntil = unbounded ? to.InZone(zone).Date.PlusDays(-2) : lastDate;
        var uid = Uid("recurrence", rule.Id, options);

        writer.Begin("VEVENT");
        writer.Raw("CATEGORIES", "Maintenance");
        writer.Utc("DTSTAMP", stamp);
        writer.Local("DTSTART", firstDate + rule.StartTime, zone.Id);
        writer.Raw("DURATION", IcsWriter.FormatDuration(ToWholeSeconds(NodaTime.Duration.FromNanoseconds(rule.StartTime.NanosecondOfSecond) + rule.Length)));
        foreach (var date in export.ExceptionDates(checkUntil))
        {
            writer.Local("EXDATE", date + rule.StartTime, zone.Id);
        }

        writer.Raw("RRULE", RuleText(rule, unbounded ? null : Rfc5545Time.Read(lastDate + rule.StartTime, zone)));
        writer.Raw("SEQUENCE", "0");
        writer.Text("SUMMARY", rule.Title);
        writer.Text("UID", uid);
        writer.End("VEVENT");

        foreach (var window in export.Overrides.OrderBy(w => w.OccurrenceDate))
        {
            writer.Begin("VEVENT");
            writer.Raw("CATEGORIES", "Maintenance");
            writer.Utc("DTSTAMP", stamp);
            WriteStart(writer, "DTSTART", window.Start, zone);
            writer.Raw("DURATION", IcsWriter.FormatDuration(WrittenLength(window)));
            writer.Local("RECURRENCE-ID", window.OccurrenceDate + rule.StartTime, zone.Id);
            writer.Raw("SEQUENCE", "0");
            writer.Text("SUMMARY", rule.Title);
            writer.Text("UID", uid);
            writer.End("VEVENT");
        }
    }

    /// <summary>A DATE-TIME with the zone's TZID that any RFC 5545 reader reads back as exactly <paramref name="instant"/>; in UTC when no local time in the zone does.</summary>
    private static void WriteStart(IcsWriter writer, string name, Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        if (Rfc5545Time.Read(local, zone) == instant)
        {
            writer.Local(name, local, zone.Id);
        }
        else
        {
            writer.Utc(name, instant);
        }
    }

    /// <summary>
    /// The length written for <paramref name="window"/>, whose <c>DTSTART</c> is written as the start of its first
    /// second: from there to the end of its last second, so the event covers the window (RFC 5545 counts whole
    /// seconds). A window ending at the last supported instant (<c>9999-12-24T23:59:59.999999999Z</c>, where the
    /// schedule cuts every window) is so written to <c>9999-12-25T00:00:00Z</c>, and a window shorter than a second
    /// lasts a second, never <c>PT0S</c>.
    /// </summary>
    private static NodaTime.Duration WrittenLength(MaintenanceWindow window)
    {
        var start = Instant.FromUnixTimeSeconds(window.Start.ToUnixTimeSeconds());
        return ToWholeSeconds(window.End - start);
    }

    /// <summary><paramref name="length"/> rounded up to a whole number of seconds.</summary>
    private static NodaTime.Duration ToWholeSeconds(NodaTime.Duration length)
    {
        var part = length.NanosecondOfDay % NodaConstants.NanosecondsPerSecond;
        return length <= NodaTime.Duration.Zero || part == 0 ? length : length + NodaTime.Duration.FromNanoseconds(NodaConstants.NanosecondsPerSecond - part);
    }

    /// <summary>Whether <paramref name="window"/>, an occurrence of <paramref name="rule"/>, was cut short at the end of the supported range.</summary>
    private static bool IsCutAtRangeEnd(MaintenanceWindow window, MaintenanceRecurrence rule) =>
        window.End == SlaClock.SupportedInstants.End && window.End - window.Start < rule.Length;

    private static string RuleText(MaintenanceRecurrence rule, Instant? until)
    {
        var untilPart = until is { } end ? ";UNTIL=" + IcsWriter.FormatUtc(end) : string.Empty;
        return rule.Pattern == Maintenance.RecurrencePattern.Weekly
            ? $"FREQ=WEEKLY{untilPart};BYDAY={IcsWriter.Day(rule.DayOfWeek)}"
            : string.Create(CultureInfo.InvariantCulture, $"FREQ=MONTHLY{untilPart};BYDAY={rule.WeekOfMonth ?? 1}{IcsWriter.Day(rule.DayOfWeek)}");
    }

    private static string Uid(string kind, string id, MaintenanceCalendarOptions options) => $"{kind}.{id}@{options.UidDomain}";

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    /// <summary>
    /// What the file says about one rule, gathered from its windows as they stream past: the first and
    /// last occurrence dates it holds, the occurrences missing from its run (cancelled or moved away),
    /// and the windows that must be written as overrides (moved, or starting where RFC 5545 reads the
    /// local time differently).
    /// </summary>
    private sealed class RuleExport(MaintenanceRecurrence rule)
    {
        private readonly List<LocalDate> _gaps = [];
        private readonly HashSet<LocalDate> _movedDates = [];
        private LocalDate? _firstRegular;
        private LocalDate? _lastRegular;

        public MaintenanceRecurrence Rule { get; } = rule;

        public LocalDate? FirstDate { get; private set; }

        public LocalDate? LastDate { get; private set; }

        public List<MaintenanceWindow> Overrides { get; } = [];

        public void Add(MaintenanceWindow window, DateTimeZone zone)
        {
            var date = window.OccurrenceDate;
            FirstDate = FirstDate is { } first && first <= date ? first : date;
            LastDate = LastDate is { } last && last >= date ? last : date;
            if (window.Origin == MaintenanceWindowOrigin.Moved)
            {
                _movedDates.Add(date);
                Overrides.Add(window);
                return;
            }

            // Regular occurrences arrive in date order: the rule's dates skipped since the previous one were cancelled or moved.
            if (_lastRegular is { } previous)
            {
                _gaps.AddRange(Rule.OccurrenceDates(previous.PlusDays(1), date.PlusDays(-1)));
            }

            _firstRegular ??= date;
            _lastRegular = date;
            // An override where RFC 5545 would start the occurrence elsewhere (a DST gap, the start of the
            // supported range) or end it elsewhere (the last occurrence, cut at the end of the range).
            if (window.Start != Rfc5545Time.Read(date + Rule.StartTime, zone) || IsCutAtRangeEnd(window, Rule))
            {
                Overrides.Add(window);
            }
        }

        /// <summary>The rule's occurrence dates from the first date held to <paramref name="checkUntil"/> that the file does not hold, in order.</summary>
        public IEnumerable<LocalDate> ExceptionDates(LocalDate checkUntil)
        {
            IEnumerable<LocalDate> missing = _firstRegular is { } a && _lastRegular is { } b
                ? Rule.OccurrenceDates(FirstDate!.Value, a.PlusDays(-1))
                    .Concat(_gaps)
                    .Concat(b < checkUntil ? Rule.OccurrenceDates(b.PlusDays(1), checkUntil) : [])
                : Rule.OccurrenceDates(FirstDate!.Value, checkUntil);
            return missing.Where(d => !_movedDates.Contains(d));
        }
    }
}
