using System;
using System.Diagnostics.Contracts;
using System.IO;

namespace Zenput.Sla.Reports.Html;

/// <summary>
/// Writes a <see cref="ComplianceReport"/> as one self-contained HTML page for people: the summary per
/// severity, and charts (met rate against a target, the distribution of time to response with the goal
/// marked, breaches per week, the weekday × hour heat map, and the what-if comparison when there is one),
/// each with a title, axis labels with units and a table of the same numbers beside it; then breaches per
/// step, maintenance, the worst offenders and the inputs that could not be counted.
/// </summary>
/// <remarks>
/// <para>The page has no script, loads nothing (styles and charts are inline; the charts are ScottPlot's
/// SVG output), reads without JavaScript and prints (each chart stays on one page). Its text depends only on
/// the report and the options, so the same report gives the same page.</para>
/// <para>Thread-safe: every call draws its own charts.</para>
/// </remarks>
public static class ComplianceReportHtml
{
    /// <summary>Writes the page for <paramref name="report"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where the HTML goes; left open.</param>
    /// <param name="options">Layout options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="PlatformNotSupportedException">A native library the charts need (<c>libSkiaSharp</c>, <c>libHarfBuzzSharp</c>) cannot be loaded; the message names it and its inner exception is the loader's <see cref="DllNotFoundException"/>. Nothing is written.</exception>
    public static void Write(ComplianceReport report, TextWriter output, ComplianceReportHtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Render(report, options));
        output.Flush();
    }

    /// <summary>Returns the page for <paramref name="report"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">Layout options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="PlatformNotSupportedException">A native library the charts need (<c>libSkiaSharp</c>, <c>libHarfBuzzSharp</c>) cannot be loaded; the message names it and its inner exception is the loader's <see cref="DllNotFoundException"/>.</exception>
    [Pure]
    public static string Render(ComplianceReport report, ComplianceReportHtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var page = new ReportPage(report, options ?? ComplianceReportHtmlOptions.Default);
        return NativeChartLibraries.Guard(page.Render);
    }

    /// <summary>
    /// Checks that the charts can be drawn here: draws a tiny chart, which loads the native libraries SkiaSharp
    /// needs. Call it before a long aggregation to fail at once on a machine (or a native executable) without them.
    /// </summary>
    /// <exception cref="PlatformNotSupportedException">A native library the charts need (<c>libSkiaSharp</c>, <c>libHarfBuzzSharp</c>) cannot be loaded; the message names it and its inner exception is the loader's <see cref="DllNotFoundException"/>.</exception>
    public static void EnsureChartsCanBeDrawn() => NativeChartLibraries.Check();
}
