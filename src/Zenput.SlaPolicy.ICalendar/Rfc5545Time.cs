using System;
using Ical.Net.DataTypes;
using NodaTime;
using NodaTime.TimeZones;

namespace Zenput.Sla.ICalendar;

/// <summary>How RFC 5545 reads local times, and how this package writes them.</summary>
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

    /// <summary>A DATE-TIME with the zone's TZID, read back by any RFC 5545 reader as exactly <paramref name="instant"/>; in UTC when no local time in the zone reads back as it.</summary>
    public static CalDateTime Write(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return Read(local, zone) == instant ? Local(local, zone) : Utc(instant);
    }

    public static CalDateTime Local(LocalDateTime local, DateTimeZone zone) =>
        new(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, zone.Id);

    public static CalDateTime Floating(LocalDateTime local) =>
        new(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, null);

    public static CalDateTime Utc(Instant instant)
    {
        var utc = instant.InUtc().LocalDateTime;
        return new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, CalDateTime.UtcTzId);
    }

    /// <summary>An exact DURATION (RFC 5545 §3.3.6: weeks and days are nominal, so only hours, minutes and seconds are used).</summary>
    public static Ical.Net.DataTypes.Duration ExactDuration(NodaTime.Duration length)
    {
        var seconds = checked((long)Math.Floor(length.TotalSeconds));
        return new Ical.Net.DataTypes.Duration(null, null, checked((int)(seconds / 3600)), (int)(seconds / 60 % 60), (int)(seconds % 60));
    }
}
