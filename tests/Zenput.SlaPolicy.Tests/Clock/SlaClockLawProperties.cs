using System;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// The clock's laws on nanosecond-precision instants and goals up to years long, in every zone:
/// around the clock nothing is lost or gained at any clock change, <c>Elapsed(t, Due(t, d)) == d</c>,
/// and <c>Due</c> is monotonic in both arguments.
/// </summary>
public sealed class SlaClockLawProperties
{
    // 900 per zone: 10,800 cases per law in CI, times ZENPUT_PROPERTY_SCALE in the long run.
    private static readonly int CasesPerZone = Generators.ScaledPropertyAttribute.Cases(900);

    public static TheoryData<string> Zones() =>
    [
        "America/Los_Angeles", "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kathmandu", "Africa/Casablanca",
        "America/Santiago", "America/Havana", "Africa/Cairo", "Pacific/Apia", "Asia/Kolkata", "UTC",
    ];

    [Theory]
    [MemberData(nameof(Zones))]
    public void Around_the_clock_elapsed_is_the_difference_and_due_is_the_sum(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var calendar = BusinessCalendar.AlwaysOpen(zone);
        var clock = new SlaClock(ClockTestKit.Policy(false, (Zenput.Sla.Maintenance.MaintenanceSchedule?)null, calendar));
        var goalOn24x7 = (Duration d) => GoalTarget.BusinessTime(d, BusinessCalendar.AlwaysOpenName);
        var calendarClock = new SlaClock(calendar);

        Check(Inputs(maxSpanDays: 3 * 366), x =>
        {
            var (start, span, goal) = x;
            calendarClock.Elapsed(start, start + span).Should().Be(span);
            calendarClock.DueAt(start, goal).Should().Be(start + goal);
            clock.Elapsed(start, start + span, goalOn24x7(goal)).Should().Be(span);
            clock.DueAt(start, goalOn24x7(goal)).Should().Be(start + goal);
            clock.DueAt(start, GoalTarget.Elapsed(goal)).Should().Be(start + goal);
        });
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public void Elapsed_up_to_due_is_the_goal_for_long_goals_with_maintenance_excluded(string zoneId)
    {
        var calendar = ClockTestKit.NineToFive(zoneId, [Holiday.EveryYear("New Year", new AnnualDate(1, 1)), Holiday.EveryYear("Leap day", new AnnualDate(2, 29))]);
        var clock = new SlaClock(ClockTestKit.Policy(true, calendar));

        Check(Inputs(maxSpanDays: 2 * 366, maxGoalHours: 10_000), x =>
        {
            var (start, _, goal) = x;
            foreach (var target in new GoalTarget[] { GoalTarget.BusinessTime(goal, "office"), GoalTarget.Elapsed(goal) })
            {
                var due = clock.DueAt(start, target);
                clock.Elapsed(start, due, target).Should().Be(goal);
                due.Should().BeGreaterThanOrEqualTo(start + goal);
            }
        });
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public void Due_is_monotonic_in_the_start_and_in_the_goal(string zoneId)
    {
        var calendar = ClockTestKit.Calendar(zoneId, [ClockTestKit.Window(IsoDayOfWeek.Monday, 22, 0, 6, 0), ClockTestKit.Window(IsoDayOfWeek.Wednesday, 9, 30, 12, 0), ClockTestKit.Window(IsoDayOfWeek.Wednesday, 13, 0, 17, 45)], name: "shifts");
        var clock = new SlaClock(ClockTestKit.Policy(true, calendar));

        Check(Inputs(maxSpanDays: 30, maxGoalHours: 200), x =>
        {
            var (start, shift, goal) = x;
            var target = GoalTarget.BusinessTime(goal, "shifts");
            var due = clock.DueAt(start, target);
            clock.DueAt(start + shift, target).Should().BeGreaterThanOrEqualTo(due);
            clock.DueAt(start, GoalTarget.BusinessTime(goal + shift, "shifts")).Should().BeGreaterThanOrEqualTo(due);
        });
    }

    /// <summary>
    /// A start anywhere from 1990 to 2050 to the nanosecond (one in five within 3 ns of an engine chunk
    /// boundary, k · 2^49 ticks), a span and a goal, both to the nanosecond.
    /// </summary>
    private static Arbitrary<(Instant Start, Duration Span, Duration Goal)> Inputs(int maxSpanDays, int maxGoalHours = 24 * 366)
    {
        var origin = Instant.FromUtc(1990, 1, 1, 0, 0);
        var start = Gen.Frequency(
            (4, Nanoseconds(60L * 365 * 24 * 3600 * 1_000_000_000).Select(ns => origin + Duration.FromNanoseconds(ns))),
            (1, from k in Gen.Choose(12, 45)
                from ns in Gen.Choose(-3, 3)
                select Instant.FromUnixTimeTicks((long)k << 49) + Duration.FromNanoseconds(ns)));
        var span = Nanoseconds(maxSpanDays * 24L * 3600 * 1_000_000_000).Select(Duration.FromNanoseconds);
        var goal = Gen.Frequency(
            (1, Gen.Constant(Duration.Zero)),
            (4, Nanoseconds(maxGoalHours * 3600L * 1_000_000_000).Select(Duration.FromNanoseconds)),
            (2, Gen.Choose(1, maxGoalHours).Select(h => Duration.FromHours(h))));
        return Arb.From(
            from s in start
            from d in span
            from g in goal
            select (s, d, g));
    }

    private static Gen<long> Nanoseconds(long max) =>
        from high in Gen.Choose(0, (int)Math.Min(int.MaxValue, max >> 31))
        from low in Gen.Choose(0, int.MaxValue)
        select Math.Min(max, (high * (1L << 31)) + low);

    private static void Check<T>(Arbitrary<T> inputs, Action<T> assertion) =>
        Prop.ForAll(inputs, assertion).Check(Config.QuickThrowOnFailure.WithMaxTest(CasesPerZone).WithQuietOnSuccess(true));
}
