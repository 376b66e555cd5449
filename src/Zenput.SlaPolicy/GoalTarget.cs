using System.Diagnostics.Contracts;
using NodaTime;

namespace Zenput.Sla;

/// <summary>
/// The length of a goal (a response goal, a step deadline) and the clock it is measured on.
/// </summary>
/// <remarks>
/// <para>Four kinds exist (see <see cref="GoalTargetKind"/>); create them with
/// <see cref="Elapsed(Duration)"/>, <see cref="CalendarDays(int)"/>,
/// <see cref="BusinessTime(Duration, string)"/> and <see cref="BusinessDays(int, string)"/>.</para>
/// <para>Targets are immutable values with structural equality. Constructing one does not check
/// that it is not negative: a policy's validator reports every negative goal at once. A zero goal is
/// allowed (DESIGN.md rule 4: it is due at its start).</para>
/// </remarks>
public abstract record GoalTarget
{
    private protected GoalTarget()
    {
    }

    /// <summary>Gets how this target is measured.</summary>
    public abstract GoalTargetKind Kind { get; }

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

    /// <summary>Creates a target of <paramref name="workingTime"/> on the business calendar named <paramref name="calendarName"/>.</summary>
    /// <param name="workingTime">The working time allowed.</param>
    /// <param name="calendarName">The name of a calendar defined by the same policy.</param>
    /// <returns>A <see cref="BusinessTimeGoalTarget"/>.</returns>
    [Pure]
    public static BusinessTimeGoalTarget BusinessTime(Duration workingTime, string calendarName) => new(workingTime, calendarName);

    /// <summary>Creates a target of <paramref name="days"/> working days on the business calendar named <paramref name="calendarName"/>: due at the close of the last window of the nth working day after the day of the report.</summary>
    /// <param name="days">The number of working days, for example 3; zero is due at the close of the report's own working day.</param>
    /// <param name="calendarName">The name of a calendar (or calendar intersection) defined by the same policy.</param>
    /// <returns>A <see cref="BusinessDaysGoalTarget"/>.</returns>
    [Pure]
    public static BusinessDaysGoalTarget BusinessDays(int days, string calendarName) => new(days, calendarName);
}
