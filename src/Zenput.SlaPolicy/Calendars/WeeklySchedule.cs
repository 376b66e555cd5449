using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Linq;
using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Calendars;

/// <summary>
/// Weekly working windows in force for a span of dates: summer hours from June to August, or a new
/// schedule from a date on. A calendar changes this way without rewriting its history: tickets before
/// the change keep the old hours.
/// </summary>
/// <remarks>
/// <para>On a date D, the weekly windows of a calendar are those of the schedule with the latest
/// <see cref="EffectiveFrom"/> on or before D that is still in force on D (<see cref="EffectiveUntil"/>
/// absent or on or after D); when none is, the calendar's own <see cref="BusinessCalendar.Windows"/>.
/// So summer hours inside a longer schedule win for the summer, and the longer schedule resumes after.
/// A window belongs to the date it starts on, so an overnight shift that starts on the last day of a
/// schedule runs to its end.</para>
/// <para>Extra working days and whole-day holidays take precedence over a schedule exactly as over the
/// calendar's own windows.</para>
/// </remarks>
public sealed class WeeklySchedule : IEquatable<WeeklySchedule>
{
    /// <summary>Creates a schedule.</summary>
    /// <param name="effectiveFrom">The first date the windows apply on.</param>
    /// <param name="windows">The weekly windows in force; none closes every day of the span.</param>
    /// <param name="effectiveUntil">The last date the windows apply on, or <see langword="null"/> for no end.</param>
    public WeeklySchedule(LocalDate effectiveFrom, IEnumerable<WorkingWindow> windows, LocalDate? effectiveUntil = null)
    {
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
        Windows = Guard.Freeze(windows, nameof(windows));
    }

    /// <summary>Gets the first date the windows apply on.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the last date the windows apply on (inclusive), or <see langword="null"/> for no end.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>Gets the weekly windows in force.</summary>
    public IReadOnlyList<WorkingWindow> Windows { get; }

    /// <summary>Gets whether the schedule is in force on <paramref name="date"/>.</summary>
    /// <param name="date">A local date.</param>
    /// <returns><see langword="true"/> from <see cref="EffectiveFrom"/> to <see cref="EffectiveUntil"/>, both included.</returns>
    [Pure]
    public bool IsInForceOn(LocalDate date) => date >= EffectiveFrom && (EffectiveUntil is not { } until || date <= until);

    /// <inheritdoc />
    public bool Equals(WeeklySchedule? other) =>
        other is not null
        && EffectiveFrom == other.EffectiveFrom
        && EffectiveUntil == other.EffectiveUntil
        && Equality.Sequence(Windows, other.Windows);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WeeklySchedule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EffectiveFrom, EffectiveUntil, Equality.SequenceHash(Windows));

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"from {EffectiveFrom:uuuu-MM-dd}{(EffectiveUntil is { } until ? $" to {until:uuuu-MM-dd}" : string.Empty)}: {string.Join(", ", Windows.Select(w => w.ToString()))}");

    /// <summary>Compares two schedules for structural equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(WeeklySchedule? left, WeeklySchedule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two schedules for structural inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(WeeklySchedule? left, WeeklySchedule? right) => !(left == right);
}
