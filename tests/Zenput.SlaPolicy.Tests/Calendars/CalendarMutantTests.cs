using System;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;

namespace Zenput.Sla.Tests.Calendars;

/// <summary>
/// Rules of the calendar types that mutation testing (docs/mutation.md, the runs of <c>Calendars/</c>) found no
/// test pinned: each test here failed on a surviving mutant, and states the rule that mutant broke.
/// </summary>
public sealed class CalendarMutantTests
{
    [Fact]
    public void An_Easter_rule_gives_dates_from_year_1_to_9999_and_none_outside_them()
    {
        // Easter Sunday of year 1 in the proleptic Gregorian calendar is 1 April (Gauss's algorithm, and Python's
        // dateutil.easter), so Good Friday is 30 March. Year 0 is before the rule's first year, 10000 after the calendar's end.
        EasterHolidayRule.SundayIn(1).Should().Be(new LocalDate(1, 4, 1));
        new LocalDate(1, 4, 1).DayOfWeek.Should().Be(IsoDayOfWeek.Sunday);
        HolidayRule.Easter(-2).DateIn(1).Should().Be(new LocalDate(1, 3, 30));
        HolidayRule.Easter(-2).DateIn(0).Should().BeNull();
        HolidayRule.Easter(0).DateIn(-9998).Should().BeNull();
        HolidayRule.Easter(0).DateIn(10000).Should().BeNull();
    }

    [Fact]
    public void An_Easter_rule_gives_dates_only_for_offsets_from_minus_200_to_200_days()
    {
        // Easter 2026 is 5 April: 200 days on is 22 October 2026, 200 days back 17 September 2025.
        HolidayRule.Easter(EasterHolidayRule.MaxOffsetDays).DateIn(2026).Should().Be(new LocalDate(2026, 10, 22));
        HolidayRule.Easter(-EasterHolidayRule.MaxOffsetDays).DateIn(2026).Should().Be(new LocalDate(2025, 9, 17));
        HolidayRule.Easter(EasterHolidayRule.MaxOffsetDays + 1).DateIn(2026).Should().BeNull();
        HolidayRule.Easter(-EasterHolidayRule.MaxOffsetDays - 1).DateIn(2026).Should().BeNull();
    }

    [Fact]
    public void A_rule_falls_on_its_dates_in_the_first_and_the_last_year_of_the_calendar()
    {
        // 1 January -9998 is a Tuesday (as 1 January 0002, 400-year cycles before it): its second Friday is the 11th.
        // 1 January 9999 is a Friday, a New Year's Day not moved. Easter 9999 is 28 March.
        HolidayRule.NthWeekday(1, IsoDayOfWeek.Friday, 2).FallsOn(new LocalDate(-9998, 1, 11)).Should().BeTrue();
        HolidayRule.NthWeekday(1, IsoDayOfWeek.Friday, 2).FallsOn(new LocalDate(-9998, 1, 4)).Should().BeFalse();
        HolidayRule.FixedDate(new AnnualDate(1, 1)).FallsOn(new LocalDate(9999, 1, 1)).Should().BeTrue();
        HolidayRule.Easter(0).FallsOn(new LocalDate(9999, 3, 28)).Should().BeTrue();
        HolidayRule.Easter(0).FallsOn(new LocalDate(9999, 3, 29)).Should().BeFalse();
    }

    [Fact]
    public void The_text_of_an_Easter_rule_names_Easter_Sunday_or_the_days_after_or_before_it()
    {
        HolidayRule.Easter(0).ToString().Should().Be("Easter Sunday");
        HolidayRule.Easter(1).ToString().Should().Be("Easter + 1 day");
        HolidayRule.Easter(-1).ToString().Should().Be("Easter - 1 day");
        HolidayRule.Easter(50).ToString().Should().Be("Easter + 50 days");
        HolidayRule.Easter(-2).ToString().Should().Be("Easter - 2 days");
        Holiday.ByRule("Good Friday", HolidayRule.Easter(-2)).ToString().Should().Be("Good Friday (Easter - 2 days)");
    }

    [Fact]
    public void The_text_of_an_nth_or_last_weekday_rule_gives_the_weekday_its_number_and_the_month_in_two_digits()
    {
        HolidayRule.NthWeekday(11, IsoDayOfWeek.Thursday, 4).ToString().Should().Be("Thursday #4 of 11");
        HolidayRule.NthWeekday(1, IsoDayOfWeek.Monday, 3).ToString().Should().Be("Monday #3 of 01");
        HolidayRule.LastWeekday(5, IsoDayOfWeek.Monday).ToString().Should().Be("the last Monday of 05");
        Holiday.ByRule("Thanksgiving", HolidayRule.NthWeekday(11, IsoDayOfWeek.Thursday, 4)).ToString().Should().Be("Thanksgiving (Thursday #4 of 11)");
    }

    [Fact]
    public void The_text_of_annual_dates_gives_the_month_and_day_in_two_digits_each()
    {
        HolidayRule.FixedDate(new AnnualDate(7, 4)).ToString().Should().Be("every 07-04 (Saturday on Friday, Sunday on Monday)");
        HolidayRule.FixedDate(new AnnualDate(1, 1), IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday).ToString().Should().Be("every 01-01 (Saturday on Saturday, Sunday on Sunday)");
        Holiday.EveryYear("New Year's Day", new AnnualDate(1, 1)).ToString().Should().Be("New Year's Day (every 01-01)");
        Holiday.PartOfEveryYear("Inventory", new AnnualDate(3, 9), new LocalTime(8, 0), new LocalTime(12, 30)).ToString().Should().Be("Inventory (every 03-09 08:00–12:30)");
    }

