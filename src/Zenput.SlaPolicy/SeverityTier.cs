using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla;

/// <summary>
/// One row of the SLA's summary table: a severity level, its response goal and the resolution process it triggers.
/// </summary>
/// <remarks>Immutable; equality is structural.</remarks>
public sealed class SeverityTier : IEquatable<SeverityTier>
{
    /// <summary>Creates a tier.</summary>
    /// <param name="severity">The severity level.</param>
    /// <param name="responseGoal">The response goal for issues at this level.</param>
    /// <param name="resolutionProcess">The steps owed, in order.</param>
    public SeverityTier(SeverityLevel severity, GoalTarget responseGoal, IEnumerable<ResolutionStep> resolutionProcess)
    {
        ArgumentNullException.ThrowIfNull(severity);
        ArgumentNullException.ThrowIfNull(responseGoal);
        Severity = severity;
        ResponseGoal = responseGoal;
        ResolutionProcess = Guard.Freeze(resolutionProcess, nameof(resolutionProcess));
    }

    /// <summary>Gets the severity level.</summary>
    public SeverityLevel Severity { get; }

    /// <summary>Gets the response goal.</summary>
    public GoalTarget ResponseGoal { get; }

    /// <summary>Gets the resolution process: the steps owed, in order.</summary>
    public IReadOnlyList<ResolutionStep> ResolutionProcess { get; }

    /// <summary>Gets the step of the given kind, or <see langword="null"/> when this level's process does not include it.</summary>
    /// <param name="kind">The step kind.</param>
    /// <returns>The step, or <see langword="null"/>.</returns>
    [Pure]
    public ResolutionStep? FindStep(ResolutionStepKind kind) => ResolutionProcess.FirstOrDefault(s => s.Kind == kind);

    /// <summary>Returns a copy of this tier with another response goal, for example the same goal with its own maintenance choice.</summary>
    /// <param name="responseGoal">The new response goal.</param>
    /// <returns>A tier with the same severity and resolution process.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responseGoal"/> is null.</exception>
    [Pure]
    public SeverityTier WithResponseGoal(GoalTarget responseGoal) => new(Severity, responseGoal, ResolutionProcess);

    /// <summary>Gets the cadence of periodic status updates, or <see langword="null"/> when none are owed.</summary>
    public Duration? UpdateCadence => FindStep(ResolutionStepKind.PeriodicUpdates)?.Deadline is { Kind: StepDeadlineKind.Recurring } d ? d.Length : null;

    /// <inheritdoc />
    public bool Equals(SeverityTier? other) =>
        other is not null
        && Severity == other.Severity
        && ResponseGoal == other.ResponseGoal
        && Equality.Sequence(ResolutionProcess, other.ResolutionProcess);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SeverityTier);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Severity, ResponseGoal, Equality.SequenceHash(ResolutionProcess));

    /// <inheritdoc />
    public override string ToString() => $"{Severity}: respond within {ResponseGoal}";

    /// <summary>Compares two tiers for structural equality.</summary>
    /// <param name="left">The first tier.</param>
    /// <param name="right">The second tier.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SeverityTier? left, SeverityTier? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two tiers for structural inequality.</summary>
    /// <param name="left">The first tier.</param>
    /// <param name="right">The second tier.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SeverityTier? left, SeverityTier? right) => !(left == right);

    /// <summary>
    /// Whether this tier's steps count working time on a business calendar under <paramref name="stepClock"/> (the clock's
    /// step timeline), so that their lengths are written as business time (<see cref="SlaPolicy.DescribeDeadline"/>): a
    /// business-time or business-days response goal under <see cref="StepClock.ResponseGoal"/>.
    /// </summary>
    internal bool StepsCountBusinessTime(StepClock stepClock) =>
        stepClock == StepClock.ResponseGoal && ResponseCountsBusinessTime;

    /// <summary>
    /// Whether this tier's steps count on a clock other than its response goal's under <paramref name="stepClock"/>: a
    /// business-hours response goal with steps around the clock (<see cref="StepClock.AroundTheClock"/>). A window or a pause
    /// then takes a different amount out of each, and the audit trail states both.
    /// </summary>
    internal bool StepsCountOnOwnClock(StepClock stepClock) =>
        ResponseCountsBusinessTime && !StepsCountBusinessTime(stepClock);

    /// <summary>
    /// Whether this tier's response goal counts working time on a business calendar (a business-time or business-days goal):
    /// its SLA time is then the calendar's working time, and closed hours stop it as a pause does.
    /// </summary>
    internal bool ResponseCountsBusinessTime => ResponseGoal is BusinessTimeGoalTarget or BusinessDaysGoalTarget;
}
