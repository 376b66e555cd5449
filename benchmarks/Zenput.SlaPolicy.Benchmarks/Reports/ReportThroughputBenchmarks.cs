using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Zenput.Sla.Benchmarks.Evaluation;
using Zenput.Sla.Cli.Evaluate;
using Zenput.Sla.Cli.Report;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Reports;

namespace Zenput.Sla.Benchmarks.Reports;

/// <summary>
/// Throughput of compliance reports over the 100,000 generated ticket histories of
/// <see cref="EvaluateThroughputBenchmarks"/>: evaluating each timeline alone (the baseline: the work a
/// report cannot avoid), the same plus counting it into a <see cref="ComplianceAggregator"/> (with and
/// without a what-if policy), and the whole of <c>zenput-sla report --format json</c> in-process (JSON
/// lines read, evaluated, counted, the summary written). Times are per timeline.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CpuTimeConfig))]
public class ReportThroughputBenchmarks
{
    private const int Timelines = 100_000;

    /// <summary>After every generated ticket, so each is evaluated against its whole history.</summary>
    private static readonly Instant AsOf = Instant.FromUtc(2027, 1, 1, 0, 0);

    private byte[] _input = [];
    private TicketTimeline[] _timelines = [];
    private TicketEvaluator _evaluator = null!;
    private TicketEvaluator _whatIfEvaluator = null!;
    private SlaPolicy _whatIf = null!;

    [GlobalSetup]
    public void Setup()
    {
        _input = EvaluateThroughputBenchmarks.CreateInput(Timelines);
        _timelines = ReadTimelines(_input);
        _evaluator = new TicketEvaluator(ZenputSla.Default);

        // The what-if of the README: Level 2 (Major) responded to within 3 hours instead of 4.
        var major = ZenputSla.Default.GetTier("major");
        _whatIf = SlaPolicyBuilder.From(ZenputSla.Default)
            .WithName("Level 2 at 3 hours")
            .ReplaceTier(new SeverityTier(major.Severity, GoalTarget.Elapsed(Duration.FromHours(3)), major.ResolutionProcess))
            .Build();
        _whatIfEvaluator = new TicketEvaluator(_whatIf);

        var aggregator = new ComplianceAggregator(_evaluator, _whatIfEvaluator, AsOf, null);
        foreach (var timeline in _timelines)
        {
            aggregator.Add(timeline);
        }

        if (aggregator.FailureCount != 0 || aggregator.Tickets != Timelines)
        {
            throw new InvalidOperationException($"{aggregator.FailureCount} of the generated timelines failed.");
        }
    }

    /// <summary>Parses the generated lines as the tool does, keeping the ids.</summary>
    internal static TicketTimeline[] ReadTimelines(byte[] input)
    {
        var line = new EvaluateLine(ZenputSla.Default) { KeepIds = true };
        var timelines = new List<TicketTimeline>(Timelines);
        var rest = input.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOf((byte)'\n');
            var text = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (line.Parse(text) is { } error)
            {
                throw new InvalidOperationException(error);
            }

            timelines.Add(line.Timeline!);
        }

        return [.. timelines];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Timelines, Description = "TicketEvaluator.Evaluate only (baseline)")]
    public long EvaluateOnly()
    {
        long met = 0;
        foreach (var timeline in _timelines)
        {
            met += _evaluator.Evaluate(timeline, AsOf).Status == EvaluationStatus.Met ? 1 : 0;
        }

        return met;
    }

    [Benchmark(OperationsPerInvoke = Timelines, Description = "ComplianceAggregator.Add + ToReport")]
    public long Aggregate()
    {
        var aggregator = new ComplianceAggregator(_evaluator, null, AsOf, null);
        foreach (var timeline in _timelines)
        {
            aggregator.Add(timeline);
        }

        return aggregator.ToReport().Tickets;
    }

    [Benchmark(OperationsPerInvoke = Timelines, Description = "ComplianceAggregator.Add + ToReport, with what-if")]
    public long AggregateWithWhatIf()
    {
        var aggregator = new ComplianceAggregator(_evaluator, _whatIfEvaluator, AsOf, null);
        foreach (var timeline in _timelines)
        {
            aggregator.Add(timeline);
        }

        return aggregator.ToReport().Tickets;
    }

    [Benchmark(OperationsPerInvoke = Timelines, Description = "report --format json in-process (JSON lines in)")]
    public long ReportCommandJson()
    {
        var processor = new ReportBatchProcessor(ZenputSla.Default, null, AsOf, ComplianceReportOptions.Default, csv: null);
        var summary = processor.Run(new MemoryStream(_input), progress: null);
        ComplianceReportJson.Write(processor.Aggregator.ToReport(), Stream.Null);
        return summary.Lines;
    }

    [Benchmark(OperationsPerInvoke = Timelines, Description = "report --format json in-process, --parallel (one thread per processor)")]
    public long ReportCommandJsonParallel()
    {
        // The tool's default: lines read and evaluated on one thread per processor, counted in input order.
        var processor = new ReportBatchProcessor(ZenputSla.Default, null, AsOf, ComplianceReportOptions.Default, csv: null, Environment.ProcessorCount);
        var summary = processor.Run(new MemoryStream(_input), progress: null);
        ComplianceReportJson.Write(processor.Aggregator.ToReport(), Stream.Null);
        return summary.Lines;
    }
}
