using System.Globalization;
using NodaTime;

namespace Zenput.Sla.Internal;

/// <summary>Human-readable durations ("2 hours", "90 minutes") for goals and reports.</summary>
internal static class GoalText
{
    public static string Format(Duration duration)
    {
        if (duration == Duration.Zero)
        {
            return "0 minutes";
        }

        if (duration.SubsecondTicks == 0 && duration.Seconds == 0)
        {
            var totalMinutes = (long)duration.TotalMinutes;
            if (totalMinutes % 60 == 0)
            {
                return Plural(totalMinutes / 60, "hour");
            }

            return Plural(totalMinutes, "minute");
        }

        return duration.ToString("-H:mm:ss.FFFFFFFFF", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A length of working time on a business calendar: "4 business hours", "15 business minutes", or "1:30:15 of business
    /// time" when it is not a whole number of minutes. For a step's allowance and the update cadence on a business-time tier,
    /// where "every 4 hours" would read as the 24×7 clock (README E10).
    /// </summary>
    public static string FormatBusiness(Duration duration)
    {
        if (duration.SubsecondTicks == 0 && duration.Seconds == 0)
        {
            var totalMinutes = (long)duration.TotalMinutes;
            return totalMinutes != 0 && totalMinutes % 60 == 0
                ? Plural(totalMinutes / 60, "business hour")
                : Plural(totalMinutes, "business minute");
        }

        return Format(duration) + " of business time";
    }

    private static string Plural(long count, string unit) =>
        count == 1 || count == -1
            ? string.Create(CultureInfo.InvariantCulture, $"{count} {unit}")
            : string.Create(CultureInfo.InvariantCulture, $"{count} {unit}s");
}
