using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Calendars;

/// <summary>
/// Window ownership, holidays, closures, extra days and termination on a business calendar used on
/// its own. Expected instants are written out by hand (Los Angeles is UTC−7 in summer, UTC−8 in winter).
/// </summary>
public sealed class BusinessCalendarRuleTests
{
    private static readonly LocalDate Thursday = new(2026, 7, 2);
    private static readonly LocalDate Friday = new(2026, 7, 3);
    private static readonly LocalDate Saturday = new(2026, 7, 4);

    private static BusinessCalendar NightShifts(params Holiday[] holidays) =>
        Calendar("America/Los_Angeles", [Window(IsoDayOfWeek.Thursday, 22, 0, 6, 0), Window(IsoDayOfWeek.Friday, 22, 0, 6, 0)], holidays);

    [Fact]
    public void Overnight_shift_belongs_to_the_date_it_starts_so_a_holiday_the_next_day_keeps_it()
    {
        var calendar = NightShifts(Holiday.On("Independence Day", Saturday));

        // Thursday 22:00 PDT = Friday 05:00Z to 13:00Z; Friday 22:00 PDT = Saturday 05:00Z to 13:00Z.
        ClockOn(calendar).RunningIntervals(Utc(2026, 7, 3), Utc(2026, 7, 5)).Should().Equal(
            new Interval(Utc(2026, 7, 3, 5), Utc(2026, 7, 3, 13)),
            new Interval(Utc(2026, 7, 4, 5), Utc(2026, 7, 4, 13)));
    }

    [Fact]
    public void Holiday_on_the_start_date_removes_the_overnight_shift_but_not_the_one_running_into_it()
    {
        var calendar = NightShifts(Holiday.On("Independence Day observed", Friday));

        ClockOn(calendar).RunningIntervals(Utc(2026, 7, 3), Utc(2026, 7, 5))
            .Should().Equal(new Interval(Utc(2026, 7, 3, 5), Utc(2026, 7, 3, 13)));
    }

    [Fact]
    public void Partial_closure_cuts_an_overnight_shift_that_started_the_day_before()
    {
        var calendar = NightShifts(Holiday.PartOf("Fire drill", Friday, At(2), At(4)));

        // Friday 02:00–04:00 PDT = 09:00Z–11:00Z is cut out of Thursday's shift.
        ClockOn(calendar).RunningIntervals(Utc(2026, 7, 3), Utc(2026, 7, 4)).Should().Equal(
            new Interval(Utc(2026, 7, 3, 5), Utc(2026, 7, 3, 9)),
            new Interval(Utc(2026, 7, 3, 11), Utc(2026, 7, 3, 13)));
    }

    [Fact]
    public void Overlapping_windows_merge_instead_of_counting_twice()
    {
        var calendar = Calendar("America/Los_Angeles", [Window(IsoDayOfWeek.Monday, 9, 0, 13, 0), Window(IsoDayOfWeek.Monday, 12, 0, 17, 0)]);

        ClockOn(calendar).Elapsed(Utc(2026, 6, 1), Utc(2026, 6, 2, 12)).Should().Be(Duration.FromHours(8));
    }

    [Fact]
    public void End_of_24_00_means_next_midnight()
    {
        var calendar = Calendar("America/Los_Angeles", [Window(IsoDayOfWeek.Monday, 20, 0, 24, 0)]);

        // Monday 2026-06-01 20:00 PDT = 06-02T03:00Z to Tuesday 00:00 PDT = 07:00Z.
        ClockOn(calendar).RunningIntervals(Utc(2026, 6, 1), Utc(2026, 6, 3))
            .Should().Equal(new Interval(Utc(2026, 6, 2, 3), Utc(2026, 6, 2, 7)));
    }

    [Fact]
    public void Goal_that_runs_out_at_closing_is_due_at_the_close_not_the_next_opening()
    {
        var calendar = NineToFive("America/Los_Angeles");

        // Monday 2026-06-01 09:00 PDT = 16:00Z; 17:00 PDT = 06-02T00:00Z.
        ClockOn(calendar).DueAt(Utc(2026, 6, 1, 16), Duration.FromHours(8)).Should().Be(Utc(2026, 6, 2));

        // Friday 12:00 PDT + 5 h = Friday 17:00 PDT, not Monday 09:00.
        ClockOn(calendar).DueAt(Utc(2026, 6, 5, 19), Duration.FromHours(5)).Should().Be(Utc(2026, 6, 6));
        ClockOn(calendar).DueAt(Utc(2026, 6, 5, 19), Duration.FromHours(5) + Duration.FromMinutes(1)).Should().Be(Utc(2026, 6, 8, 16, 1));
    }

