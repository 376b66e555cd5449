using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla;

/// <summary>A target measured on the 24×7 clock: the goal is due <see cref="Duration"/> after it starts (less any excluded time).</summary>
/// <param name="Duration">The elapsed time allowed.</param>
public sealed record ElapsedGoalTarget(Duration Duration) : GoalTarget
{
    /// <inheritdoc />
    public override GoalTargetKind Kind => GoalTargetKind.Elapsed;

    /// <inheritdoc />
    public override string ToString() => GoalText.Format(Duration);
}
