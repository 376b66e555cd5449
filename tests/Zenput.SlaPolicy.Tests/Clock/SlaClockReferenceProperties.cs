using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// Property tests: in every zone the issue lists, the engine's due instants and elapsed SLA time equal
/// those of the minute-stepping <see cref="SteppingReference"/> on random calendars, starts, goals and
/// pauses; and the laws <c>Elapsed(t, Due(t, d)) == d</c> and monotonicity hold.
/// </summary>
public sealed class SlaClockReferenceProperties
{
    private const int CasesPerZone = 30;

    public static TheoryData<string, int[]> Zones() => new()
    {
        { "America/Los_Angeles", [2026] },
        { "Europe/London", [2026] },
        { "Australia/Lord_Howe", [2026] },
        { "Pacific/Chatham", [2026] },
        { "Asia/Kathmandu", [1985, 2026] },
        { "Africa/Casablanca", [2026] },
        { "America/Santiago", [2026] },
        { "America/Havana", [2026] },
        { "Africa/Cairo", [2026] },
        { "Pacific/Apia", [2011] },
        { "Asia/Kolkata", [1945, 2026] },
        { "UTC", [2026] },
    };

    [Theory]
    [MemberData(nameof(Zones))]
    public void Due_instant_equals_the_stepping_reference(string zoneId, int[] years) =>
        Check(zoneId, years, c =>
        {
            var (clock, reference, goal) = Build(c);
            var expected = reference.Due(c.Start, c.Goal, c.Pauses);
            if (expected is null)
            {
                var act = () => clock.DueAt(c.Start, goal, c.Pauses);
                act.Should().Throw<SlaClockException>().Where(e => e.Failure == SlaClockFailure.ClockStoppedIndefinitely);
                clock.Status(c.Start, goal, c.End, c.Pauses).DueAt.Should().BeNull();
            }
            else
            {
                clock.DueAt(c.Start, goal, c.Pauses).Should().Be(expected.Value);
            }
        });

    [Theory]
    [MemberData(nameof(Zones))]
    public void Elapsed_time_equals_the_stepping_reference(string zoneId, int[] years) =>
        Check(zoneId, years, c =>
        {
            var (clock, reference, goal) = Build(c);
            clock.Elapsed(c.Start, c.End, goal, c.Pauses).Should().Be(reference.Elapsed(c.Start, c.End, c.Pauses));
        });

    [Theory]
    [MemberData(nameof(Zones))]
    public void Elapsed_up_to_the_due_instant_is_the_goal_and_due_is_monotonic(string zoneId, int[] years) =>
        Check(zoneId, years, c =>
        {
            var (clock, _, goal) = Build(c);
            var other = GoalTarget.BusinessTime(c.OtherGoal, ClockCase.CalendarName);
            var due = clock.DueAt(c.Start, goal);

            clock.Elapsed(c.Start, due, goal).Should().Be(c.Goal);
            clock.DueAt(c.LaterStart, goal).Should().BeGreaterThanOrEqualTo(due);
            if (c.OtherGoal >= c.Goal)
            {
                clock.DueAt(c.Start, other).Should().BeGreaterThanOrEqualTo(due);
            }
            else
            {
                clock.DueAt(c.Start, other).Should().BeLessThanOrEqualTo(due);
            }

            if (!c.Pauses.Any(p => !p.HasEnd))
            {
                var pausedDue = clock.DueAt(c.Start, goal, c.Pauses);
                clock.Elapsed(c.Start, pausedDue, goal, c.Pauses).Should().Be(c.Goal);
                pausedDue.Should().BeGreaterThanOrEqualTo(due);
                clock.DueAt(c.LaterStart, goal, c.Pauses).Should().BeGreaterThanOrEqualTo(pausedDue);
            }
        });

    private static (SlaClock Clock, SteppingReference Reference, GoalTarget Goal) Build(ClockCase c)
    {
        var calendar = c.Calendar();
        var policy = ClockTestKit.Policy(c.StopsForMaintenance, calendar);
        var reference = new SteppingReference(calendar, c.StopsForMaintenance ? policy.Maintenance : null);
        return (new SlaClock(policy), reference, GoalTarget.BusinessTime(c.Goal, ClockCase.CalendarName));
    }

    private static void Check(string zoneId, int[] years, Action<ClockCase> assertion) =>
        Prop.ForAll(ClockCase.In(zoneId, years), assertion)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(CasesPerZone).WithQuietOnSuccess(true));
}