    [Fact]
    public void Goal_started_at_closing_or_before_opening_counts_from_the_next_opening()
    {
        var calendar = NineToFive("America/Los_Angeles");

        ClockOn(calendar).DueAt(Utc(2026, 6, 2), Duration.FromHours(1)).Should().Be(Utc(2026, 6, 2, 17));
        ClockOn(calendar).DueAt(Utc(2026, 6, 7, 19), Duration.FromMinutes(1)).Should().Be(Utc(2026, 6, 8, 16, 1));
        ClockOn(calendar).DueAt(Utc(2026, 6, 8, 16), Duration.Zero).Should().Be(Utc(2026, 6, 8, 16));
    }

    [Theory]
    [InlineData(2026, 6, 6, 18, 0)] // Saturday 11:00 PDT
    [InlineData(2026, 7, 3, 18, 0)] // Friday 11:00 PDT on a holiday
    [InlineData(2026, 6, 2, 3, 0)] // Monday 20:00 PDT, after hours
    [InlineData(2026, 6, 1, 16, 0)] // Monday 09:00 PDT, at opening
    public void Zero_goal_is_due_at_its_start_even_when_the_calendar_is_closed(int year, int month, int day, int hour, int minute)
    {
        var calendar = NineToFive("America/Los_Angeles", [Holiday.On("Independence Day observed", Friday)]);
        var start = Utc(year, month, day, hour, minute);

        ClockOn(calendar).DueAt(start, Duration.Zero).Should().Be(start);
    }

    [Fact]
    public void Clock_made_from_a_calendar_without_any_window_refuses_it_at_once_naming_the_problem()
    {
        var calendar = new BusinessCalendar("never-open", Zone("America/Los_Angeles"), []);

        var act = () => ClockOn(calendar);

        act.Should().Throw<Zenput.Sla.Validation.SlaPolicyValidationException>()
            .Where(e => e.Errors.Single().Code == "NoWorkingTime" && e.Errors.Single().Path == "Windows")
            .WithMessage("The business calendar 'never-open' is invalid (1 error):*Windows: A business calendar needs at least one weekly working window*");
    }

    [Fact]
    public void Calendar_without_any_window_fails_with_a_clear_error_naming_it_when_counted_anyway()
    {
        var calendar = new BusinessCalendar("never-open", Zone("America/Los_Angeles"), []);
        var clock = UncheckedClockOn(calendar);

        var act = () => clock.DueAt(Utc(2026, 6, 1), Duration.FromMinutes(1));

        act.Should().Throw<SlaClockException>()
            .Where(e => e.Failure == SlaClockFailure.NoWorkingTime && e.CalendarName == "never-open")
            .WithMessage("*'never-open'*no working time*");
        clock.DueAt(Utc(2026, 6, 1), Duration.Zero).Should().Be(Utc(2026, 6, 1));
        clock.Elapsed(Utc(2026, 6, 1), Utc(2036, 6, 1)).Should().Be(Duration.Zero);
    }

    [Fact]
    public void Calendar_whose_every_day_is_an_annual_holiday_fails_instead_of_searching_forever()
    {
        var everyDay = Enumerable.Range(0, 366).Select(i => new LocalDate(2028, 1, 1).PlusDays(i))
            .Select(d => Holiday.EveryYear($"day {d.DayOfYear}", new AnnualDate(d.Month, d.Day)));
        var calendar = NineToFive("America/Los_Angeles", everyDay, name: "always-holiday");

        var act = () => ClockOn(calendar).DueAt(Utc(2026, 6, 1), Duration.FromHours(1));

        act.Should().Throw<SlaClockException>().Where(e => e.Failure == SlaClockFailure.NoWorkingTime);
    }

