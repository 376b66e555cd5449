using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using Zenput.Sla.Maintenance;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// "No working time" for calendars with an Easter holiday (README, clock rule 12). Easter does not repeat with
/// the Gregorian calendar's 400 years, so 400 empty years of such a calendar prove nothing by themselves; the
/// same calendar without its Easter holidays does repeat and has at least its working time (holidays only take
/// time away), so where that one is empty the clock says "no working time" as it does for any other calendar,
/// instead of searching to the end of its range and saying the goal would end beyond it. Where it is not empty,
/// an empty stretch longer than 400 years proves nothing and the search goes on (the last test).
/// </summary>
public sealed class NoWorkingTimeWithEasterTests
{
    private static readonly Instant Start = Utc(2026, 6, 1);

    [Fact]
    public void A_calendar_whose_holiday_rules_close_its_only_working_day_has_no_working_time_with_an_Easter_rule_too()
    {
        // Open on Fridays only, and a rule closes each of the five Fridays a month can have, in every month; Good Friday too.
        var everyFriday = Enumerable.Range(1, 12).SelectMany(month => Enumerable.Range(1, 5).Select(week =>
            Holiday.ByRule($"Friday {week} of month {month}", new NthWeekdayHolidayRule(month, IsoDayOfWeek.Friday, week))));
        var calendar = Calendar("Europe/London", [Window(IsoDayOfWeek.Friday, 9, 0, 17, 0)], [.. everyFriday, Holiday.ByRule("Good Friday", new EasterHolidayRule(-2))]);
        var clock = ClockOn(calendar);

        ExpectNoWorkingTimeEitherWay(() => clock.DueAt(Start, Duration.FromHours(1)), () => clock.LatestStart(Start, Duration.FromHours(1)));
    }

    [Fact]
    public void A_calendar_whose_only_window_the_maintenance_always_covers_has_no_working_time_with_an_Easter_rule_too()
    {
        // Found by CI's property run: Wednesday 05:00-05:45 UTC is Tuesday 21:00-21:45 PST (22:00-22:45 PDT), inside the Tuesday 21:00 PT maintenance all year.
        var calendar = Calendar("Etc/UTC", [Window(IsoDayOfWeek.Wednesday, 5, 0, 5, 45)], [Holiday.ByRule("Easter Monday", new EasterHolidayRule(1))]);
        var maintenance = new MaintenanceSchedule(
            Zone("America/Los_Angeles"),
            [MaintenanceRecurrence.Weekly("tue", "Weekly maintenance", IsoDayOfWeek.Tuesday, At(21), Duration.FromHours(3))]);
        var clock = ClockOn(calendar, maintenance);

        ExpectNoWorkingTimeEitherWay(() => clock.DueAt(Start, Duration.FromMinutes(30)), () => clock.LatestStart(Start, Duration.FromMinutes(30)));
    }

    [Fact]
    public void An_intersection_of_calendars_open_on_different_days_has_no_working_time_when_one_has_an_Easter_rule()
    {
        // Weekdays ∩ weekends: each calendar has working time, the intersection none; the weekday one observes Good Friday.
        var weekdays = Calendar("Europe/London", Every(Weekdays, 9, 0, 17, 0), [Holiday.ByRule("Good Friday", new EasterHolidayRule(-2))], name: "weekdays");
        var weekends = Calendar("Europe/London", Every([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], 9, 0, 17, 0), name: "weekends");
        var clock = new SlaClock(UncheckedPolicy(null, [weekdays, weekends], [new CalendarIntersection("both", ["weekdays", "weekends"])]));
        var goal = GoalTarget.BusinessTime(Duration.FromHours(1), "both");

        ExpectNoWorkingTimeEitherWay(() => clock.DueAt(Start, goal), () => clock.LatestStart(Start, goal));
    }

    [Fact]
    public void More_than_400_empty_years_do_not_prove_a_calendar_empty_when_only_its_Easter_holidays_close_it()
    {
        // Open every day 09:00-17:00 but closed every year outside 22 March - 25 April, and from 34 days before Easter
        // to 33 days after it: so open only on 25 April, and only in a year whose Easter is 22 March (the earliest it
        // can be). Such years are centuries apart: the search from 1819 finds nothing for more than 400 years, yet
        // the calendar is not empty, and the clock must find the next one, not say there is no working time.
        var annual = new List<Holiday>();
        for (var date = new LocalDate(2024, 1, 1); date.Year == 2024; date = date.PlusDays(1))
        {
            if (date < new LocalDate(2024, 3, 22) || date > new LocalDate(2024, 4, 25))
            {
                annual.Add(Holiday.EveryYear($"closed {date:MM-dd}", new AnnualDate(date.Month, date.Day)));
            }
        }

        var aroundEaster = Enumerable.Range(-34, 68).Select(offset => Holiday.ByRule($"Easter {offset:+0;-0}", new EasterHolidayRule(offset)));
        var clock = ClockOn(Calendar("Etc/UTC", Every(AllDays, 9, 0, 17, 0), [.. annual, .. aroundEaster]));
        var nextYear = FirstYearWithEasterOnMarch22(1819);
        var previousYear = LastYearWithEasterOnMarch22(nextYear - 1);
        (nextYear - previousYear).Should().BeGreaterThan(402, "the test needs a gap longer than the 400 years a periodic calendar would be judged by");

        var due = clock.DueAt(Utc(1819, 1, 1), Duration.FromHours(1));
        var latest = clock.LatestStart(Utc(nextYear, 1, 1), Duration.FromHours(1));

        due.Should().Be(Utc(nextYear, 4, 25, 10));
        latest.Should().Be(Utc(previousYear, 4, 25, 16));
    }

    /// <summary>Both a due instant forward and a latest start backward end in "no working time".</summary>
    private static void ExpectNoWorkingTimeEitherWay(Func<Instant> due, Func<Instant> latestStart)
    {
        due.Should().Throw<SlaClockException>().Which.Failure.Should().Be(SlaClockFailure.NoWorkingTime);
        latestStart.Should().Throw<SlaClockException>().Which.Failure.Should().Be(SlaClockFailure.NoWorkingTime);
    }

    private static int FirstYearWithEasterOnMarch22(int from)
    {
        var year = from;
        while (EasterSunday(year) != (3, 22))
        {
            year++;
        }

        return year;
    }

    private static int LastYearWithEasterOnMarch22(int from)
    {
        var year = from;
        while (EasterSunday(year) != (3, 22))
        {
            year--;
        }

        return year;
    }

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus, Jones, Butcher), independent of the library's.</summary>
    private static (int Month, int Day) EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return (month, day);
    }
}
