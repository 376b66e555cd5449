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

    private static string Plural(long count, string unit) =>
        count == 1 || count == -1
            ? string.Create(CultureInfo.InvariantCulture, $"{count} {unit}")
            : string.Create(CultureInfo.InvariantCulture, $"{count} {unit}s");
}
