using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Benchmarks.Clock;

/// <summary>
/// Compiling ten years of the benchmark calendar (Mon–Fri 09:00–17:00 Los Angeles, ten holidays a
/// year, weekly maintenance cut out): the time it takes, and every byte allocated while doing it
/// (an upper bound on what stays compiled). Setup also prints the bytes the compiled chunks hold.
/// </summary>
/// <remarks>
/// Compiled calendars are shared by every clock made from the same calendar instance, so each run
/// makes a new calendar: a new clock over the same one would find it compiled already.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(BytesConfig))]
public class CompiledCalendarBenchmarks
{
    [GlobalSetup]
    public void Setup()
    {
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
    public SlaClock Compile_ten_years() => CompileTenYears();

    private static SlaClock CompileTenYears()
    {
        var clock = new SlaClock(BenchmarkCalendars.NineToFiveLosAngeles(), ZenputSla.MaintenanceSchedule);
        clock.Elapsed(BenchmarkCalendars.TenYearsFrom, BenchmarkCalendars.TenYearsTo);
        return clock;
    }
}
