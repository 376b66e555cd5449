using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla;

/// <summary>A target of working time on a named business calendar of the same policy.</summary>
/// <param name="WorkingTime">The working time allowed.</param>
/// <param name="CalendarName">The name of the business calendar it is counted on.</param>
public sealed record BusinessTimeGoalTarget(Duration WorkingTime, string CalendarName) : GoalTarget
{
    /// <summary>Gets the name of the business calendar the working time is counted on; never blank.</summary>
    /// <exception cref="System.ArgumentException">Thrown at construction when the name is null, empty or white space.</exception>
    public string CalendarName { get; init; } = Guard.NotBlank(CalendarName, nameof(CalendarName));

    /// <inheritdoc />
    public override GoalTargetKind Kind => GoalTargetKind.BusinessTime;

    /// <inheritdoc />
    public override string ToString() => $"{GoalText.Format(WorkingTime)} of working time on '{CalendarName}'";
}
