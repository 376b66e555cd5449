using NodaTime;
using Zenput.Sla.Calendars;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Calendars;

/// <summary>Weekly hours with effective dates: summer hours for a span, a new schedule from a date on, and the history before each.</summary>
public sealed class WeeklyScheduleTests
{
    /// <summary>Mon–Fri 09:00–17:00 Los Angeles; summer 2026 Mon–Thu 08:00–18:00; from 2027 Mon–Fri 10:00–16:00.</summary>
    private static BusinessCalendar Office() =>
        new(
            "office",
            Zone("America/Los_Angeles"),
            Every(Weekdays, 9, 0, 17, 0),
            schedules:
            [
                new WeeklySchedule(new LocalDate(2026, 6, 1), Every([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday], 8, 0, 18, 0), new LocalDate(2026, 8, 31)),
                new WeeklySchedule(new LocalDate(2027, 1, 1), Every(Weekdays, 10, 0, 16, 0)),
            ]);

    [Fact]
    public void Summer_hours_apply_from_their_first_to_their_last_date()
    {
        var clock = ClockOn(Office());

        // Friday 5 June 10:00 PDT: no summer Friday, so one hour is Monday 08:00–09:00 PDT.
        clock.DueAt(Utc(2026, 6, 5, 17), Duration.FromHours(1)).Should().Be(Utc(2026, 6, 8, 16));

        // Friday 29 May, before the summer: 09:00–17:00 PDT.
        clock.Elapsed(Utc(2026, 5, 29, 7), Utc(2026, 5, 30, 7)).Should().Be(Duration.FromHours(8));

        // Monday 31 August is the last summer day (10 hours); Tuesday 1 September is back to 8.
        clock.Elapsed(Utc(2026, 8, 31, 7), Utc(2026, 9, 1, 7)).Should().Be(Duration.FromHours(10));
        clock.Elapsed(Utc(2026, 9, 1, 7), Utc(2026, 9, 2, 7)).Should().Be(Duration.FromHours(8));
    }

    [Fact]
    public void Ticket_before_a_new_schedule_keeps_the_old_hours_until_the_change_date()
    {
        var clock = ClockOn(Office());

        // Thursday 31 December 2026 16:00 PST + 2 hours: 16:00–17:00 on the old hours, then Friday
        // 1 January 2027 from 10:00 PST on the new ones.
        clock.DueAt(Utc(2027, 1, 1, 0), Duration.FromHours(2)).Should().Be(Utc(2027, 1, 1, 19));

        // A week in 2025 still counts 40 hours; a week in 2027, 30.
        clock.Elapsed(Utc(2025, 3, 3, 8), Utc(2025, 3, 10, 7)).Should().Be(Duration.FromHours(40));
        clock.Elapsed(Utc(2027, 3, 1, 8), Utc(2027, 3, 8, 8)).Should().Be(Duration.FromHours(30));
    }

    [Fact]
    public void Calendar_states_which_weekly_windows_are_in_force_on_a_date()
    {
        var office = Office();

        office.WindowsOn(new LocalDate(2026, 5, 31)).Should().BeSameAs(office.Windows);
        office.WindowsOn(new LocalDate(2026, 6, 1)).Should().HaveCount(4);
        office.WindowsOn(new LocalDate(2026, 9, 1)).Should().BeSameAs(office.Windows);
        office.WindowsOn(new LocalDate(2030, 1, 1)).Should().BeSameAs(office.Schedules[1].Windows);
    }

    [Fact]
    public void Schedule_that_took_effect_last_wins_where_two_are_in_force()
    {
        // A new schedule from 1 July replaces the summer hours for the rest of the summer.
        var calendar = new BusinessCalendar(
            "office",
            Zone("UTC"),
            Every(Weekdays, 9, 0, 17, 0),
            schedules:
            [
                new WeeklySchedule(new LocalDate(2026, 6, 1), Every(Weekdays, 8, 0, 12, 0), new LocalDate(2026, 8, 31)),
                new WeeklySchedule(new LocalDate(2026, 7, 1), Every(Weekdays, 13, 0, 14, 0)),
            ]);
        var clock = ClockOn(calendar);

        clock.Elapsed(Utc(2026, 6, 30), Utc(2026, 7, 1)).Should().Be(Duration.FromHours(4));
        clock.Elapsed(Utc(2026, 7, 1), Utc(2026, 7, 2)).Should().Be(Duration.FromHours(1));
        clock.Elapsed(Utc(2026, 9, 1), Utc(2026, 9, 2)).Should().Be(Duration.FromHours(1));
    }

    [Fact]
    public void Office_that_opens_on_a_date_has_no_working_time_before_it_and_says_so_at_once()
    {
        var calendar = new BusinessCalendar("new office", Zone("UTC"), [], schedules: [new WeeklySchedule(new LocalDate(2027, 1, 4), Every(Weekdays, 9, 0, 17, 0))]);
        var clock = ClockOn(calendar);

        clock.DueAt(Utc(2026, 6, 1), Duration.FromHours(1)).Should().Be(Utc(2027, 1, 4, 10));
        var act = () => clock.LatestStart(Utc(2026, 12, 1), Duration.FromHours(1));
        act.Should().Throw<Zenput.Sla.Clock.SlaClockException>().Where(e => e.Failure == Zenput.Sla.Clock.SlaClockFailure.NoWorkingTime)
            .WithMessage("*has no working time before 2026-12-01T00:00:00Z*");
    }
}
