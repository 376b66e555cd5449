using System;

namespace Zenput.Sla.Reports.Html;

/// <summary>How <see cref="ComplianceReportHtml"/> lays out the page.</summary>
public sealed record ComplianceReportHtmlOptions
{
    private readonly double _metRateTarget = 0.95;
    private readonly int _chartWidth = 760;
    private readonly int _chartHeight = 340;

    /// <summary>Gets the default options.</summary>
    public static ComplianceReportHtmlOptions Default { get; } = new();

    /// <summary>Gets the page title, or <see langword="null"/> for "SLA compliance: " and the policy's name.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Gets the met rate the team aims at, in [0, 1], drawn as the target line of the met-rate chart (default
    /// 0.95). The SLA article states no such target: it promises each ticket its response goal.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [0, 1].</exception>
    public double MetRateTarget
    {
        get => _metRateTarget;
        init => _metRateTarget = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The target met rate must be between 0 and 1.");
    }

    /// <summary>Gets the width of each chart in CSS pixels (default 760; charts shrink to narrow screens).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 200 or above 4000.</exception>
    public int ChartWidth
    {
        get => _chartWidth;
        init => _chartWidth = Size(value);
    }

    /// <summary>Gets the height of each chart in CSS pixels (default 340).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 200 or above 4000.</exception>
    public int ChartHeight
    {
        get => _chartHeight;
        init => _chartHeight = Size(value);
    }

    private static int Size(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 200);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 4000);
        return value;
    }
}
