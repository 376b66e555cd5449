using NodaTime;
using NodaTime.TimeZones;

namespace Zenput.Sla.ICalendar;

/// <summary>How RFC 5545 reads local times.</summary>
internal static class Rfc5545Time
{
    /// <summary>
    /// RFC 5545 §3.3.5: a local time that occurs twice is the first occurrence; one that does not
    /// occur is read with the offset in force before the gap (so it moves forward by the gap's
    /// length). That is NodaTime's lenient resolver. The schedule itself resolves a start in a gap
    /// to the end of the gap instead, which is why such occurrences are exported as overrides.
    /// </summary>
    public static readonly ZoneLocalMappingResolver Reading = Resolvers.LenientResolver;

    public static Instant Read(LocalDateTime local, DateTimeZone zone) => zone.ResolveLocal(local, Reading).ToInstant();
}
