using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Calendars;

/// <summary>Rule-based holidays: the dates each rule gives, checked against published calendars, and their effect on a clock.</summary>
public sealed class HolidayRuleTests
{
    [Theory]
    [InlineData(2026, 11, 26)]
    [InlineData(2027, 11, 25)]
    [InlineData(2030, 11, 28)]
    public void Fourth_Thursday_of_November_is_Thanksgiving(int year, int month, int day)
    {
        HolidayRule.NthWeekday(11, IsoDayOfWeek.Thursday, 4).DateIn(year).Should().Be(new LocalDate(year, month, day));
    }

    [Theory]
    [InlineData(2026, 25)]
    [InlineData(2027, 31)]
    [InlineData(2028, 29)]
    public void Last_Monday_of_May_is_Memorial_Day(int year, int day)
    {
        HolidayRule.LastWeekday(5, IsoDayOfWeek.Monday).DateIn(year).Should().Be(new LocalDate(year, 5, day));
    }

    [Fact]
    public void Fifth_weekday_exists_only_in_months_that_have_one()
    {
        // June 2026 starts on a Monday and has five; July 2026 has four.
        HolidayRule.NthWeekday(6, IsoDayOfWeek.Monday, 5).DateIn(2026).Should().Be(new LocalDate(2026, 6, 29));
        HolidayRule.NthWeekday(7, IsoDayOfWeek.Monday, 5).DateIn(2026).Should().BeNull();
    }

    [Theory]
    [InlineData(2021, 12, 25, 2021, 12, 24)] // Saturday → Friday
    [InlineData(2022, 12, 25, 2022, 12, 26)] // Sunday → Monday
    [InlineData(2023, 12, 25, 2023, 12, 25)] // Monday stays
    [InlineData(2022, 1, 1, 2021, 12, 31)] // New Year's Day on a Saturday is observed in the year before
    public void Fixed_date_on_a_weekend_is_observed_on_the_nearest_weekday(int year, int month, int day, int observedYear, int observedMonth, int observedDay)
    {
        HolidayRule.FixedDate(new AnnualDate(month, day)).DateIn(year).Should().Be(new LocalDate(observedYear, observedMonth, observedDay));
    }

    [Fact]
    public void Observed_days_are_configurable_and_a_weekend_day_can_be_kept()
    {
        // 25 December 2021 is a Saturday, 2022 a Sunday.
        var mondays = HolidayRule.FixedDate(new AnnualDate(12, 25), IsoDayOfWeek.Monday, IsoDayOfWeek.Monday);
        var kept = HolidayRule.FixedDate(new AnnualDate(12, 25), IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday);

        mondays.DateIn(2021).Should().Be(new LocalDate(2021, 12, 27));
        mondays.DateIn(2022).Should().Be(new LocalDate(2022, 12, 26));
        kept.DateIn(2021).Should().Be(new LocalDate(2021, 12, 25));
    }

