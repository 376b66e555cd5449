using System;
using System.Globalization;
using NodaTime;

namespace Zenput.Sla.Clock;

/// <summary>
/// Where one goal stands at one instant: how much of it is used, how much remains, when it is due and
/// whether it is breached. Obtained from <see cref="SlaClock.Status(Instant, GoalTarget, Instant, ReadOnlySpan{Interval})"/>.
/// </summary>
/// <remarks>
/// <para>Met means at or before due: the goal is breached only when <see cref="At"/> is after
/// <see cref="DueAt"/>, and the breach instant is the due instant.</para>
/// <para>An immutable value with structural equality.</para>
/// </remarks>
public readonly struct SlaStatus : IEquatable<SlaStatus>
{
    internal SlaStatus(Instant start, Instant at, Duration goal, Duration elapsed, Instant? dueAt)
    {
        Start = start;
        At = at;
        Goal = goal;
        Elapsed = elapsed;
        DueAt = dueAt;
    }

    /// <summary>Gets the instant the goal started counting from.</summary>
    public Instant Start { get; }

    /// <summary>Gets the instant the status describes.</summary>
    public Instant At { get; }

    /// <summary>Gets the goal as a concrete length of SLA time (a calendar-days goal is turned into elapsed time at <see cref="Start"/>).</summary>
    public Duration Goal { get; }

    /// <summary>Gets the SLA time counted from <see cref="Start"/> to <see cref="At"/>, less pauses and other exclusions; zero when <see cref="At"/> is not after <see cref="Start"/>.</summary>
    public Duration Elapsed { get; }

    /// <summary>Gets <see cref="Goal"/> less <see cref="Elapsed"/>: negative when more SLA time has passed than the goal allows.</summary>
    public Duration Remaining => Goal - Elapsed;

    /// <summary>Gets the fraction of the goal used, <see cref="Elapsed"/> / <see cref="Goal"/>: 0 at the start, 1 when it runs out, above 1 after. A zero goal counts as fully used (1).</summary>
    public double FractionUsed => Goal == Duration.Zero ? 1.0 : Elapsed.TotalNanoseconds / Goal.TotalNanoseconds;

    /// <summary>Gets the due instant, or <see langword="null"/> when a pause without an end stops the clock before the goal is met.</summary>
    public Instant? DueAt { get; }

    /// <summary>Gets whether the goal is breached at <see cref="At"/>: <see cref="At"/> is after <see cref="DueAt"/>.</summary>
    public bool IsBreached => DueAt is { } due && At > due;

    /// <summary>Gets the instant the goal was breached (its due instant) when <see cref="IsBreached"/>, otherwise <see langword="null"/>.</summary>
    public Instant? BreachedAt => IsBreached ? DueAt : null;

    /// <summary>Compares two statuses for equality.</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SlaStatus left, SlaStatus right) => left.Equals(right);

    /// <summary>Compares two statuses for inequality.</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SlaStatus left, SlaStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(SlaStatus other) =>
        Start == other.Start && At == other.At && Goal == other.Goal && Elapsed == other.Elapsed && DueAt == other.DueAt;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SlaStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, At, Goal, Elapsed, DueAt);

    /// <inheritdoc />
    public override string ToString()
    {
        var due = DueAt is { } d ? d.ToString() : "never (clock stopped)";
        var state = IsBreached ? "breached" : "not breached";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Elapsed} of {Goal} used ({FractionUsed:P0}) at {At}, due {due}, {state}");
    }
}
