using System.Collections.Generic;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Reports;

/// <summary>
/// Answers "was this instant inside a maintenance window?" for many tickets: it expands the schedule
/// four weeks at a time (the windows of the span the last ticket fell in are kept), then binary-searches,
/// instead of querying the schedule per ticket.
/// </summary>
internal sealed class MaintenanceLookup(MaintenanceSchedule? schedule)
{
    private Instant _from = Instant.MaxValue;
    private Instant _to = Instant.MinValue;
    private IReadOnlyList<Interval> _windows = [];

    public bool IsUnderMaintenance(Instant instant)
    {
        if (schedule is null)
        {
            return false;
        }

        if (instant < _from || instant >= _to)
        {
            Load(instant);
        }

        // The merged windows are sorted and disjoint: find the last one starting at or before the instant.
        int low = 0, high = _windows.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var window = _windows[middle];
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

    private void Load(Instant instant)
    {
        // Spans aligned on the Unix epoch (so the same instant always loads the same span), clipped to the range of instants.
        const long spanTicks = 28 * NodaConstants.TicksPerDay;
        var ticks = instant.ToUnixTimeTicks();
        var start = (ticks / spanTicks) - (ticks < 0 && ticks % spanTicks != 0 ? 1 : 0);
        _from = FromTicks(start * spanTicks);
        _to = FromTicks((start + 1) * spanTicks);
        _windows = schedule!.MergedWindowsWithin(_from, _to);
    }

    private static Instant FromTicks(long ticks) =>
        ticks <= Instant.MinValue.ToUnixTimeTicks() ? Instant.MinValue
        : ticks >= Instant.MaxValue.ToUnixTimeTicks() ? Instant.MaxValue
        : Instant.FromUnixTimeTicks(ticks);
}
