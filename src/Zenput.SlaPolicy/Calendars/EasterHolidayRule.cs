using System.Globalization;
using NodaTime;

namespace Zenput.Sla.Calendars;

/// <summary>
/// A holiday a fixed number of days from Easter Sunday (Western Easter, Gregorian computus), for example
/// Good Friday (-2) or Easter Monday (1).
/// </summary>
/// <remarks>Easter is computed by the Gregorian rule for every year from 1 on; the rule has no date before year 1.</remarks>
/// <param name="OffsetDays">Days after (or, negative, before) Easter Sunday, from -200 to 200.</param>
public sealed record EasterHolidayRule(int OffsetDays) : HolidayRule
{
    /// <summary>The largest offset, in days either way, the validator accepts.</summary>
    public const int MaxOffsetDays = 200;

    /// <summary>Gets Easter Sunday of <paramref name="year"/> by the anonymous Gregorian algorithm (Meeus, Jones, Butcher).</summary>
    /// <param name="year">A year from 1 to 9999.</param>
    /// <returns>The date.</returns>
    [System.Diagnostics.Contracts.Pure]
    public static LocalDate SundayIn(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100;
        int d = b / 4, e = b % 4, f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var n = h + l - (7 * m) + 114;
        return new LocalDate(year, n / 31, (n % 31) + 1);
    }

    /// <inheritdoc />
    public override LocalDate? DateIn(int year) =>
        year is >= 1 and <= MaxYear && OffsetDays is >= -MaxOffsetDays and <= MaxOffsetDays
            ? SundayIn(year).PlusDays(OffsetDays)
            : null;

    /// <inheritdoc />
    public override string ToString() =>
        OffsetDays switch
        {
            0 => "Easter Sunday",
            > 0 => $"Easter + {Days(OffsetDays)}",
            _ => $"Easter - {Days(-OffsetDays)}",
        };

    private static string Days(int days) => days == 1 ? "1 day" : $"{days.ToString(CultureInfo.InvariantCulture)} days";
}
