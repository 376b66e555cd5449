using System.Linq;
using BenchmarkDotNet.Running;

namespace Zenput.Sla.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release -- --filter '*'</c>.</summary>
internal static class Program
{
    // A benchmark that fails to build, validate or run makes the exit code 1, so that CI's dry run of
    // every class (.ci/run) fails on a broken benchmark without timing anything.
    private static int Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args)
            .Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}
