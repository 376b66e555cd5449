using System;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// The SLA clock of a policy: the three goal kinds, maintenance exclusion, pauses, status and errors.
/// Expected instants are written out by hand (Los Angeles is UTC−7 in summer, UTC−8 in winter; the
/// Zenput maintenance window is Tuesdays 21:00–23:00 Los Angeles time).
/// </summary>
public sealed class SlaClockTests
{
    private static readonly SlaClock ZenputClock = new(ZenputSla.Default);
    private static readonly GoalTarget FourHours = GoalTarget.Elapsed(Duration.FromHours(4));

    [Fact]
    public void Critical_response_goal_is_two_elapsed_hours_even_across_the_spring_forward_gap()
    {
        // 01:30 PST to 04:30 PDT is two hours.
        ZenputClock.DueAt(Utc(2026, 3, 8, 9, 30), ZenputSla.Default.GetTier("critical")).Should().Be(Utc(2026, 3, 8, 11, 30));
    }

    [Fact]
    public void Three_calendar_days_across_spring_forward_are_71_hours()
    {
        // Friday 2026-03-06 12:00 PST to Monday 2026-03-09 12:00 PDT.
        var minor = ZenputSla.Default.GetTier("minor");
        ZenputClock.GoalLength(Utc(2026, 3, 6, 20), minor.ResponseGoal).Should().Be(Duration.FromHours(71));
        ZenputClock.DueAt(Utc(2026, 3, 6, 20), minor).Should().Be(Utc(2026, 3, 9, 19));
    }

    [Fact]
    public void Three_calendar_days_across_fall_back_are_73_hours()
    {
        // Friday 2026-10-30 12:00 PDT to Monday 2026-11-02 12:00 PST.
        ZenputClock.GoalLength(Utc(2026, 10, 30, 19), GoalTarget.CalendarDays(3)).Should().Be(Duration.FromHours(73));
        ZenputClock.DueAt(Utc(2026, 10, 30, 19), GoalTarget.CalendarDays(3)).Should().Be(Utc(2026, 11, 2, 20));
    }

    [Fact]
    public void Calendar_days_ending_in_a_gap_shift_forward_by_the_gap()
    {
        // Thursday 02:30 PST + 3 days = Sunday 02:30, which does not exist: 03:30 PDT = 10:30Z.
        ZenputClock.DueAt(Utc(2026, 3, 5, 10, 30), GoalTarget.CalendarDays(3)).Should().Be(Utc(2026, 3, 8, 10, 30));
    }

    [Fact]
    public void Calendar_days_ending_in_the_repeated_hour_take_the_earlier_instant()
    {
        // Thursday 01:30 PDT + 3 days = Sunday 01:30, which happens twice: the PDT one is 08:30Z.
        ZenputClock.DueAt(Utc(2026, 10, 29, 8, 30), GoalTarget.CalendarDays(3)).Should().Be(Utc(2026, 11, 1, 8, 30));
    }

    [Fact]
    public void Elapsed_goal_stops_during_maintenance_only_when_the_policy_says_so()
    {
        // Tuesday 2026-06-02 20:00 PDT = 06-03T03:00Z; maintenance runs 04:00Z–06:00Z.
        var start = Utc(2026, 6, 3, 3);
        new SlaClock(Policy(clockStopsDuringMaintenance: true)).DueAt(start, FourHours).Should().Be(Utc(2026, 6, 3, 9));
        new SlaClock(Policy(clockStopsDuringMaintenance: false)).DueAt(start, FourHours).Should().Be(Utc(2026, 6, 3, 7));
    }

    [Fact]
    public void Calendar_days_goal_is_counted_like_an_elapsed_goal_so_maintenance_extends_it()
    {
        // Monday 2026-06-01 12:00 PDT + 3 days = 72 h; Tuesday's 2 h maintenance moves the due to Thursday 14:00 PDT.
        var clock = new SlaClock(Policy(clockStopsDuringMaintenance: true));
        clock.DueAt(Utc(2026, 6, 1, 19), GoalTarget.CalendarDays(3)).Should().Be(Utc(2026, 6, 4, 21));
        clock.Status(Utc(2026, 6, 1, 19), GoalTarget.CalendarDays(3), Utc(2026, 6, 4, 21)).Goal.Should().Be(Duration.FromHours(72));
    }

