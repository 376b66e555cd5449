using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using ScottPlot;

namespace Zenput.Sla.Reports.Html;

/// <summary>The report's charts, drawn with ScottPlot and returned as SVG ready to inline (see <see cref="SvgInline"/>).</summary>
internal sealed class ReportCharts(ComplianceReportHtmlOptions options)
{
    /// <summary>One font for every text, named explicitly: left to itself, font matching differs by machine.</summary>
    private const string Font = "DejaVu Sans";

    private static readonly Color[] SeverityColors = [Color.FromHex("#c0392b"), Color.FromHex("#e67e22"), Color.FromHex("#2e86c1"), Color.FromHex("#7d3c98"), Color.FromHex("#138d75"), Color.FromHex("#7f8c8d")];
    private static readonly Color Baseline = Color.FromHex("#5d6d7e");
    private static readonly Color Proposed = Color.FromHex("#27ae60");

    public static Color SeverityColor(int index) => SeverityColors[index % SeverityColors.Length];

    public string MetRate(string id, string title, ComplianceReport report)
    {
        var plot = NewPlot(title, "Severity", "Met rate (%)");
        var bars = new List<Bar>();
        for (var i = 0; i < report.BySeverity.Count; i++)
        {
            if (report.BySeverity[i].Verdicts.MetRate is { } rate)
            {
                bars.Add(new Bar { Position = i, Value = rate * 100, FillColor = SeverityColor(i), Label = Percent(rate) });
            }
        }

        var plotted = plot.Add.Bars(bars);
        plotted.ValueLabelStyle.FontName = Font;
        var target = plot.Add.HorizontalLine(options.MetRateTarget * 100);
        target.LinePattern = LinePattern.Dashed;
        target.Color = Colors.Black;
        target.LabelText = $"target {Percent(options.MetRateTarget)}";
        target.LabelFontName = Font;
        SeverityTicks(plot, report.BySeverity);
        plot.Axes.SetLimitsY(0, 110);
        return Svg(plot, id, title);
    }

    public string ResponseTime(string id, string title, ComplianceFigures group, ResponseBins bins)
    {
        var unitName = bins.InHours ? "hours" : "minutes";
        var plot = NewPlot(title, $"SLA time to response ({unitName})", "Tickets");
        var bars = new List<Bar>();
        for (var i = 0; i < bins.Counts.Count; i++)
        {
            bars.Add(new Bar
            {
                Position = ((i + 0.5) * bins.Width) / bins.Unit,
                Value = bins.Counts[i],
                Size = bins.Width / bins.Unit * 0.95,
                FillColor = Colors.SteelBlue,
            });
        }

        if (bins.Beyond > 0)
        {
            bars.Add(new Bar { Position = (bins.End + (bins.Width / 2.0)) / bins.Unit, Value = bins.Beyond, Size = bins.Width / bins.Unit * 0.95, FillColor = Colors.Gray, Label = "slower" });
        }

        plot.Add.Bars(bars);
        // A business-days goal has no length of its own to draw (each ticket's goal ends at the close of its Nth working day).
        if (group.NominalGoal is { } goal)
        {
            var line = plot.Add.VerticalLine(goal.TotalSeconds / bins.Unit);
            line.Color = Colors.Red;
            line.LineWidth = 2;
            line.LinePattern = LinePattern.Dashed;
            line.LabelText = $"goal {group.Tier!.ResponseGoal}";
            line.LabelFontName = Font;
        }

        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsX(0, (bins.End + (bins.Beyond > 0 ? bins.Width : 0)) / bins.Unit);
        return Svg(plot, id, title);
    }

