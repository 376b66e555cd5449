using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using Zenput.Sla.Engine;
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
    public void An_intersection_of_calendars_open_on_different_days_has_no_working_time_when_each_has_an_Easter_rule()
    {
        // As above, with an Easter rule on both sides: the intersection's over-approximation must be built when any of
        // its calendars has one, whichever (Stryker, session 9: `HasEasterHolidays` negated left this case unproved).
        var weekdays = Calendar("Europe/London", Every(Weekdays, 9, 0, 17, 0), [Holiday.ByRule("Good Friday", new EasterHolidayRule(-2))], name: "weekdays");
        var weekends = Calendar("Europe/London", Every([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], 9, 0, 17, 0), [Holiday.ByRule("Easter Sunday", new EasterHolidayRule(0))], name: "weekends");
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
        var calendar = Calendar("Etc/UTC", Every(AllDays, 9, 0, 17, 0), [.. annual, .. aroundEaster]);
        var nextYear = FirstYearWithEasterOnMarch22(1819);
        var previousYear = LastYearWithEasterOnMarch22(nextYear - 1);
        (nextYear - previousYear).Should().BeGreaterThan(402, "the test needs a gap longer than the 400 years a periodic calendar would be judged by");

        // Backward first: once a search has found that the calendar without Easter has working time, its compiled
        // timeline does not measure it again, so the second direction would not (Stryker, session 9: the backward
        // period measured upside down, always empty, went unnoticed).
        var latest = ClockOn(calendar).LatestStart(Utc(nextYear, 1, 1), Duration.FromHours(1));
        var due = ClockOn(calendar).DueAt(Utc(1819, 1, 1), Duration.FromHours(1));

        due.Should().Be(Utc(nextYear, 4, 25, 10));
        latest.Should().Be(Utc(previousYear, 4, 25, 16));
    }

    [Fact]
    public void An_Easter_calendar_that_works_only_from_2020_to_2029_is_found_from_centuries_before_and_after()
    {
        // No weekly hours of its own, weekdays 09:00-17:00 UTC from Monday 6 January 2020 to Sunday 30 December 2029, and
        // Good Friday. Searched from 1000 forward and from 3000 back, more than 400 empty years lie before the working
        // decade is reached: the calendar without Easter repeats only before 2020 and after 2029, so the 400 years the
        // proof measures must lie there and touch the stretch seen empty (Stryker, session 9: measured elsewhere, or
        // from the wrong end, they were empty and "proved" no working time).
        var decade = new BusinessCalendar(
            "decade",
            Zone("Etc/UTC"),
            [],
            [Holiday.ByRule("Good Friday", new EasterHolidayRule(-2))],
            schedules: [new WeeklySchedule(new LocalDate(2020, 1, 6), Every(Weekdays, 9, 0, 17, 0), new LocalDate(2029, 12, 30))]);
        var clock = UncheckedClockOn(decade);

        clock.DueAt(Utc(1000, 1, 1), Duration.FromHours(1)).Should().Be(Utc(2020, 1, 6, 10));
        clock.LatestStart(Utc(3000, 1, 1), Duration.FromHours(1)).Should().Be(Utc(2029, 12, 28, 16));
    }

    [Fact]
    public void The_400_years_measured_for_an_Easter_calendar_are_those_next_to_the_empty_stretch_on_the_side_searched()
    {
        // Evening hours (18:00-20:00) only until 1500 in one calendar, only from 2500 in the other; otherwise empty, but
        // not provably by the rules. After 1600 the first has no working time, and before 2400 the second has none: the
        // proof measures the 400 years after the stretch (forward) or before it (backward), not the other side, where
        // the evening hours are (Stryker, session 9: the period taken on the wrong side, the search ran to the range's end).
        var until1500 = ClosedButForSchedule(new WeeklySchedule(new LocalDate(1400, 1, 6), Every(Weekdays, 18, 0, 20, 0), new LocalDate(1500, 12, 31)));
        var from2500 = ClosedButForSchedule(new WeeklySchedule(new LocalDate(2500, 1, 4), Every(Weekdays, 18, 0, 20, 0)));

        ExpectNoWorkingTimeForward(() => UncheckedClockOn(until1500).DueAt(Utc(1600, 1, 1), Duration.FromHours(1)));
        ExpectNoWorkingTimeBackward(() => UncheckedClockOn(from2500).LatestStart(Utc(2400, 1, 1), Duration.FromHours(1)));
        UncheckedClockOn(until1500).LatestStart(Utc(1600, 1, 1), Duration.FromHours(1)).Should().Be(Utc(1500, 12, 31, 19));
        UncheckedClockOn(from2500).DueAt(Utc(2400, 1, 1), Duration.FromHours(1)).Should().Be(Utc(2500, 1, 4, 19));
    }

    [Fact]
    public void An_Easter_calendar_is_proved_empty_when_its_last_one_off_maintenance_ends_exactly_400_years_and_800_days_before_the_range_ends()
    {
        // README rule 12: the calendar without its Easter holidays (same maintenance) repeats after the last one-off
        // ends; where 400 years of it are empty, the calendar has no working time. This one-off, 13 October 9597 (UTC)
        // for a day less a nanosecond, counts as ended everywhere at 9597-10-15T23:59:59.999999999Z, which leaves
        // exactly 146,897 days (400 years and the engine's 800 days for chunk edges) to the range's last instant
        // 9999-12-24T23:59:59.999999999Z: room for the whole period the proof measures, so it is made (Stryker,
        // session 9, id 1191: `ClockRange.Max - edge < H` → `<=` found no room, and the search ran to the range's end).
        var lastOneOffEnd = Instant.FromUtc(9597, 10, 15, 23, 59, 59) + Duration.FromNanoseconds(999_999_999);
        (ClockRange.Max - lastOneOffEnd).Should().Be(Duration.FromDays(146_897), "the test needs the room to be exactly the horizon");
        var oneOff = new MaintenanceOneOff("m1", "Migration", MaintenanceKind.Planned, new LocalDateTime(9597, 10, 13, 0, 0), Duration.FromDays(1) - Duration.Epsilon, "migration");
        var clock = ClockOn(FridaysAllClosedByRules(), new MaintenanceSchedule(DateTimeZone.Utc, [], [oneOff]));

        // From 9190 the empty stretch is past 400 years and 800 days long by the time it reaches the one-off's end.
        ExpectNoWorkingTimeForward(() => clock.DueAt(Utc(9190, 1, 1), Duration.FromHours(1)));
    }

    [Fact]
    public void An_Easter_calendar_is_proved_empty_back_when_its_first_dated_holiday_starts_exactly_400_years_and_800_days_after_the_range_starts()
    {
        // The same rule counting back: the calendar without its Easter holidays repeats before its first dated item.
        // This dated holiday, 19 March -9596, has not begun anywhere before -9596-03-18T00:00Z, exactly 146,897 days
        // after the range's first instant -9998-01-08T00:00Z: room for the whole period the proof measures, so it is
        // made (Stryker, session 9, id 1198: `edge - ClockRange.Min < H` → `<=` found no room, and the search ran to
        // the range's start).
        var firstDatedStart = Instant.FromUtc(-9596, 3, 18, 0, 0);
        (firstDatedStart - ClockRange.Min).Should().Be(Duration.FromDays(146_897), "the test needs the room to be exactly the horizon");
        var clock = ClockOn(FridaysAllClosedByRules(Holiday.On("dated", new LocalDate(-9596, 3, 19))));

        // From -9190 back the empty stretch is past 400 years and 800 days long by the time it reaches that instant.
        ExpectNoWorkingTimeBackward(() => clock.LatestStart(Utc(-9190, 1, 1), Duration.FromHours(1)));
    }

    /// <summary>
    /// Fridays 09:00-17:00 UTC, each of the five Fridays a month can have closed by a rule in every month (so empty,
    /// but not provably by the rules), Good Friday a holiday, and <paramref name="more"/> holidays.
    /// </summary>
    private static BusinessCalendar FridaysAllClosedByRules(params Holiday[] more)
    {
        var everyFriday = Enumerable.Range(1, 12).SelectMany(month => Enumerable.Range(1, 5).Select(week =>
            Holiday.ByRule($"Friday {week} of month {month}", new NthWeekdayHolidayRule(month, IsoDayOfWeek.Friday, week))));
        return Calendar("Etc/UTC", [Window(IsoDayOfWeek.Friday, 9, 0, 17, 0)], [.. everyFriday, Holiday.ByRule("Good Friday", new EasterHolidayRule(-2)), .. more]);
    }

    /// <summary>
    /// Both a due instant forward and a latest start backward end in "no working time", proved for all time: the message
    /// says the search reached the end (or the start) of the clock's range, though it looked at some 400 years.
    /// </summary>
    private static void ExpectNoWorkingTimeEitherWay(Func<Instant> due, Func<Instant> latestStart)
    {
        ExpectNoWorkingTimeForward(due);
        ExpectNoWorkingTimeBackward(latestStart);
    }

    private static void ExpectNoWorkingTimeForward(Func<Instant> due)
    {
        var failure = due.Should().Throw<SlaClockException>().Which;
        failure.Failure.Should().Be(SlaClockFailure.NoWorkingTime);
        failure.Message.Should().Contain("(searched until 9999-12-24T23:59:59.999999999Z)", "the last supported instant, to the nanosecond (README, resource contract)");
    }

    private static void ExpectNoWorkingTimeBackward(Func<Instant> latestStart)
    {
        var failure = latestStart.Should().Throw<SlaClockException>().Which;
        failure.Failure.Should().Be(SlaClockFailure.NoWorkingTime);
        failure.Message.Should().Contain("(searched back to -9998-01-08T00:00:00Z)", "the first supported instant (README, resource contract)");
    }

    /// <summary>
    /// Weekdays 09:00-17:00 UTC, each hour of them closed by an annual partial closure on every month-day (so empty,
    /// but not provably by the rules), Good Friday a holiday, and <paramref name="schedule"/> in force.
    /// </summary>
    private static BusinessCalendar ClosedButForSchedule(WeeklySchedule schedule)
    {
        var closures = from month in Enumerable.Range(1, 12)
                       from day in Enumerable.Range(1, month == 2 ? 29 : DateTime.DaysInMonth(2001, month))
                       select Holiday.PartOfEveryYear("closed", new AnnualDate(month, day), At(9), At(17));
        return new BusinessCalendar("schedule", Zone("Etc/UTC"), Every(Weekdays, 9, 0, 17, 0), [.. closures, Holiday.ByRule("Good Friday", new EasterHolidayRule(-2))], schedules: [schedule]);
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
