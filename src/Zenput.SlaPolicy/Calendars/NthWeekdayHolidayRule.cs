using System.Globalization;
using NodaTime;

namespace Zenput.Sla.Calendars;

/// <summary>A holiday on the nth (or last) weekday of a month every year, for example Thanksgiving (the fourth Thursday of November) or Memorial Day (the last Monday of May).</summary>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="DayOfWeek">The weekday.</param>
/// <param name="Week">1 to 5 counts from the start of the month (a month without a fifth such weekday has no holiday that year); -1 is the last.</param>
public sealed record NthWeekdayHolidayRule(int Month, IsoDayOfWeek DayOfWeek, int Week) : HolidayRule
{
    /// <summary>The value of <see cref="Week"/> that means the last such weekday of the month.</summary>
    public const int Last = -1;

    /// <inheritdoc />
    public override LocalDate? DateIn(int year)
    {
        if (Month is < 1 or > 12 || DayOfWeek is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday || Week is not (Last or (>= 1 and <= 5)) || year is < MinYear or > MaxYear)
        {
            return null;
        }

        if (Week == Last)
        {
            var lastDay = new LocalDate(year, Month, CalendarSystem.Iso.GetDaysInMonth(year, Month));
            return lastDay.With(DateAdjusters.PreviousOrSame(DayOfWeek));
        }

        // Counted in days of the month, never past its end: a fifth weekday a month lacks gives no holiday,
        // and in December 9999 it would fall after the last day NodaTime can represent.
        var day = new LocalDate(year, Month, 1).With(DateAdjusters.NextOrSame(DayOfWeek)).Day + (7 * (Week - 1));
        return day <= CalendarSystem.Iso.GetDaysInMonth(year, Month) ? new LocalDate(year, Month, day) : null;
    }

    /// <inheritdoc />
    public override string ToString() =>
        Week == Last
            ? $"the last {DayOfWeek} of {Month.ToString("00", CultureInfo.InvariantCulture)}"
            : $"{DayOfWeek} #{Week.ToString(CultureInfo.InvariantCulture)} of {Month.ToString("00", CultureInfo.InvariantCulture)}";
}
