using NodaTime;

namespace Zenput.Sla.Engine;

/// <summary>Bounds on instants for a local date that hold in every zone (offsets stay within ±18 hours).</summary>
internal static class DateBounds
{
    /// <summary>An instant after the date has ended in every zone, kept inside <see cref="ClockRange"/>.</summary>
    public static Instant EndOfDateAnywhere(LocalDate date)
    {
        var bound = ClockRange.Max - Duration.FromDays(3);
        if (date >= bound.InUtc().Date)
        {
            return ClockRange.Max;
        }

        var instant = date.PlusDays(2).AtMidnight().InUtc().ToInstant();
        return instant < ClockRange.Min ? ClockRange.Min : instant;
    }

    /// <summary>An instant before the date has started in every zone, kept inside <see cref="ClockRange"/>.</summary>
    public static Instant StartOfDateAnywhere(LocalDate date)
    {
        var bound = ClockRange.Min + Duration.FromDays(3);
        if (date <= bound.InUtc().Date)
        {
            return ClockRange.Min;
        }

        var instant = date.PlusDays(-1).AtMidnight().InUtc().ToInstant();
        return instant > ClockRange.Max ? ClockRange.Max : instant;
    }
}