    [Fact]
    public void Extra_working_day_after_a_long_closure_is_found()
    {
        var calendar = new BusinessCalendar(
            "one-day-a-decade",
            Zone("America/Los_Angeles"),
            [],
            extraWorkingDays: [new ExtraWorkingDay(new LocalDate(2036, 1, 15), [new OpeningHours(At(9), At(10))])]);

        // 2036-01-15 09:00 PST = 17:00Z. (Validation asks for weekly windows; the engine copes without.)
        UncheckedClockOn(calendar).DueAt(Utc(2026, 6, 1), Duration.FromMinutes(30)).Should().Be(Utc(2036, 1, 15, 17, 30));
    }

    [Fact]
    public void Closure_longer_than_a_week_resumes_on_the_next_working_day()
    {
        var closed = Enumerable.Range(0, 19).Select(i => Holiday.On("Winter shutdown", new LocalDate(2026, 12, 21).PlusDays(i)));
        var calendar = NineToFive("America/Los_Angeles", closed);

        // Friday 2026-12-18 16:00 PST = 2026-12-19T00:00Z: one hour that day, the next on Monday 2027-01-11 09:00 PST = 17:00Z.
        ClockOn(calendar).DueAt(Utc(2026, 12, 19), Duration.FromHours(2)).Should().Be(Utc(2027, 1, 11, 18));
    }

    [Fact]
    public void Annual_29_February_holiday_applies_in_leap_years_only()
    {
        var withLeapDay = NineToFive("America/Los_Angeles", [Holiday.EveryYear("Leap day", new AnnualDate(2, 29))]);
        var without = NineToFive("America/Los_Angeles");

        // Tuesday 2028-02-29 (PST): closed with the holiday, 8 h without it.
        ClockOn(withLeapDay).Elapsed(Utc(2028, 2, 29, 8), Utc(2028, 3, 1, 8)).Should().Be(Duration.Zero);
        ClockOn(without).Elapsed(Utc(2028, 2, 29, 8), Utc(2028, 3, 1, 8)).Should().Be(Duration.FromHours(8));

        // 2027 has no 29 February: neither Friday 26 February nor Monday 1 March is closed.
        ClockOn(withLeapDay).Elapsed(Utc(2027, 2, 26, 8), Utc(2027, 3, 2, 8)).Should().Be(Duration.FromHours(16));
    }

    [Fact]
    public void Holiday_is_a_date_in_the_calendar_zone_not_in_UTC()
    {
        var christmas = new LocalDate(2026, 12, 25);
        var auckland = NineToFive("Pacific/Auckland", [Holiday.On("Christmas Day", christmas)]);
        var noHoliday = NineToFive("Pacific/Auckland");

        // Friday 25 December 09:30 NZDT (+13) is still 24 December 20:30Z.
        ClockOn(auckland).IsRunningAt(Utc(2026, 12, 24, 20, 30)).Should().BeFalse();
        ClockOn(noHoliday).IsRunningAt(Utc(2026, 12, 24, 20, 30)).Should().BeTrue();

        // Thursday 24 December 16:00 NZDT = 03:00Z is an ordinary working day; that day ends at 04:00Z.
        ClockOn(auckland).IsRunningAt(Utc(2026, 12, 24, 3)).Should().BeTrue();
        ClockOn(auckland).Elapsed(Utc(2026, 12, 24), Utc(2026, 12, 26)).Should().Be(Duration.FromHours(4));
    }

    [Fact]
    public void Partial_day_closures_remove_only_their_hours_once_or_every_year()
    {
        var calendar = NineToFive(
            "America/Los_Angeles",
            [Holiday.PartOf("Offsite", new LocalDate(2026, 6, 3), At(12), At(14)), Holiday.PartOfEveryYear("Christmas Eve", new AnnualDate(12, 24), At(13), At(17))]);

        ClockOn(calendar).RunningIntervals(Utc(2026, 6, 3), Utc(2026, 6, 4, 8)).Should().Equal(
            new Interval(Utc(2026, 6, 3, 16), Utc(2026, 6, 3, 19)),
            new Interval(Utc(2026, 6, 3, 21), Utc(2026, 6, 4)));

        // Thursday 2026-12-24 09:00–13:00 PST = 17:00Z–21:00Z.
        ClockOn(calendar).RunningIntervals(Utc(2026, 12, 24, 8), Utc(2026, 12, 25, 8))
            .Should().Equal(new Interval(Utc(2026, 12, 24, 17), Utc(2026, 12, 24, 21)));
    }

