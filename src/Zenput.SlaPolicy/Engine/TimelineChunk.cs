using System;
using NodaTime;

namespace Zenput.Sla.Engine;

/// <summary>
/// The working intervals of one chunk of time, as nanosecond offsets from the chunk's start, with
/// running totals, so that working time up to an instant and its inverse are each one binary search.
/// </summary>
/// <remarks>Immutable once built; safe to share between threads.</remarks>
internal sealed class TimelineChunk
{
    private readonly long[] _starts;
    private readonly long[] _ends;

    // _cumulativeEnds[i] is the working time from the chunk's start to _ends[i].
    private readonly long[] _cumulativeEnds;

    public TimelineChunk(Instant start, Instant end, long[] starts, long[] ends)
    {
        Start = start;
        End = end;
        _starts = starts;
        _ends = ends;
        _cumulativeEnds = new long[starts.Length];
        long total = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            total += ends[i] - starts[i];
            _cumulativeEnds[i] = total;
        }

        Total = total;
    }

    public Instant Start { get; }

    public Instant End { get; }

    /// <summary>Gets the working time in the whole chunk, in nanoseconds.</summary>
    public long Total { get; }

    public int Count => _starts.Length;

    /// <summary>Gets the bytes held by the chunk's arrays and object headers (for size diagnostics).</summary>
    public long SizeInBytes => 3 * (24 + (8L * _starts.Length)) + 64;

    public long IntervalStart(int index) => _starts[index];

    public long IntervalEnd(int index) => _ends[index];

    /// <summary>The nanoseconds from the chunk's start to <paramref name="instant"/>.</summary>
    public long OffsetOf(Instant instant) => (instant - Start).ToInt64Nanoseconds();

    public Instant InstantAt(long offset) => Start + Duration.FromNanoseconds(offset);

    /// <summary>The working time in <c>[Start, Start + offset)</c>, in nanoseconds.</summary>
    public long WorkBefore(long offset)
    {
        var i = LastStartingAtOrBefore(offset);
        if (i < 0)
        {
            return 0;
        }

        var end = _ends[i];
        var workedBefore = _cumulativeEnds[i] - (end - _starts[i]);
        return workedBefore + (Math.Min(offset, end) - _starts[i]);
    }

    /// <summary>The least offset at which <see cref="WorkBefore"/> reaches <paramref name="work"/>; 0 &lt; work ≤ <see cref="Total"/>.</summary>
    public long OffsetAfterWork(long work)
    {
        var cumulative = _cumulativeEnds;
        int lo = 0, hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (cumulative[mid] >= work)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return _ends[lo] - (cumulative[lo] - work);
    }

    /// <summary>The greatest offset at which <see cref="WorkBefore"/> is still at most <paramref name="work"/>; 0 ≤ work &lt; <see cref="Total"/>.</summary>
    /// <remarks>That is where the first interval whose running total passes <paramref name="work"/> has done exactly that much: a backward count ends there, never in the closed time before it.</remarks>
    public long OffsetBeforeWork(long work)
    {
        var cumulative = _cumulativeEnds;
        int lo = 0, hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (cumulative[mid] > work)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        var workedBefore = cumulative[lo] - (_ends[lo] - _starts[lo]);
        return _starts[lo] + (work - workedBefore);
    }

    /// <summary>Whether the instant at <paramref name="offset"/> is working time.</summary>
    public bool IsWorkingAt(long offset)
    {
        var i = LastStartingAtOrBefore(offset);
        return i >= 0 && offset < _ends[i];
    }

    /// <summary>The index of the last interval starting at or before <paramref name="offset"/>, or -1.</summary>
    public int LastStartingAtOrBefore(long offset)
    {
        var starts = _starts;
        int lo = 0, hi = starts.Length - 1;
        while (lo <= hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (starts[mid] <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo - 1;
    }
}
