using System;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Reports;

/// <summary>
/// Answers "was this instant inside a maintenance window?" for many tickets: it expands the schedule
/// four weeks at a time and binary-searches the merged windows of the instant's span, instead of
/// querying the schedule per ticket.
/// </summary>
/// <remarks>
/// The expanded spans are kept in a small direct-mapped cache (<see cref="Slots"/> spans, about five years
/// of four-week spans, each slot holding the span that last fell into it), so memory stays bounded
/// whatever the input. A history is seldom in time order: tickets come from exports sorted by id, team
/// or customer. With only the last span kept (as before), tickets scattered over nine months expanded
/// the schedule again for almost every ticket, which made this lookup cost about twice the ticket's
/// evaluation and half the aggregator's time.
/// </remarks>
internal sealed class MaintenanceLookup(MaintenanceSchedule? schedule)
{
    private const int Slots = 64;
    private const long SpanTicks = 28 * NodaConstants.TicksPerDay;

    private readonly long[] _spanOf = CreateEmptySlots();
    private readonly Interval[][] _windows = new Interval[Slots][];

    public bool IsUnderMaintenance(Instant instant)
    {
        if (schedule is null)
        {
            return false;
        }

        // Spans aligned on the Unix epoch (floor division), so the same instant always falls in the same span.
        var ticks = instant.ToUnixTimeTicks();
        var span = (ticks / SpanTicks) - (ticks < 0 && ticks % SpanTicks != 0 ? 1 : 0);
        var slot = (int)(span & (Slots - 1));
        if (_spanOf[slot] != span)
        {
            _windows[slot] = Load(span);
            _spanOf[slot] = span;
        }

        // The merged windows are sorted and disjoint: find the one holding the instant, if any.
        var windows = _windows[slot];
        int low = 0, high = windows.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var window = windows[middle];
            if (instant < window.Start)
            {
                high = middle - 1;
            }
            else if (instant >= window.End)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private static long[] CreateEmptySlots()
    {
        var spans = new long[Slots];
        Array.Fill(spans, long.MinValue);
        return spans;
    }

    private Interval[] Load(long span)
    {
        // Clipped to the range of instants.
        var windows = schedule!.MergedWindowsWithin(FromTicks(span * SpanTicks), FromTicks((span + 1) * SpanTicks));
        var copy = new Interval[windows.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = windows[i];
        }

        return copy;
    }

    private static Instant FromTicks(long ticks) =>
        ticks <= Instant.MinValue.ToUnixTimeTicks() ? Instant.MinValue
        : ticks >= Instant.MaxValue.ToUnixTimeTicks() ? Instant.MaxValue
        : Instant.FromUnixTimeTicks(ticks);
}
