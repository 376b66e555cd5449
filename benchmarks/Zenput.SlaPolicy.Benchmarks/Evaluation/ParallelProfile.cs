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
/// each chunk size given (0 is the one-thread run; −1 is THREADS one-thread runs at once in this process, each with its
/// own processor and input, no pipeline between them), round after round so that a drift of the machine shows.
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
                if (size < 0)
                {
                    Independent(round, threads, input, now);
                    continue;
                }

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

    // Chunk -1: THREADS one-thread runs at once in this process, each with its own processor and input: what one process's
    // shared runtime (heap, collections, code) costs, with no pipeline between the threads.
    private static void Independent(int round, int threads, byte[] input, Instant now)
    {
        var processors = new EvaluateBatchProcessor[threads];
        for (var i = 0; i < threads; i++)
        {
            processors[i] = new EvaluateBatchProcessor(ZenputSla.Default, now, audit: false);
        }

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var counts = new long[threads];
        var workers = new System.Threading.Thread[threads];
        for (var i = 0; i < threads; i++)
        {
            var index = i;
            workers[i] = new System.Threading.Thread(() =>
            {
                for (var run = 0; run < 3; run++)
                {
                    counts[index] += processors[index].Run(new MemoryStream(input), Stream.Null).Lines;
                }
            });
            workers[i].Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        wall.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        long lines = 0;
        foreach (var count in counts)
        {
            lines += count;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round} {threads} independent    : wall {wall.Elapsed.TotalMicroseconds / lines,6:F3} µs/line, CPU {cpu.TotalMicroseconds / lines,6:F3} µs/line"));
    }
}
