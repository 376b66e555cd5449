using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Running;
using Zenput.Sla.Benchmarks.Evaluation;

namespace Zenput.Sla.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release -- --filter '*'</c>.</summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        // `--write-lines FILE N`: N of the generated ticket lines the throughput benchmarks read (in blocks of
        // 100,000 with their ids made unique), for measuring the tool end to end (benchmarks/README.md).
        if (args is ["--write-lines", var path, var text] && int.TryParse(text, out var count))
        {
            WriteLines(path, count);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void WriteLines(string path, int count)
    {
        const int Block = 100_000;
        using var file = File.Create(path);
        for (var written = 0; written < count; written += Block)
        {
            var lines = Encoding.UTF8.GetString(EvaluateThroughputBenchmarks.CreateInput(Math.Min(Block, count - written)));
            file.Write(Encoding.UTF8.GetBytes(lines.Replace("\"id\":\"T-", $"\"id\":\"T{written / Block}-", StringComparison.Ordinal)));
        }
    }
}