    /// <summary>Breached tickets per week, stacked by severity: a bar for each severity with a breached ticket that week (<paramref name="severitiesByWeek"/>, from <see cref="WeekSeverities.Of"/>), so the bars go with the pairs of a week and a severity that have a breach, never with the weeks times the severities.</summary>
    public string Weekly(string id, string title, ComplianceReport report, Dictionary<LocalDate, List<(int Severity, VerdictCounts Verdicts)>> severitiesByWeek)
    {
        var plot = NewPlot(title, "ISO week of the report (support zone)", "Breached tickets");
        var weeks = report.Overall.Weeks;
        var bars = new List<Bar>();
        for (var w = 0; w < weeks.Count; w++)
        {
            double stacked = 0;
            foreach (var (severity, verdicts) in severitiesByWeek[weeks[w].WeekStart])
            {
                if (verdicts.Breached > 0)
                {
                    bars.Add(new Bar { Position = w, ValueBase = stacked, Value = stacked + verdicts.Breached, FillColor = SeverityColor(severity) });
                    stacked += verdicts.Breached;
                }
            }
        }

        plot.Add.Bars(bars);
        var every = Math.Max(1, (int)Math.Ceiling(weeks.Count / 12.0));
        var ticks = Enumerable.Range(0, weeks.Count).Where(i => i % every == 0).ToArray();
        plot.Axes.Bottom.SetTicks(ticks.Select(i => (double)i).ToArray(), ticks.Select(i => weeks[i].Label).ToArray());
        SeverityLegend(plot, report.BySeverity);
        plot.Axes.Margins(bottom: 0);
        return Svg(plot, id, title);
    }

    public string WeekdayHour(string id, string title, WeekdayHourMap map)
    {
        var plot = NewPlot(title, "Local hour of the report (support zone)", "Weekday");
        var data = new double[7, 24];
        for (var day = 0; day < 7; day++)
        {
            for (var hour = 0; hour < 24; hour++)
            {
                data[day, hour] = map.At((IsoDayOfWeek)(day + 1), hour).Breached;
            }
        }

        var heatmap = plot.Add.Heatmap(data);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.FlipVertically = true;
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = "Breached tickets";
        bar.LabelStyle.FontName = Font;
        plot.Axes.Left.SetTicks(Enumerable.Range(0, 7).Select(d => (double)d).ToArray(), ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, 8).Select(h => h * 3.0).ToArray(), Enumerable.Range(0, 8).Select(h => (h * 3).ToString("00", CultureInfo.InvariantCulture)).ToArray());
        return Svg(plot, id, title);
    }

    public string WhatIf(string id, string title, ComplianceReport report, WhatIfComparison whatIf)
    {
        var plot = NewPlot(title, "Severity", "Met rate (%)");
        var bars = new List<Bar>();
        var labels = new List<string>();
        var position = 0;
        foreach (var proposed in whatIf.BySeverity)
        {
            var current = report.FindSeverity(proposed.Severity!.Name);
            if (current?.Verdicts.MetRate is { } before)
            {
                bars.Add(new Bar { Position = position - 0.2, Size = 0.4, Value = before * 100, FillColor = Baseline, Label = Percent(before) });
            }

            if (proposed.Verdicts.MetRate is { } after)
            {
                bars.Add(new Bar { Position = position + 0.2, Size = 0.4, Value = after * 100, FillColor = Proposed, Label = Percent(after) });
            }

            labels.Add(proposed.Severity.DisplayName);
            position++;
        }

        var plotted = plot.Add.Bars(bars);
        plotted.ValueLabelStyle.FontName = Font;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray(), [.. labels]);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = report.Policy.Name, FillColor = Baseline });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = whatIf.Policy.Name, FillColor = Proposed });
        plot.Legend.FontName = Font;
        plot.Legend.Alignment = Alignment.LowerRight;
        plot.ShowLegend();
        plot.Axes.SetLimitsY(0, 110);
        return Svg(plot, id, title);
    }

    internal static string Percent(double rate) => (rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    private static void SeverityTicks(Plot plot, IReadOnlyList<ComplianceFigures> groups) =>
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, groups.Count).Select(i => (double)i).ToArray(), groups.Select(g => g.Severity!.DisplayName).ToArray());

    private static void SeverityLegend(Plot plot, IReadOnlyList<ComplianceFigures> groups)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = groups[i].Severity!.DisplayName, FillColor = SeverityColor(i) });
        }

        plot.Legend.FontName = Font;
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.ShowLegend();
    }

    private string Svg(Plot plot, string id, string title) =>
        SvgInline.Prepare(plot.GetSvgXml(options.ChartWidth, options.ChartHeight), id, title, options.ChartWidth, options.ChartHeight);
}