    [Fact]
    public void The_text_of_a_schedule_lists_its_windows_separated_by_commas()
    {
        new WeeklySchedule(new LocalDate(2027, 1, 4), WorkingWindow.Weekdays(9, 17).Take(2)).ToString()
            .Should().Be("from 2027-01-04: Monday 09:00–17:00, Tuesday 09:00–17:00");
    }

    [Theory]
    [InlineData(9, 0, 17, 0, 8 * 60)]
    [InlineData(17, 0, 9, 0, 16 * 60)]
    [InlineData(22, 0, 6, 0, 8 * 60)]
    [InlineData(18, 0, 0, 0, 6 * 60)]
    [InlineData(23, 30, 0, 15, 45)]
    [InlineData(0, 0, 0, 0, 24 * 60)]
    [InlineData(12, 0, 12, 0, 24 * 60)]
    public void Opening_hours_last_from_their_start_to_their_end_and_an_end_at_or_before_the_start_is_on_the_next_day(int startHour, int startMinute, int endHour, int endMinute, int minutes)
    {
        new OpeningHours(new LocalTime(startHour, startMinute), new LocalTime(endHour, endMinute)).NominalLength.Should().Be(Duration.FromMinutes(minutes));
    }

    [Fact]
    public void Whole_hour_weekdays_accept_hours_0_to_23_for_the_start_and_0_to_24_for_the_end()
    {
        WorkingWindow.Weekdays(0, 24).Should().OnlyContain(w => w.Start == LocalTime.Midnight && w.End == LocalTime.Midnight);
        WorkingWindow.Weekdays(23, 24).Should().OnlyContain(w => w.Start == new LocalTime(23, 0) && w.End == LocalTime.Midnight);
        WorkingWindow.Weekdays(23, 0).Should().OnlyContain(w => w.Start == new LocalTime(23, 0) && w.End == LocalTime.Midnight);
        WorkingWindow.Weekdays(9, 17).Select(w => w.Day).Should().Equal(IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday);
    }

    [Theory]
    [InlineData(-1, 17, "startHour", "An hour of the day is 0 to 23.*")]
    [InlineData(24, 17, "startHour", "An hour of the day is 0 to 23.*")]
    [InlineData(9, -1, "endHour", "An hour of the day is 0 to 24.*")]
    [InlineData(9, 25, "endHour", "An hour of the day is 0 to 24.*")]
    public void A_whole_hour_outside_the_day_is_refused_naming_the_argument_and_the_hours_allowed(int startHour, int endHour, string parameter, string message)
    {
        var act = () => WorkingWindow.Weekdays(startHour, endHour);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter).WithMessage(message);
    }

    [Fact]
    public void A_missing_argument_of_a_calendar_factory_is_refused_by_its_own_name()
    {
        var rule = () => Holiday.ByRule("Thanksgiving", null!);
        var partByRule = () => Holiday.PartByRule("Christmas Eve", null!, new LocalTime(12, 0), new LocalTime(17, 0));
        var dates = () => Holiday.OnDates("Shutdown", null!);
        var days = () => WorkingWindow.On(null!, new LocalTime(9, 0), new LocalTime(17, 0));
        var zone = () => new BusinessCalendar("office", null!, WorkingWindow.Weekdays(9, 17));

        rule.Should().Throw<ArgumentNullException>().WithParameterName("rule");
        partByRule.Should().Throw<ArgumentNullException>().WithParameterName("rule");
        dates.Should().Throw<ArgumentNullException>().WithParameterName("dates");
        days.Should().Throw<ArgumentNullException>().WithParameterName("days");
        zone.Should().Throw<ArgumentNullException>().WithParameterName("zone");
    }

    [Fact]
    public void Of_two_schedules_in_force_on_a_date_the_one_that_took_effect_later_applies_whatever_their_order()
    {
        // A standing schedule from 4 January 2027 and a June-only one from 1 June: on 15 June the June hours apply.
        var standing = new WeeklySchedule(new LocalDate(2027, 1, 4), WorkingWindow.Weekdays(9, 17));
        var june = new WeeklySchedule(new LocalDate(2027, 6, 1), WorkingWindow.Weekdays(10, 12), new LocalDate(2027, 6, 30));

        foreach (var schedules in new[] { new[] { standing, june }, new[] { june, standing } })
        {
            var office = new BusinessCalendar("office", DateTimeZone.Utc, WorkingWindow.Weekdays(8, 16), schedules: schedules);

            office.WindowsOn(new LocalDate(2027, 6, 15)).Should().BeSameAs(june.Windows);
            office.HoursStartingOn(new LocalDate(2027, 6, 15)).Should().Equal(new OpeningHours(new LocalTime(10, 0), new LocalTime(12, 0)));
            office.WindowsOn(new LocalDate(2027, 7, 1)).Should().BeSameAs(standing.Windows);
        }
    }
}
