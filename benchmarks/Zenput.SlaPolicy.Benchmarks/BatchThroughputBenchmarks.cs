using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Benchmarks;

/// <summary>
/// Throughput of the batch contract (<c>zenput-sla due --input</c>): the streaming processor against a
/// straightforward implementation that parses each line into a <see cref="JsonNode"/> and builds a
/// <see cref="JsonObject"/> for the answer, and against the same contract written with a source-generated
/// System.Text.Json context (<see cref="SourceGeneratedJsonBatch"/>); setup checks that both baselines write the
/// same bytes as the fast path. All compute due times with the same <see cref="SlaClock"/>.
/// Per-operation times are per line (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class BatchThroughputBenchmarks
{
    private const int Lines = 100_000;
    private byte[] _input = [];
    private DueBatchProcessor _processor = null!;
    private SlaClock _clock = null!;

    [GlobalSetup]
    public void Setup()
    {
        var policy = ZenputSla.Default;
        _processor = new DueBatchProcessor(policy);
        _clock = new SlaClock(policy);
        _input = CreateInput(Lines);

        // The baselines implement the same contract: the same input must give the same bytes.
        var fast = Output(o => _processor.Run(new MemoryStream(_input), o));
        RequireSameOutput("source-generated", fast, Output(o => SourceGeneratedJsonBatch.Run(_clock, ZenputSla.Default, new MemoryStream(_input), o)));
        RequireSameOutput("JsonNode", fast, Output(o => NaiveJsonNodeBatch.Run(_clock, ZenputSla.Default, new MemoryStream(_input), o)));
    }

    private static void RequireSameOutput(string baseline, byte[] fast, byte[] output)
    {
        if (!fast.AsSpan().SequenceEqual(output))
        {
            var at = fast.AsSpan().CommonPrefixLength(output);
            throw new InvalidOperationException($"The {baseline} baseline's output differs from the fast path's at byte {at}: "
                + $"'{Encoding.UTF8.GetString(output, at, Math.Min(80, output.Length - at))}' against '{Encoding.UTF8.GetString(fast, at, Math.Min(80, fast.Length - at))}'.");
        }
    }

    private static byte[] Output(Action<Stream> run)
    {
        using var output = new MemoryStream();
        run(output);
        return output.ToArray();
    }

    /// <summary>Creates <paramref name="count"/> realistic ticket lines: all severities, offsets, some pauses.</summary>
    public static byte[] CreateInput(int count)
    {
        var random = new Random(42);
        var builder = new StringBuilder(count * 110);
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        string[] severities = ["critical", "major", "minor", "1", "2", "3"];
        for (var i = 0; i < count; i++)
        {
            var reported = start + Duration.FromMinutes(random.Next(0, 5_000_000));
            var offset = Offset.FromHours(random.Next(-10, 11));
            var severity = severities[random.Next(severities.Length)];
            var severityJson = char.IsDigit(severity[0]) ? severity : $"\"{severity}\"";
            builder.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"T-{i}\",\"severity\":{severityJson},\"reportedAt\":\"{OffsetDateTimePattern.ExtendedIso.Format(reported.WithOffset(offset))}\"");
            if (i % 10 == 0)
            {
                var pauseStart = reported + Duration.FromMinutes(10);
                builder.Append(CultureInfo.InvariantCulture, $",\"pauses\":[{{\"start\":\"{InstantPattern.ExtendedIso.Format(pauseStart)}\",\"end\":\"{InstantPattern.ExtendedIso.Format(pauseStart + Duration.FromMinutes(30))}\"}}]");
            }

            builder.Append("}\n");
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lines, Description = "JsonNode per line (baseline)")]
    public long JsonNodePerLine() => NaiveJsonNodeBatch.Run(_clock, ZenputSla.Default, new MemoryStream(_input), Stream.Null);

    [Benchmark(OperationsPerInvoke = Lines, Description = "Source-generated System.Text.Json")]
    public long SourceGeneratedPerLine() => SourceGeneratedJsonBatch.Run(_clock, ZenputSla.Default, new MemoryStream(_input), Stream.Null);

    [Benchmark(OperationsPerInvoke = Lines, Description = "DueBatchProcessor (streaming)")]
    public long StreamingProcessor() => _processor.Run(new MemoryStream(_input), Stream.Null).Lines;
}
