using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// In the twelve hard zones the engine agrees with the independent <see cref="ReferenceClock"/> over
/// <see cref="ReferenceCalendar"/> on random calendars built from every construct documents allow:
/// due instants with pauses, SLA time over a span, and the laws <c>Elapsed(t, Due(t, d)) == d</c> and
/// monotonicity in the start and the goal.
/// </summary>
/// <remarks>
/// CI checks <see cref="DefaultCases"/> cases in all. The long run is opt-in: set the environment
/// variable <c>ZENPUT_REFERENCE_CASES</c> to the total wanted, for example
/// <c>ZENPUT_REFERENCE_CASES=1000000 dotnet test --project tests/Zenput.SlaPolicy.Tests -- --filter-class '*SlaClockReferenceProperties'</c>.
/// A failure is shrunk (<see cref="ClockCase.Shrink"/>) and reported with FsCheck's seed to replay it.
/// </remarks>
public sealed class SlaClockReferenceProperties
{
    /// <summary>The number of cases CI checks over all zones.</summary>
    public const int DefaultCases = 10_800;

    private static readonly Duration LongestWalk = Duration.FromDays(60);

    public static TheoryData<string, int[]> Zones() => new()
    {
        { "America/Los_Angeles", [2026] },
        { "Europe/London", [2025, 2026] },
        { "Australia/Lord_Howe", [2026] },
        { "Pacific/Chatham", [2026] },
        { "Asia/Kathmandu", [1985, 2026] },
        { "Africa/Casablanca", [2026] },
        { "America/Santiago", [2026] },
        { "America/Havana", [2026, 2027] },
        { "Africa/Cairo", [2026] },
        { "Pacific/Apia", [2011] },
        { "Asia/Kolkata", [1945, 2026] },
        { "UTC", [2025, 2027] },
    };

    [Theory]
    [MemberData(nameof(Zones))]
    public void Engine_agrees_with_the_reference_on_due_instants_and_working_time(string zoneId, int[] years) =>
        Prop.ForAll(ClockCase.In(zoneId, years), AgreesWithTheReference)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(CasesPerZone()).WithQuietOnSuccess(true));

    private static void AgreesWithTheReference(ClockCase c)
    {
        var calendar = c.Calendar();
        // Validation has tests of its own; skipping it keeps ten thousand cases cheap.
        var maintenance = c.StopsForMaintenance ? ZenputSla.MaintenanceSchedule : null;
        var clock = new SlaClock(calendar, maintenance, validate: false);
        var reference = new ReferenceCalendar(calendar);
        if (!reference.WholeMinutesAround(c.Start))
        {
            throw new InvalidOperationException($"The zone {c.ZoneId} changes its clocks off the minute near {c.Start}; the reference cannot judge this case.");
        }

        var referenceClock = new ReferenceClock(reference.IsWorkingAt, maintenance, LongestWalk);
        var goal = GoalTarget.BusinessTime(c.Goal, ClockCase.CalendarName);

        // Due instants with pauses, and what an open-ended pause does.
        var expected = referenceClock.Due(c.Start, c.Goal, c.Pauses);
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

        // Working time over a span, with the same pauses.
        clock.Elapsed(c.Start, c.End, goal, c.Pauses).Should().Be(referenceClock.Elapsed(c.Start, c.End, c.Pauses));

        // Laws: what is due is exactly the goal, and due never moves back when the start or the goal grows.
        var due = clock.DueAt(c.Start, goal);
        clock.Elapsed(c.Start, due, goal).Should().Be(c.Goal);
        clock.DueAt(c.LaterStart, goal).Should().BeGreaterThanOrEqualTo(due);
        var other = clock.DueAt(c.Start, GoalTarget.BusinessTime(c.OtherGoal, ClockCase.CalendarName));
        if (c.OtherGoal >= c.Goal)
        {
            other.Should().BeGreaterThanOrEqualTo(due);
        }
        else
        {
            other.Should().BeLessThanOrEqualTo(due);
        }
    }

    private static int CasesPerZone()
    {
        var total = Environment.GetEnvironmentVariable("ZENPUT_REFERENCE_CASES") is { Length: > 0 } text
            ? int.Parse(text, CultureInfo.InvariantCulture)
            : DefaultCases;
        return (total + 11) / 12;
    }
}
