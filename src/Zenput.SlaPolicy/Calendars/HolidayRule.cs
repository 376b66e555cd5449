using System.Diagnostics.Contracts;
using NodaTime;

namespace Zenput.Sla.Calendars;

/// <summary>
/// A rule that places a holiday on one date a year: the nth or last weekday of a month
/// (<see cref="NthWeekday"/>, <see cref="LastWeekday"/>), a fixed date moved off the weekend
/// (<see cref="FixedDate"/>), or a day relative to Easter Sunday (<see cref="Easter"/>).
/// </summary>
/// <remarks>
/// Rules are expanded lazily: the clock asks a rule for its date only in the years it compiles, so a
/// rule costs nothing for the centuries nobody asks about. A rule's date for a year may fall in the
/// year before or after (New Year's Day on a Saturday observed on Friday 31 December).
/// Rules are immutable values with structural equality.
/// </remarks>
public abstract record HolidayRule
{
    private protected HolidayRule()
    {
    }

    /// <summary>Gets the date the rule places the holiday of <paramref name="year"/> on, or <see langword="null"/> when it has none that year.</summary>
    /// <param name="year">The year whose occurrence is wanted.</param>
    /// <returns>The date, possibly in the year before or after; <see langword="null"/> when the rule has no date that year.</returns>
    [Pure]
    public abstract LocalDate? DateIn(int year);

    /// <summary>Gets whether the rule places a holiday on <paramref name="date"/>.</summary>
    /// <param name="date">A local date.</param>
    /// <returns><see langword="true"/> when the occurrence of its year, or of the year before or after, is on that date.</returns>
    [Pure]
    public bool FallsOn(LocalDate date)
    {
        for (var year = date.Year - 1; year <= date.Year + 1; year++)
        {
            if (year >= MinYear && year <= MaxYear && DateIn(year) == date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first year a rule gives a date in: NodaTime's ISO calendar starts on 1 January -9998, which the clock's
    /// range reaches. No occurrence of -9998 falls before that day: it is a Tuesday (the first weekend date,
    /// 5 January, is moved back to Friday the 4th at the earliest), and Easter has no date before year 1.
    /// </summary>
    private protected const int MinYear = -9998;

    /// <summary>
    /// The last year a rule gives a date in: NodaTime's ISO calendar ends on 31 December 9999, which the clock's
    /// range reaches. No occurrence of 9999 falls after that day: it is a Friday (no weekend date is moved past it),
    /// Easter 9999 is 28 March (200 days on is 14 October), and a fifth weekday is counted within its month.
    /// </summary>
    private protected const int MaxYear = 9999;

    /// <summary>Creates the rule "the <paramref name="week"/>th <paramref name="dayOfWeek"/> of <paramref name="month"/>", for example the fourth Thursday of November.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="dayOfWeek">The weekday.</param>
    /// <param name="week">1 to 5 counts from the start of the month (a fifth that a month lacks gives no holiday that year); -1 is the last.</param>
    /// <returns>The rule.</returns>
    [Pure]
    public static NthWeekdayHolidayRule NthWeekday(int month, IsoDayOfWeek dayOfWeek, int week) => new(month, dayOfWeek, week);

    /// <summary>Creates the rule "the last <paramref name="dayOfWeek"/> of <paramref name="month"/>", for example the last Monday of May.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="dayOfWeek">The weekday.</param>
    /// <returns>The rule (week -1).</returns>
    [Pure]
    public static NthWeekdayHolidayRule LastWeekday(int month, IsoDayOfWeek dayOfWeek) => new(month, dayOfWeek, NthWeekdayHolidayRule.Last);

    /// <summary>Creates the rule "every <paramref name="date"/>, observed on another day when it falls on a weekend".</summary>
    /// <param name="date">The month and day; 29 February gives a holiday in leap years only.</param>
    /// <param name="saturdayObservedOn">Where a Saturday occurrence is observed: <see cref="IsoDayOfWeek.Friday"/> before it, <see cref="IsoDayOfWeek.Monday"/> after it, or <see cref="IsoDayOfWeek.Saturday"/> to keep it.</param>
    /// <param name="sundayObservedOn">Where a Sunday occurrence is observed: <see cref="IsoDayOfWeek.Friday"/> before it, <see cref="IsoDayOfWeek.Monday"/> after it, or <see cref="IsoDayOfWeek.Sunday"/> to keep it.</param>
    /// <returns>The rule. With the defaults (Saturday to Friday, Sunday to Monday) it is the US federal rule.</returns>
    [Pure]
    public static FixedDateHolidayRule FixedDate(AnnualDate date, IsoDayOfWeek saturdayObservedOn = IsoDayOfWeek.Friday, IsoDayOfWeek sundayObservedOn = IsoDayOfWeek.Monday) =>
        new(date, saturdayObservedOn, sundayObservedOn);

    /// <summary>Creates the rule "<paramref name="offsetDays"/> days from Easter Sunday" (Western, Gregorian computus): -2 is Good Friday, 1 is Easter Monday.</summary>
    /// <param name="offsetDays">Days after (or, negative, before) Easter Sunday, from -200 to 200.</param>
    /// <returns>The rule.</returns>
    [Pure]
    public static EasterHolidayRule Easter(int offsetDays) => new(offsetDays);
}
