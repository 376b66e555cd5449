using NodaTime;
using NodaTime.TimeZones;

namespace Zenput.Sla.Engine;

/// <summary>How long a goal of whole calendar days is when it starts at a given instant (DESIGN.md rule 3).</summary>
internal static class CalendarDayLength
{
    /// <summary>
    /// The elapsed time from <paramref name="start"/> to the same wall-clock time <paramref name="days"/>
    /// later in <paramref name="zone"/>. A result in a DST gap moves forward by the gap; one that occurs
    /// twice takes the earlier instant that is not before the start. That last clause is what keeps a
    /// zero-day goal started in the second pass of a repeated hour at zero rather than an hour
    /// negative (DESIGN.md rule 4: nothing is due before it starts).
    /// </summary>
    public static Duration Of(Instant start, int days, DateTimeZone zone)
    {
        var local = start.InZone(zone).LocalDateTime.PlusDays(days);
        var mapping = zone.MapLocal(local);
        var end = mapping.Count switch
        {
            0 => zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant(),
            1 => mapping.Single().ToInstant(),
            _ => mapping.First().ToInstant() >= start ? mapping.First().ToInstant() : mapping.Last().ToInstant(),
        };

        // Only a clock that jumps back by more than the days added could still land before the start.
        return end > start ? end - start : Duration.Zero;
    }
}
