using System.Linq;
using NodaTime;
using NodaTime.TimeZones;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// The wall clock of a zone as DESIGN.md rule 5 reads it: a local boundary L maps to "the first instant
/// at which the wall clock reads L or later". So an instant t has passed L exactly when the wall clock
/// has read L or later at some instant up to t, that is when the highest reading up to t is at least L.
/// </summary>
/// <remarks>
/// Instants are whole nanoseconds, so "up to t" has a largest reading: within one zone interval the wall
/// clock rises with the instant, so the highest reading is either the current one or the last reading
/// of an earlier interval (one nanosecond before a clock change). Clocks never go back by a day or more
/// in the zones the tests use, so intervals that ended three days before t cannot hold the highest reading.
/// </remarks>
internal sealed class WallClock
{
    private static readonly Duration Lookback = Duration.FromDays(3);
    private static readonly Duration Nanosecond = Duration.FromNanoseconds(1);

    private readonly DateTimeZone _zone;
    private ZoneInterval[] _intervals = [];
    private Instant _coveredFrom = Instant.MaxValue;
    private Instant _coveredTo = Instant.MinValue;

    public WallClock(DateTimeZone zone) => _zone = zone;

    /// <summary>The highest reading of the wall clock at any instant up to and including <paramref name="instant"/>.</summary>
    public LocalDateTime HighestReadingUpTo(Instant instant)
    {
        Cover(instant);
        var i = _intervals.Length - 1;
        while (_intervals[i].HasStart && _intervals[i].Start > instant)
        {
            i--;
        }

        var highest = Reading(instant, _intervals[i]);
        for (var j = i - 1; j >= 0 && _intervals[j].End > instant - Lookback; j--)
        {
            var last = Reading(_intervals[j].End - Nanosecond, _intervals[j]);
            if (last > highest)
            {
                highest = last;
            }
        }

        return highest;
    }

    /// <summary>Whether every clock change and offset near <paramref name="instant"/> is a whole minute (what the minute-by-minute walks rely on).</summary>
    public bool WholeMinutesAround(Instant instant)
    {
        Cover(instant);
        return _intervals.All(z => z.WallOffset.Seconds % 60 == 0 && (!z.HasStart || z.Start < _coveredFrom || z.Start.ToUnixTimeTicks() % NodaConstants.TicksPerMinute == 0));
    }

    private static LocalDateTime Reading(Instant instant, ZoneInterval interval) => instant.WithOffset(interval.WallOffset).LocalDateTime;

    private void Cover(Instant instant)
    {
        if (instant - Lookback >= _coveredFrom && instant < _coveredTo)
        {
            return;
        }

        _coveredFrom = instant - Lookback - Duration.FromDays(1);
        _coveredTo = instant + Duration.FromDays(60);
        _intervals = [.. _zone.GetZoneIntervals(_coveredFrom, _coveredTo)];
    }
}
