using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using Perfolizer.Metrology;

namespace Zenput.Sla.Benchmarks.Evaluation;

/// <summary>Allocated memory in bytes (as <see cref="Clock.BytesConfig"/>) and the <see cref="CpuTimeDiagnoser"/> column.</summary>
internal sealed class CpuTimeConfig : ManualConfig
{
    public CpuTimeConfig()
    {
        SummaryStyle = SummaryStyle.Default.WithSizeUnit(SizeUnit.B);
        AddDiagnoser(CpuTimeDiagnoser.Default);
    }
}
