using NodaTime;

namespace Zenput.Sla.Internal;

/// <summary>Looks up IANA zones in the TZDB provider bundled with NodaTime.</summary>
internal static class TimeZones
{
    public static DateTimeZone? Find(string? zoneId) =>
        string.IsNullOrWhiteSpace(zoneId) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
}
