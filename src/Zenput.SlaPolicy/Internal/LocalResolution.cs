using NodaTime;
using NodaTime.TimeZones;

namespace Zenput.Sla.Internal;

/// <summary>
/// The one rule for turning a local boundary into an instant: the first instant at which the wall
/// clock reads that local time or later. In a DST gap that is the end of the gap; in an overlap it
/// is the earlier occurrence.
/// </summary>
internal static class LocalResolution
{
    public static readonly ZoneLocalMappingResolver FirstAtOrAfter =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    public static Instant ToInstant(LocalDateTime local, DateTimeZone zone) =>
        zone.ResolveLocal(local, FirstAtOrAfter).ToInstant();
}
