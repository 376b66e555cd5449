using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using Zenput.Sla.ICalendar;
using Zenput.Sla.Tests.Clock;
using static Zenput.Sla.Tests.ICalendar.HolidayFeeds;
using Zenput.Sla.Tests.Generators;

namespace Zenput.Sla.Tests.ICalendar;

/// <summary>Import, then count: the engine treats the imported dates and closures as closed, judged by the independent <see cref="ReferenceCalendar"/>.</summary>
public sealed class HolidayFeedRoundTripTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>The US federal feed plus a company's timed closures (one across midnight, one in Berlin time, one over several days).</summary>
    private static readonly string Company = Feed(
        Event("eve", "DTSTART:20271224T120000", "DTEND:20271224T170000", "SUMMARY:Christmas Eve afternoon"),
        Event("night", "DTSTART:20270312T160000", "DTEND:20270313T100000", "SUMMARY:Data centre move"),
        Event("party", "DTSTART;TZID=Europe/Berlin:20271217T200000", "DTEND;TZID=Europe/Berlin:20271218T020000", "SUMMARY:Winter party"),
        Event("move", "DTSTART:20270805T150000", "DTEND:20270809T100000", "SUMMARY:Office move"),
        Event("fridays", "DTSTART:20270604T150000", "DTEND:20270604T170000", "RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=13", "EXDATE:20270702T150000", "SUMMARY:Summer Friday"));

    private static readonly BusinessCalendar Imported = Import();

    private static BusinessCalendar Import()
    {
        var office = new BusinessCalendar("office", NewYork, WorkingWindow.Weekdays(9, 17), [Holiday.EveryYear("Christmas Day", new AnnualDate(12, 25))]);
        var federal = HolidayFeed.Import(UsFederal, office, new LocalDate(2027, 1, 1), new LocalDate(2028, 1, 1));
        return HolidayFeed.Import(Company, federal.Calendar, new LocalDate(2027, 1, 1), new LocalDate(2028, 1, 1)).Calendar;
    }

    private static Duration WorkingTime(LocalDate date)
    {
        var clock = new SlaClock(Imported);
        var start = NewYork.AtStartOfDay(date).ToInstant();
        return clock.Elapsed(start, start + Duration.FromDays(1), GoalTarget.BusinessTime(Duration.FromHours(1), Imported));
    }

    [Theory]
    [InlineData("2027-01-18")] // Martin Luther King Jr. Day, 3rd Monday of January
    [InlineData("2027-05-31")] // Memorial Day, last Monday of May
    [InlineData("2027-09-06")] // Labor Day
    [InlineData("2027-11-11")] // Veterans Day, a Thursday
    [InlineData("2027-11-25")] // Thanksgiving
    [InlineData("2027-08-06")] // Friday inside the office move
    public void An_imported_weekday_holiday_has_no_working_time(string date)
    {
        WorkingTime(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value).Should().Be(Duration.Zero);
    }

    [Theory]
    [InlineData(2027, 12, 24, 3)] // Christmas Eve afternoon: 09:00–12:00 only
    [InlineData(2027, 3, 12, 7)] // Data centre move from 16:00: 09:00–16:00
    [InlineData(2027, 3, 15, 8)] // the Monday after is untouched (the move ends Saturday 10:00)
    [InlineData(2027, 12, 17, 5)] // Winter party 20:00 Berlin = 14:00 New York
    [InlineData(2027, 8, 5, 6)] // Office move from 15:00
    [InlineData(2027, 8, 9, 7)] // Office move until Monday 10:00
    [InlineData(2027, 6, 4, 6)] // Summer Friday
    [InlineData(2027, 7, 2, 8)] // Summer Friday excluded by EXDATE
    [InlineData(2027, 11, 24, 8)] // the day before Thanksgiving
    public void Imported_closures_remove_exactly_their_hours(int year, int month, int day, int hours)
    {
        WorkingTime(new LocalDate(year, month, day)).Should().Be(Duration.FromHours(hours));
    }

    [ScaledProperty(10_000)]
    public void The_engine_agrees_with_the_reference_on_the_imported_calendar_at_any_minute_of_2027(int seed)
    {
        var minute = Math.Abs(seed % (365 * 24 * 60));
        var instant = Instant.FromUtc(2027, 1, 1, 5, 0) + Duration.FromMinutes(minute);
        var goal = GoalTarget.BusinessTime(Duration.FromHours(1), Imported);

        var engineWorks = new SlaClock(Imported).Elapsed(instant, instant + Duration.FromMinutes(1), goal) == Duration.FromMinutes(1);

        engineWorks.Should().Be(new ReferenceCalendar(Imported).IsWorkingAt(instant), $"at {instant}");
    }
}
