using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Calendars;

/// <summary>
/// A date on which a business calendar is closed, in whole or in part.
/// </summary>
/// <remarks>
/// <para>A holiday is on one <see cref="Date"/>, on the same <see cref="AnnualDate"/> every year, or on
/// the date a <see cref="Rule"/> gives each year (the fourth Thursday of November, 25 December observed
/// on a weekday, Good Friday). An annual holiday on 29 February applies in leap years only.</para>
/// <para>A whole-day holiday removes the working windows that <em>start</em> on its local date (an
/// overnight shift that starts the evening before still runs into it). A partial-day closure instead
/// removes the working time from <see cref="ClosedFrom"/> to <see cref="ClosedUntil"/> on the local wall
/// clock, whichever window it belongs to. Like opening hours, a closure's end at or before its start is
/// on the next date: <c>22:00–02:00</c> crosses midnight, <c>13:00–24:00</c> (or <c>13:00–00:00</c>)
/// closes the rest of the day, and <c>00:00–00:00</c> closes the whole day by the clock.</para>
/// </remarks>
public sealed record Holiday
{
    private Holiday(string name, LocalDate? date, AnnualDate? annualDate, LocalTime? closedFrom, LocalTime? closedUntil, HolidayRule? rule = null)
    {
        Name = Guard.NotBlank(name, nameof(name));
        Date = date;
        AnnualDate = annualDate;
        Rule = rule;
        ClosedFrom = closedFrom;
        ClosedUntil = closedUntil;
    }

    /// <summary>Gets the name, for example <c>Thanksgiving</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the single date of the holiday, or <see langword="null"/> for an annual or rule-based holiday.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the month and day on which the holiday recurs every year, or <see langword="null"/> for a single date or a rule.</summary>
    public AnnualDate? AnnualDate { get; }

    /// <summary>Gets the rule that places the holiday each year, or <see langword="null"/> for a holiday on a single or annual date.</summary>
    public HolidayRule? Rule { get; }

    /// <summary>Gets the local time a partial-day closure starts, or <see langword="null"/> for a whole day.</summary>
    public LocalTime? ClosedFrom { get; }

    /// <summary>Gets the local time a partial-day closure ends, or <see langword="null"/> for a whole day. At or before <see cref="ClosedFrom"/> it is on the next date, so midnight means the end of the day (<c>24:00</c>).</summary>
    public LocalTime? ClosedUntil { get; }

    /// <summary>Gets whether the holiday closes the whole day (as opposed to part of it).</summary>
    public bool IsWholeDay => ClosedFrom is null;

    /// <summary>Gets whether the holiday recurs every year (on an annual date or by a rule).</summary>
    public bool IsAnnual => AnnualDate is not null || Rule is not null;

    /// <summary>The name of a holiday given by its date alone (<see cref="On(LocalDate)"/>, <see cref="OnDates(IEnumerable{LocalDate})"/>).</summary>
    public const string DefaultName = "Holiday";

    /// <summary>Creates a whole-day holiday on one date, named <see cref="DefaultName"/>.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The holiday.</returns>
    [Pure]
    public static Holiday On(LocalDate date) => On(DefaultName, date);

    /// <summary>Creates a whole-day holiday on each of <paramref name="dates"/>, named <see cref="DefaultName"/>: a list of closed dates in one call.</summary>
    /// <param name="dates">The local dates.</param>
    /// <returns>One holiday per date, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    [Pure]
    public static IReadOnlyList<Holiday> OnDates(IEnumerable<LocalDate> dates) => OnDates(DefaultName, dates);

    /// <summary>Creates a whole-day holiday with the same name on each of <paramref name="dates"/>, for example a winter shutdown.</summary>
    /// <param name="name">The holidays' name.</param>
    /// <param name="dates">The local dates.</param>
    /// <returns>One holiday per date, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    [Pure]
    public static IReadOnlyList<Holiday> OnDates(string name, IEnumerable<LocalDate> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return [.. dates.Select(d => On(name, d))];
    }

