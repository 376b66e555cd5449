using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using Zenput.Sla.Maintenance;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// A clock made from a calendar, with no policy: its own time is the calendar's working time, less
/// the maintenance windows it is given. Expected instants are written out by hand (Los Angeles is
/// UTC−7 in June).
/// </summary>
public sealed class CalendarClockTests
{
    /// <summary>Tuesdays 16:00–18:00 Los Angeles time.</summary>
    private static readonly MaintenanceSchedule TuesdayAfternoons = new(
        Zone("America/Los_Angeles"),
        [MaintenanceRecurrence.Weekly("tue", "Tuesday upgrade", IsoDayOfWeek.Tuesday, At(16), Duration.FromHours(2))]);

    [Fact]
    public void Calendar_clock_counts_working_time_and_has_no_policy()
    {
        var office = NineToFive("America/Los_Angeles");
        var clock = new SlaClock(office);

        // Tuesday 2 June 2026 15:00 PDT = 22:00Z: one hour that day, one the next morning (Wednesday 10:00 PDT = 17:00Z).
        clock.DueAt(Utc(2026, 6, 2, 22), Duration.FromHours(2)).Should().Be(Utc(2026, 6, 3, 0));
        clock.DueAt(Utc(2026, 6, 2, 22), Duration.FromHours(3)).Should().Be(Utc(2026, 6, 3, 17));
        clock.Policy.Should().BeNull();
        clock.Calendar.Should().BeSameAs(office);
        clock.SupportZone.Should().Be(office.Zone);
        clock.ClockStopsDuringMaintenance.Should().BeFalse();
    }

    [Fact]
    public void Calendar_clock_given_maintenance_stops_during_its_windows()
    {
        var clock = new SlaClock(NineToFive("America/Los_Angeles"), TuesdayAfternoons);

        // 15:00–16:00 PDT counts, 16:00–17:00 is maintenance, the second hour is Wednesday 09:00–10:00 PDT = 16:00–17:00Z.
        clock.DueAt(Utc(2026, 6, 2, 22), Duration.FromHours(2)).Should().Be(Utc(2026, 6, 3, 17));
        clock.Elapsed(Utc(2026, 6, 2, 22), Utc(2026, 6, 3, 1)).Should().Be(Duration.FromHours(1));
        clock.IsRunningAt(Utc(2026, 6, 2, 23, 30)).Should().BeFalse();
        clock.IsRunningAt(Utc(2026, 6, 2, 22, 30)).Should().BeTrue();
        clock.RunningIntervals(Utc(2026, 6, 2), Utc(2026, 6, 3)).Should().Equal(new Interval(Utc(2026, 6, 2, 16), Utc(2026, 6, 2, 23)));
        clock.ClockStopsDuringMaintenance.Should().BeTrue();
    }

    [Fact]
    public void Calendar_clock_counts_elapsed_goals_around_the_clock_less_its_maintenance_and_business_goals_on_its_calendar()
    {
        var office = NineToFive("America/Los_Angeles");
        var clock = new SlaClock(office, TuesdayAfternoons);

        // Tuesday 15:00 PDT + 2 elapsed hours, 16:00–18:00 PDT excluded: 15:00–16:00, then 18:00–19:00 PDT = 02:00Z.
        clock.DueAt(Utc(2026, 6, 2, 22), GoalTarget.Elapsed(Duration.FromHours(2))).Should().Be(Utc(2026, 6, 3, 2));
        clock.DueAt(Utc(2026, 6, 2, 22), GoalTarget.BusinessTime(Duration.FromHours(2), office.Name)).Should().Be(Utc(2026, 6, 3, 17));
        clock.RunningIntervals(Utc(2026, 6, 2, 22), Utc(2026, 6, 3, 3), GoalTarget.Elapsed(Duration.Zero)).Should().Equal(
            new Interval(Utc(2026, 6, 2, 22), Utc(2026, 6, 2, 23)),
            new Interval(Utc(2026, 6, 3, 1), Utc(2026, 6, 3, 3)));
    }

    [Fact]
    public void Calendar_clock_refuses_a_goal_on_another_calendar_naming_the_one_it_knows()
    {
        var clock = new SlaClock(NineToFive("America/Los_Angeles"));

        var act = () => clock.DueAt(Utc(2026, 6, 2), GoalTarget.BusinessTime(Duration.FromHours(1), "ofice"));

        act.Should().Throw<System.ArgumentException>().WithMessage("This clock (made from the calendar 'office') defines no business calendar named 'ofice'; it defines: 'office'.*");
    }

    [Fact]
    public void Calendar_clock_lists_every_error_of_its_calendar_at_once()
    {
        var calendar = new BusinessCalendar(
            "broken",
            Zone("UTC"),
            [Window(IsoDayOfWeek.Monday, 9, 0, 17, 0)],
            [Holiday.ByRule("drill", HolidayRule.NthWeekday(13, IsoDayOfWeek.Monday, 1)), Holiday.ByRule("drill", HolidayRule.NthWeekday(6, IsoDayOfWeek.Monday, 6))],
            [new ExtraWorkingDay(new LocalDate(2026, 6, 6), [])]);

        var act = () => new SlaClock(calendar);

        act.Should().Throw<Zenput.Sla.Validation.SlaPolicyValidationException>()
            .Which.Errors.Select(e => e.Path).Should().Equal("Holidays[0].Rule.Month", "Holidays[1].Rule.Week", "ExtraWorkingDays[0].Hours");
    }

    [Fact]
    public void Policy_clock_own_time_is_the_elapsed_goal()
    {
        var clock = new SlaClock(Policy(true, NineToFive("America/Los_Angeles")));
        var start = Utc(2026, 11, 25, 4, 30);

        // The built-in Tuesday 21:00–23:00 PT window (05:00–07:00Z) is excluded for both.
        clock.DueAt(start, Duration.FromHours(2)).Should().Be(clock.DueAt(start, GoalTarget.Elapsed(Duration.FromHours(2))));
        clock.DueAt(start, Duration.FromHours(2)).Should().Be(Utc(2026, 11, 25, 8, 30));
        clock.Elapsed(start, Utc(2026, 11, 25, 8, 30)).Should().Be(Duration.FromHours(2));
        clock.IsRunningAt(Utc(2026, 11, 25, 6)).Should().BeFalse();
        clock.IsRunningAt(Utc(2026, 11, 25, 6), GoalTarget.BusinessTime(Duration.Zero, "office")).Should().BeFalse();
        clock.Status(start, Duration.FromHours(2), Utc(2026, 11, 25, 9)).IsBreached.Should().BeTrue();
    }

    [Fact]
    public void Clocks_made_from_the_same_calendar_share_its_compiled_time()
    {
        var office = NineToFive("Europe/London", name: "shared");
        new SlaClock(office).DueAt(Utc(2026, 6, 1), Duration.FromHours(1));

        var second = new SlaClock(office);

        second.CompiledSize("shared").Chunks.Should().BeGreaterThan(0);
        new SlaClock(NineToFive("Europe/London", name: "shared")).CompiledSize("shared").Chunks.Should().Be(0);
    }

    [Fact]
    public void Own_time_refuses_a_negative_amount_naming_it()
    {
        var clock = new SlaClock(NineToFive("UTC"));

        var act = () => clock.DueAt(Utc(2026, 6, 1), Duration.FromHours(-1));

        act.Should().Throw<System.ArgumentOutOfRangeException>().WithParameterName("amount");
    }
}
