using NodaTime;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Internal;

/// <summary>Looks up IANA zones in the TZDB provider bundled with NodaTime.</summary>
internal static class TimeZones
{
    public static DateTimeZone? Find(string? zoneId) =>
        string.IsNullOrWhiteSpace(zoneId) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);

    public static PolicyFinding UnknownZone(string path, string? zoneId) =>
        new(path, $"'{zoneId}' is not a known IANA time-zone id (for example 'America/Los_Angeles').", PolicyErrorCodes.UnknownTimeZone);
}
