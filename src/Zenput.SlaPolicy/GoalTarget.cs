using NodaTime;

namespace Zenput.Sla;

/// <summary>
/// The length of a goal (a response goal, a step deadline) and the clock it is measured on.
/// </summary>
/// <remarks>
/// <para>Three kinds exist (see <see cref="GoalTargetKind"/>); create them with
/// <see cref="Elapsed(Duration)"/>, <see cref="CalendarDays(int)"/> and
/// <see cref="BusinessTime(Duration, string)"/>.</para>
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

    /// <summary>Creates a target of <paramref name="duration"/> on the 24×7 clock.</summary>
    /// <param name="duration">The elapsed time allowed, for example two hours.</param>
    /// <returns>An <see cref="ElapsedGoalTarget"/>.</returns>
    public static ElapsedGoalTarget Elapsed(Duration duration) => new(duration);

    /// <summary>Creates a target of <paramref name="days"/> calendar days in the policy's support zone.</summary>
    /// <param name="days">The number of calendar days, for example 3.</param>
    /// <returns>A <see cref="CalendarDaysGoalTarget"/>.</returns>
    public static CalendarDaysGoalTarget CalendarDays(int days) => new(days);

    /// <summary>Creates a target of <paramref name="workingTime"/> on the business calendar named <paramref name="calendarName"/>.</summary>
    /// <param name="workingTime">The working time allowed.</param>
    /// <param name="calendarName">The name of a calendar defined by the same policy.</param>
    /// <returns>A <see cref="BusinessTimeGoalTarget"/>.</returns>
    public static BusinessTimeGoalTarget BusinessTime(Duration workingTime, string calendarName) => new(workingTime, calendarName);
}

/// <summary>A target measured on the 24×7 clock: the goal is due <see cref="Duration"/> after it starts (less any excluded time).</summary>
/// <param name="Duration">The elapsed time allowed.</param>
public sealed record ElapsedGoalTarget(Duration Duration) : GoalTarget
{
    /// <inheritdoc />
    public override GoalTargetKind Kind => GoalTargetKind.Elapsed;

    /// <inheritdoc />
    public override string ToString() => GoalText.Format(Duration);
}

/// <summary>
/// A target of whole calendar days in the policy's support zone. The days are added to the local
/// date-time at the start; the result is resolved leniently (a time in a DST gap moves forward by the
/// gap, an ambiguous time takes the earlier instant). So 3 days across a DST change is 71 or 73 hours.
/// </summary>
/// <param name="Days">The number of calendar days allowed.</param>
public sealed record CalendarDaysGoalTarget(int Days) : GoalTarget
{
    /// <inheritdoc />
    public override GoalTargetKind Kind => GoalTargetKind.CalendarDays;

    /// <summary>Gets the target as a NodaTime <see cref="NodaTime.Period"/> of days.</summary>
    public Period Period => Period.FromDays(Days);

    /// <inheritdoc />
    public override string ToString() => Days == 1 ? "1 calendar day" : $"{Days} calendar days";
}

/// <summary>A target of working time on a named business calendar of the same policy.</summary>
/// <param name="WorkingTime">The working time allowed.</param>
/// <param name="CalendarName">The name of the business calendar it is counted on.</param>
public sealed record BusinessTimeGoalTarget(Duration WorkingTime, string CalendarName) : GoalTarget
{
    /// <summary>Gets the name of the business calendar the working time is counted on; never blank.</summary>
    /// <exception cref="System.ArgumentException">Thrown at construction when the name is null, empty or white space.</exception>
    public string CalendarName { get; init; } = Internal.Guard.NotBlank(CalendarName, nameof(CalendarName));

    /// <inheritdoc />
    public override GoalTargetKind Kind => GoalTargetKind.BusinessTime;

    /// <inheritdoc />
    public override string ToString() => $"{GoalText.Format(WorkingTime)} of working time on '{CalendarName}'";
}
