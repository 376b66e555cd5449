using System;
using NodaTime;
using Zenput.Sla.Clock;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// LatestStart(deadline, goal) = max { t : W(t, deadline) ≥ goal }, for planners. Mon–Fri 09:00–17:00
/// Los Angeles (PDT is UTC−7 in June).
/// </summary>
public sealed class LatestStartTests
{
    private static readonly SlaClock Clock = new(Policy(false, NineToFive("America/Los_Angeles")));

    private static GoalTarget Hours(double hours) => GoalTarget.BusinessTime(Duration.FromHours(hours), "office");

    [Fact]
    public void Latest_start_for_a_days_work_due_at_closing_is_that_mornings_opening_not_the_evening_before()
    {
        // Deadline Tuesday 2 June 17:00 PDT.
        Clock.LatestStart(Utc(2026, 6, 3, 0), Hours(8)).Should().Be(Utc(2026, 6, 2, 16));
    }

    [Fact]
    public void Latest_start_reaches_back_over_closed_time()
    {
        // Nine hours by Tuesday 17:00 PDT: Monday 16:00 PDT. One hour by Tuesday 07:00 PDT: Monday 16:00 PDT.
        Clock.LatestStart(Utc(2026, 6, 3, 0), Hours(9)).Should().Be(Utc(2026, 6, 1, 23));
        Clock.LatestStart(Utc(2026, 6, 2, 14), Hours(1)).Should().Be(Utc(2026, 6, 1, 23));

        // Forty hours by Monday 8 June 09:00 PDT: the Monday before, 09:00 PDT.
        Clock.LatestStart(Utc(2026, 6, 8, 16), Hours(40)).Should().Be(Utc(2026, 6, 1, 16));
    }

    [Fact]
    public void Zero_goal_can_start_at_the_deadline_even_when_closed()
    {
        Clock.LatestStart(Utc(2026, 6, 6, 12), Hours(0)).Should().Be(Utc(2026, 6, 6, 12));
    }

    [Fact]
    public void Latest_start_and_due_are_inverse_at_the_edges()
    {
        var deadline = Utc(2026, 6, 3, 0);
        var start = Clock.LatestStart(deadline, Hours(9));

        Clock.DueAt(start, Hours(9)).Should().Be(deadline);
        Clock.DueAt(start + Duration.FromNanoseconds(1), Hours(9)).Should().BeGreaterThan(deadline);
    }

    [Fact]
    public void Elapsed_goal_starts_its_length_before_the_deadline_and_maintenance_lengthens_it_when_excluded()
    {
        var deadline = Utc(2026, 6, 3, 8);

        Clock.LatestStart(deadline, GoalTarget.Elapsed(Duration.FromHours(6))).Should().Be(Utc(2026, 6, 3, 2));

        // The weekly maintenance runs Tuesday 21:00–23:00 PDT (04:00–06:00Z): it does not count when excluded.
        new SlaClock(Policy(true)).LatestStart(deadline, GoalTarget.Elapsed(Duration.FromHours(6))).Should().Be(Utc(2026, 6, 3, 0));
    }

    [Fact]
    public void Goals_whose_length_depends_on_their_start_are_refused()
    {
        var days = () => Clock.LatestStart(Utc(2026, 6, 3), GoalTarget.CalendarDays(3));
        var businessDays = () => Clock.LatestStart(Utc(2026, 6, 3), GoalTarget.BusinessDays(3, "office"));

        days.Should().Throw<ArgumentException>().WithMessage("*only elapsed and business-time goals have*");
        businessDays.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Latest_start_before_the_supported_range_fails_clearly()
    {
        var act = () => Clock.LatestStart(Utc(2026, 6, 3), GoalTarget.Elapsed(Duration.FromDays(365L * 13_000)));

        act.Should().Throw<SlaClockException>().Where(e => e.Failure == SlaClockFailure.BeyondRepresentableRange)
            .WithMessage("*would start before*");
    }

    [Fact]
    public void No_latest_start_when_maintenance_covers_every_weekly_window_before_the_deadline_and_the_only_working_time_comes_after()
    {
        // Found by the long reference run (10^6 cases): the only working time of this Los Angeles calendar is its Tuesday
        // window 21:00–21:45, which the weekly maintenance (Tuesday 21:00–23:00) covers, and an extra working day
        // Monday 9 March 12:15 to Tuesday 01:45. Before Sunday 8 March there is no working time at all.
        var calendar = new Zenput.Sla.Calendars.BusinessCalendar(
            "office",
            DateTimeZoneProviders.Tzdb["America/Los_Angeles"],
            [new Zenput.Sla.Calendars.WorkingWindow(IsoDayOfWeek.Tuesday, new LocalTime(21, 0), new LocalTime(21, 45))],
            extraWorkingDays: [new Zenput.Sla.Calendars.ExtraWorkingDay(new LocalDate(2026, 3, 9), [new Zenput.Sla.Calendars.OpeningHours(new LocalTime(12, 15), new LocalTime(1, 45))])]);
        var clock = new SlaClock(Policy(true, calendar));
        var minute = GoalTarget.BusinessTime(Duration.FromMinutes(1), "office");

        var act = () => clock.LatestStart(Utc(2026, 3, 8, 17, 49), minute);

        act.Should().Throw<SlaClockException>().Where(e => e.Failure == SlaClockFailure.NoWorkingTime)
            .WithMessage("*no working time before 2026-03-08T17:49:00Z*");

        // After the extra day it is found: one minute before its end, Tuesday 10 March 01:44 PDT (08:44Z).
        clock.LatestStart(Utc(2026, 3, 11), minute).Should().Be(Utc(2026, 3, 10, 8, 44));
    }

    [Fact]
    public void A_start_after_a_calendars_only_working_time_not_covered_by_maintenance_has_no_due_instant()
    {
        // Found by the long reference run (Kolkata): the weekly window, Wednesday 10:30–11:00 IST (05:00–05:30Z), always
        // falls inside the weekly maintenance (Tuesday 21:00–23:00 Pacific), so the extra working day Monday 15 June
        // 01:00–07:45 IST is all the working time there is: a minute's goal from its start is met, one from after it never.
        var calendar = new Zenput.Sla.Calendars.BusinessCalendar(
            "office",
            DateTimeZoneProviders.Tzdb["Asia/Kolkata"],
            [new Zenput.Sla.Calendars.WorkingWindow(IsoDayOfWeek.Wednesday, new LocalTime(10, 30), new LocalTime(11, 0))],
            extraWorkingDays: [new Zenput.Sla.Calendars.ExtraWorkingDay(new LocalDate(2026, 6, 15), [new Zenput.Sla.Calendars.OpeningHours(new LocalTime(1, 0), new LocalTime(7, 45))])]);
        var clock = new SlaClock(Policy(true, calendar));
        var minute = GoalTarget.BusinessTime(Duration.FromMinutes(1), "office");

        // Monday 15 June 00:00 IST (14 June 18:30Z): due 01:01 IST (19:31Z).
        clock.DueAt(Utc(2026, 6, 14, 18, 30), minute).Should().Be(Utc(2026, 6, 14, 19, 31));

        var act = () => clock.DueAt(Utc(2026, 6, 15, 19, 36), minute);
        act.Should().Throw<SlaClockException>().Where(e => e.Failure == SlaClockFailure.NoWorkingTime)
            .WithMessage("*no working time after 2026-06-15T19:36:00Z*");
    }
}
