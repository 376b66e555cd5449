using System;
using NodaTime;

namespace Zenput.Sla.Engine;

/// <summary>
/// Turns the pauses a caller passes (any order, possibly overlapping, possibly open at either end)
/// into sorted, disjoint spans that start no earlier than the goal's start.
/// </summary>
internal static class Pauses
{
    /// <summary>Up to this many pauses are normalised in a stack buffer; more rent one from the shared array pool.</summary>
    public const int StackLimit = 32;

    /// <summary>Stands for "no end": a pause that ends at or after it never ends within the supported range.</summary>
    public static readonly Instant Open = Instant.MaxValue;

    /// <summary>Writes the normalised pauses into <paramref name="buffer"/> and returns how many there are.</summary>
    public static int Normalize(ReadOnlySpan<Interval> pauses, Instant start, Span<InstantSpan> buffer)
    {
        var count = 0;
        foreach (var pause in pauses)
        {
            var from = pause.HasStart ? pause.Start : start;
            var to = pause.HasEnd && pause.End < ClockRange.Max ? pause.End : Open;
            if (to <= start || to <= from)
            {
                continue;
            }

            buffer[count++] = new InstantSpan(from < start ? start : from, to);
        }

        var spans = buffer[..count];
        if (count <= StackLimit)
        {
            // Callers usually pass pauses in order, where insertion sort is linear.
            for (var i = 1; i < count; i++)
            {
                var item = spans[i];
                var j = i - 1;
                while (j >= 0 && spans[j].Start > item.Start)
                {
                    spans[j + 1] = spans[j];
                    j--;
                }

                spans[j + 1] = item;
            }
        }
        else
        {
            spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        var merged = 0;
        for (var i = 0; i < count; i++)
        {
            if (merged > 0 && spans[i].Start <= spans[merged - 1].End)
            {
                if (spans[i].End > spans[merged - 1].End)
                {
                    spans[merged - 1] = spans[merged - 1] with { End = spans[i].End };
                }

                continue;
            }

            spans[merged++] = spans[i];
        }

        return merged;
    }
}
