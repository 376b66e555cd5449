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
        if (_cpu.TryGetValue(results.BenchmarkCase, out var cpu) && results.TotalOperations > 0)
        {
            yield return new Metric(CpuPerOperation.Instance, cpu.TotalNanoseconds / results.TotalOperations);
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
        if (OperatingSystem.IsLinux() && process.Id == Environment.ProcessId && clock_gettime(ClockProcessCpuTimeId, out var now) == 0)
        {
            return TimeSpan.FromTicks((now.Seconds * 1_000_000_000 + now.Nanoseconds) / 100);
        }

        process.Refresh();
        return process.TotalProcessorTime;
    }

    private const int ClockProcessCpuTimeId = 2;

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
