using System.Collections.Generic;
using NodaTime;

namespace Zenput.Sla.Engine;

/// <summary>Turns opening hours owned by dates into working-day closes.</summary>
internal static class WorkingDays
{
    /// <summary>How far beyond a range a day's spans may reach: a date owns spans within two local days, and clocks move by less than one.</summary>
    private static readonly Duration Reach = Duration.FromDays(3);

    /// <summary>The range whose spans must be collected to know every close in <c>[from, to)</c>: a day closing in the range may have opened well before it or have more spans after it.</summary>
    public static (Instant From, Instant To) Around(Instant from, Instant to) =>
        (from - ClockRange.Min > Reach ? from - Reach : ClockRange.Min, ClockRange.Max - to > Reach ? to + Reach : ClockRange.Max);

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
