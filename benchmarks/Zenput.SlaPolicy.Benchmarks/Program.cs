using BenchmarkDotNet.Running;

namespace Zenput.Sla.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release -- --filter '*'</c>.</summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        // "generate-evaluate-lines N" writes the evaluate throughput input to standard output, for end-to-end runs of the tool.
        if (args is ["generate-evaluate-lines", var count])
        {
            using var output = new System.IO.StreamWriter(System.Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
            Evaluation.EvaluateThroughputBenchmarks.WriteInput(output, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