    /// <summary>Creates a whole-day holiday on one date.</summary>
    /// <param name="name">The holiday's name.</param>
    /// <param name="date">The local date.</param>
    /// <returns>The holiday.</returns>
    [Pure]
    public static Holiday On(string name, LocalDate date) => new(name, date, null, null, null);

    /// <summary>Creates a whole-day holiday on the same month and day every year.</summary>
    /// <param name="name">The holiday's name.</param>
    /// <param name="date">The month and day; 29 February applies in leap years only.</param>
    /// <returns>The holiday.</returns>
    [Pure]
    public static Holiday EveryYear(string name, AnnualDate date) => new(name, null, date, null, null);

    /// <summary>Creates a partial-day closure on one date: working time between <paramref name="closedFrom"/> and <paramref name="closedUntil"/> is removed.</summary>
    /// <param name="name">The closure's name.</param>
    /// <param name="date">The local date.</param>
    /// <param name="closedFrom">The local time the closure starts.</param>
    /// <param name="closedUntil">The local time the closure ends; at or before <paramref name="closedFrom"/> it is on the next date (midnight is the end of the day).</param>
    /// <returns>The holiday.</returns>
    [Pure]
    public static Holiday PartOf(string name, LocalDate date, LocalTime closedFrom, LocalTime closedUntil) =>
        new(name, date, null, closedFrom, closedUntil);

    /// <summary>Creates a partial-day closure that recurs every year.</summary>
    /// <param name="name">The closure's name.</param>
    /// <param name="date">The month and day; 29 February applies in leap years only.</param>
    /// <param name="closedFrom">The local time the closure starts.</param>
    /// <param name="closedUntil">The local time the closure ends; at or before <paramref name="closedFrom"/> it is on the next date (midnight is the end of the day).</param>
    /// <returns>The holiday.</returns>
    [Pure]
    public static Holiday PartOfEveryYear(string name, AnnualDate date, LocalTime closedFrom, LocalTime closedUntil) =>
        new(name, null, date, closedFrom, closedUntil);

    /// <summary>Creates a whole-day holiday on the date <paramref name="rule"/> gives each year.</summary>
    /// <param name="name">The holiday's name, for example <c>Thanksgiving</c>.</param>
    /// <param name="rule">The rule, for example <c>HolidayRule.NthWeekday(11, IsoDayOfWeek.Thursday, 4)</c>.</param>
    /// <returns>The holiday.</returns>
    [Pure]
    public static Holiday ByRule(string name, HolidayRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(name, null, null, null, null, rule);
    }

    /// <summary>Creates a partial-day closure on the date <paramref name="rule"/> gives each year.</summary>
    /// <param name="name">The closure's name, for example <c>Christmas Eve afternoon</c>.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="closedFrom">The local time the closure starts.</param>
    /// <param name="closedUntil">The local time the closure ends; at or before <paramref name="closedFrom"/> it is on the next date.</param>
    /// <returns>The holiday.</returns>
    [Pure]
    public static Holiday PartByRule(string name, HolidayRule rule, LocalTime closedFrom, LocalTime closedUntil)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(name, null, null, closedFrom, closedUntil, rule);
    }

    /// <summary>Gets whether the holiday falls on <paramref name="date"/>.</summary>
    /// <param name="date">A local date.</param>
    /// <returns><see langword="true"/> when the holiday applies on that date.</returns>
    [Pure]
    public bool FallsOn(LocalDate date)
    {
        if (Date is { } single)
        {
            return single == date;
        }

        if (Rule is { } rule)
        {
            return rule.FallsOn(date);
        }

        var annual = AnnualDate!.Value;
        return annual.Month == date.Month && annual.Day == date.Day;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var when = Date?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            ?? Rule?.ToString()
            ?? $"every {AnnualDate!.Value.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
        return IsWholeDay ? $"{Name} ({when})" : $"{Name} ({when} {ClosedFrom:HH:mm}–{ClosedUntil:HH:mm})";
    }
}
