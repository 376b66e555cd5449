using System;
using System.Diagnostics.Contracts;
using NodaTime;

namespace Zenput.Sla.Reports;

/// <summary>
/// The verdicts of tickets by the local weekday and hour they were reported at, in the policy's support
/// zone: where in the week the team breaches.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class WeekdayHourMap
{
    private readonly VerdictCounts[] _cells;

    internal WeekdayHourMap(VerdictCounts[] cells) => _cells = cells;

    /// <summary>Gets the verdicts of the tickets reported on <paramref name="weekday"/> between <paramref name="hour"/>:00 and <paramref name="hour"/>:59 local time.</summary>
    /// <param name="weekday">The local weekday.</param>
    /// <param name="hour">The local hour, 0 to 23.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The weekday is <see cref="IsoDayOfWeek.None"/> or the hour is not 0–23.</exception>
    [Pure]
    public VerdictCounts At(IsoDayOfWeek weekday, int hour)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan((int)weekday, (int)IsoDayOfWeek.Monday, nameof(weekday));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((int)weekday, (int)IsoDayOfWeek.Sunday, nameof(weekday));
        ArgumentOutOfRangeException.ThrowIfNegative(hour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hour, 23);
        return _cells[Cell(weekday, hour)];
    }

    /// <summary>The index of a cell: Monday 00 is 0, Sunday 23 is 167.</summary>
    internal static int Cell(IsoDayOfWeek weekday, int hour) => (((int)weekday - 1) * 24) + hour;
}
