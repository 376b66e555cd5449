using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace Zenput.Sla.Benchmarks.Evaluation;

/// <summary>
/// Adds a "CPU/op" column: the benchmark process's CPU time (user and system, every thread, GC included)
/// over the actual workload iterations, divided by their operations. On a machine shared by many jobs the
/// wall-clock Mean counts the time the process waited for a core; CPU time does not, so it is the figure
/// to compare with a per-operation budget when the load average is far above the number of cores.
/// </summary>
internal sealed class CpuTimeDiagnoser : IDiagnoser
{
    public static readonly CpuTimeDiagnoser Default = new();

    private readonly Dictionary<BenchmarkCase, TimeSpan> _cpu = [];
    private TimeSpan _start;

    public IEnumerable<string> Ids => ["CpuTime"];

    public IEnumerable<IExporter> Exporters => [];

    public IEnumerable<IAnalyser> Analysers => [];

    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    public bool RequiresBlockingAcknowledgments(BenchmarkCase benchmarkCase) => true;

    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        if (signal is HostSignal.BeforeActualRun)
        {
            _start = CpuOf(parameters.Process);
        }
        else if (signal is HostSignal.AfterActualRun)
        {
            _cpu[parameters.BenchmarkCase] = CpuOf(parameters.Process) - _start;
        }
    }

    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        // The CPU time covers the actual iterations only, so it is divided by their operations alone.
        // DiagnoserResults.TotalOperations counts every workload measurement (jitting, pilot, warmup and
        // actual): dividing by it made the column 2 to 3 times too small with --job short (1 + 3 + 3
        // iterations), which was the "unexplained" gap between the in-process and end-to-end figures.
        long actual = 0;
        foreach (var measurement in results.Measurements)
        {
            if (measurement.IterationMode == IterationMode.Workload && measurement.IterationStage == IterationStage.Actual)
            {
                actual += measurement.Operations;
            }
        }

        if (_cpu.TryGetValue(results.BenchmarkCase, out var cpu) && actual > 0)
        {
            yield return new Metric(CpuPerOperation.Instance, cpu.TotalNanoseconds / actual);
        }
    }

    public void DisplayResults(ILogger logger)
    {
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    // Process.TotalProcessorTime reads /proc in clock ticks (10 ms on Linux): too coarse for iterations of a
    // few milliseconds. In process (--inProcess), on Linux, the kernel's nanosecond process clock is read instead.
    private static TimeSpan CpuOf(Process process)
    {
        if (process.Id == Environment.ProcessId && TryReadClock(ClockProcessCpuTimeId, out var nanoseconds))
        {
            return TimeSpan.FromTicks(nanoseconds / 100);
        }

        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>The kernel's CPU clock of this process (every thread).</summary>
    internal const int ClockProcessCpuTimeId = 2;

    /// <summary>The kernel's CPU clock of the calling thread.</summary>
    internal const int ClockThreadCpuTimeId = 3;

    /// <summary>Reads one of the kernel's clocks in nanoseconds (Linux only; false elsewhere or on failure).</summary>
    internal static bool TryReadClock(int clockId, out long nanoseconds)
    {
        nanoseconds = 0;
        if (!OperatingSystem.IsLinux() || clock_gettime(clockId, out var now) != 0)
        {
            return false;
        }

        nanoseconds = (now.Seconds * 1_000_000_000) + now.Nanoseconds;
        return true;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clockId, out TimeSpec value);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private sealed class CpuPerOperation : IMetricDescriptor
    {
        public static readonly CpuPerOperation Instance = new();

        public string Id => "CpuPerOperation";

        public string DisplayName => "CPU/op";

        public string Legend => "Process CPU time (all threads, user + system) per operation over the actual iterations";

        public string NumberFormat => "N3";

        public UnitType UnitType => UnitType.Time;

        public string Unit => "ns";

        public bool TheGreaterTheBetter => false;

        public int PriorityInCategory => 0;

        public bool GetIsAvailable(Metric metric) => true;
    }
}
