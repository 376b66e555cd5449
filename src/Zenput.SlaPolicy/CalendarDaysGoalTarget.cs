using NodaTime;

namespace Zenput.Sla;

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
