using System;
using System.Diagnostics.Contracts;
using NodaTime;

namespace Zenput.Sla.Reports;

/// <summary>
/// An exact distribution of durations in whole seconds (each value rounded down to the second), with
/// nearest-rank percentiles: for example the time to respond to every ticket of a severity.
/// </summary>
/// <remarks>
/// <para>Rounding down is monotone, so the k-th smallest rounded value is the k-th smallest value rounded
/// down: <see cref="Percentile"/> is the exact nearest-rank percentile of the values, rounded down to the
/// whole second. The distribution keeps one count per distinct second, which is what lets reports over
/// parts of a history be merged into exactly the report over the whole.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class DurationDistribution
{
    private readonly long[] _seconds;
    private readonly long[] _cumulative;

    internal DurationDistribution(long[] seconds, long[] counts)
    {
        _seconds = seconds;
        _cumulative = counts;
        for (var i = 1; i < _cumulative.Length; i++)
        {
            _cumulative[i] += _cumulative[i - 1];
        }
    }

    /// <summary>Gets the empty distribution.</summary>
    public static DurationDistribution Empty { get; } = new([], []);

    /// <summary>Gets the number of values.</summary>
    public long Count => _cumulative.Length == 0 ? 0 : _cumulative[^1];

    /// <summary>Gets the number of distinct whole-second values (what the distribution's memory grows with).</summary>
    public int DistinctValues => _seconds.Length;

    /// <summary>Gets the smallest value, or <see langword="null"/> when there is none.</summary>
    public Duration? Minimum => _seconds.Length == 0 ? null : Duration.FromSeconds(_seconds[0]);

    /// <summary>Gets the largest value, or <see langword="null"/> when there is none.</summary>
    public Duration? Maximum => _seconds.Length == 0 ? null : Duration.FromSeconds(_seconds[^1]);

    /// <summary>
    /// Gets the <paramref name="percent"/>-th percentile by the nearest-rank method: the smallest value with
    /// at least <paramref name="percent"/> % of the values at or below it (the value of rank
    /// ⌈percent × count / 100⌉), in whole seconds; <see langword="null"/> when there are no values.
    /// </summary>
    /// <param name="percent">From 1 to 100.</param>
    /// <returns>The percentile, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not in 1–100.</exception>
    [Pure]
    public Duration? Percentile(int percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var count = Count;
        if (count == 0)
        {
            return null;
        }

        // ⌈percent × count / 100⌉ without overflow for any count a long can hold.
        var rank = (count / 100 * percent) + (((count % 100 * percent) + 99) / 100);
        var index = Array.BinarySearch(_cumulative, rank);
        return Duration.FromSeconds(_seconds[index >= 0 ? index : ~index]);
    }

    /// <summary>Gets how many values are shorter than <paramref name="limit"/> (a value of whole seconds <c>s</c> counts when <c>s &lt; limit</c>).</summary>
    /// <param name="limit">The bound, exclusive.</param>
    /// <returns>The count.</returns>
    [Pure]
    public long CountBelow(Duration limit)
    {
        // s < limit for a whole number s ⇔ s < ⌈limit⌉ in seconds.
        var bound = SecondsHistogram.WholeSeconds(limit);
        if (Duration.FromSeconds(bound) < limit)
        {
            bound++;
        }

        var index = Array.BinarySearch(_seconds, bound);
        var firstAtOrAbove = index >= 0 ? index : ~index;
        return firstAtOrAbove == 0 ? 0 : _cumulative[firstAtOrAbove - 1];
    }

    /// <summary>Gets how many values lie in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    /// <param name="from">The lower bound, inclusive.</param>
    /// <param name="to">The upper bound, exclusive.</param>
    /// <returns>The count (zero when <paramref name="to"/> is not after <paramref name="from"/>).</returns>
    [Pure]
    public long CountWithin(Duration from, Duration to) => to <= from ? 0 : CountBelow(to) - CountBelow(from);

    /// <inheritdoc />
    public override string ToString() =>
        Count == 0 ? "no values" : FormattableString.Invariant($"{Count} values, p50 {Percentile(50)!.Value.TotalSeconds} s, p90 {Percentile(90)!.Value.TotalSeconds} s, p99 {Percentile(99)!.Value.TotalSeconds} s");
}
