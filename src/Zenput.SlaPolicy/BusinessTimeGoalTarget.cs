using System;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Internal;

namespace Zenput.Sla;

/// <summary>A target of working time on a business calendar.</summary>
/// <remarks>
/// <para>The goal names its calendar (<see cref="CalendarName"/>), and carries it (<see cref="Calendar"/>)
/// when it was created from the calendar itself. A policy built with a goal that carries its calendar
/// adds the calendar to its own; a clock counts a carried calendar even if it knows none of that name.</para>
/// <para>Equality compares the working time, the calendar's name and the maintenance choice: a goal read
/// back from a policy document (which names calendars) equals the one that was saved.</para>
/// </remarks>
public sealed record BusinessTimeGoalTarget : GoalTarget
{
    /// <summary>Creates a target on the calendar named <paramref name="calendarName"/>.</summary>
    /// <param name="workingTime">The working time allowed.</param>
    /// <param name="calendarName">The name of the business calendar it is counted on; never blank.</param>
    /// <exception cref="ArgumentException"><paramref name="calendarName"/> is null, empty or white space.</exception>
    public BusinessTimeGoalTarget(Duration workingTime, string calendarName)
    {
        WorkingTime = workingTime;
        CalendarName = Guard.NotBlank(calendarName, nameof(calendarName));
    }

    /// <summary>Creates a target on <paramref name="calendar"/>, which the goal carries.</summary>
    /// <param name="workingTime">The working time allowed.</param>
    /// <param name="calendar">The business calendar it is counted on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public BusinessTimeGoalTarget(Duration workingTime, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        WorkingTime = workingTime;
        CalendarName = calendar.Name;
        Calendar = calendar;
    }

    /// <inheritdoc />
    public override GoalTargetKind Kind => GoalTargetKind.BusinessTime;

    /// <summary>Gets the working time allowed.</summary>
    public Duration WorkingTime { get; init; }

    /// <summary>Gets the name of the business calendar it is counted on.</summary>
    public string CalendarName { get; }

    /// <summary>Gets the calendar itself when the goal was created from it, otherwise <see langword="null"/>.</summary>
    public BusinessCalendar? Calendar { get; }

    /// <inheritdoc />
    public bool Equals(BusinessTimeGoalTarget? other) =>
        other is not null && base.Equals(other) && WorkingTime == other.WorkingTime && CalendarName == other.CalendarName;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), WorkingTime, CalendarName);

    /// <inheritdoc />
    public override string ToString() => $"{GoalText.Format(WorkingTime)} of working time on '{CalendarName}'";
}
