using System;
using System.Collections.Generic;
using NodaTime;

namespace Zenput.Sla.Reports.Html;

/// <summary>
/// Equal-width bins of a time-to-response distribution for the chart and its table: about two dozen bins
/// of a round width (a minute up to a week) from zero to past both the goal (when it has a length: a
/// business-days goal has none) and the 99th percentile, and one last bin for everything slower.
/// </summary>
internal sealed class ResponseBins
{
    private static readonly long[] Widths = [60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800];

    private ResponseBins(long width, long[] counts, long beyond, bool inHours)
    {
        Width = width;
        Counts = counts;
        Beyond = beyond;
        InHours = inHours;
    }

    /// <summary>Gets the bin width in seconds.</summary>
    public long Width { get; }

    /// <summary>Gets the count of each bin [i × width, (i + 1) × width).</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>Gets the count at or beyond the last bin's end.</summary>
    public long Beyond { get; }

    /// <summary>Gets the end of the last bin, in seconds.</summary>
    public long End => Width * Counts.Count;

    /// <summary>Gets whether the axis reads in hours (otherwise minutes).</summary>
    public bool InHours { get; }

    /// <summary>Gets the unit's length in seconds.</summary>
    public double Unit => InHours ? 3600 : 60;

    public static ResponseBins Of(DurationDistribution distribution, Duration? goal)
    {
        var slowest = Math.Max((goal?.TotalSeconds ?? 0) * 1.5, distribution.Percentile(99)?.TotalSeconds ?? 0);
        var upper = Math.Max(slowest, 60);
        var width = Array.Find(Widths, w => w * 24 >= upper);
        width = width == 0 ? Widths[^1] : width;
        var bins = (int)Math.Ceiling(upper / width);
        var counts = new long[bins];
        for (var i = 0; i < bins; i++)
        {
            counts[i] = distribution.CountWithin(Duration.FromSeconds(i * width), Duration.FromSeconds((i + 1) * width));
        }

        var beyond = distribution.Count - distribution.CountBelow(Duration.FromSeconds(bins * width));
        return new ResponseBins(width, counts, beyond, upper > 3 * 3600);
    }
}