    [Fact]
    public void Business_time_goal_skips_maintenance_cut_out_of_its_calendar()
    {
        var evening = Calendar("America/Los_Angeles", [Window(IsoDayOfWeek.Tuesday, 20, 0, 24, 0)], name: "evening");
        var goal = GoalTarget.BusinessTime(Duration.FromHours(3), "evening");
        var start = Utc(2026, 6, 3, 3);

        // 20–21 and 23–24 on 2 June, then 20–21 on 9 June (PDT).
        new SlaClock(Policy(true, evening)).DueAt(start, goal).Should().Be(Utc(2026, 6, 10, 4));
        new SlaClock(Policy(false, evening)).DueAt(start, goal).Should().Be(Utc(2026, 6, 3, 6));
    }

    [Fact]
    public void Pauses_in_any_order_overlapping_or_starting_before_the_start_are_merged_and_clipped()
    {
        var start = Utc(2026, 6, 1);
        Interval[] pauses =
        [
            new(Utc(2026, 6, 1, 2, 30), Utc(2026, 6, 1, 3, 30)),
            new(Utc(2026, 5, 31, 22), Utc(2026, 6, 1, 0, 30)),
            new(Utc(2026, 6, 1, 2), Utc(2026, 6, 1, 3)),
        ];

        // Paused 00:00–00:30 and 02:00–03:30: two hours, so four hours are due at 06:00Z.
        ZenputClock.DueAt(start, FourHours, pauses).Should().Be(Utc(2026, 6, 1, 6));
        ZenputClock.Elapsed(start, Utc(2026, 6, 1, 6), FourHours, pauses).Should().Be(Duration.FromHours(4));
        ZenputClock.Elapsed(start, Utc(2026, 6, 1, 3), FourHours, pauses).Should().Be(Duration.FromHours(1.5));
    }

    [Fact]
    public void Pauses_on_a_business_calendar_remove_only_working_time()
    {
        var clock = new SlaClock(Policy(false, NineToFive("America/Los_Angeles")));
        var goal = GoalTarget.BusinessTime(Duration.FromHours(8), "office");
        Interval[] pauses =
        [
            new(Utc(2026, 6, 2), Utc(2026, 6, 2, 17)), // Monday 17:00 to Tuesday 10:00 PDT
            new(Utc(2026, 6, 1, 19), Utc(2026, 6, 1, 20)), // Monday lunch 12:00–13:00 PDT
            new(Utc(2026, 5, 31, 16), Utc(2026, 5, 31, 18)), // Sunday, before the start
        ];

        // Monday 09:00 PDT: 7 h on Monday, then Tuesday 10:00–11:00 PDT.
        clock.DueAt(Utc(2026, 6, 1, 16), goal, pauses).Should().Be(Utc(2026, 6, 2, 18));
    }

    [Fact]
    public void More_pauses_than_fit_on_the_stack_give_the_same_answer()
    {
        var start = Utc(2026, 6, 1);
        var pauses = Enumerable.Range(0, 40).Select(i => new Interval(start + Duration.FromMinutes((10 * i) + 1), start + Duration.FromMinutes((10 * i) + 6))).Reverse().ToArray();

        // 40 five-minute pauses in the first 400 minutes: 200 minutes paused.
        ZenputClock.DueAt(start, FourHours, pauses).Should().Be(start + Duration.FromMinutes(240 + 200));
        ZenputClock.Elapsed(start, start + Duration.FromMinutes(400), FourHours, pauses).Should().Be(Duration.FromMinutes(200));
    }

    [Fact]
    public void Open_ended_pause_before_the_due_instant_means_no_due_instant()
    {
        var start = Utc(2026, 6, 1);
        Interval[] onHold = [new(Utc(2026, 6, 1, 1), null)];

        var act = () => ZenputClock.DueAt(start, FourHours, onHold);
        act.Should().Throw<SlaClockException>().Where(e => e.Failure == SlaClockFailure.ClockStoppedIndefinitely);

        var status = ZenputClock.Status(start, FourHours, Utc(2026, 6, 1, 10), onHold);
        status.Elapsed.Should().Be(Duration.FromHours(1));
        status.Remaining.Should().Be(Duration.FromHours(3));
        status.DueAt.Should().BeNull();
        status.IsBreached.Should().BeFalse();
    }

