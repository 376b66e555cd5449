using System.Collections.Generic;
using System.Runtime.InteropServices;
using NodaTime;

namespace Zenput.Sla.Reports;

/// <summary>
/// Exact counts of durations in whole seconds (rounded down), one counter per distinct second: the
/// mergeable form of a distribution from which nearest-rank percentiles are read exactly.
/// </summary>
/// <remarks>
/// Rounding down is monotone, so the k-th smallest of the rounded values is the rounded k-th smallest
/// value: every percentile read from here is the exact percentile, rounded down to the second. Memory
/// is one entry per distinct second seen, at most one per value and at most 86,400 per day of the
/// longest value, however many values are added.
/// </remarks>
internal sealed class SecondsHistogram
{
    private readonly Dictionary<long, long> _counts = [];

    public long Count { get; private set; }

    public int DistinctValues => _counts.Count;

    public void Add(Duration duration)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, WholeSeconds(duration), out _);
        count++;
        Count++;
    }

    public void Merge(SecondsHistogram other)
    {
        foreach (var (seconds, count) in other._counts)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_counts, seconds, out _) += count;
        }

        Count += other.Count;
    }

    public DurationDistribution ToDistribution()
    {
        var seconds = new long[_counts.Count];
        var counts = new long[_counts.Count];
        var i = 0;
        foreach (var (value, count) in _counts)
        {
            seconds[i] = value;
            counts[i] = count;
            i++;
        }

        System.Array.Sort(seconds, counts);
        return new DurationDistribution(seconds, counts);
    }

    /// <summary>The duration in whole seconds, rounded down (toward negative infinity).</summary>
    internal static long WholeSeconds(Duration duration)
    {
        var ticks = duration.BclCompatibleTicks;
        var seconds = ticks / System.TimeSpan.TicksPerSecond;
        return ticks < 0 && ticks % System.TimeSpan.TicksPerSecond != 0 ? seconds - 1 : seconds;
    }
}
