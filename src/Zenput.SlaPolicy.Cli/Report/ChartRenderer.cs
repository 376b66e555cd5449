using System;
using Zenput.Sla.Reports.Html;

namespace Zenput.Sla.Cli.Report;

/// <summary>
/// The HTML report's charts are drawn by ScottPlot on SkiaSharp, which loads two native libraries
/// (<c>libSkiaSharp</c>, <c>libHarfBuzzSharp</c>). The .NET tool carries them in its package; a native
/// executable needs them in its own folder. Checked before any input is read, so a missing library is one
/// clear error (exit 4, like a file that cannot be read) instead of an internal error after the whole input.
/// </summary>
internal static class ChartRenderer
{
    /// <summary>Checks that the charts can be drawn (<see cref="ComplianceReportHtml.EnsureChartsCanBeDrawn"/>); exit 4 if a native library is missing.</summary>
    public static void EnsureAvailable()
    {
        try
        {
            ComplianceReportHtml.EnsureChartsCanBeDrawn();
        }
        catch (PlatformNotSupportedException e) when (e.InnerException is DllNotFoundException)
        {
            throw new CliException(
                ExitCodes.IoError,
                $"report --format html cannot draw its charts. {e.Message} A native zenput-sla needs libSkiaSharp.so and libHarfBuzzSharp.so, from its publish folder, in the folder of the executable.",
                e);
        }
    }
}
