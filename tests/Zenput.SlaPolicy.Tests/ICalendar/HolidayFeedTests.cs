using System;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.ICalendar;
using static Zenput.Sla.Tests.ICalendar.HolidayFeeds;

namespace Zenput.Sla.Tests.ICalendar;

/// <summary>Importing holidays from iCalendar feeds: what becomes a holiday or a closure, and every event skipped with its reason.</summary>
public sealed class HolidayFeedTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly LocalDate From2027 = new(2027, 1, 1);
    private static readonly LocalDate To2028 = new(2028, 1, 1);

    internal static BusinessCalendar Office(params Holiday[] holidays) =>
        new("office", NewYork, WorkingWindow.Weekdays(9, 17), holidays);

    private static HolidayFeedImport Import(string ics, BusinessCalendar? calendar = null) =>
        HolidayFeed.Import(ics, calendar ?? Office(), From2027, To2028);

    [Fact]
    public void A_us_federal_feed_with_yearly_rules_gives_each_holiday_on_its_2027_date()
    {
        var result = Import(UsFederal);

        // Worked out by hand from a 2027 calendar (1 January 2027 is a Friday).
        result.Imported.Select(e => (e.Date, e.Holiday!.Name, e.Holiday.IsWholeDay)).Should().Equal(
            (new LocalDate(2027, 1, 1), "New Year's Day", true),
            (new LocalDate(2027, 1, 18), "Martin Luther King Jr. Day", true),
            (new LocalDate(2027, 2, 15), "Washington's Birthday", true),
            (new LocalDate(2027, 5, 31), "Memorial Day", true),
            (new LocalDate(2027, 6, 19), "Juneteenth", true),
            (new LocalDate(2027, 7, 4), "Independence Day", true),
            (new LocalDate(2027, 9, 6), "Labor Day", true),
            (new LocalDate(2027, 10, 11), "Columbus Day", true),
            (new LocalDate(2027, 11, 11), "Veterans Day", true),
            (new LocalDate(2027, 11, 25), "Thanksgiving Day", true),
            (new LocalDate(2027, 12, 25), "Christmas Day", true));
        result.Calendar.Holidays.Should().Equal(result.Holidays);
    }

    [Fact]
    public void Recurring_events_that_start_before_the_range_and_recur_after_it_are_reported_once_each()
    {
        var result = Import(UsFederal);

        result.Skipped.Should().HaveCount(22).And.OnlyContain(e => e.SkipReason == HolidayFeedSkipReason.OutsideRange && e.Date == null);
        result.Skipped.Where(e => e.Summary == "Labor Day").Select(e => e.Message).Should().Equal(
            "the recurring event starts on 2026-09-07; occurrences before 2027-01-01 are not imported",
            "the event recurs after the range; occurrences from 2028-01-01 on are not imported");
    }

    [Fact]
    public void An_exdate_removes_that_occurrence_and_is_reported_as_excluded()
    {
        var feed = Feed(Event("new-year", "DTSTART;VALUE=DATE:20270101", "RRULE:FREQ=YEARLY;COUNT=3", "EXDATE;VALUE=DATE:20280101", "SUMMARY:New Year"));

        var result = HolidayFeed.Import(feed, Office(), From2027, new LocalDate(2030, 1, 1));

        result.Imported.Select(e => e.Date).Should().Equal(new LocalDate(2027, 1, 1), new LocalDate(2029, 1, 1));
        result.Skipped.Should().ContainSingle().Which.Should().Match<HolidayFeedEntry>(e =>
            e.SkipReason == HolidayFeedSkipReason.Excluded && e.Date == new LocalDate(2028, 1, 1) && e.Message == "excluded by the feed (EXDATE)");
    }

    [Fact]
    public void A_multi_day_all_day_event_gives_one_holiday_per_date_with_dtend_exclusive()
    {
        var feed = Feed(Event("shutdown", "DTSTART;VALUE=DATE:20271224", "DTEND;VALUE=DATE:20271227", "SUMMARY:Winter shutdown"));

        var result = Import(feed);

        result.Holidays.Should().Equal(Holiday.OnDates("Winter shutdown", [new(2027, 12, 24), new(2027, 12, 25), new(2027, 12, 26)]));
        result.Skipped.Should().BeEmpty();
    }

    [Fact]
    public void A_floating_timed_event_is_a_closure_on_the_calendars_own_wall_clock()
    {
        var feed = Feed(Event("eve", "DTSTART:20271224T130000", "DTEND:20271224T170000", "SUMMARY:Christmas Eve afternoon"));

        Import(feed).Holidays.Should().Equal(Holiday.PartOf("Christmas Eve afternoon", new(2027, 12, 24), new(13, 0), new(17, 0)));
    }

    [Fact]
    public void A_timed_event_that_crosses_midnight_is_one_closure_across_midnight()
    {
        var feed = Feed(Event("deploy", "DTSTART:20270312T220000", "DTEND:20270313T020000", "SUMMARY:Data centre move"));

        var entry = Import(feed).Imported.Should().ContainSingle().Subject;

        entry.Holiday.Should().Be(Holiday.PartOf("Data centre move", new(2027, 3, 12), new(22, 0), new(2, 0)));
        entry.Message.Should().Be("closed 22:00–02:00");
    }

    [Fact]
    public void A_timed_event_in_another_zone_is_converted_through_its_instants_to_the_calendars_wall_clock()
    {
        // 22:00–02:00 in Berlin (UTC+1 in December) is 16:00–20:00 in New York (UTC-5).
        var feed = Feed(Event("party", "DTSTART;TZID=Europe/Berlin:20271217T220000", "DTEND;TZID=Europe/Berlin:20271218T020000", "SUMMARY:Winter party"));

        var entry = Import(feed).Imported.Should().ContainSingle().Subject;

        entry.Holiday.Should().Be(Holiday.PartOf("Winter party", new(2027, 12, 17), new(16, 0), new(20, 0)));
        entry.Message.Should().Be("closed 16:00–20:00 (converted from Europe/Berlin)");
    }

    [Fact]
    public void Utc_times_and_windows_zone_ids_are_converted_too()
    {
        var feed = Feed(
            Event("utc", "DTSTART:20270601T130000Z", "DURATION:PT2H", "SUMMARY:Town hall"),
            Event("windows", "DTSTART;TZID=Pacific Standard Time:20270602T060000", "DTEND;TZID=Pacific Standard Time:20270602T080000", "SUMMARY:Training"));

        // June: New York is UTC-4, Los Angeles UTC-7.
        Import(feed).Holidays.Should().Equal(
            Holiday.PartOf("Town hall", new(2027, 6, 1), new(9, 0), new(11, 0)),
            Holiday.PartOf("Training", new(2027, 6, 2), new(9, 0), new(11, 0)));
    }

    [Fact]
    public void A_timed_event_longer_than_a_day_is_split_at_the_calendars_local_midnights()
    {
        var feed = Feed(Event("outage", "DTSTART:20270305T150000", "DTEND:20270308T100000", "SUMMARY:Office move"));

        Import(feed).Holidays.Should().Equal(
            Holiday.PartOf("Office move", new(2027, 3, 5), new(15, 0), LocalTime.Midnight),
            Holiday.PartOf("Office move", new(2027, 3, 6), LocalTime.Midnight, LocalTime.Midnight),
            Holiday.PartOf("Office move", new(2027, 3, 7), LocalTime.Midnight, LocalTime.Midnight),
            Holiday.PartOf("Office move", new(2027, 3, 8), LocalTime.Midnight, new(10, 0)));
    }

    [Fact]
    public void A_recurring_timed_closure_is_expanded_over_the_range()
    {
        var feed = Feed(Event("friday", "DTSTART:20270604T150000", "DTEND:20270604T170000", "RRULE:FREQ=WEEKLY;BYDAY=FR;UNTIL=20270625T235959", "SUMMARY:Summer Friday"));

        Import(feed).Holidays.Select(h => h.Date).Should().Equal(new LocalDate(2027, 6, 4), new LocalDate(2027, 6, 11), new LocalDate(2027, 6, 18), new LocalDate(2027, 6, 25));
    }

    [Fact]
    public void A_moved_occurrence_recurrence_id_is_imported_where_it_was_moved_to()
    {
        var feed = Feed(
            Event("standup", "DTSTART:20270104T090000", "DTEND:20270104T100000", "RRULE:FREQ=WEEKLY;COUNT=2", "SUMMARY:All hands"),
            Event("standup", "RECURRENCE-ID:20270111T090000", "DTSTART:20270112T140000", "DTEND:20270112T150000", "SUMMARY:All hands (moved)"));

        Import(feed).Holidays.Should().Equal(
            Holiday.PartOf("All hands", new(2027, 1, 4), new(9, 0), new(10, 0)),
            Holiday.PartOf("All hands (moved)", new(2027, 1, 12), new(14, 0), new(15, 0)));
    }

    [Fact]
    public void Holidays_the_calendar_already_has_by_date_annual_date_or_rule_are_not_imported_again()
    {
        var calendar = Office(
            Holiday.EveryYear("Christmas", new AnnualDate(12, 25)),
            Holiday.ByRule("Thanksgiving", HolidayRule.NthWeekday(11, IsoDayOfWeek.Thursday, 4)),
            Holiday.On("New Year", new LocalDate(2027, 1, 1)));

        var result = Import(UsFederal, calendar);

        result.Imported.Select(e => e.Holiday!.Name).Should().NotContain(["Christmas Day", "Thanksgiving Day", "New Year's Day"]).And.HaveCount(8);
        result.Skipped.Where(e => e.SkipReason == HolidayFeedSkipReason.Duplicate).Select(e => $"{e.Date:uuuu-MM-dd} {e.Message}").Should().Equal(
            "2027-01-01 whole day: the calendar already has New Year (2027-01-01)",
            "2027-11-25 whole day: the calendar already has Thanksgiving (Thursday #4 of 11)",
            "2027-12-25 whole day: the calendar already has Christmas (every 12-25)");
        result.Calendar.Holidays.Should().HaveCount(3 + 8);
    }

    [Fact]
    public void The_same_date_given_twice_in_the_feed_is_imported_once()
    {
        var feed = Feed(
            Event("a", "DTSTART;VALUE=DATE:20270704", "SUMMARY:Independence Day"),
            Event("b", "DTSTART;VALUE=DATE:20270704", "SUMMARY:Fourth of July"));

        var result = Import(feed);

        result.Holidays.Should().Equal(Holiday.On("Independence Day", new LocalDate(2027, 7, 4)));
        result.Skipped.Should().ContainSingle().Which.ToString().Should().Be(
            "event 2 (line 10) 'Fourth of July' 2027-07-04: whole day: already imported from event 1 'Independence Day'");
    }

    [Fact]
    public void A_closure_is_not_a_duplicate_of_a_whole_day_holiday_nor_of_a_closure_with_other_times()
    {
        var calendar = Office(Holiday.On("Holiday", new LocalDate(2027, 3, 1)), Holiday.PartOf("Drill", new LocalDate(2027, 3, 2), new(10, 0), new(11, 0)));
        var feed = Feed(
            Event("a", "DTSTART:20270301T100000", "DTEND:20270301T110000", "SUMMARY:Drill"),
            Event("b", "DTSTART:20270302T100000", "DTEND:20270302T120000", "SUMMARY:Drill"),
            Event("c", "DTSTART:20270302T100000", "DTEND:20270302T110000", "SUMMARY:Drill"));

        var result = Import(feed, calendar);

        result.Holidays.Select(h => (h.Date, h.ClosedUntil)).Should().Equal((new LocalDate(2027, 3, 1), new LocalTime(11, 0)), (new LocalDate(2027, 3, 2), new LocalTime(12, 0)));
        result.Skipped.Should().ContainSingle().Which.EventIndex.Should().Be(3);
    }

    [Fact]
    public void Single_events_outside_the_range_are_reported_with_their_date()
    {
        var feed = Feed(
            Event("old", "DTSTART;VALUE=DATE:20200101", "SUMMARY:Old"),
            Event("edge", "DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270102", "SUMMARY:Edge"));

        var result = Import(feed);

        result.Holidays.Should().Equal(Holiday.On("Edge", new LocalDate(2027, 1, 1)));
        result.Skipped.Select(e => (e.EventIndex, e.Date, e.SkipReason)).Should().Equal(
            (1, new LocalDate(2020, 1, 1), HolidayFeedSkipReason.OutsideRange),
            (2, new LocalDate(2026, 12, 31), HolidayFeedSkipReason.OutsideRange));
    }

    [Fact]
    public void Events_that_cannot_be_placed_are_skipped_each_with_its_reason()
    {
        var feed = Feed(
            Event("cancelled", "DTSTART;VALUE=DATE:20270301", "STATUS:CANCELLED", "SUMMARY:Cancelled"),
            Event("zone", "DTSTART;TZID=Mars/Olympus_Mons:20270302T100000", "DURATION:PT1H", "SUMMARY:Martian"),
            Event("nostart", "SUMMARY:No start"),
            Event("point", "DTSTART:20270303T100000", "SUMMARY:A moment"),
            Event("empty", "DTSTART:20270304T100000", "DTEND:20270304T100000", "SUMMARY:Empty"),
            Event("fine", "DTSTART;VALUE=DATE:20270305", "SUMMARY:Fine"));

        var result = Import(feed);

        result.Holidays.Should().Equal(Holiday.On("Fine", new LocalDate(2027, 3, 5)));
        result.Skipped.Select(e => (e.EventIndex, e.SkipReason)).Should().Equal(
            (1, HolidayFeedSkipReason.Cancelled),
            (2, HolidayFeedSkipReason.UnknownTimeZone),
            (3, HolidayFeedSkipReason.MissingStart),
            (4, HolidayFeedSkipReason.NoDuration),
            (5, HolidayFeedSkipReason.NoDuration));
        result.Skipped[1].Message.Should().Contain("'Mars/Olympus_Mons'");
    }

    [Theory]
    [InlineData("garbage\r\n", 1)]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\n", null)]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nRRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", null)]
    [InlineData("", null)]
    public void A_feed_that_is_not_readable_icalendar_throws_a_holiday_feed_exception(string ics, int? line)
    {
        var act = () => Import(ics);

        act.Should().Throw<HolidayFeedException>().Where(e => e.Line == line && e.Message.StartsWith("The feed is not", StringComparison.Ordinal));
    }

    [Fact]
    public void A_feed_that_expands_to_too_many_occurrences_is_refused_instead_of_running_long()
    {
        var feed = Feed(Event("tick", "DTSTART:20270101T000000", "DURATION:PT1M", "RRULE:FREQ=MINUTELY", "SUMMARY:Tick"));

        var act = () => Import(feed);

        act.Should().Throw<HolidayFeedException>().WithMessage($"The feed expands to more than {HolidayFeed.MaxOccurrences:N0} occurrences*");
    }

    [Fact]
    public void An_all_day_event_lasting_centuries_is_walked_over_the_range_only_and_its_other_dates_are_one_entry_per_side()
    {
        // Found by hand: an all-day event to 9999-12-31 listed every date outside the range, one by one (a gigabyte of
        // memory a minute, without end). 2020-01-01 to 2199-12-31 (DTEND exclusive) keeps the old way finite here.
        var feed = Feed(Event("sabbatical", "DTSTART;VALUE=DATE:20200101", "DTEND;VALUE=DATE:22000101", "SUMMARY:Sabbatical"));

        var result = Import(feed);

        // 2027 is not a leap year: 365 holidays, one per date of the range.
        result.Imported.Should().HaveCount(365);
        result.Imported[0].Date.Should().Be(From2027);
        result.Imported[^1].Date.Should().Be(new LocalDate(2027, 12, 31));
        // Before the range: 2020 to 2026, two leap years (2020, 2024): 7 × 365 + 2 = 2,557 dates.
        // After it: 2028 to 2199, 172 years with 42 leap years (2028 to 2196 by fours is 43, less 2100): 172 × 365 + 42 = 62,822.
        result.Skipped.Select(e => (e.Date, e.SkipReason, e.Message)).Should().Equal(
            (new LocalDate(2020, 1, 1), HolidayFeedSkipReason.OutsideRange, "whole day, to 2026-12-31 (2,557 dates), outside the range 2027-01-01 to 2028-01-01 (exclusive)"),
            (To2028, HolidayFeedSkipReason.OutsideRange, "whole day, to 2199-12-31 (62,822 dates), outside the range 2027-01-01 to 2028-01-01 (exclusive)"));
    }

    [Fact]
    public void A_timed_event_lasting_centuries_is_split_over_the_range_only_and_its_other_dates_are_one_entry_per_side()
    {
        // The same for a timed (floating) event: 2020-01-01 10:00 to 2200-01-01 10:00 on the calendar's wall clock.
        var feed = Feed(Event("lease", "DTSTART:20200101T100000", "DTEND:22000101T100000", "SUMMARY:Closed"));

        var result = Import(feed);

        result.Imported.Should().HaveCount(365).And.OnlyContain(e => e.Holiday!.ClosedFrom == LocalTime.Midnight && e.Holiday.ClosedUntil == LocalTime.Midnight);
        // After the range: 2028-01-01 to 2200-01-01 (its last morning): the 62,822 dates above and one more.
        result.Skipped.Select(e => (e.Date, e.Message)).Should().Equal(
            (new LocalDate(2020, 1, 1), "closed, to 2026-12-31 (2,557 dates), outside the range 2027-01-01 to 2028-01-01 (exclusive)"),
            (To2028, "closed, to 2200-01-01 (62,823 dates), outside the range 2027-01-01 to 2028-01-01 (exclusive)"));
    }

    [Fact]
    public void A_single_date_outside_the_range_is_still_reported_with_its_closure_times()
    {
        // Only a run of two or more dates outside the range becomes one entry: one date keeps its own message.
        var feed = Feed(Event("edge", "DTSTART:20261231T150000", "DTEND:20270102T100000", "SUMMARY:Edge"));

        var result = Import(feed);

        result.Holidays.Should().Equal(
            Holiday.PartOf("Edge", From2027, LocalTime.Midnight, LocalTime.Midnight),
            Holiday.PartOf("Edge", new(2027, 1, 2), LocalTime.Midnight, new(10, 0)));
        result.Skipped.Should().ContainSingle().Which.Message.Should().Be("closed 15:00–24:00, outside the range 2027-01-01 to 2028-01-01 (exclusive)");
    }

    [Fact]
    public void A_feed_whose_events_cover_more_than_MaxDates_dates_in_the_range_is_refused_instead_of_running_long()
    {
        // Two daily events each lasting 400 days: the occurrence starting on the k-th day of 2027 covers the 365 - k dates
        // left in the range, about 365 × 366 / 2 = 66,795 dates per event, some 135,000 in all, each an entry of the
        // account (imported or a duplicate). A daily event lasting ten years, imported over ten years (13 million dates,
        // each looked for among those imported before), ran for hours.
        var feed = Feed(
            Event("long-daily", "DTSTART;VALUE=DATE:20261230", "DURATION:P400D", "RRULE:FREQ=DAILY", "SUMMARY:Long"),
            Event("long-daily-again", "DTSTART;VALUE=DATE:20261230", "DURATION:P400D", "RRULE:FREQ=DAILY", "SUMMARY:Long again"));

        var act = () => Import(feed);

        act.Should().Throw<HolidayFeedException>().WithMessage(
            $"The feed's events cover more than {HolidayFeed.MaxDates:N0} dates between 2027-01-01 and 2028-01-01 (the limit was passed at event *); import a shorter range.");
    }

    [Fact]
    public void A_rule_the_parser_refuses_is_named_without_the_parsers_own_parameter_name()
    {
        // Found by fuzzing: an INTERVAL of 0 ended the message with " (Parameter 'name')", a parameter inside Ical.Net.
        var act = () => Import(Feed(Event("zero", "DTSTART;VALUE=DATE:20270101", "RRULE:FREQ=DAILY;INTERVAL=0", "SUMMARY:Zero")));

        act.Should().Throw<HolidayFeedException>().Which.Message.Should()
            .StartWith("The feed is not a readable iCalendar file").And.Contain("INTERVAL value 0 is out of range").And.NotContain("(Parameter");
    }

    [Fact]
    public void A_feed_of_junk_is_refused_with_the_parsers_quote_of_it_cut_short()
    {
        // Found by hand: the parser quotes the line it cannot read, and the message carried all of it (3 MB of junk on one
        // line made a 3 MB one-sentence error). 'Could not parse line: '' is 23 characters, the line 100,000, the quote 1.
        var act = () => Import(new string('x', 100_000) + "\r\n");

        act.Should().Throw<HolidayFeedException>().Which.Message.Should().Be(
            $"The feed is not a readable iCalendar file (line 1): Could not parse line: '{new string('x', 177)}… (100,024 characters)");
    }

    [Theory]
    [InlineData("-9998-01-09", "-9998-01-20", false)]
    [InlineData("0001-01-01", "0001-01-05", true)]
    [InlineData("-0001-06-01", "0001-01-02", false)]
    public void A_range_from_before_the_year_1_imports_what_the_feed_has_there_instead_of_failing(string from, string to, bool firstInRange)
    {
        // Found by hand (`--from -9998-01-09`, `--from 0001-01-01`): the range, with its two days of margin, was handed to
        // Ical.Net, whose dates start at 0001-01-01, and the import failed with an ArgumentOutOfRangeException from DateOnly
        // (exit 5). A feed holds no date before the year 1, so only its events from 0001-01-01 on can be in such a range.
        var feed = Feed(Event("first", "DTSTART;VALUE=DATE:00010102", "SUMMARY:First"), Event("later", "DTSTART;VALUE=DATE:20270301", "SUMMARY:Later"));
        var first = NodaTime.Text.LocalDatePattern.Iso.Parse(from).Value;
        var last = NodaTime.Text.LocalDatePattern.Iso.Parse(to).Value;

        var result = HolidayFeed.Import(feed, Office(), first, last);

        // 0001-01-02 is in [0001-01-01, 0001-01-05) only; the end of a range is exclusive.
        result.Holidays.Should().Equal(firstInRange ? [Holiday.On("First", new LocalDate(1, 1, 2))] : Array.Empty<Holiday>());
        result.Skipped.Select(e => e.Summary).Should().Equal(firstInRange ? ["Later"] : ["First", "Later"]);
        result.Skipped.Should().OnlyContain(e => e.SkipReason == HolidayFeedSkipReason.OutsideRange);
    }

    [Fact]
    public void A_range_at_the_ends_of_NodaTime_s_dates_imports_without_stepping_past_them()
    {
        // The range's two days of margin were added with LocalDate.PlusDays, which throws past 9999-12-31 (and before
        // -9998-01-01), an exception Import does not document. Hand-worked: 9999-12-25 is in [9999-12-01, 9999-12-31).
        // A floating closure from 9999-12-30 10:00 to 9999-12-31 12:00 is split at midnight: the 30th from 10:00 is imported,
        // the 31st is outside every range (its end is exclusive), and the split stepped to a midnight past the last date.
        var feed = Feed(
            Event("last", "DTSTART;VALUE=DATE:99991225", "SUMMARY:Last"),
            Event("closure", "DTSTART:99991230T100000", "DTEND:99991231T120000", "SUMMARY:Closure"));

        var atTheEnd = HolidayFeed.Import(feed, Office(), new LocalDate(9999, 12, 1), new LocalDate(9999, 12, 31));
        var wholeRange = HolidayFeed.Import(feed, Office(), LocalDate.MinIsoValue, LocalDate.MaxIsoValue);

        foreach (var result in new[] { atTheEnd, wholeRange })
        {
            result.Holidays.Select(h => h.Name).Should().Equal("Last", "Closure");
            result.Imported.Should().Contain(e => e.Summary == "Closure" && e.Date == new LocalDate(9999, 12, 30));
            result.Skipped.Should().ContainSingle(e => e.Summary == "Closure").Which.SkipReason.Should().Be(HolidayFeedSkipReason.OutsideRange);
        }
    }

    [Fact]
    public void The_range_end_before_its_start_is_an_argument_error()
    {
        var act = () => HolidayFeed.Import(UsFederal, Office(), To2028, From2027);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
