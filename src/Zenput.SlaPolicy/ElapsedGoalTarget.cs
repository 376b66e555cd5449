using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla;

/// <summary>A target measured on the 24×7 clock: the goal is due <see cref="Duration"/> after it starts (less any excluded time).</summary>
public sealed record ElapsedGoalTarget : GoalTarget
{
    /// <summary>Creates a target; <see cref="GoalTarget.Elapsed(NodaTime.Duration)"/> says the same in fewer words.</summary>
    /// <param name="duration">The elapsed time allowed.</param>
    public ElapsedGoalTarget(Duration duration) => Duration = duration;

    /// <inheritdoc />
    public override GoalTargetKind Kind => GoalTargetKind.Elapsed;

    /// <summary>Gets the elapsed time allowed.</summary>
    public Duration Duration { get; init; }

    /// <inheritdoc />
    public override string ToString() => GoalText.Format(Duration);
}
