using NodaTime;
using Zenput.Sla.Clock;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Clock;

/// <summary>Calendar-day goals at the edges of DESIGN.md rules 3 and 4, in Los Angeles (2026-11-01 01:00–02:00 happens twice).</summary>
public sealed class CalendarDaysGoalTests
{
    private static readonly SlaClock ZenputClock = new(ZenputSla.Default);

    [Theory]
    [InlineData(8, 30)] // 01:30 PDT, the first pass
    [InlineData(9, 30)] // 01:30 PST, the second pass
    public void Zero_calendar_days_started_in_the_repeated_hour_is_due_at_its_start(int hour, int minute)
    {
        var start = Utc(2026, 11, 1, hour, minute);

        ZenputClock.GoalLength(start, GoalTarget.CalendarDays(0)).Should().Be(Duration.Zero);
        ZenputClock.DueAt(start, GoalTarget.CalendarDays(0)).Should().Be(start);
    }

    [Fact]
    public void One_calendar_day_from_the_second_pass_of_the_repeated_hour_is_24_hours()
    {
        // 01:30 PST on 1 November to 01:30 PST on 2 November.
        ZenputClock.GoalLength(Utc(2026, 11, 1, 9, 30), GoalTarget.CalendarDays(1)).Should().Be(Duration.FromHours(24));
    }

    [Fact]
    public void One_calendar_day_ending_in_the_repeated_hour_takes_its_first_pass()
    {
        // 31 October 01:30 PDT (08:30Z) to the first 01:30 on 1 November (08:30Z): 24 hours.
        ZenputClock.GoalLength(Utc(2026, 10, 31, 8, 30), GoalTarget.CalendarDays(1)).Should().Be(Duration.FromHours(24));
    }
}
