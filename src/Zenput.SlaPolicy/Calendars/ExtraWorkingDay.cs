using System;
using System.Collections.Generic;
using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Calendars;

/// <summary>
/// A date whose working time is given explicitly, for example a Saturday worked before a release.
/// </summary>
/// <remarks>
/// On <see cref="Date"/> the windows that start are exactly <see cref="Hours"/>: they replace the
/// weekly windows for that weekday and take precedence over a whole-day holiday on the same date.
/// Partial-day closures still apply.
/// </remarks>
public sealed class ExtraWorkingDay : IEquatable<ExtraWorkingDay>
{
    /// <summary>Creates an extra working day.</summary>
    /// <param name="date">The local date.</param>
    /// <param name="hours">The opening hours that start on that date.</param>
    public ExtraWorkingDay(LocalDate date, IEnumerable<OpeningHours> hours)
    {
        Date = date;
        Hours = Guard.Freeze(hours, nameof(hours));
    }

    /// <summary>Gets the local date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the opening hours that start on <see cref="Date"/>.</summary>
    public IReadOnlyList<OpeningHours> Hours { get; }

    /// <inheritdoc />
    public bool Equals(ExtraWorkingDay? other) =>
        other is not null && Date == other.Date && Equality.Sequence(Hours, other.Hours);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExtraWorkingDay);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Equality.SequenceHash(Hours));

    /// <inheritdoc />
    public override string ToString() => $"{Date:uuuu-MM-dd} {string.Join(", ", Hours)}";

    /// <summary>Compares two extra working days for structural equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ExtraWorkingDay? left, ExtraWorkingDay? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two extra working days for structural inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ExtraWorkingDay? left, ExtraWorkingDay? right) => !(left == right);
}
