using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using NodaTime;

namespace Zenput.Sla.Engine;

/// <summary>Set operations on lists of half-open spans, used when a chunk compiles.</summary>
internal static class SpanSets
{
    /// <summary>Sorts the spans and merges those that overlap or touch, in place; empty spans are dropped.</summary>
    public static void SortAndMerge(List<InstantSpan> spans)
    {
        // A struct comparer lets the sort inline the comparison: a chunk of a dense schedule sorts thousands of windows.
        CollectionsMarshal.AsSpan(spans).Sort(default(ByStart));
        var kept = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.End <= span.Start)
            {
                continue;
            }

            if (kept > 0 && span.Start <= spans[kept - 1].End)
            {
                if (span.End > spans[kept - 1].End)
                {
                    spans[kept - 1] = spans[kept - 1] with { End = span.End };
                }

                continue;
            }

            spans[kept++] = span;
        }

        spans.RemoveRange(kept, spans.Count - kept);
    }

    /// <summary>The parts of <paramref name="spans"/> outside <paramref name="removed"/>, clipped to <c>[from, to)</c>; both inputs sorted and merged.</summary>
    public static List<InstantSpan> Subtract(List<InstantSpan> spans, List<InstantSpan> removed, Instant from, Instant to)
    {
        var result = new List<InstantSpan>(spans.Count);
        var r = 0;
        foreach (var span in spans)
        {
            var start = span.Start < from ? from : span.Start;
            var end = span.End > to ? to : span.End;
            while (r < removed.Count && removed[r].End <= start)
            {
                r++;
            }

            // Walk the removed spans that overlap this one without consuming them: the next span may need them too.
            for (var j = r; j < removed.Count && start < end && removed[j].Start < end; j++)
            {
                if (removed[j].Start > start)
                {
                    result.Add(new InstantSpan(start, removed[j].Start));
                }

                if (removed[j].End > start)
                {
                    start = removed[j].End;
                }
            }

            if (start < end)
            {
                result.Add(new InstantSpan(start, end));
            }
        }

        return result;
    }

    /// <summary>The parts common to <paramref name="a"/> and <paramref name="b"/>; both sorted and merged, and so is the result.</summary>
    public static List<InstantSpan> Intersect(List<InstantSpan> a, List<InstantSpan> b)
    {
        var result = new List<InstantSpan>();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var start = a[i].Start > b[j].Start ? a[i].Start : b[j].Start;
            var end = a[i].End < b[j].End ? a[i].End : b[j].End;
            if (start < end)
            {
                result.Add(new InstantSpan(start, end));
            }

            // The span that ends first cannot meet anything later in the other list.
            if (a[i].End < b[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }

    private readonly struct ByStart : IComparer<InstantSpan>
    {
        public int Compare(InstantSpan x, InstantSpan y) => x.Start.CompareTo(y.Start);
    }
}
