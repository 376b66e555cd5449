using System;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli.Evaluate;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Benchmarks.Evaluation;

/// <summary>
/// Throughput of <c>zenput-sla evaluate --input</c>: the streaming processor (with and without the audit
/// trail) against a straightforward implementation of the same contract (<see cref="NaiveJsonNodeEvaluate"/>:
/// a line as a string, <c>JsonNode</c> in, a timeline built with LINQ, <c>JsonObject</c> out) over the same
/// 100,000 ticket histories in memory, written to <see cref="Stream.Null"/>. Times are per line.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CpuTimeConfig))]
public class EvaluateThroughputBenchmarks
{
    private const int Lines = 100_000;
    private static readonly Instant Now = Instant.FromUtc(2027, 1, 1, 0, 0);

    private byte[] _input = [];
    private EvaluateBatchProcessor _withoutAudit = null!;
    private EvaluateBatchProcessor _withAudit = null!;
    private EvaluateBatchProcessor _parallel = null!;
    private TicketEvaluator _evaluator = null!;

    [GlobalSetup]
    public void Setup()
    {
        _input = CreateInput(Lines);
        _withoutAudit = new EvaluateBatchProcessor(ZenputSla.Default, Now, audit: false);
        _withAudit = new EvaluateBatchProcessor(ZenputSla.Default, Now, audit: true);
        _parallel = new EvaluateBatchProcessor(ZenputSla.Default, Now, audit: false, Environment.ProcessorCount);
        _evaluator = new TicketEvaluator(ZenputSla.Default);
        var parallelOutput = new MemoryStream();
        var sequentialOutput = new MemoryStream();
        _parallel.Run(new MemoryStream(_input), parallelOutput);
        _withoutAudit.Run(new MemoryStream(_input), sequentialOutput);
        if (!parallelOutput.ToArray().AsSpan().SequenceEqual(sequentialOutput.ToArray()))
        {
            throw new InvalidOperationException("The parallel run's output differs from the one-thread run's.");
        }

        var failed = _withoutAudit.Run(new MemoryStream(_input), Stream.Null).Failed + NaiveJsonNodeEvaluate.Failed(_evaluator, new MemoryStream(_input), Stream.Null);
        if (failed != 0)
        {
            throw new InvalidOperationException($"{failed} generated lines failed.");
        }
    }

    /// <summary>
    /// Creates <paramref name="count"/> ticket histories as an integrator's export would hold them: Level 1
    /// and 2 by name and rank, offsets from −10 to +10 hours, about ten events each (created, assigned,
    /// updates, fix started and applied, notified, resolved; a pause in one in four; a severity change in
    /// one in twenty), most evaluated at their own <c>now</c>.
    /// </summary>
    public static byte[] CreateInput(int count)
    {
        var text = new StringWriter(new StringBuilder(count * 700), CultureInfo.InvariantCulture);
        WriteInput(text, count);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Writes the lines of <see cref="CreateInput"/> to <paramref name="text"/> as they are made, for inputs too large to hold.</summary>
    public static void WriteInput(TextWriter text, int count)
    {
        var random = new Random(42);
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        string[] severities = ["\"critical\"", "\"major\"", "1", "2"];
        for (var i = 0; i < count; i++)
        {
            var reported = start + Duration.FromMinutes(random.Next(0, 400_000));
            var offset = Offset.FromHours(random.Next(-10, 11));
            var at = reported;
            string Next(int maxMinutes)
            {
                at += Duration.FromMinutes(random.Next(1, maxMinutes));
                return OffsetDateTimePattern.ExtendedIso.Format(at.WithOffset(offset));
            }

            text.Write($"{{\"id\":\"T-{i}\",\"severity\":{severities[random.Next(severities.Length)]},\"reportedAt\":\"{OffsetDateTimePattern.ExtendedIso.Format(reported.WithOffset(offset))}\",\"events\":[");
            text.Write($"{{\"type\":\"ticketCreated\",\"at\":\"{Next(20)}\"}},{{\"type\":\"engineerAssigned\",\"at\":\"{Next(120)}\"}}");
            if (i % 4 == 0)
            {
                text.Write($",{{\"type\":\"paused\",\"at\":\"{Next(30)}\",\"reason\":\"waiting on customer\"}},{{\"type\":\"resumed\",\"at\":\"{Next(90)}\"}}");
            }

            if (i % 20 == 0)
            {
                text.Write($",{{\"type\":\"severityChanged\",\"at\":\"{Next(30)}\",\"severity\":\"critical\"}}");
            }

            text.Write($",{{\"type\":\"statusUpdate\",\"at\":\"{Next(150)}\"}},{{\"type\":\"fixStarted\",\"at\":\"{Next(30)}\"}},{{\"type\":\"statusUpdate\",\"at\":\"{Next(150)}\"}}");
            text.Write($",{{\"type\":\"fixApplied\",\"at\":\"{Next(240)}\"}},{{\"type\":\"usersNotified\",\"at\":\"{Next(30)}\"}},{{\"type\":\"resolved\",\"at\":\"{Next(60)}\"}}]");
            if (i % 10 != 0)
            {
                text.Write($",\"now\":\"{InstantPattern.ExtendedIso.Format(at + Duration.FromHours(random.Next(0, 48)))}\"");
            }

            text.Write("}\n");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lines, Description = "JsonNode per line (baseline)")]
    public long Straightforward() => NaiveJsonNodeEvaluate.Run(_evaluator, new MemoryStream(_input), Stream.Null);

    [Benchmark(OperationsPerInvoke = Lines, Description = "EvaluateBatchProcessor, --audit false")]
    public long Streaming() => _withoutAudit.Run(new MemoryStream(_input), Stream.Null).Lines;

    [Benchmark(OperationsPerInvoke = Lines, Description = "EvaluateBatchProcessor, with audit")]
    public long StreamingWithAudit() => _withAudit.Run(new MemoryStream(_input), Stream.Null).Lines;

    [Benchmark(OperationsPerInvoke = Lines, Description = "EvaluateBatchProcessor, --audit false, --parallel (one thread per processor)")]
    public long StreamingParallel() => _parallel.Run(new MemoryStream(_input), Stream.Null).Lines;
}