    [Fact]
    public void Open_ended_pause_on_a_calendar_with_no_working_time_left_stops_the_clock_indefinitely_rather_than_reporting_no_working_time()
    {
        // Found by the long reference run (Havana): the calendar's only window, Wednesday 00:15–01:30 Havana time, always
        // falls inside the weekly maintenance (Tuesday 21:00–23:00 Pacific = Wednesday 00:00–02:00 in Havana, both zones
        // changing their clocks on the same Sundays), so no working time is left. Rule 9: a goal not met before an
        // open-ended pause is stopped indefinitely, whatever would or would not come after the pause.
        var calendar = new BusinessCalendar(
            "site",
            DateTimeZoneProviders.Tzdb["America/Havana"],
            [new WorkingWindow(IsoDayOfWeek.Wednesday, new LocalTime(0, 15), new LocalTime(1, 30))]);
        var clock = new SlaClock(calendar, ZenputSla.MaintenanceSchedule);
        var minute = GoalTarget.BusinessTime(Duration.FromMinutes(1), "site");
        var start = Utc(2027, 11, 7, 6);
        Interval[] onHold = [new(Utc(2027, 11, 8, 4, 45), null)];

        var withoutPause = () => clock.DueAt(start, minute);
        withoutPause.Should().Throw<SlaClockException>().Where(e => e.Failure == SlaClockFailure.NoWorkingTime);

        var act = () => clock.DueAt(start, minute, onHold);
        act.Should().Throw<SlaClockException>().Where(e => e.Failure == SlaClockFailure.ClockStoppedIndefinitely);
        var status = clock.Status(start, minute, Utc(2027, 11, 9), onHold);
        status.DueAt.Should().BeNull();
        status.Elapsed.Should().Be(Duration.Zero);

        // A pause that ends does not hide the calendar's emptiness.
        Interval[] closed = [new(Utc(2027, 11, 8, 4, 45), Utc(2027, 11, 8, 5))];
        var afterClosed = () => clock.DueAt(start, minute, closed);
        afterClosed.Should().Throw<SlaClockException>().Where(e => e.Failure == SlaClockFailure.NoWorkingTime);
    }

    [Fact]
    public void Open_ended_pause_after_the_due_instant_does_not_matter()
    {
        Interval[] later = [new(Utc(2026, 6, 1, 5), null)];

        ZenputClock.DueAt(Utc(2026, 6, 1), FourHours, later).Should().Be(Utc(2026, 6, 1, 4));
    }

    [Fact]
    public void Status_reports_used_remaining_fraction_and_due_before_the_goal_runs_out()
    {
        var status = ZenputClock.Status(Utc(2026, 6, 1), ZenputSla.Default.GetTier(1), Utc(2026, 6, 1, 1, 30));

        status.Goal.Should().Be(Duration.FromHours(2));
        status.Elapsed.Should().Be(Duration.FromMinutes(90));
        status.Remaining.Should().Be(Duration.FromMinutes(30));
        status.FractionUsed.Should().Be(0.75);
        status.DueAt.Should().Be(Utc(2026, 6, 1, 2));
        status.IsBreached.Should().BeFalse();
        status.BreachedAt.Should().BeNull();
    }

    [Fact]
    public void Met_means_at_or_before_due_so_the_breach_starts_just_after_it()
    {
        var tier = ZenputSla.Default.GetTier(1);

        ZenputClock.Status(Utc(2026, 6, 1), tier, Utc(2026, 6, 1, 2)).IsBreached.Should().BeFalse();
        var late = ZenputClock.Status(Utc(2026, 6, 1), tier, Utc(2026, 6, 1, 2) + Duration.Epsilon);
        late.IsBreached.Should().BeTrue();
        late.BreachedAt.Should().Be(Utc(2026, 6, 1, 2));
    }

    [Fact]
    public void Overdue_status_has_negative_remaining_and_a_fraction_above_one()
    {
        var status = ZenputClock.Status(Utc(2026, 6, 1), ZenputSla.Default.GetTier(1), Utc(2026, 6, 1, 3));

        status.Remaining.Should().Be(Duration.FromHours(-1));
        status.FractionUsed.Should().Be(1.5);
    }

