using NodaTime;
using NodaTime.TimeZones;

namespace Zenput.Sla.Internal;

/// <summary>
/// <see cref="LocalResolution.ToInstant"/> for many local times of one zone, in any order but usually
/// close together: it remembers the zone interval of the last answer and resolves a local time that
/// falls well inside it by subtracting that interval's offset, without asking the zone (which
/// allocates a mapping per call: the main cost of expanding hundreds of thousands of windows).
/// </summary>
/// <remarks>
/// Sound because UTC offsets lie within ±18 hours: two instants with the same wall-clock reading are
/// at most 36 hours apart, so when the instant found lies more than that inside its zone interval,
/// no other instant reads the same, and the reading is neither in a gap nor ambiguous. Anything
/// closer to a transition is resolved by the zone, as before. Not thread-safe: one per expansion.
/// </remarks>
internal sealed class ZoneResolver(DateTimeZone zone)
{
    private static readonly Duration Margin = Duration.FromHours(37);

    private Offset _offset;
    private Instant _safeFrom = Instant.MaxValue;
    private Instant _safeUntil = Instant.MinValue;

    public DateTimeZone Zone => zone;

    public Instant ToInstant(LocalDateTime local)
    {
        var guess = local.WithOffset(_offset).ToInstant();
        if (guess >= _safeFrom && guess < _safeUntil)
        {
            return guess;
        }

        var resolved = LocalResolution.ToInstant(local, zone);
        Remember(zone.GetZoneInterval(resolved));
        return resolved;
    }

    private void Remember(ZoneInterval interval)
    {
        _offset = interval.WallOffset;
        _safeFrom = interval.HasStart ? interval.Start + Margin : Instant.MinValue;
        _safeUntil = interval.HasEnd ? interval.End - Margin : Instant.MaxValue;
    }
}
