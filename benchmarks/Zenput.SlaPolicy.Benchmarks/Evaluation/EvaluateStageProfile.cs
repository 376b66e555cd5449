using System;
using System.Diagnostics;
using System.IO;
using NodaTime;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Cli.Evaluate;
using Zenput.Sla.Cli.Io;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Benchmarks.Evaluation;

/// <summary>
/// <c>profile-evaluate FILE [PASSES]</c>: where the CPU time of <c>zenput-sla evaluate --input FILE --audit false</c>
/// goes, stage by stage, in one fresh process: reading the lines, parsing them, evaluating, and the whole
/// batch as the tool runs it (file in, standard output's descriptor out), each pass over the whole file.
/// Prints, per stage and pass, the process's CPU time per line (every thread), the main thread's alone
/// (the rest is the GC's and the JIT's background threads), the bytes the main thread allocated per line and the garbage collections. Not a benchmark
/// (no baseline): a profile, to tell which stage to look at and whether the first pass (a fresh process,
/// as the tool always is) costs more than the later ones.
/// </summary>
internal static class EvaluateStageProfile
{
    private static readonly Instant Now = Instant.FromUtc(2027, 1, 1, 0, 0);

    public static int Run(string path, int passes)
    {
        var policy = ZenputSla.Default;
        var memory = EvaluateThroughputBenchmarks.CreateInput(100_000);
        Console.Error.WriteLine("stage                 pass  lines      CPU/line  main-thread/line  alloc/line  gen0  gen1  gen2  wall/line");
        for (var pass = 1; pass <= passes; pass++)
        {
            Measure("read lines", pass, () =>
            {
                using var input = File.OpenRead(path);
                var reader = new BatchLineReader(input, JsonLinesBatch.MaxLineBytes);
                long lines = 0;
                while (reader.TryReadLine(out _, out _))
                {
                    lines++;
                }

                return lines;
            });
            Measure("read + tokenize", pass, () =>
            {
                // Utf8JsonReader alone, every token read and nothing done with it: the floor of parsing with it.
                using var input = File.OpenRead(path);
                var reader = new BatchLineReader(input, JsonLinesBatch.MaxLineBytes);
                long lines = 0;
                while (reader.TryReadLine(out var text, out _))
                {
                    var json = new System.Text.Json.Utf8JsonReader(text);
                    while (json.Read())
                    {
                    }

                    lines++;
                }

                return lines;
            });
            Measure("read + parse", pass, () =>
            {
                using var input = File.OpenRead(path);
                var reader = new BatchLineReader(input, JsonLinesBatch.MaxLineBytes);
                var line = new EvaluateLine(policy);
                long lines = 0;
                while (reader.TryReadLine(out var text, out _))
                {
                    lines += line.Parse(text) is null ? 1 : 0;
                }

                return lines;
            });
            Measure("read + parse + eval", pass, () =>
            {
                using var input = File.OpenRead(path);
                var reader = new BatchLineReader(input, JsonLinesBatch.MaxLineBytes);
                var line = new EvaluateLine(policy);
                var evaluator = new TicketEvaluator(policy);
                long lines = 0;
                while (reader.TryReadLine(out var text, out _))
                {
                    if (line.Parse(text) is null && evaluator.TryEvaluate(line.Timeline!, line.Now ?? Now, out _, out _))
                    {
                        lines++;
                    }
                }

                return lines;
            });
            Measure("parse + eval + format", pass, () =>
            {
                // The answer built in memory and not written: the batch's cost less its streams and checks.
                using var input = File.OpenRead(path);
                var reader = new BatchLineReader(input, JsonLinesBatch.MaxLineBytes);
                var line = new EvaluateLine(policy);
                var evaluator = new TicketEvaluator(policy);
                var json = new EvaluationJson(policy);
                var builder = new JsonLineBuilder();
                long lines = 0;
                while (reader.TryReadLine(out var text, out _))
                {
                    if (line.Parse(text) is null && evaluator.TryEvaluate(line.Timeline!, line.Now ?? Now, out var evaluation, out _))
                    {
                        json.Write(builder, line.IdJson, evaluation, audit: false);
                        lines++;
                    }
                }

                return lines;
            });
            Measure("batch, memory to null", pass, () =>
            {
                var processor = new EvaluateBatchProcessor(policy, Now, audit: false);
                long lines = 0;
                for (var copy = 0; copy < 10; copy++)
                {
                    lines += processor.Run(new MemoryStream(memory), Stream.Null).Lines;
                }

                return lines;
            });
            Measure("batch, file to null", pass, () =>
            {
                using var input = new GuardedInputStream(File.OpenRead(path), path);
                return new EvaluateBatchProcessor(policy, Now, audit: false).Run(input, Stream.Null).Lines;
            });
            Measure("whole batch (fd 1)", pass, () =>
            {
                using var input = new GuardedInputStream(File.OpenRead(path), path);
                var output = new GuardedOutputStream(StandardStreams.Open(1));
                return new EvaluateBatchProcessor(policy, Now, audit: false).Run(input, output).Lines;
            });
        }

        return 0;
    }

    private static void Measure(string stage, int pass, Func<long> run)
    {
        var gcs = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var process = Cpu(CpuTimeDiagnoser.ClockProcessCpuTimeId);
        var thread = Cpu(CpuTimeDiagnoser.ClockThreadCpuTimeId);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        var lines = run();
        wall.Stop();
        var processCpu = Cpu(CpuTimeDiagnoser.ClockProcessCpuTimeId) - process;
        var threadCpu = Cpu(CpuTimeDiagnoser.ClockThreadCpuTimeId) - thread;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.Error.WriteLine(FormattableString.Invariant(
            $"{stage,-21} {pass,4}  {lines,-9}  {processCpu / (double)lines,6:F0} ns  {threadCpu / (double)lines,9:F0} ns  {bytes / (double)lines,7:F0} B  {GC.CollectionCount(0) - gcs[0],10}  {GC.CollectionCount(1) - gcs[1],4}  {GC.CollectionCount(2) - gcs[2],4}  {wall.Elapsed.TotalNanoseconds / lines,8:F0} ns wall"));
    }

    private static long Cpu(int clock) =>
        CpuTimeDiagnoser.TryReadClock(clock, out var nanoseconds) ? nanoseconds : (long)Process.GetCurrentProcess().TotalProcessorTime.TotalNanoseconds;
}