    [Fact]
    public void Status_before_the_start_has_used_nothing()
    {
        var status = ZenputClock.Status(Utc(2026, 6, 1), FourHours, Utc(2026, 5, 31));

        status.Elapsed.Should().Be(Duration.Zero);
        status.FractionUsed.Should().Be(0);
        status.IsBreached.Should().BeFalse();
    }

    [Fact]
    public void Zero_goal_on_a_closed_calendar_is_due_at_its_start_and_counts_as_fully_used()
    {
        var clock = new SlaClock(Policy(true, NineToFive("America/Los_Angeles")));
        var saturday = Utc(2026, 6, 6, 18);
        var zero = GoalTarget.BusinessTime(Duration.Zero, "office");

        clock.DueAt(saturday, zero).Should().Be(saturday);
        var status = clock.Status(saturday, zero, saturday);
        status.FractionUsed.Should().Be(1);
        status.IsBreached.Should().BeFalse();
    }

    [Fact]
    public void Calendar_whose_only_hours_are_maintenance_fails_with_no_working_time_instead_of_hanging()
    {
        var onlyDuringMaintenance = Calendar("America/Los_Angeles", [Window(IsoDayOfWeek.Tuesday, 21, 0, 23, 0)], name: "maintenance-hours");
        var clock = new SlaClock(Policy(true, onlyDuringMaintenance));

        var act = () => clock.DueAt(Utc(2026, 6, 1), GoalTarget.BusinessTime(Duration.FromMinutes(1), "maintenance-hours"));

        act.Should().Throw<SlaClockException>()
            .Where(e => e.Failure == SlaClockFailure.NoWorkingTime && e.CalendarName == "maintenance-hours")
            .WithMessage("*'maintenance-hours'*less the maintenance windows*no working time*");
    }

    [Fact]
    public void Goals_beyond_the_representable_range_fail_clearly()
    {
        var act = () => ZenputClock.DueAt(Utc(2026, 6, 1), GoalTarget.Elapsed(Duration.FromDays(3_000_000)));
        act.Should().Throw<SlaClockException>().Where(e => e.Failure == SlaClockFailure.BeyondRepresentableRange);

        var days = () => ZenputClock.DueAt(Utc(2026, 6, 1), GoalTarget.CalendarDays(int.MaxValue));
        days.Should().Throw<SlaClockException>().Where(e => e.Failure == SlaClockFailure.BeyondRepresentableRange);
    }

    [Fact]
    public void Unknown_calendar_is_reported_with_the_calendars_the_policy_has()
    {
        var clock = new SlaClock(Policy(false, NineToFive("America/Los_Angeles")));

        var act = () => clock.DueAt(Utc(2026, 6, 1), GoalTarget.BusinessTime(Duration.FromHours(1), "weekends"));

        act.Should().Throw<ArgumentException>().WithMessage("*'weekends'*'office'*");
    }

    [Fact]
    public void Negative_goals_and_reversed_ranges_are_rejected()
    {
        var negative = () => ZenputClock.DueAt(Utc(2026, 6, 1), GoalTarget.Elapsed(Duration.FromHours(-1)));
        negative.Should().Throw<ArgumentOutOfRangeException>();

        var reversed = () => ZenputClock.Elapsed(Utc(2026, 6, 2), Utc(2026, 6, 1), FourHours);
        reversed.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("end");
    }

    [Fact]
    public void One_clock_shared_by_many_threads_gives_the_answers_a_single_thread_gives()
    {
        var calendar = NineToFive("America/Los_Angeles", [Holiday.EveryYear("New Year", new AnnualDate(1, 1))]);
        var goal = GoalTarget.BusinessTime(Duration.FromHours(30), "office");
        var starts = Enumerable.Range(0, 2000).Select(i => Utc(2020, 1, 1) + Duration.FromHours(37 * i)).ToArray();
        var sequential = new SlaClock(Policy(true, calendar));
        var expected = starts.Select(s => sequential.DueAt(s, goal)).ToArray();

        var shared = new SlaClock(Policy(true, calendar));
        var actual = new Instant[starts.Length];
        Parallel.For(0, starts.Length, i => actual[i] = shared.DueAt(starts[i], goal));

        actual.Should().Equal(expected);
    }
}
