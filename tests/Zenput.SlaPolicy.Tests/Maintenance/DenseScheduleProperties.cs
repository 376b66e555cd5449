using System.Collections.Generic;
using System.Linq;
using FsCheck;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Tests.Clock;
using Zenput.Sla.Tests.Generators;
using Interval = NodaTime.Interval;

namespace Zenput.Sla.Tests.Maintenance;

/// <summary>
/// The path a compiling chunk takes to a schedule's windows (each rule's occurrences stepped by date
/// arithmetic, local times resolved through a remembered zone interval, no merge), and the smaller
/// chunks a schedule of many rules gets, against the day-by-day reference of
/// <see cref="MaintenanceProperties"/>: the same windows, and a 24×7 clock that stops during them
/// measures exactly the time their union leaves.
/// </summary>
public sealed class DenseScheduleProperties
{
    /// <summary>The random schedules of <see cref="MaintenanceProperties"/>, some with hundreds of short weekly rules added.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Drawn<(MaintenanceSchedule Schedule, Instant From, Instant To)>> Cases() =>
        Choices.Arbitrary(Dense, c => MaintenanceProperties.Describe(c.Schedule, c.From, c.To));

    private static (MaintenanceSchedule Schedule, Instant From, Instant To) Dense(Choices random)
    {
        var (schedule, from, to) = MaintenanceProperties.Case(random);

        // 600 rules make chunks of about 40 days, so a range of up to 90 days crosses their edges.
        var extra = new[] { 0, 60, 600 }[random.Next(3)];
        var rules = schedule.Recurrences.Concat(Enumerable.Range(0, extra).Select(i => new MaintenanceRecurrence(
            $"d{i}", "Dense", RecurrencePattern.Weekly, (IsoDayOfWeek)random.Next(1, 8), null,
            new LocalTime(random.Next(0, 24), random.Next(0, 60)), Duration.FromMinutes(random.Next(1, 12)), null, null))).ToList();
        return (new MaintenanceSchedule(schedule.Zone, rules, schedule.OneOffs, schedule.Cancellations, schedule.Moves), from, to);
    }

    [ScaledProperty(10_000, Arbitrary = [typeof(DenseScheduleProperties)])]
    public void A_chunk_collects_exactly_the_spans_of_the_day_by_day_reference_windows(Drawn<(MaintenanceSchedule Schedule, Instant From, Instant To)> drawn)
    {
        var (schedule, from, to) = drawn.Value;
        var spans = new List<(Instant, Instant)>();

        schedule.Expansion.CollectSpans(from, to, (start, end) => spans.Add((start, end)));

        // Compared as sorted lists: the chunk sorts them itself (and equivalence of thousands of items is quadratic).
        spans.Order().Should().Equal(
            MaintenanceProperties.DayByDayReference(schedule, from, to).Select(w => (w.Item4, w.Item5)).Order());
    }

    [ScaledProperty(10_000, Arbitrary = [typeof(DenseScheduleProperties)])]
    public void A_24x7_clock_stopped_by_a_dense_schedule_counts_exactly_the_time_outside_the_reference_windows(Drawn<(MaintenanceSchedule Schedule, Instant From, Instant To)> drawn)
    {
        var (schedule, from, to) = drawn.Value;
        var free = FreePieces(MaintenanceProperties.DayByDayReference(schedule, from, to).Select(w => new Interval(w.Item4, w.Item5)).ToList(), from, to);
        var clock = new SlaClock(ClockTestKit.UncheckedPolicy(schedule, [], []));
        var stopping = GoalTarget.Elapsed(Duration.FromHours(1)) with { ClockStopsDuringMaintenance = true };

        var expected = free.Aggregate(Duration.Zero, (sum, piece) => sum + piece.Duration);
        clock.Elapsed(from, to, stopping).Should().Be(expected);

        // Due half-way through the free time: where the reference's pieces reach that much.
        if (expected > Duration.Zero)
        {
            var goal = Duration.FromNanoseconds(expected.ToInt64Nanoseconds() / 2) + Duration.Epsilon;
            var remaining = goal;
            var due = Instant.MinValue;
            foreach (var piece in free)
            {
                if (remaining <= piece.Duration)
                {
                    due = piece.Start + remaining;
                    break;
                }

                remaining -= piece.Duration;
            }

            clock.DueAt(from, GoalTarget.Elapsed(goal) with { ClockStopsDuringMaintenance = true }).Should().Be(due);
        }
    }

    /// <summary>
    /// The pieces of <c>[from, to)</c> no window covers, cut at every window edge: nothing merged. A
    /// piece is covered when more windows have started than ended by its start (a count over the edges).
    /// </summary>
    private static List<Interval> FreePieces(List<Interval> windows, Instant from, Instant to)
    {
        var edges = windows.Select(w => (At: w.Start, Change: 1)).Concat(windows.Select(w => (At: w.End, Change: -1))).ToList();
        var cuts = edges.Select(e => e.At).Append(from).Append(to).Where(t => t >= from && t <= to).Distinct().Order().ToList();
        var changes = edges.GroupBy(e => e.At).ToDictionary(g => g.Key, g => g.Sum(e => e.Change));
        var open = edges.Where(e => e.At < cuts[0]).Sum(e => e.Change);
        var free = new List<Interval>();
        foreach (var (start, end) in cuts.Zip(cuts.Skip(1)))
        {
            open += changes.GetValueOrDefault(start);
            if (open == 0)
            {
                free.Add(new Interval(start, end));
            }
        }

        return free;
    }
}
