using NodaTime;
using NodaTime.TimeZones;

namespace Zenput.Sla.Reports;

/// <summary>
/// Turns report instants into the support zone's local day and hour with integer arithmetic, keeping the
/// zone interval last used (tickets of a history mostly share one), so that the aggregator does not build
/// a <see cref="ZonedDateTime"/> per ticket.
/// </summary>
internal sealed class SupportZoneClock(DateTimeZone zone)
{
    private const long TicksPerDay = NodaConstants.TicksPerDay;
    private const long TicksPerHour = NodaConstants.TicksPerHour;

    private ZoneInterval? _interval;
    private long _offsetTicks;

    public DateTimeZone Zone => zone;

    /// <summary>Gets the local day number (days since 1970-01-01 local) and hour of <paramref name="instant"/>.</summary>
    public void Local(Instant instant, out long day, out int hour)
    {
        if (_interval is null || !_interval.Contains(instant))
        {
            _interval = zone.GetZoneInterval(instant);
            _offsetTicks = _interval.WallOffset.Ticks;
        }

        // Floor division: instants before 1970 have negative day numbers.
        var ticks = instant.ToUnixTimeTicks() + _offsetTicks;
        day = ticks / TicksPerDay;
        var ofDay = ticks % TicksPerDay;
        if (ofDay < 0)
        {
            day--;
            ofDay += TicksPerDay;
        }

        hour = (int)(ofDay / TicksPerHour);
    }

    /// <summary>Gets the ISO weekday of a local day number (1970-01-01 was a Thursday).</summary>
    public static IsoDayOfWeek Weekday(long day)
    {
        var index = (day + 3) % 7;
        return (IsoDayOfWeek)((index < 0 ? index + 7 : index) + 1);
    }

    /// <summary>Gets the day number of the Monday that starts the ISO week of <paramref name="day"/>.</summary>
    public static long WeekStart(long day) => day - ((int)Weekday(day) - 1);

    /// <summary>Gets the local date of a day number.</summary>
    public static LocalDate Date(long day) => new LocalDate(1970, 1, 1).PlusDays(checked((int)day));
}
