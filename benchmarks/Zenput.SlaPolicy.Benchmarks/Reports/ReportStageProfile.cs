using System;
using System.Collections.Generic;
using System.Diagnostics;
using NodaTime;
using Zenput.Sla.Benchmarks.Evaluation;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Reports;

namespace Zenput.Sla.Benchmarks.Reports;

/// <summary>
/// <c>profile-report [PASSES]</c>: where the CPU time of counting a ticket into a <see cref="ComplianceAggregator"/>
/// goes, over the 100,000 generated histories of <see cref="EvaluateThroughputBenchmarks"/>: evaluation alone,
/// the support-zone day and hour, the maintenance lookup, and the whole <c>Add</c>. A profile, not a benchmark.
/// </summary>
internal static class ReportStageProfile
{
    private static readonly Instant AsOf = Instant.FromUtc(2027, 1, 1, 0, 0);

    public static int Run(int passes)
    {
        var policy = ZenputSla.Default;
        var timelines = ReportThroughputBenchmarks.ReadTimelines(EvaluateThroughputBenchmarks.CreateInput(100_000));
        var evaluator = new TicketEvaluator(policy);
        var evaluations = new List<TicketEvaluation>();
        foreach (var timeline in timelines)
        {
            evaluations.Add(evaluator.Evaluate(timeline, AsOf));
        }

        Console.Error.WriteLine("stage                         pass  CPU/ticket  gen0");
        for (var pass = 1; pass <= passes; pass++)
        {
            Measure("Evaluate", pass, timelines.Length, () =>
            {
                foreach (var timeline in timelines)
                {
                    _ = evaluator.Evaluate(timeline, AsOf);
                }
            });
            Measure("TryEvaluate", pass, timelines.Length, () =>
            {
                foreach (var timeline in timelines)
                {
                    _ = evaluator.TryEvaluate(timeline, AsOf, out _, out _);
                }
            });
            Measure("support-zone day and hour", pass, timelines.Length, () =>
            {
                var zone = new SupportZoneClock(policy.SupportZone);
                foreach (var timeline in timelines)
                {
                    zone.Local(timeline.ReportedAt, out _, out _);
                }
            });
            Measure("maintenance lookup", pass, timelines.Length, () =>
            {
                var maintenance = new MaintenanceLookup(policy.Maintenance);
                foreach (var timeline in timelines)
                {
                    _ = maintenance.IsUnderMaintenance(timeline.ReportedAt);
                }
            });
            Measure("Add(evaluation)", pass, timelines.Length, () =>
            {
                var aggregator = new ComplianceAggregator(evaluator, null, AsOf, null);
                foreach (var evaluation in evaluations)
                {
                    aggregator.Add(evaluation);
                }
            });
            Measure("Add(timeline)", pass, timelines.Length, () =>
            {
                var aggregator = new ComplianceAggregator(evaluator, null, AsOf, null);
                foreach (var timeline in timelines)
                {
                    aggregator.Add(timeline);
                }
            });
        }

        return 0;
    }

    private static void Measure(string stage, int pass, int count, Action run)
    {
        var gen0 = GC.CollectionCount(0);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < 5; i++)
        {
            run();
        }

        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.Error.WriteLine(FormattableString.Invariant($"{stage,-29} {pass,4}  {used.TotalNanoseconds / (5.0 * count),7:F0} ns  {GC.CollectionCount(0) - gen0,4}"));
    }
}
