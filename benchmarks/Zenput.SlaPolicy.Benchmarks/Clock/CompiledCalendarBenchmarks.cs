using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Benchmarks.Clock;

/// <summary>
/// Compiling ten years of the benchmark calendar (Mon–Fri 09:00–17:00 Los Angeles, ten holidays a
/// year, weekly maintenance cut out): the time it takes, and every byte allocated while doing it
/// (an upper bound on what stays compiled). Setup also prints the bytes the compiled chunks hold.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BytesConfig))]
public class CompiledCalendarBenchmarks
{
    private SlaPolicy _policy = null!;

    [GlobalSetup]
    public void Setup()
    {
        _policy = BenchmarkCalendars.Policy();
        var clock = CompileTenYears();
        var (chunks, bytes, intervals) = clock.CompiledSize(BenchmarkCalendars.Office);
        var retainedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var another = CompileTenYears();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - retainedBefore;
        GC.KeepAlive(another);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Compiled ten-year calendar: {chunks} chunks, {intervals} working intervals, {bytes:N0} bytes in chunk arrays; {retained:N0} bytes retained by a whole SlaClock after compiling ten years (GC.GetTotalMemory)."));
    }

    [Benchmark(Description = "Compile 10 years")]
    public Duration Compile_ten_years() => CompileTenYears().Elapsed(BenchmarkCalendars.TenYearsFrom, BenchmarkCalendars.TenYearsTo, GoalTarget.BusinessTime(Duration.FromHours(1), BenchmarkCalendars.Office));

    private SlaClock CompileTenYears()
    {
        var clock = new SlaClock(_policy);
        clock.Elapsed(BenchmarkCalendars.TenYearsFrom, BenchmarkCalendars.TenYearsTo, GoalTarget.BusinessTime(Duration.FromHours(1), BenchmarkCalendars.Office));
        return clock;
    }
}
