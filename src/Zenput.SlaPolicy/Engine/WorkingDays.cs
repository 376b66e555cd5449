using System.Collections.Generic;
using NodaTime;

namespace Zenput.Sla.Engine;

/// <summary>Turns opening hours owned by dates into working-day closes.</summary>
internal static class WorkingDays
{
    /// <summary>
    /// For each date that owns a span with some of it inside <paramref name="open"/> (sorted, merged),
    /// adds the end of the last such part when it lies in <c>[from, to)</c>.
    /// </summary>
    public static void AddCloses(List<InstantSpan> spans, List<LocalDate> owners, List<InstantSpan> open, Instant from, Instant to, List<Instant> closes)
    {
        var lastEnd = new Dictionary<LocalDate, Instant>();
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];

            // The last open interval starting before the span ends; earlier ones end before it starts, so
            // if it does not reach into the span, nothing does.
            var j = LastStartingBefore(open, span.End);
            if (j < 0 || open[j].End <= span.Start)
            {
                continue;
            }

            var end = open[j].End < span.End ? open[j].End : span.End;
            if (!lastEnd.TryGetValue(owners[i], out var known) || end > known)
            {
                lastEnd[owners[i]] = end;
            }
        }

        foreach (var close in lastEnd.Values)
        {
            if (close >= from && close < to)
            {
                closes.Add(close);
            }
        }
    }

    private static int LastStartingBefore(List<InstantSpan> spans, Instant instant)
    {
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].Start < instant)
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
