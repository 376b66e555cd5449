using System;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.ICalendar;
using static Zenput.Sla.Tests.ICalendar.HolidayFeeds;

namespace Zenput.Sla.Tests.ICalendar;

/// <summary>
/// Hostile and malformed feeds: each gives a <see cref="HolidayFeedException"/> that names the event and its line,
/// or a skip with its reason, never another exception or a run without end. Lines are counted by hand: a
/// <see cref="HolidayFeeds.Feed"/> has three header lines, and each <see cref="HolidayFeeds.Event"/> starts with
/// BEGIN, UID and DTSTAMP before its properties and ends with END.
/// </summary>
public sealed class HostileHolidayFeedTests
{
    private static HolidayFeedImport Import(string ics) =>
        HolidayFeed.Import(ics, HolidayFeedTests.Office(), new LocalDate(2027, 1, 1), new LocalDate(2028, 1, 1));

    [Fact]
    public void A_second_calendar_in_the_feed_is_refused_with_the_line_it_starts_on()
    {
        // Lines 1–10 are the first calendar (header 1–3, event 4–9, END:VCALENDAR 10); the second starts on line 11.
        var ics = Feed(Event("a", "DTSTART;VALUE=DATE:20270105", "SUMMARY:A")) + Feed(Event("b", "DTSTART;VALUE=DATE:20270106", "SUMMARY:B"));

        var act = () => Import(ics);

        act.Should().Throw<HolidayFeedException>().Where(e => e.Line == 11)
            .WithMessage("The feed holds more than one calendar (a second BEGIN:VCALENDAR on line 11); import them one at a time.");
    }

    [Fact]
    public void An_event_that_ends_before_it_starts_is_skipped_as_closing_nothing()
    {
        var feed = Feed(
            Event("timed", "DTSTART:20270105T120000Z", "DTEND:20270105T100000Z", "SUMMARY:Reversed closure"),
            Event("day", "DTSTART;VALUE=DATE:20270107", "DTEND;VALUE=DATE:20270106", "SUMMARY:Reversed holiday"),
            Event("negative", "DTSTART:20270108T100000Z", "DURATION:-PT2H", "SUMMARY:Negative"),
            Event("fine", "DTSTART;VALUE=DATE:20270111", "SUMMARY:Fine"));

        var result = Import(feed);

        result.Holidays.Should().Equal(Holiday.On("Fine", new LocalDate(2027, 1, 11)));
        result.Skipped.Select(e => (e.EventIndex, e.Line, e.SkipReason, e.Message)).Should().Equal(
            (1, 4, HolidayFeedSkipReason.NoDuration, "its DTEND (2027-01-05T10:00:00Z) is before its DTSTART (2027-01-05T12:00:00Z), so it closes nothing"),
            (2, 11, HolidayFeedSkipReason.NoDuration, "its DTEND (2027-01-06) is before its DTSTART (2027-01-07), so it closes nothing"),
            (3, 18, HolidayFeedSkipReason.NoDuration, "its DURATION (-PT2H) is negative, so it closes nothing"));
    }

    [Theory]
    [InlineData("DTEND:20270106T100000Z", "DTSTART is a date but DTEND a date-time; RFC 5545 requires both of the same type")]
    [InlineData("DURATION:PT5H", "the all-day event has a DURATION in hours, minutes or seconds (PT5H); RFC 5545 requires days or weeks for a date")]
    public void An_all_day_event_with_a_timed_end_is_refused_with_its_event_and_line(string end, string problem)
    {
        // The broken event is the second: lines 4–9 are the first, 10 is its BEGIN.
        var feed = Feed(
            Event("fine", "DTSTART;VALUE=DATE:20270111", "SUMMARY:Fine"),
            Event("mixed", "DTSTART;VALUE=DATE:20270105", end, "SUMMARY:Mixed"));

        var act = () => Import(feed);

        act.Should().Throw<HolidayFeedException>().Where(e => e.Line == 10).WithMessage($"event 2 (line 10) 'Mixed': {problem}");
    }