    [Fact]
    public void Extra_working_day_adds_hours_on_a_weekend_and_overrides_a_holiday()
    {
        var calendar = NineToFive(
            "America/Los_Angeles",
            [Holiday.On("Independence Day observed", Friday)]);
        var withExtras = new BusinessCalendar(
            calendar.Name,
            calendar.Zone,
            calendar.Windows,
            calendar.Holidays,
            [new ExtraWorkingDay(new LocalDate(2026, 6, 6), [new OpeningHours(At(10), At(14))]), new ExtraWorkingDay(Friday, [new OpeningHours(At(9), At(12))])]);

        ClockOn(withExtras).RunningIntervals(Utc(2026, 6, 6), Utc(2026, 6, 7))
            .Should().Equal(new Interval(Utc(2026, 6, 6, 17), Utc(2026, 6, 6, 21)));
        ClockOn(withExtras).RunningIntervals(Utc(2026, 7, 3), Utc(2026, 7, 4))
            .Should().Equal(new Interval(Utc(2026, 7, 3, 16), Utc(2026, 7, 3, 19)));
        ClockOn(calendar).Elapsed(Utc(2026, 7, 3), Utc(2026, 7, 4)).Should().Be(Duration.Zero);
    }

    [Fact]
    public void Working_time_across_many_years_is_counted_without_stepping()
    {
        var calendar = BusinessCalendar.AlwaysOpen(Zone("Australia/Lord_Howe"));

        ClockOn(calendar).Elapsed(Utc(1900, 1, 1), Utc(2300, 1, 1)).Should().Be(Utc(2300, 1, 1) - Utc(1900, 1, 1));
        ClockOn(calendar).DueAt(Utc(1900, 1, 1), Duration.FromDays(146_097)).Should().Be(Utc(2300, 1, 1));
    }

    [Fact]
    public void Instants_outside_the_supported_range_are_rejected()
    {
        var calendar = NineToFive("UTC");

        var act = () => ClockOn(calendar).Elapsed(Instant.MinValue, Utc(2026, 1, 1));

        act.Should().Throw<System.ArgumentOutOfRangeException>().WithParameterName("start");
    }

    [Fact]
    public void First_and_last_supported_weeks_are_counted_like_any_other()
    {
        var calendar = BusinessCalendar.AlwaysOpen(Zone("Pacific/Kiritimati"));
        var first = Instant.MinValue + Duration.FromDays(7);
        var last = Instant.MaxValue - Duration.FromDays(7);

        ClockOn(calendar).Elapsed(first, first + Duration.FromDays(3)).Should().Be(Duration.FromDays(3));
        ClockOn(calendar).Elapsed(last - Duration.FromDays(3), last).Should().Be(Duration.FromDays(3));
        ClockOn(calendar).DueAt(last - Duration.FromDays(1), Duration.FromDays(1)).Should().Be(last);

        var beyond = () => ClockOn(NineToFive("Pacific/Kiritimati")).DueAt(last - Duration.FromDays(30), Duration.FromDays(20));
        beyond.Should().Throw<SlaClockException>().Where(e => e.Failure == SlaClockFailure.BeyondRepresentableRange);
    }

    [Fact]
    public void Business_goal_outlasting_the_supported_range_fails_without_keeping_millennia_compiled()
    {
        var calendar = NineToFive("America/Los_Angeles");

        // 300 years of nine-to-five working time needs about 1,260 calendar years; fewer than 1,000 remain after 9000.
        var act = () => ClockOn(calendar).DueAt(Utc(9000, 1, 1), Duration.FromDays(300 * 365));

        act.Should().Throw<SlaClockException>().Where(e => e.Failure == SlaClockFailure.BeyondRepresentableRange);
        ClockOn(calendar).CompiledSize(calendar.Name).Chunks.Should().BeLessThanOrEqualTo(66);
    }

    [Fact]
    public void Goal_beyond_the_representable_range_fails_clearly()
    {
        var calendar = NineToFive("UTC");

        var act = () => ClockOn(calendar).DueAt(Utc(2026, 1, 1), Duration.FromDays(3_000_000));

        act.Should().Throw<SlaClockException>().Where(e => e.Failure == SlaClockFailure.BeyondRepresentableRange);
    }
}
