using BenchmarkDotNet.Attributes;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Benchmarks;

/// <summary>
/// Maintenance-window queries on the built-in weekly schedule: what the SLA clock pays per ticket
/// when the clock stops during maintenance (a week's or a year's windows), and the point queries.
/// </summary>
[MemoryDiagnoser]
public class MaintenanceBenchmarks
{
    private static readonly MaintenanceSchedule Schedule = ZenputSla.MaintenanceSchedule;
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 3, 12, 0);

    [Benchmark(Baseline = true)]
    public int WindowsOverlapping_one_week() => Schedule.WindowsOverlapping(Start, Start + Duration.FromDays(7)).Count;

    [Benchmark]
    public int WindowsOverlapping_one_year() => Schedule.WindowsOverlapping(Start, Start + Duration.FromDays(365)).Count;

    [Benchmark]
    public Duration MaintenanceTimeWithin_one_year() => Schedule.MaintenanceTimeWithin(Start, Start + Duration.FromDays(365));

    [Benchmark]
    public bool IsUnderMaintenance() => Schedule.IsUnderMaintenance(Start);

    [Benchmark]
    public MaintenanceWindow? NextWindow() => Schedule.NextWindow(Start);
}
