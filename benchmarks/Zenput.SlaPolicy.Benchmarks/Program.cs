using BenchmarkDotNet.Running;

namespace Zenput.Sla.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release -- --filter '*'</c>.</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
