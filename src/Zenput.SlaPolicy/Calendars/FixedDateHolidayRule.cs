using System.Globalization;
using NodaTime;

namespace Zenput.Sla.Calendars;

/// <summary>
/// A holiday on the same month and day every year, observed on another day when it falls on a weekend:
/// the occurrence moves to the Friday before or the Monday after, as <see cref="SaturdayObservedOn"/> and
/// <see cref="SundayObservedOn"/> say, and only the observed day is a holiday.
/// </summary>
/// <param name="Date">The month and day; 29 February gives a holiday in leap years only.</param>
/// <param name="SaturdayObservedOn">Friday, Saturday (kept) or Monday.</param>
/// <param name="SundayObservedOn">Friday, Sunday (kept) or Monday.</param>
public sealed record FixedDateHolidayRule(AnnualDate Date, IsoDayOfWeek SaturdayObservedOn, IsoDayOfWeek SundayObservedOn) : HolidayRule
{
    /// <inheritdoc />
    public override LocalDate? DateIn(int year)
    {
        if (year is < MinYear or > MaxYear || !Date.IsValidYear(year))
        {
            return null;
        }

        var date = Date.InYear(year);
        return date.DayOfWeek switch
        {
            IsoDayOfWeek.Saturday => Moved(date, SaturdayObservedOn),
            IsoDayOfWeek.Sunday => Moved(date, SundayObservedOn),
            _ => date,
        };
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"every {Date.ToString("MM-dd", CultureInfo.InvariantCulture)} (Saturday on {SaturdayObservedOn}, Sunday on {SundayObservedOn})";

    /// <summary>The weekday nearest <paramref name="date"/> that is <paramref name="observedOn"/>, looking back for Friday and forward otherwise; null for a weekday the validator refuses.</summary>
    private static LocalDate? Moved(LocalDate date, IsoDayOfWeek observedOn) => observedOn switch
    {
        IsoDayOfWeek.Friday => date.With(DateAdjusters.Previous(IsoDayOfWeek.Friday)),
        IsoDayOfWeek.Monday => date.With(DateAdjusters.Next(IsoDayOfWeek.Monday)),
        _ when observedOn == date.DayOfWeek => date,
        _ => null,
    };
}
