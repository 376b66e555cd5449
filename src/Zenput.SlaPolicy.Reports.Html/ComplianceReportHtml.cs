using System;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.IO;

namespace Zenput.Sla.Reports.Html;

/// <summary>
/// Writes a <see cref="ComplianceReport"/> as one self-contained HTML page for people: the summary per
/// severity, and charts (met rate against a target, the distribution of time to response of each severity with
/// a ticket, with the goal marked, breaches per week, the weekday × hour heat map, and the what-if comparison when there is one),
/// each with a title, axis labels with units and a table of the same numbers beside it; then breaches per
/// step, maintenance, the worst offenders and the inputs that could not be counted.
/// </summary>
/// <remarks>
/// <para>The page has no script, loads nothing (styles and charts are inline; the charts are ScottPlot's
/// SVG output), reads without JavaScript and prints (each chart stays on one page). Its text depends only on
/// the report and the options, so the same report gives the same page.</para>
/// <para>Its size goes with the weeks and the severities, not their product: the weekly table lists, for each week,
/// only the severities with a ticket that week, and a time-to-response chart is drawn for each severity with a ticket in
/// the report only (the summary tables list every severity of the policy). <see cref="Write"/> hands the page to its writer a line, a table row or
/// a chart at a time as it goes, so (with a writer that passes text on, such as a <see cref="StreamWriter"/>) memory
/// holds one part of the page, never the whole; <see cref="Render"/> returns it as one string, which .NET bounds
/// (about 2<sup>30</sup> characters): use <see cref="Write"/> for a report of many weeks.</para>
/// <para>Thread-safe: every call draws its own charts.</para>
/// </remarks>
public static class ComplianceReportHtml
{
    /// <summary>Writes the page for <paramref name="report"/> to <paramref name="output"/> as it goes, a line, a table row or a chart at a time (the page is never built whole first).</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where the HTML goes; flushed at the end, left open.</param>
    /// <param name="options">Layout options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="PlatformNotSupportedException">A native library the charts need (<c>libSkiaSharp</c>, <c>libHarfBuzzSharp</c>) cannot be loaded; the message names it and its inner exception is the loader's <see cref="DllNotFoundException"/>. Checked first: nothing is written.</exception>
    public static void Write(ComplianceReport report, TextWriter output, ComplianceReportHtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var page = new ReportPage(report, options ?? ComplianceReportHtmlOptions.Default, output);

        // The page is written as it goes: check the native libraries before its first line, so that a machine without them gets
        // no half page.
        NativeChartLibraries.Check();
        NativeChartLibraries.Guard(() =>
        {
            page.Write();
            return string.Empty;
        });
        output.Flush();
    }

    /// <summary>Returns the page for <paramref name="report"/> (as <see cref="Write"/> writes it) as one string; for a report of many weeks, <see cref="Write"/> it to a stream instead.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">Layout options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="PlatformNotSupportedException">A native library the charts need (<c>libSkiaSharp</c>, <c>libHarfBuzzSharp</c>) cannot be loaded; the message names it and its inner exception is the loader's <see cref="DllNotFoundException"/>.</exception>
    [Pure]
    public static string Render(ComplianceReport report, ComplianceReportHtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, text, options);
        return text.ToString();
    }

    /// <summary>
    /// Checks that the charts can be drawn here: draws a tiny chart, which loads the native libraries SkiaSharp
    /// needs. Call it before a long aggregation to fail at once on a machine (or a native executable) without them.
    /// </summary>
    /// <exception cref="PlatformNotSupportedException">A native library the charts need (<c>libSkiaSharp</c>, <c>libHarfBuzzSharp</c>) cannot be loaded; the message names it and its inner exception is the loader's <see cref="DllNotFoundException"/>.</exception>
    public static void EnsureChartsCanBeDrawn() => NativeChartLibraries.Check();
}
