using System;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;

namespace Zenput.Sla.Tests.Calendars;

/// <summary>The calendar types as values: structural equality (with its operators and hash), their text, and the hours a date starts with.</summary>
public sealed class CalendarValueTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly LocalDate Saturday = new(2027, 12, 4);

    private static BusinessCalendar Office(string zone = "America/New_York", int close = 17) => new(
        "office",
        DateTimeZoneProviders.Tzdb[zone],
        WorkingWindow.Weekdays(9, close),
        [Holiday.EveryYear("Christmas Day", new AnnualDate(12, 25)), Holiday.PartOf("Drill", new LocalDate(2027, 3, 2), new(10, 0), new(11, 0))],
        [new ExtraWorkingDay(Saturday, [new OpeningHours(new(10, 0), new(14, 0))])],
        [new WeeklySchedule(new LocalDate(2027, 6, 1), WorkingWindow.Weekdays(8, 13), new LocalDate(2027, 8, 31))]);

    /// <summary>Equal values are equal by Equals, Equals(object), == and hash; a different one by none of them.</summary>
    private static void ShouldBeEqualByEveryMeans<T>(T value, T same, T other, Func<T?, T?, bool> equal, Func<T?, T?, bool> notEqual)
        where T : class, IEquatable<T>
    {
        value.Should().NotBeSameAs(same);
        value.Equals(same).Should().BeTrue();
        value.Equals((object)same).Should().BeTrue();
        equal(value, same).Should().BeTrue();
        notEqual(value, same).Should().BeFalse();
        value.GetHashCode().Should().Be(same.GetHashCode());

        value.Equals(other).Should().BeFalse();
        value.Equals((object)other).Should().BeFalse();
        value.Equals("not a calendar value").Should().BeFalse();
        value.Equals(null).Should().BeFalse();
        equal(value, other).Should().BeFalse();
        notEqual(value, other).Should().BeTrue();
        equal(null, null).Should().BeTrue();
        equal(null, value).Should().BeFalse();
        notEqual(value, null).Should().BeTrue();
    }

    [Fact]
    public void Business_calendars_are_equal_by_content_and_zone_id()
    {
        ShouldBeEqualByEveryMeans(Office(), Office(), Office(close: 18), (a, b) => a == b, (a, b) => a != b);
        Office().Should().NotBe(Office(zone: "America/Chicago"));
        Office().Equals(Office()).Should().BeTrue();
    }

    [Fact]
    public void Business_calendars_differing_only_in_holidays_extra_days_or_schedules_are_not_equal()
    {
        var office = Office();

        office.Should().NotBe(new BusinessCalendar(office.Name, office.Zone, office.Windows, [], office.ExtraWorkingDays, office.Schedules));
        office.Should().NotBe(new BusinessCalendar(office.Name, office.Zone, office.Windows, office.Holidays, [], office.Schedules));
        office.Should().NotBe(new BusinessCalendar(office.Name, office.Zone, office.Windows, office.Holidays, office.ExtraWorkingDays, []));
        office.Should().NotBe(new BusinessCalendar("desk", office.Zone, office.Windows, office.Holidays, office.ExtraWorkingDays, office.Schedules));
    }

    [Fact]
    public void Calendar_intersections_are_equal_by_name_and_calendar_names_in_order()
    {
        ShouldBeEqualByEveryMeans(new CalendarIntersection("both", ["site", "desk"]), new CalendarIntersection("both", ["site", "desk"]), new CalendarIntersection("both", ["desk", "site"]), (a, b) => a == b, (a, b) => a != b);
        new CalendarIntersection("both", ["site", "desk"]).Should().NotBe(new CalendarIntersection("either", ["site", "desk"]));
    }

    [Fact]
    public void Extra_working_days_are_equal_by_date_and_hours()
    {
        var hours = new[] { new OpeningHours(new(10, 0), new(14, 0)) };
        ShouldBeEqualByEveryMeans(new ExtraWorkingDay(Saturday, hours), new ExtraWorkingDay(Saturday, hours.ToList()), new ExtraWorkingDay(Saturday, [new OpeningHours(new(10, 0), new(15, 0))]), (a, b) => a == b, (a, b) => a != b);
        new ExtraWorkingDay(Saturday, hours).Should().NotBe(new ExtraWorkingDay(Saturday.PlusDays(7), hours));
    }

    [Fact]
    public void Weekly_schedules_are_equal_by_dates_and_windows()
    {
        var summer = new WeeklySchedule(new LocalDate(2027, 6, 1), WorkingWindow.Weekdays(8, 13), new LocalDate(2027, 8, 31));
        ShouldBeEqualByEveryMeans(summer, new WeeklySchedule(new LocalDate(2027, 6, 1), WorkingWindow.Weekdays(8, 13), new LocalDate(2027, 8, 31)), new WeeklySchedule(new LocalDate(2027, 6, 1), WorkingWindow.Weekdays(8, 13)), (a, b) => a == b, (a, b) => a != b);
        summer.Should().NotBe(new WeeklySchedule(new LocalDate(2027, 6, 2), WorkingWindow.Weekdays(8, 13), new LocalDate(2027, 8, 31)));
        summer.Should().NotBe(new WeeklySchedule(new LocalDate(2027, 6, 1), WorkingWindow.Weekdays(8, 14), new LocalDate(2027, 8, 31)));
    }

    [Fact]
    public void The_text_of_each_calendar_value_says_what_it_is()
    {
        Office().ToString().Should().Be("office (America/New_York)");
        new CalendarIntersection("both", ["site", "desk"]).ToString().Should().Be("both (∩ site, desk)");
        new ExtraWorkingDay(Saturday, [new OpeningHours(new(10, 0), new(14, 0)), new OpeningHours(new(22, 0), LocalTime.Midnight)]).ToString().Should().Be("2027-12-04 10:00–14:00, 22:00–24:00");
        new WeeklySchedule(new LocalDate(2027, 6, 1), [new WorkingWindow(IsoDayOfWeek.Friday, new(8, 0), new(13, 0))], new LocalDate(2027, 8, 31)).ToString()
            .Should().Be("from 2027-06-01 to 2027-08-31: Friday 08:00–13:00");
        new WeeklySchedule(new LocalDate(2031, 1, 1), [new WorkingWindow(IsoDayOfWeek.Monday, new(22, 0), new(6, 0))]).ToString()
            .Should().Be("from 2031-01-01: Monday 22:00–06:00");
        Holiday.PartOf("Drill", new LocalDate(2027, 3, 2), new(10, 0), new(11, 0)).ToString().Should().Be("Drill (2027-03-02 10:00–11:00)");
        Holiday.EveryYear("Christmas Day", new AnnualDate(12, 25)).ToString().Should().Be("Christmas Day (every 12-25)");
        Holiday.ByRule("Independence Day", HolidayRule.FixedDate(new AnnualDate(7, 4))).ToString().Should().Be("Independence Day (every 07-04 (Saturday on Friday, Sunday on Monday))");
    }

    [Fact]
    public void A_holiday_is_annual_when_it_recurs_by_annual_date_or_rule_and_not_on_a_single_date()
    {
        Holiday.EveryYear("Christmas Day", new AnnualDate(12, 25)).IsAnnual.Should().BeTrue();
        Holiday.ByRule("Thanksgiving", HolidayRule.NthWeekday(11, IsoDayOfWeek.Thursday, 4)).IsAnnual.Should().BeTrue();
        Holiday.On("Founders' Day", new LocalDate(2027, 4, 1)).IsAnnual.Should().BeFalse();
    }

    [Fact]
    public void A_holiday_falls_on_its_date_its_annual_date_every_year_or_its_rules_date()
    {
        Holiday.On("Founders' Day", new LocalDate(2027, 4, 1)).FallsOn(new LocalDate(2027, 4, 1)).Should().BeTrue();
        Holiday.On("Founders' Day", new LocalDate(2027, 4, 1)).FallsOn(new LocalDate(2028, 4, 1)).Should().BeFalse();
        Holiday.EveryYear("Christmas Day", new AnnualDate(12, 25)).FallsOn(new LocalDate(2040, 12, 25)).Should().BeTrue();
        Holiday.EveryYear("Christmas Day", new AnnualDate(12, 25)).FallsOn(new LocalDate(2040, 12, 26)).Should().BeFalse();
        Holiday.PartByRule("Thanksgiving eve", HolidayRule.NthWeekday(11, IsoDayOfWeek.Wednesday, 4), new(14, 0), LocalTime.Midnight)
            .FallsOn(new LocalDate(2027, 11, 24)).Should().BeTrue();
    }

    [Fact]
    public void The_hours_starting_on_a_date_are_an_extra_days_hours_before_a_holiday_and_a_holiday_before_the_week()
    {
        var office = new BusinessCalendar(
            "office",
            NewYork,
            WorkingWindow.Weekdays(9, 17),
            [Holiday.On("Closed", new LocalDate(2027, 12, 6)), Holiday.On("Worked anyway", Saturday), Holiday.PartOf("Drill", new LocalDate(2027, 12, 7), new(10, 0), new(11, 0))],
            [new ExtraWorkingDay(Saturday, [new OpeningHours(new(10, 0), new(14, 0))])],
            [new WeeklySchedule(new LocalDate(2027, 12, 8), WorkingWindow.Weekdays(8, 12), new LocalDate(2027, 12, 8))]);

        office.HoursStartingOn(Saturday).Should().Equal(new OpeningHours(new(10, 0), new(14, 0)));
        office.HoursStartingOn(new LocalDate(2027, 12, 6)).Should().BeEmpty();
        office.HoursStartingOn(new LocalDate(2027, 12, 7)).Should().Equal([new OpeningHours(new(9, 0), new(17, 0))], "closures are removed later, not here");
        office.HoursStartingOn(new LocalDate(2027, 12, 8)).Should().Equal(new OpeningHours(new(8, 0), new(12, 0)));
        office.HoursStartingOn(new LocalDate(2027, 12, 12)).Should().BeEmpty("a Sunday has no weekly window");
    }

    [Fact]
    public void An_always_open_calendar_opens_every_day_from_midnight_to_midnight()
    {
        var always = BusinessCalendar.AlwaysOpen(NewYork);

        always.Name.Should().Be(BusinessCalendar.AlwaysOpenName);
        always.Windows.Select(w => w.Day).Should().Equal(IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday);
        always.HoursStartingOn(new LocalDate(2027, 12, 12)).Single().NominalLength.Should().Be(Duration.FromDays(1));
    }

    [Theory]
    [InlineData(13, IsoDayOfWeek.Monday, 1, 2027)]
    [InlineData(0, IsoDayOfWeek.Monday, 1, 2027)]
    [InlineData(5, IsoDayOfWeek.None, 1, 2027)]
    [InlineData(5, IsoDayOfWeek.Monday, 6, 2027)]
    [InlineData(5, IsoDayOfWeek.Monday, 0, 2027)]
    [InlineData(5, IsoDayOfWeek.Monday, 1, 10000)]
    public void An_nth_weekday_rule_outside_what_the_validator_accepts_gives_no_date(int month, IsoDayOfWeek day, int week, int year)
    {
        HolidayRule.NthWeekday(month, day, week).DateIn(year).Should().BeNull();
    }

    [Fact]
    public void A_fixed_date_observed_on_a_weekday_other_than_friday_or_monday_gives_no_date_on_the_weekend()
    {
        // 25 December 2027 is a Saturday; "observed on Wednesday" is refused by the validator and places nothing.
        HolidayRule.FixedDate(new AnnualDate(12, 25), saturdayObservedOn: IsoDayOfWeek.Wednesday).DateIn(2027).Should().BeNull();
        HolidayRule.FixedDate(new AnnualDate(12, 25), saturdayObservedOn: IsoDayOfWeek.Saturday).DateIn(2027).Should().Be(new LocalDate(2027, 12, 25));
    }
}
