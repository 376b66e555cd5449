using System.Linq;
using BenchmarkDotNet.Running;

namespace Zenput.Sla.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release -- --filter '*'</c>.</summary>
internal static class Program
{
    // A benchmark that fails to build, validate or run makes the exit code 1, so that CI's dry run of
    // every class (.ci/run) fails on a broken benchmark without timing anything.
    private static int Main(string[] args)
    {
        // "generate-evaluate-lines N" writes the evaluate throughput input to standard output, for end-to-end runs of the tool.
        if (args is ["generate-evaluate-lines", var count])
        {
            using var output = new System.IO.StreamWriter(System.Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
            Evaluation.EvaluateThroughputBenchmarks.WriteInput(output, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }

        // "profile-evaluate FILE [PASSES]" times the stages of evaluate --input over FILE, pass by pass (see EvaluateStageProfile).
        if (args is ["profile-evaluate", var file, .. var rest])
        {
            return Evaluation.EvaluateStageProfile.Run(file, rest is [var passes] ? int.Parse(passes, System.Globalization.CultureInfo.InvariantCulture) : 3);
        }

        // "profile-parallel ROUNDS THREADS CHUNK..." times one-thread (chunk 0) and parallel runs per chunk size (see ParallelProfile).
        if (args is ["profile-parallel", var rounds, var threads, .. var chunks])
        {
            return Evaluation.ParallelProfile.Run(int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture), int.Parse(threads, System.Globalization.CultureInfo.InvariantCulture), System.Array.ConvertAll(chunks, c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)));
        }

        // "profile-report [PASSES]" times the parts of counting a ticket into a compliance report (see ReportStageProfile).
        if (args is ["profile-report", .. var reportRest])
        {
            return Reports.ReportStageProfile.Run(reportRest is [var reportPasses] ? int.Parse(reportPasses, System.Globalization.CultureInfo.InvariantCulture) : 2);
        }

        return BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args)
            .Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
