using System;
using System.Linq;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.ICalendar;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Tests.ICalendar;

/// <summary>
/// The export at the edges: text a schedule holds cannot forge properties, the end of the supported
/// range does not overflow, and the work grows with the windows exported, not with rules × windows.
/// </summary>
public sealed class HostileScheduleExportTests
{
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    [Fact]
    public void Titles_and_reasons_with_newlines_and_control_characters_cannot_forge_properties()
    {
        var title = "Patch\r\nDTSTART:19700101T000000Z\u001b[31m\u0007\0";
        var schedule = new MaintenanceSchedule(
            Pacific,
            [MaintenanceRecurrence.Weekly("weekly;x,y\\z", title, IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2))],
            [new MaintenanceOneOff("o", title, MaintenanceKind.Emergency, new LocalDateTime(2026, 1, 8, 1, 0), Duration.FromHours(1), "Line one\nline two; with, commas")]);

        var ics = MaintenanceICalendar.ToIcs(schedule, Instant.FromUtc(2026, 1, 1, 8, 0), Instant.FromUtc(2026, 1, 15, 8, 0));

        var calendar = IcsReader.Parse(ics);
        var events = calendar.Children.Where(c => c.Name == "VEVENT").ToList();
        events.Should().HaveCount(2);
        events.Should().OnlyContain(e => e.All("DTSTART").Count() == 1);
        events[0].Required("SUMMARY").Value.Should().Be(@"Patch\nDTSTART:19700101T000000Z[31m");
        events[0].Required("UID").Value.Should().Be(@"recurrence.weekly\;x\,y\\z@maintenance.zenput-sla");
        events[1].Required("DESCRIPTION").Value.Should().Be(@"Line one\nline two\; with\, commas");
        ics.Should().NotContainAny("\u001b", "\u0007", "\0");
    }

    [Fact]
    public void Long_non_ASCII_text_is_folded_at_75_octets_without_splitting_a_character()
    {
        var title = string.Concat(Enumerable.Repeat("Wartung für Zürich – 東京 🛠 ", 12));
        var schedule = new MaintenanceSchedule(Pacific, [MaintenanceRecurrence.Weekly("w", title, IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2))]);

        var ics = MaintenanceICalendar.ToIcs(schedule, Instant.FromUtc(2026, 1, 1, 8, 0), Instant.FromUtc(2026, 1, 15, 8, 0));

        // The reader refuses lines over 75 octets; unfolding must give the title back exactly.
        IcsReader.Parse(ics).Children.Single(c => c.Name == "VEVENT").Required("SUMMARY").Value.Should().Be(title);
    }

    [Theory]
    [InlineData(9999, 1, 1, 9999, 12, 31)]
    [InlineData(1, 1, 1, 1, 2, 1)]
    public void A_range_at_the_ends_of_time_exports_without_overflow(int fromYear, int fromMonth, int fromDay, int toYear, int toMonth, int toDay)
    {
        // The reported case: maintenance --from 9999-01-01 --to 9999-12-31 --format ics was an internal error.
        var from = new LocalDate(fromYear, fromMonth, fromDay).AtMidnight().InUtc().ToInstant();
        var to = new LocalDate(toYear, toMonth, toDay).AtMidnight().InUtc().ToInstant();

        var ics = MaintenanceICalendar.ToIcs(ZenputSla.MaintenanceSchedule, from, to);

        IcsReader.Parse(ics).Children.Count(c => c.Name == "VEVENT").Should().Be(1);
        MaintenanceICalendar.ToIcsFrom(ZenputSla.MaintenanceSchedule, from).Should().Contain("RRULE:FREQ=WEEKLY;BYDAY=TU");
    }

    /// <summary>A schedule in UTC: a Tuesday rule at 21:00 for 2 h, and the one-offs given.</summary>
    private static MaintenanceSchedule InUtc(params MaintenanceOneOff[] oneOffs) => new(
        DateTimeZone.Utc,
        [MaintenanceRecurrence.Weekly("weekly", "Weekly", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2))],
        oneOffs);

    [Fact]
    public void A_range_starting_before_the_year_1_is_refused_and_nothing_is_written()
    {
        // Found by hand: `maintenance --format ics --from -9998-01-09` wrote DTSTART;TZID=UTC:-99980108T000000 and a
        // DTSTAMP like it; RFC 5545 years have four digits, so no reader could open the file.
        var output = new System.IO.StringWriter();
        var beforeYear1 = Instant.FromUtc(1, 1, 1, 0, 0) - Duration.Epsilon;

        FluentActions.Invoking(() => MaintenanceICalendar.WriteIcs(output, InUtc(), SlaClock.SupportedInstants.Start, Instant.FromUtc(2, 1, 1, 0, 0)))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "from" && e.Message.StartsWith("The range starts at -9998-01-08T00:00:00Z, before", StringComparison.Ordinal) && e.Message.Contains("before 0001-01-01T00:00:00Z", StringComparison.Ordinal));
        output.ToString().Should().BeEmpty();
        FluentActions.Invoking(() => MaintenanceICalendar.ToIcs(InUtc(), beforeYear1, Instant.FromUtc(1, 2, 1, 0, 0)))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "from");
        FluentActions.Invoking(() => MaintenanceICalendar.ToIcsFrom(InUtc(), beforeYear1))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "from");
        FluentActions.Invoking(() => MaintenanceICalendar.ToIcs(InUtc(), Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 2, 1, 0, 0), new MaintenanceCalendarOptions { Stamp = beforeYear1 }))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "options");
    }

    [Fact]
    public void A_range_from_the_first_instant_of_the_year_1_is_exported_with_four_digit_years()
    {
        // By hand: 0001-01-01 is a Monday (the proleptic Gregorian calendar's first day), so the Tuesdays of
        // [0001-01-01, 0001-01-15) in UTC are 01-02 and 01-09, each 21:00 to 23:00.
        var from = Instant.FromUtc(1, 1, 1, 0, 0);

        var ics = MaintenanceICalendar.ToIcs(InUtc(), from, Instant.FromUtc(1, 1, 15, 0, 0));

        var weekly = IcsReader.Parse(ics).Children.Single(c => c.Name == "VEVENT");
        weekly.Required("DTSTAMP").Value.Should().Be("00010101T000000Z");
        weekly.Required("DTSTART").Value.Should().Be("00010102T210000");
        weekly.Required("RRULE").Value.Should().Be("FREQ=WEEKLY;UNTIL=00010109T210000Z;BYDAY=TU");
        MaintenanceICalendar.ToIcsFrom(InUtc(), from).Should().Contain("DTSTART;TZID=UTC:00010102T210000");
    }

    [Fact]
    public void A_range_holding_a_window_that_starts_before_the_year_1_is_refused_naming_the_window()
    {
        // By hand: the one-off runs from 0000-12-31T22:00 to 0001-01-01T02:00 UTC, so it overlaps a range from
        // 0001-01-01T00:00Z, and its DTSTART would be written in the year 0; the old code wrote DTSTART;TZID=UTC:00001231T220000.
        var schedule = InUtc(MaintenanceOneOff.At(new LocalDateTime(0, 12, 31, 22, 0), Duration.FromHours(4)));
        var output = new System.IO.StringWriter();

        FluentActions.Invoking(() => MaintenanceICalendar.WriteIcs(output, schedule, Instant.FromUtc(1, 1, 1, 0, 0), Instant.FromUtc(1, 1, 15, 0, 0)))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "from" && e.Message.StartsWith(
                "The maintenance window 'Maintenance' starts at 0000-12-31T22:00:00 (UTC), before 0001-01-01", StringComparison.Ordinal)
                && e.Message.Contains("after that window ends (0001-01-01T02:00:00Z)", StringComparison.Ordinal));
        output.ToString().Should().BeEmpty();

        // From its end on, the file holds the two Tuesdays only.
        IcsReader.Parse(MaintenanceICalendar.ToIcs(schedule, Instant.FromUtc(1, 1, 1, 2, 0), Instant.FromUtc(1, 1, 15, 0, 0))).Children.Count(c => c.Name == "VEVENT").Should().Be(1);
    }

    [Fact]
    public void Windows_off_whole_seconds_are_rounded_outward_so_the_event_covers_the_window()
    {
        // Found by hand: a one-off of 0.4 s was written as DURATION:PT0S, an empty event, and every window off whole
        // seconds was written short. By hand (UTC): 2026-01-07 10:00:00.3 + 0.4 s ends 10:00:00.7: first second 10:00:00,
        // end of the last one 10:00:01, so PT1S; 2026-01-08 10:00:00.5 + 1 s ends 10:00:01.5, so 10:00:00 and PT2S.
        var schedule = new MaintenanceSchedule(
            DateTimeZone.Utc,
            [MaintenanceRecurrence.Weekly("late", "Late", IsoDayOfWeek.Tuesday, new LocalTime(21, 0, 0, 500), Duration.FromHours(2))],
            [
                MaintenanceOneOff.At(new LocalDateTime(2026, 1, 7, 10, 0, 0, 300), Duration.FromMilliseconds(400)),
                MaintenanceOneOff.At(new LocalDateTime(2026, 1, 8, 10, 0, 0, 500), Duration.FromSeconds(1)),
            ]);

        var calendar = IcsReader.Parse(MaintenanceICalendar.ToIcs(schedule, Instant.FromUtc(2026, 1, 5, 0, 0), Instant.FromUtc(2026, 1, 12, 0, 0)));

        var events = calendar.Children.Where(c => c.Name == "VEVENT").ToList();
        events.Where(e => e.Required("UID").Value.StartsWith("one-off.", StringComparison.Ordinal)).Select(e => (e.Required("DTSTART").Value, e.Required("DURATION").Value))
            .Should().Equal(("20260107T100000", "PT1S"), ("20260108T100000", "PT2S"));

        // The rule: Tuesday 2026-01-06 21:00:00.5 to 23:00:00.5, so 21:00:00 and PT2H1S.
        var late = events.Single(e => e.Required("UID").Value == "recurrence.late@maintenance.zenput-sla");
        (late.Required("DTSTART").Value, late.Required("DURATION").Value).Should().Be(("20260106T210000", "PT2H1S"));
    }

    /// <summary>
    /// A schedule built on its own (not validated) near the end of the supported range, in Los Angeles
    /// (PST, UTC-8, in December 9999; 9999-12-24 is a Friday and the last supported instant is
    /// 9999-12-24T23:59:59.999999999Z): a Friday rule whose last occurrence crosses the end, a one-off and
    /// a move that cross it, and a one-off and a move that start after it.
    /// </summary>
    private static MaintenanceSchedule AtTheRangeEnd() => new(
        Pacific,
        [
            MaintenanceRecurrence.Weekly("weekly", "Weekly", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2)),
            MaintenanceRecurrence.Weekly("late", "Late", IsoDayOfWeek.Friday, new LocalTime(15, 0), Duration.FromHours(10)),
        ],
        oneOffs:
        [
            MaintenanceOneOff.At(new LocalDateTime(9999, 12, 24, 14, 0), Duration.FromHours(3)),
            MaintenanceOneOff.At(new LocalDateTime(9999, 12, 25, 0, 0), Duration.FromHours(1)),
        ],
        moves:
        [
            new MovedOccurrence("weekly", new LocalDate(9999, 12, 14), new LocalDateTime(9999, 12, 24, 16, 30)),
            new MovedOccurrence("weekly", new LocalDate(9999, 12, 21), new LocalDateTime(9999, 12, 24, 15, 30)),
        ]);

    [Fact]
    public void Windows_cut_at_the_end_of_the_supported_range_are_exported_cut_not_whole()
    {
        var schedule = AtTheRangeEnd();
        var from = Instant.FromUtc(9999, 12, 1, 8, 0);   // 9999-12-01 00:00 PST
        var last = SlaClock.SupportedInstants.End;
        var endOfLastSecond = Instant.FromUtc(9999, 12, 25, 0, 0);

        // By hand: Fridays 12-03/10/17/24 at 15:00 PST = 23:00Z for 10 h; Tuesday 12-07 21:00 PST = 12-08 05:00Z for 2 h;
        // the 12-14 Tuesday moved to 12-24 16:30 PST = 12-25 00:30Z, after the range (gone); the 12-21 Tuesday moved to
        // 12-24 15:30 PST = 23:30Z for 2 h, cut; the one-off 12-24 14:00 PST = 22:00Z for 3 h, cut; the one-off
        // 12-25 00:00 PST = 08:00Z, after the range (gone).
        (Instant, Instant)[] cut =
        [
            (Instant.FromUtc(9999, 12, 3, 23, 0), Instant.FromUtc(9999, 12, 4, 9, 0)),
            (Instant.FromUtc(9999, 12, 8, 5, 0), Instant.FromUtc(9999, 12, 8, 7, 0)),
            (Instant.FromUtc(9999, 12, 10, 23, 0), Instant.FromUtc(9999, 12, 11, 9, 0)),
            (Instant.FromUtc(9999, 12, 17, 23, 0), Instant.FromUtc(9999, 12, 18, 9, 0)),
            (Instant.FromUtc(9999, 12, 24, 22, 0), last),
            (Instant.FromUtc(9999, 12, 24, 23, 0), last),
            (Instant.FromUtc(9999, 12, 24, 23, 30), last),
        ];
        schedule.WindowsOverlapping(from, last).Select(w => (w.Start, w.End)).Should().Equal(cut);

        var ics = MaintenanceICalendar.ToIcs(schedule, from, last);

        // RFC 5545 counts whole seconds: the cut windows end at the end of the last supported second.
        var calendar = IcsReader.Parse(ics);
        new IcsExpander(calendar).Expand(from, last).Select(o => (o.Start, o.End))
            .Should().Equal(cut.Select(w => (w.Item1, w.Item2 == last ? endOfLastSecond : w.Item2)));

        var events = calendar.Children.Where(c => c.Name == "VEVENT").ToList();
        string Text(string uid, string? recurrenceId, string property) =>
            events.Single(e => e.Required("UID").Value == uid && e.One("RECURRENCE-ID")?.Value == recurrenceId).Required(property).Value;
        Text("recurrence.late@maintenance.zenput-sla", null, "DURATION").Should().Be("PT10H");
        Text("recurrence.late@maintenance.zenput-sla", null, "RRULE").Should().Be("FREQ=WEEKLY;UNTIL=99991224T230000Z;BYDAY=FR");
        Text("recurrence.late@maintenance.zenput-sla", "99991224T150000", "DTSTART").Should().Be("99991224T150000");
        Text("recurrence.late@maintenance.zenput-sla", "99991224T150000", "DURATION").Should().Be("PT1H");
        Text("recurrence.weekly@maintenance.zenput-sla", null, "EXDATE").Should().Be("99991214T210000");
        Text("recurrence.weekly@maintenance.zenput-sla", "99991221T210000", "DTSTART").Should().Be("99991224T153000");
        Text("recurrence.weekly@maintenance.zenput-sla", "99991221T210000", "DURATION").Should().Be("PT30M");
        events.Where(e => e.Required("UID").Value.StartsWith("one-off.", StringComparison.Ordinal)).Select(e => (e.Required("DTSTART").Value, e.Required("DURATION").Value))
            .Should().Equal(("99991224T140000", "PT2H"));
    }

    [Fact]
    public void The_open_ended_export_reaching_the_end_of_the_range_cuts_the_last_occurrence_too()
    {
        var calendar = IcsReader.Parse(MaintenanceICalendar.ToIcsFrom(AtTheRangeEnd(), Instant.FromUtc(9999, 12, 1, 8, 0)));

        // 50 years past December 9999 is past the range, so every window to its end is written, the cut one included.
        var late = calendar.Children.Where(c => c.Name == "VEVENT" && c.Required("UID").Value == "recurrence.late@maintenance.zenput-sla").ToList();
        late.Single(e => e.One("RECURRENCE-ID") is null).Required("RRULE").Value.Should().Be("FREQ=WEEKLY;BYDAY=FR");
        var cut = late.Single(e => e.One("RECURRENCE-ID") is not null);
        cut.Required("RECURRENCE-ID").Value.Should().Be("99991224T150000");
        cut.Required("DURATION").Value.Should().Be("PT1H");
    }

    [Fact]
    public void Each_rule_is_written_once_however_many_rules_share_the_range()
    {
        // The export used to scan every window of the range once per rule (8.8 s for 2,750 rules over a year);
        // each rule is now one VEVENT built from its own windows as they stream past.
        var days = new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday };
        var rules = Enumerable.Range(0, 300).Select(i => MaintenanceRecurrence.Weekly($"r{i}", $"Rule {i}", days[i % 7], new LocalTime(i / 7 % 24, i * 7 % 60), Duration.FromMinutes(30)));
        var schedule = new MaintenanceSchedule(Pacific, rules);
        var from = Instant.FromUtc(2026, 1, 1, 8, 0);
        var to = Instant.FromUtc(2027, 1, 1, 8, 0);

        var calendar = IcsReader.Parse(MaintenanceICalendar.ToIcs(schedule, from, to));

        calendar.Children.Where(c => c.Name == "VEVENT" && c.One("RECURRENCE-ID") is null).Select(e => e.Required("UID").Value)
            .Should().OnlyHaveUniqueItems().And.HaveCount(300);
        new IcsExpander(calendar).Expand(from, to).Select(o => (o.Start, o.End))
            .Should().Equal(schedule.WindowsOverlapping(from, to).Select(w => (w.Start, w.End)));
    }
}
