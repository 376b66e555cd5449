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
/// <para>A holiday is either on one <see cref="Date"/> or on the same <see cref="AnnualDate"/> every
/// year. An annual holiday on 29 February applies in leap years only.</para>
/// <para>A whole-day holiday removes the working windows that <em>start</em> on its local date (an
/// overnight shift that starts the evening before still runs into it). A partial-day closure instead
/// removes the working time between <see cref="ClosedFrom"/> and <see cref="ClosedUntil"/> on the
/// local wall clock of that date, whichever window it belongs to.</para>
/// </remarks>
public sealed record Holiday
{
    private Holiday(string name, LocalDate? date, AnnualDate? annualDate, LocalTime? closedFrom, LocalTime? closedUntil)
    {
        Name = Guard.NotBlank(name, nameof(name));
        Date = date;
        AnnualDate = annualDate;
        ClosedFrom = closedFrom;
        ClosedUntil = closedUntil;
    }

    /// <summary>Gets the name, for example <c>Thanksgiving</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the single date of the holiday, or <see langword="null"/> for an annual holiday.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the month and day on which the holiday recurs every year, or <see langword="null"/> for a single date.</summary>
    public AnnualDate? AnnualDate { get; }

    /// <summary>Gets the local time a partial-day closure starts, or <see langword="null"/> for a whole day.</summary>
    public LocalTime? ClosedFrom { get; }

    /// <summary>Gets the local time a partial-day closure ends, or <see langword="null"/> for a whole day. Midnight means the end of the day (<c>24:00</c>).</summary>
    public LocalTime? ClosedUntil { get; }

    /// <summary>Gets whether the holiday closes the whole day (as opposed to part of it).</summary>
    public bool IsWholeDay => ClosedFrom is null;

    /// <summary>Gets whether the holiday recurs every year.</summary>
    public bool IsAnnual => AnnualDate is not null;

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
    /// <param name="closedUntil">The local time the closure ends; must be after <paramref name="closedFrom"/>, or midnight for the end of the day.</param>
    /// <returns>The holiday.</returns>
    [Pure]
    public static Holiday PartOf(string name, LocalDate date, LocalTime closedFrom, LocalTime closedUntil) =>
        new(name, date, null, closedFrom, closedUntil);

    /// <summary>Creates a partial-day closure that recurs every year.</summary>
    /// <param name="name">The closure's name.</param>
    /// <param name="date">The month and day; 29 February applies in leap years only.</param>
    /// <param name="closedFrom">The local time the closure starts.</param>
    /// <param name="closedUntil">The local time the closure ends; must be after <paramref name="closedFrom"/>, or midnight for the end of the day.</param>
    /// <returns>The holiday.</returns>
    [Pure]
    public static Holiday PartOfEveryYear(string name, AnnualDate date, LocalTime closedFrom, LocalTime closedUntil) =>
        new(name, null, date, closedFrom, closedUntil);

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

        var annual = AnnualDate!.Value;
        return annual.Month == date.Month && annual.Day == date.Day;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var when = Date?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            ?? $"every {AnnualDate!.Value.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
        return IsWholeDay ? $"{Name} ({when})" : $"{Name} ({when} {ClosedFrom:HH:mm}–{ClosedUntil:HH:mm})";
    }
}
