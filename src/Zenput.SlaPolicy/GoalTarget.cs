using System.Diagnostics.Contracts;
using NodaTime;
using Zenput.Sla.Calendars;

namespace Zenput.Sla;

/// <summary>
/// The length of a goal (a response goal, a step deadline) and the clock it is measured on.
/// </summary>
/// <remarks>
/// <para>Three kinds exist (see <see cref="GoalTargetKind"/>); create them with
/// <see cref="Elapsed(Duration)"/>, <see cref="CalendarDays(int)"/> and
/// <see cref="BusinessTime(Duration, BusinessCalendar)"/> (or, by the calendar's name,
/// <see cref="BusinessTime(Duration, string)"/>).</para>
/// <para>Whether the clock stops during scheduled maintenance can be chosen per goal with
/// <see cref="ClockStopsDuringMaintenance"/>, for example
/// <c>GoalTarget.Elapsed(Duration.FromHours(2)) with { ClockStopsDuringMaintenance = true }</c>; left
/// <see langword="null"/>, the goal follows its clock (the policy's
/// <see cref="SlaPolicy.ClockStopsDuringMaintenance"/>, or whether a calendar clock was given maintenance).</para>
/// <para>Targets are immutable values with structural equality. Constructing one does not check
/// that it is positive: a policy's validator reports every non-positive goal at once.</para>
/// </remarks>
public abstract record GoalTarget
{
    private protected GoalTarget()
    {
    }

    /// <summary>Gets how this target is measured.</summary>
    public abstract GoalTargetKind Kind { get; }

    /// <summary>
    /// Gets whether the clock stops during scheduled maintenance windows for this goal:
    /// <see langword="true"/> or <see langword="false"/> to decide for this goal, or <see langword="null"/>
    /// (the default) to follow the clock it is counted on.
    /// </summary>
    public bool? ClockStopsDuringMaintenance { get; init; }

    /// <summary>Creates a target of <paramref name="duration"/> on the 24×7 clock.</summary>
    /// <param name="duration">The elapsed time allowed, for example two hours.</param>
    /// <returns>An <see cref="ElapsedGoalTarget"/>.</returns>
    [Pure]
    public static ElapsedGoalTarget Elapsed(Duration duration) => new(duration);

    /// <summary>Creates a target of <paramref name="days"/> calendar days in the policy's support zone.</summary>
    /// <param name="days">The number of calendar days, for example 3.</param>
    /// <returns>A <see cref="CalendarDaysGoalTarget"/>.</returns>
    [Pure]
    public static CalendarDaysGoalTarget CalendarDays(int days) => new(days);

    /// <summary>Creates a target of <paramref name="workingTime"/> on <paramref name="calendar"/>.</summary>
    /// <remarks>The goal carries the calendar, so a policy built with it gains the calendar (no name to mistype), and any clock can count it.</remarks>
    /// <param name="workingTime">The working time allowed.</param>
    /// <param name="calendar">The business calendar.</param>
    /// <returns>A <see cref="BusinessTimeGoalTarget"/>.</returns>
    [Pure]
    public static BusinessTimeGoalTarget BusinessTime(Duration workingTime, BusinessCalendar calendar) => new(workingTime, calendar);

    /// <summary>Creates a target of <paramref name="workingTime"/> on the business calendar named <paramref name="calendarName"/>.</summary>
    /// <remarks>A policy checks when it is built that it defines the calendar; prefer <see cref="BusinessTime(Duration, BusinessCalendar)"/> where the calendar is at hand.</remarks>
    /// <param name="workingTime">The working time allowed.</param>
    /// <param name="calendarName">The name of a calendar defined by the same policy.</param>
    /// <returns>A <see cref="BusinessTimeGoalTarget"/>.</returns>
    [Pure]
    public static BusinessTimeGoalTarget BusinessTime(Duration workingTime, string calendarName) => new(workingTime, calendarName);
}
