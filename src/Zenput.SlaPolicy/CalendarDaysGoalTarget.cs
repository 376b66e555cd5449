using NodaTime;

namespace Zenput.Sla;

/// <summary>
/// A target of whole calendar days in the policy's support zone. The days are added to the local
/// date-time at the start; the result is resolved leniently (a time in a DST gap moves forward by the
/// gap, an ambiguous time takes the earlier instant). So 3 days across a DST change is 71 or 73 hours.
/// </summary>
public sealed record CalendarDaysGoalTarget : GoalTarget
{
    /// <summary>Creates a target; <see cref="GoalTarget.CalendarDays(int)"/> says the same in fewer words.</summary>
    /// <param name="days">The number of calendar days allowed.</param>
    public CalendarDaysGoalTarget(int days) => Days = days;

    /// <inheritdoc />
    public override GoalTargetKind Kind => GoalTargetKind.CalendarDays;

    /// <summary>Gets the number of calendar days allowed.</summary>
    public int Days { get; init; }

    /// <summary>Gets the target as a NodaTime <see cref="NodaTime.Period"/> of days.</summary>
    public Period Period => Period.FromDays(Days);

    /// <inheritdoc />
    public override string ToString() => Days == 1 ? "1 calendar day" : $"{Days} calendar days";
}