    [Fact]
    public void A_secondly_rule_from_long_before_the_range_is_refused_before_it_is_expanded()
    {
        // Ical.Net steps through every second from DTSTART: 1900-01-01 to the end of the searched range, 2028-01-05
        // (the range's end 2028-01-01, two days of margin, two more), is 128 × 365 + 31 leap days + 4 = 46,755 days,
        // 4,039,632,000 seconds. It ran for hours and allocated without bound.
        var feed = Feed(Event("tick", "DTSTART:19000101T000000Z", "DURATION:PT1S", "RRULE:FREQ=SECONDLY", "SUMMARY:Tick"));

        var act = () => Import(feed);

        act.Should().Throw<HolidayFeedException>().Where(e => e.Line == 4).WithMessage(
            "event 1 (line 4) 'Tick': its RRULE (FREQ=SECONDLY) has about 4,039,632,000 candidate times from its DTSTART 1900-01-01T00:00:00Z"
            + " to the end of the range (2028-01-03, with a margin), more than the 5,000,000 an import steps through; give it an UNTIL or a later DTSTART");
    }

    [Fact]
    public void A_date_list_too_long_to_read_in_bounded_time_is_refused_with_its_line()
    {
        // 1,001 dates in one EXDATE (line 8: header 1–3, BEGIN 4, UID 5, DTSTAMP 6, DTSTART 7), folded over two lines
        // after the 500th comma; 40,000 took Ical.Net minutes to read. The same dates as 1,001 EXDATE lines are read.
        var dates = Enumerable.Range(0, 1001).Select(i => new LocalDate(2000, 1, 3).PlusWeeks(i).ToString("uuuuMMdd", null)).ToList();
        var folded = "EXDATE;VALUE=DATE:" + string.Join(",", dates.Take(500)) + ",\r\n " + string.Join(",", dates.Skip(500));
        var feed = Feed(Event("weekly", "DTSTART;VALUE=DATE:20000103", folded, "RRULE:FREQ=WEEKLY", "SUMMARY:Weekly"));

        var act = () => Import(feed);

        act.Should().Throw<HolidayFeedException>().Where(e => e.Line == 8).WithMessage(
            "The EXDATE property on line 8 lists 1,001 values, more than the 1,000 one property may hold here*write them as several EXDATE properties.");
        var separate = Feed(Event("weekly", ["DTSTART;VALUE=DATE:20000103", .. dates.Select(d => "EXDATE;VALUE=DATE:" + d), "RRULE:FREQ=WEEKLY", "SUMMARY:Weekly"]));
        Import(separate).Holidays.Should().HaveCount(52, "2027 has 52 Mondays (01-04 to 12-27), none excluded: the 1,001 weeks from 2000-01-03 end in 2019");
    }

    [Theory]
    [InlineData("EXRULE:FREQ=SECONDLY", "EXRULE")]
    [InlineData("RRULE:FREQ=SECONDLY", "RRULE")]
    public void A_second_rule_or_an_exclusion_rule_is_bounded_the_same_way(string second, string property)
    {
        // A yearly all-day event from 1900 with a SECONDLY EXRULE or second RRULE: from 1900-01-01 to 2028-01-05 is
        // 46,755 days, 4,039,632,000 seconds, as above. Both ran without end.
        var feed = Feed(Event("yearly", "DTSTART;VALUE=DATE:19000101", "RRULE:FREQ=YEARLY", second, "SUMMARY:Yearly"));

        var act = () => Import(feed);

        act.Should().Throw<HolidayFeedException>().Where(e => e.Line == 4)
            .WithMessage($"event 1 (line 4) 'Yearly': its {property} (FREQ=SECONDLY) has about 4,039,632,000 candidate times from its DTSTART 1900-01-01 to the end of the range*");
    }

    [Fact]
    public void A_recurrence_that_cannot_be_expanded_names_its_event()
    {
        // Every 2,147,483,647 days from 2027 leaves the calendar at once.
        var feed = Feed(
            Event("fine", "DTSTART;VALUE=DATE:20270111", "SUMMARY:Fine"),
            Event("far", "DTSTART;VALUE=DATE:20270101", "RRULE:FREQ=DAILY;INTERVAL=2147483647", "SUMMARY:Far"));

        var act = () => Import(feed);

        act.Should().Throw<HolidayFeedException>().Where(e => e.Line == 10).WithMessage("event 2 (line 10) 'Far': The feed's recurrences cannot be expanded: *");
    }
}
