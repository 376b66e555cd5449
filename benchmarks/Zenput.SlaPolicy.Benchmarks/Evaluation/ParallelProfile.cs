using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using NodaTime;
using Zenput.Sla.Cli.Evaluate;

namespace Zenput.Sla.Benchmarks.Evaluation;

/// <summary>
/// <c>profile-parallel ROUNDS THREADS CHUNK...</c>: wall and CPU time per line of <c>evaluate --input --audit false</c>
/// over the 100,000 lines of <see cref="EvaluateThroughputBenchmarks"/> in memory (three runs per measurement), for
/// each chunk size given (0 is the one-thread run), round after round so that a drift of the machine shows.
/// Run two of these at once with chunk 0 to see what two independent one-thread runs cost each other on this
/// machine's cores (shared caches and memory), which no pipeline can avoid. Not a benchmark (no baseline): a
/// profile, to tell where a parallel run's CPU goes.
/// </summary>
internal static class ParallelProfile
{
    public static int Run(int rounds, int threads, int[] chunkSizes)
    {
        var input = EvaluateThroughputBenchmarks.CreateInput(100_000);
        var now = Instant.FromUtc(2027, 1, 1, 0, 0);
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var size in chunkSizes)
            {
                var processor = size == 0
                    ? new EvaluateBatchProcessor(ZenputSla.Default, now, audit: false)
                    : new EvaluateBatchProcessor(ZenputSla.Default, now, audit: false, threads) { ChunkLines = size };
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                long lines = 0;
                for (var run = 0; run < 3; run++)
                {
                    lines += processor.Run(new MemoryStream(input), Stream.Null).Lines;
                }

                wall.Stop();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round} {(size == 0 ? "one thread      " : $"{threads} threads, chunk {size,3}")}: wall {wall.Elapsed.TotalMicroseconds / lines,6:F3} µs/line, CPU {cpu.TotalMicroseconds / lines,6:F3} µs/line"));
            }
        }

        return 0;
    }
}
