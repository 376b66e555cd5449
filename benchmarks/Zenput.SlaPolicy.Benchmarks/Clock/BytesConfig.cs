using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using Perfolizer.Metrology;

namespace Zenput.Sla.Benchmarks.Clock;

/// <summary>Shows allocated memory in bytes, so that "0 B" and sizes near 1 MiB are read exactly rather than rounded.</summary>
internal sealed class BytesConfig : ManualConfig
{
    public BytesConfig() => SummaryStyle = SummaryStyle.Default.WithSizeUnit(SizeUnit.B);
}
