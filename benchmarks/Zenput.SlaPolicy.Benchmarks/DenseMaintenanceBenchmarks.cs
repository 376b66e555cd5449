using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Engine;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Benchmarks;

/// <summary>
/// Issue 15, finding 2: a clock that stops during maintenance, over 5,000 weekly half-hour rules (the
/// hostile test's policy). The baseline is the path a chunk used to take to its windows: list every
/// window of 651 days as a record, in order (a merge through a priority queue), then sort and merge
/// their spans; against it, the path it takes now for the same days, and whole first calls on a
/// fresh schedule (nothing compiled) for a one-day goal, with the built-in one-rule schedule beside it.
/// </summary>
[MemoryDiagnoser]
public class DenseMaintenanceBenchmarks
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);
    private static readonly Instant ChunkEnd = Start + Duration.FromDays(651);
    private static readonly GoalTarget OneDay = GoalTarget.Elapsed(Duration.FromHours(24)) with { ClockStopsDuringMaintenance = true };

    private MaintenanceSchedule _dense = null!;
    private List<MaintenanceRecurrence> _rules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = [.. Enumerable.Range(0, 5000).Select(i => new MaintenanceRecurrence(
            $"r{i}", $"Rule {i}", RecurrencePattern.Weekly, (IsoDayOfWeek)((i % 7) + 1), null,
            new LocalTime(i / 7 % 23, i * 7 % 60), Duration.FromMinutes(30), null, null))];
        _dense = new MaintenanceSchedule(ZenputSla.MaintenanceSchedule.Zone, _rules);

        // Both paths must find the same maintenance time, or the comparison means nothing.
        var listed = ListedSpans();
        var collected = CollectedSpans();
        if (!listed.SequenceEqual(collected))
        {
            throw new System.InvalidOperationException($"The chunk path found {collected.Count} merged spans, the listing {listed.Count}.");
        }
    }

    [Benchmark(Baseline = true, Description = "651 days of 5,000 rules: listed windows (old chunk path)")]
    public int Listed() => ListedSpans().Count;

    [Benchmark(Description = "651 days of 5,000 rules: collected spans (chunk path)")]
    public int Collected() => CollectedSpans().Count;

    [Benchmark(Description = "First DueAt 24 h, 5,000 rules, clock stops")]
    public Instant FirstDueDense() => new SlaClock(Policy(new MaintenanceSchedule(_dense.Zone, _rules))).DueAt(Start, OneDay);

    [Benchmark(Description = "First DueAt 24 h, built-in rule, clock stops")]
    public Instant FirstDueBuiltIn() => new SlaClock(Policy(new MaintenanceSchedule(_dense.Zone, ZenputSla.MaintenanceSchedule.Recurrences))).DueAt(Start, OneDay);

    private static SlaPolicy Policy(MaintenanceSchedule maintenance)
    {
        var zenput = ZenputSla.Default;
        return new SlaPolicy(zenput.Name, zenput.Description, zenput.SupportZone, zenput.Tiers, zenput.ResponseSatisfiedBy, [], maintenance, true, []);
    }

    private List<InstantSpan> ListedSpans()
    {
        var spans = _dense.WindowsOverlapping(Start, ChunkEnd).Select(w => new InstantSpan(w.Start, w.End)).ToList();
        SpanSets.SortAndMerge(spans);
        return spans;
    }

    private List<InstantSpan> CollectedSpans()
    {
        var spans = new List<InstantSpan>();
        _dense.Expansion.CollectSpans(Start, ChunkEnd, (start, end) => spans.Add(new InstantSpan(start, end)));
        SpanSets.SortAndMerge(spans);
        return spans;
    }
}
