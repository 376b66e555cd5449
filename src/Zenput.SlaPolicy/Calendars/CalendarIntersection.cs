using System;
using System.Collections.Generic;
using System.Linq;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Calendars;

/// <summary>
/// A named calendar that is open only when every one of its calendars is open: the customer's site
/// hours ∩ the support desk's hours. Goals name it like any business calendar.
/// </summary>
/// <remarks>
/// <para>Its working time is the instants that are working time on each of <see cref="CalendarNames"/>
/// (business calendars of the same policy, each with its own zone, holidays and schedules).</para>
/// <para>For a business-days goal its days are those of the first calendar: a date of the first calendar
/// is a working day when some of its windows, after its holidays and closures, is working time on the
/// others too, and the day closes at the end of the last such instant.</para>
/// <para>Instances are immutable. Equality is structural.</para>
/// </remarks>
public sealed class CalendarIntersection : IEquatable<CalendarIntersection>
{
    /// <summary>Creates an intersection.</summary>
    /// <param name="name">The name goals refer to it by; unique among the policy's calendars.</param>
    /// <param name="calendarNames">The business calendars intersected, at least two; the first gives the days of business-days goals.</param>
    public CalendarIntersection(string name, IEnumerable<string> calendarNames)
    {
        Name = Guard.NotBlank(name, nameof(name));
        CalendarNames = Guard.Freeze(calendarNames, nameof(calendarNames));
    }

    /// <summary>Gets the name goals refer to it by.</summary>
    public string Name { get; }

    /// <summary>Gets the names of the business calendars intersected.</summary>
    public IReadOnlyList<string> CalendarNames { get; }

    /// <inheritdoc />
    public bool Equals(CalendarIntersection? other) =>
        other is not null && Name == other.Name && CalendarNames.SequenceEqual(other.CalendarNames, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CalendarIntersection);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Equality.SequenceHash(CalendarNames));

    /// <inheritdoc />
    public override string ToString() => $"{Name} (∩ {string.Join(", ", CalendarNames)})";

    /// <summary>Compares two intersections for structural equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CalendarIntersection? left, CalendarIntersection? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two intersections for structural inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CalendarIntersection? left, CalendarIntersection? right) => !(left == right);
}