    [Fact]
    public void New_Years_Day_observed_on_the_last_day_of_the_year_before_falls_on_that_date()
    {
        var rule = HolidayRule.FixedDate(new AnnualDate(1, 1));

        rule.FallsOn(new LocalDate(2021, 12, 31)).Should().BeTrue();
        rule.FallsOn(new LocalDate(2022, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void Twenty_ninth_of_February_observed_applies_in_leap_years_only()
    {
        var rule = HolidayRule.FixedDate(new AnnualDate(2, 29));

        rule.DateIn(2027).Should().BeNull();
        rule.DateIn(2028).Should().Be(new LocalDate(2028, 2, 29)); // a Tuesday
    }

    [Theory]
    [InlineData(1818, 3, 22)]
    [InlineData(1943, 4, 25)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_Sunday_is_the_published_date_including_its_earliest_and_latest(int year, int month, int day)
    {
        EasterHolidayRule.SundayIn(year).Should().Be(new LocalDate(year, month, day));
    }

    [Fact]
    public void Good_Friday_and_Easter_Monday_are_offsets_from_Easter_Sunday()
    {
        HolidayRule.Easter(-2).DateIn(2026).Should().Be(new LocalDate(2026, 4, 3));
        HolidayRule.Easter(1).DateIn(2026).Should().Be(new LocalDate(2026, 4, 6));
    }

    [Fact]
    public void Rule_based_holiday_closes_its_day_on_the_clock_every_year()
    {
        var office = NineToFive("America/Los_Angeles", [Holiday.ByRule("Thanksgiving", HolidayRule.NthWeekday(11, IsoDayOfWeek.Thursday, 4))]);
        var clock = ClockOn(office);

        // Wednesday 16:00 PST + 2 hours: one hour on Wednesday, Thursday is Thanksgiving, one hour on Friday.
        clock.DueAt(Utc(2026, 11, 26, 0), Duration.FromHours(2)).Should().Be(Utc(2026, 11, 27, 18));
        clock.DueAt(Utc(2031, 11, 27, 0), Duration.FromHours(2)).Should().Be(Utc(2031, 11, 28, 18));
    }

    [Fact]
    public void Rule_based_partial_closure_removes_its_hours_on_the_rule_date()
    {
        // Christmas Eve afternoon, observed like Christmas: 24 December 2026 is a Thursday.
        var office = NineToFive("America/Los_Angeles", [Holiday.PartByRule("Christmas Eve", HolidayRule.FixedDate(new AnnualDate(12, 24)), At(12), At(17))]);

        ClockOn(office).Elapsed(Utc(2026, 12, 24, 17), Utc(2026, 12, 25, 1)).Should().Be(Duration.FromHours(3));
    }

    [Fact]
    public void Holiday_rules_give_their_dates_in_9999_the_last_year_the_clock_reaches()
    {
        // Regression: rules gave no date after 9998, so a calendar's rule holidays were open days in 9999.
        // 1 January 9999 is a Friday (the first Friday of January, not moved off a weekend), and Easter 9999 is
        // 28 March (Python's dateutil.easter), so Good Friday is the 26th.
        HolidayRule.NthWeekday(1, IsoDayOfWeek.Friday, 1).DateIn(9999).Should().Be(new LocalDate(9999, 1, 1));
        HolidayRule.FixedDate(new AnnualDate(1, 1)).DateIn(9999).Should().Be(new LocalDate(9999, 1, 1));
        HolidayRule.Easter(-2).DateIn(9999).Should().Be(new LocalDate(9999, 3, 26));
    }

    [Fact]
    public void The_occurrences_of_9999_nearest_its_last_day_are_given_without_failing()
    {
        // December 9999 begins on a Wednesday: its first Sunday is the 5th, so a fifth Sunday would be 2 January
        // 10000, past the last date there is (no holiday, as in any month without a fifth); its fifth Friday is the
        // 31st. The furthest Easter offset the validator accepts, 200 days, is 14 October 9999.
        HolidayRule.NthWeekday(12, IsoDayOfWeek.Sunday, 5).DateIn(9999).Should().BeNull();
        HolidayRule.NthWeekday(12, IsoDayOfWeek.Friday, 5).DateIn(9999).Should().Be(new LocalDate(9999, 12, 31));
        HolidayRule.FixedDate(new AnnualDate(12, 26)).DateIn(9999).Should().Be(new LocalDate(9999, 12, 27));
        HolidayRule.Easter(EasterHolidayRule.MaxOffsetDays).DateIn(9999).Should().Be(new LocalDate(9999, 10, 14));
    }

    [Fact]
    public void A_rule_holiday_closes_its_day_in_the_last_year_of_the_range()
    {
        // Fridays 09:00-17:00 PST, the first Friday of January a holiday. Reported Thursday 31 December 9998 at
        // 09:00 PST: 1 January 9999 is that holiday, so 8 hours end on Friday 8 January at 17:00 PST (01:00 UTC
        // on the 9th), not on 1 January.
        var office = Calendar("America/Los_Angeles", [Window(IsoDayOfWeek.Friday, 9, 0, 17, 0)], [Holiday.ByRule("First Friday", HolidayRule.NthWeekday(1, IsoDayOfWeek.Friday, 1))]);

        ClockOn(office).DueAt(Utc(9998, 12, 31, 17), Duration.FromHours(8)).Should().Be(Utc(9999, 1, 9, 1));
    }

    [Fact]
    public void Holiday_rules_give_their_dates_in_minus_9998_the_first_year_the_clock_reaches()
    {
        // As at the other end: rules gave no date before -9997. The Gregorian calendar repeats every 400 years,
        // so 1 January -9998 falls on the weekday of 1 January 0002, a Tuesday: the second Friday is the 11th,
        // and Saturday 5 January is observed on Friday the 4th.
        HolidayRule.NthWeekday(1, IsoDayOfWeek.Friday, 2).DateIn(-9998).Should().Be(new LocalDate(-9998, 1, 11));
        HolidayRule.FixedDate(new AnnualDate(1, 5)).DateIn(-9998).Should().Be(new LocalDate(-9998, 1, 4));

        // Fridays 09:00-17:00 UTC from Wednesday 9 to Saturday 19 January -9998: the 11th is the holiday, the 18th is worked.
        var office = Calendar("UTC", [Window(IsoDayOfWeek.Friday, 9, 0, 17, 0)], [Holiday.ByRule("Second Friday", HolidayRule.NthWeekday(1, IsoDayOfWeek.Friday, 2))]);
        ClockOn(office).Elapsed(Instant.FromUtc(-9998, 1, 9, 0, 0), Instant.FromUtc(-9998, 1, 19, 0, 0)).Should().Be(Duration.FromHours(8));
    }
}
