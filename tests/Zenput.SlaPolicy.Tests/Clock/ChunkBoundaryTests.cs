using NodaTime;
using Zenput.Sla.Clock;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// The engine compiles time in chunks of 2^49 ticks of the Unix epoch. These tests pin instants at a
/// chunk boundary and one nanosecond either side: 33 · 2^49 ticks is Monday 2028-11-13 13:27:26.2903296
/// UTC, inside a 09:00–17:00 day in London (UTC+0 in November).
/// </summary>
public sealed class ChunkBoundaryTests
{
    private static readonly Instant Boundary = Instant.FromUnixTimeTicks(33L << 49);
    private static readonly Duration Nanosecond = Duration.FromNanoseconds(1);
    private static readonly Instant Opening = Utc(2028, 11, 13, 9);
    private static readonly Instant Closing = Utc(2028, 11, 13, 17);
    private static readonly SlaClock Clock = new(Policy(false, NineToFive("Europe/London")));

    private static GoalTarget Office(Duration workingTime) => GoalTarget.BusinessTime(workingTime, "office");

    [Fact]
    public void Boundary_is_where_these_tests_say_it_is()
    {
        Boundary.Should().Be(Utc(2028, 11, 13, 13, 27) + Duration.FromTicks(262_903_296));
    }

    [Fact]
    public void Working_time_across_a_chunk_boundary_counts_every_nanosecond_once()
    {
        Clock.Elapsed(Boundary - Nanosecond, Boundary + Nanosecond, Office(Duration.Zero)).Should().Be(Nanosecond * 2);
        Clock.Elapsed(Opening, Boundary, Office(Duration.Zero)).Should().Be(Boundary - Opening);
        Clock.Elapsed(Boundary, Closing, Office(Duration.Zero)).Should().Be(Closing - Boundary);
        Clock.Elapsed(Opening, Closing, Office(Duration.Zero)).Should().Be(Duration.FromHours(8));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void Goal_that_runs_out_within_a_nanosecond_of_a_chunk_boundary_is_due_exactly_there(int nanoseconds)
    {
        var goal = Boundary - Opening + (Nanosecond * nanoseconds);

        Clock.DueAt(Opening, Office(goal)).Should().Be(Boundary + (Nanosecond * nanoseconds));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void Goal_that_starts_within_a_nanosecond_of_a_chunk_boundary_counts_from_there(int nanoseconds)
    {
        var start = Boundary + (Nanosecond * nanoseconds);

        Clock.DueAt(start, Office(Duration.FromHours(1))).Should().Be(start + Duration.FromHours(1));
        Clock.DueAt(start, Office(Closing - start)).Should().Be(Closing);

        // One nanosecond more than the rest of the day runs into Tuesday 09:00.
        Clock.DueAt(start, Office(Closing - start + Nanosecond)).Should().Be(Utc(2028, 11, 14, 9) + Nanosecond);
    }

    [Fact]
    public void Window_that_closes_exactly_at_a_chunk_boundary_is_due_at_its_close_and_resumes_at_the_next_window()
    {
        // Monday 09:00 until the boundary's local time, then 15:00–17:00.
        var boundaryTime = Boundary.InUtc().TimeOfDay;
        var calendar = Calendar(
            "Europe/London",
            [new(IsoDayOfWeek.Monday, At(9), boundaryTime), new(IsoDayOfWeek.Monday, At(15), At(17))],
            name: "split");
        var clock = new SlaClock(Policy(false, calendar));
        var morning = Boundary - Opening;

        clock.DueAt(Opening, GoalTarget.BusinessTime(morning, "split")).Should().Be(Boundary);
        clock.DueAt(Opening, GoalTarget.BusinessTime(morning + Nanosecond, "split")).Should().Be(Utc(2028, 11, 13, 15) + Nanosecond);
        clock.Elapsed(Boundary - Nanosecond, Utc(2028, 11, 13, 15, 1), GoalTarget.BusinessTime(Duration.Zero, "split"))
            .Should().Be(Nanosecond + Duration.FromMinutes(1));
    }

    [Fact]
    public void Working_day_with_windows_on_both_sides_of_a_chunk_boundary_closes_once_at_its_last_window()
    {
        // Monday 09:00–12:00 and 14:00–17:00: the boundary (13:27) falls between them.
        var calendar = Calendar("Europe/London", [.. Every(Weekdays, 9, 0, 12, 0), .. Every(Weekdays, 14, 0, 17, 0)], name: "split");
        var clock = ClockOn(calendar);

        clock.DueAt(Utc(2028, 11, 13, 10), GoalTarget.BusinessDays(0, "split")).Should().Be(Closing);
        clock.DueAt(Utc(2028, 11, 13, 10), GoalTarget.BusinessDays(1, "split")).Should().Be(Utc(2028, 11, 14, 17));
    }

    [Fact]
    public void Elapsed_goal_with_maintenance_excluded_crosses_a_chunk_boundary_without_loss()
    {
        // The weekly maintenance (Tuesday 21:00–23:00 Los Angeles) is far from Monday afternoon UTC.
        var clock = new SlaClock(Policy(true));

        clock.DueAt(Boundary - Nanosecond, GoalTarget.Elapsed(Nanosecond * 2)).Should().Be(Boundary + Nanosecond);
        clock.Elapsed(Boundary - Duration.FromHours(1), Boundary + Duration.FromHours(1), GoalTarget.Elapsed(Duration.Zero)).Should().Be(Duration.FromHours(2));
    }

    [Fact]
    public void A_working_day_split_by_a_chunk_boundary_is_listed_as_one_running_interval()
    {
        // The engine keeps the day as two intervals, one in each chunk; callers see the day.
        Clock.RunningIntervals(Opening - Duration.FromHours(1), Closing + Duration.FromHours(1), Office(Duration.Zero))
            .Should().Equal(new Interval(Opening, Closing));
        Clock.RunningIntervals(Boundary, Boundary, Office(Duration.Zero)).Should().BeEmpty();
    }

    [Fact]
    public void Latest_start_of_a_goal_longer_than_a_whole_chunk_counts_back_across_it()
    {
        // 5,000 hours are 625 eight-hour days: counted back from Monday 17:00, that Monday, the 124 whole weeks
        // before it (620 days, back to Monday 2026-06-29) and Friday to Tuesday before those: Tuesday
        // 2026-06-23 at 09:00 summer time (UTC+1). The count crosses the whole chunk before the boundary's
        // (about 651 days).
        Clock.LatestStart(Closing, Office(Duration.FromHours(5_000))).Should().Be(Utc(2026, 6, 23, 8));
    }

    [Fact]
    public void Counting_back_past_the_first_supported_instant_fails_clearly_whether_or_not_the_amount_exceeds_the_elapsed_time()
    {
        // More than the elapsed time since the range's start, and less but more than the working time in it.
        var nearTheStart = Zenput.Sla.Engine.ClockRange.Min + Duration.FromDays(10);

        foreach (var amount in new[] { Duration.FromDays(11), Duration.FromDays(9) })
        {
            FluentActions.Invoking(() => Clock.LatestStart(nearTheStart, Office(amount)))
                .Should().Throw<SlaClockException>().Where(e => e.Failure == SlaClockFailure.BeyondRepresentableRange)
                .WithMessage("*would start before*");
        }
    }
}
