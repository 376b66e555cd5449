using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Calendars;

/// <summary>
/// A named business calendar: weekly local working windows in an IANA time zone, with holidays,
/// partial-day closures and extra working days.
/// </summary>
/// <remarks>
/// <para>The working time that starts on a local date is: the hours of an <see cref="ExtraWorkingDay"/>
/// on that date if there is one; otherwise nothing if a whole-day <see cref="Holiday"/> falls on it;
/// otherwise the <see cref="Windows"/> for its weekday. Partial-day closures are then removed, and
/// overlapping spans merge.</para>
/// <para>Each local boundary maps to the first instant at which the wall clock reads that local time
/// or later: a boundary inside a DST gap moves to the end of the gap, and a boundary inside an
/// overlap takes the earlier occurrence.</para>
/// <para>A calendar is data only. To count working time on it, with or without maintenance windows and
/// pauses, make a clock: <c>new SlaClock(calendar)</c> (namespace <c>Zenput.Sla.Clock</c>), or use it in a
/// policy.</para>
/// <para>Instances are immutable and thread-safe. Equality is structural (the zone by its id).</para>
/// </remarks>
public sealed class BusinessCalendar : IEquatable<BusinessCalendar>
{
    /// <summary>The name of the calendar created by <see cref="AlwaysOpen(DateTimeZone)"/>.</summary>
    public const string AlwaysOpenName = "24x7";

    /// <summary>Creates a business calendar.</summary>
    /// <param name="name">The calendar's name, by which goals refer to it.</param>
    /// <param name="zone">The time zone whose wall clock the windows are read on.</param>
    /// <param name="windows">The weekly working windows.</param>
    /// <param name="holidays">Whole-day holidays and partial-day closures.</param>
    /// <param name="extraWorkingDays">Dates whose working time is given explicitly.</param>
    public BusinessCalendar(
        string name,
        DateTimeZone zone,
        IEnumerable<WorkingWindow> windows,
        IEnumerable<Holiday>? holidays = null,
        IEnumerable<ExtraWorkingDay>? extraWorkingDays = null)
    {
        Name = Guard.NotBlank(name, nameof(name));
        ArgumentNullException.ThrowIfNull(zone);
        Zone = zone;
        Windows = Guard.Freeze(windows, nameof(windows));
        Holidays = Guard.Freeze(holidays ?? [], nameof(holidays));
        ExtraWorkingDays = Guard.Freeze(extraWorkingDays ?? [], nameof(extraWorkingDays));
    }

    /// <summary>Gets the calendar's name.</summary>
    public string Name { get; }

    /// <summary>Gets the time zone whose wall clock the windows are read on.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the weekly working windows.</summary>
    public IReadOnlyList<WorkingWindow> Windows { get; }

    /// <summary>Gets the holidays and partial-day closures.</summary>
    public IReadOnlyList<Holiday> Holidays { get; }

    /// <summary>Gets the dates whose working time is given explicitly.</summary>
    public IReadOnlyList<ExtraWorkingDay> ExtraWorkingDays { get; }

    /// <summary>Creates a calendar that is open around the clock every day of the week.</summary>
    /// <param name="zone">The zone; it matters only if holidays are added later.</param>
    /// <returns>A calendar named <see cref="AlwaysOpenName"/> whose working time is all time.</returns>
    [Pure]
    public static BusinessCalendar AlwaysOpen(DateTimeZone zone) =>
        new(AlwaysOpenName, zone, Enum.GetValues<IsoDayOfWeek>()
            .Where(d => d != IsoDayOfWeek.None)
            .Select(d => new WorkingWindow(d, LocalTime.Midnight, LocalTime.Midnight)));

    /// <summary>Gets the opening hours that start on <paramref name="date"/>, before partial-day closures.</summary>
    /// <param name="date">A local date.</param>
    /// <returns>The opening hours starting on that date, possibly none.</returns>
    [Pure]
    public IEnumerable<OpeningHours> HoursStartingOn(LocalDate date)
    {
        foreach (var extra in ExtraWorkingDays)
        {
            if (extra.Date == date)
            {
                return extra.Hours;
            }
        }

        foreach (var holiday in Holidays)
        {
            if (holiday.IsWholeDay && holiday.FallsOn(date))
            {
                return [];
            }
        }

        var day = date.DayOfWeek;
        return Windows.Where(w => w.Day == day).Select(w => w.Hours);
    }

    /// <inheritdoc />
    public bool Equals(BusinessCalendar? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Name == other.Name
                && Zone.Id == other.Zone.Id
                && Equality.Sequence(Windows, other.Windows)
                && Equality.Sequence(Holidays, other.Holidays)
                && Equality.Sequence(ExtraWorkingDays, other.ExtraWorkingDays)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BusinessCalendar);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Zone.Id, Equality.SequenceHash(Windows), Equality.SequenceHash(Holidays));

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Zone.Id})";

    /// <summary>Compares two calendars for structural equality.</summary>
    /// <param name="left">The first calendar.</param>
    /// <param name="right">The second calendar.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(BusinessCalendar? left, BusinessCalendar? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two calendars for structural inequality.</summary>
    /// <param name="left">The first calendar.</param>
    /// <param name="right">The second calendar.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(BusinessCalendar? left, BusinessCalendar? right) => !(left == right);
}
