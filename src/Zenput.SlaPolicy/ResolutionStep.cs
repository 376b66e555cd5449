using System;
using System.Collections.Generic;
using Zenput.Sla.Internal;

namespace Zenput.Sla;

/// <summary>One step of a severity level's resolution process: what is owed, what satisfies it, and by when.</summary>
/// <remarks>Immutable; equality is structural.</remarks>
public sealed class ResolutionStep : IEquatable<ResolutionStep>
{
    /// <summary>Creates a step.</summary>
    /// <param name="kind">Which step of the SLA's process this is.</param>
    /// <param name="description">The SLA's wording of the step.</param>
    /// <param name="satisfiedBy">The ticket events any one of which satisfies the step.</param>
    /// <param name="deadline">When the step is owed.</param>
    public ResolutionStep(ResolutionStepKind kind, string description, IEnumerable<TicketEventKind> satisfiedBy, StepDeadline deadline)
    {
        Kind = kind;
        ArgumentNullException.ThrowIfNull(description);
        Description = description;
        SatisfiedBy = Guard.Freeze(satisfiedBy, nameof(satisfiedBy));
        ArgumentNullException.ThrowIfNull(deadline);
        Deadline = deadline;
    }

    /// <summary>Gets which step of the process this is.</summary>
    public ResolutionStepKind Kind { get; }

    /// <summary>Gets the SLA's wording of the step.</summary>
    public string Description { get; }

    /// <summary>Gets the ticket events any one of which satisfies the step.</summary>
    public IReadOnlyList<TicketEventKind> SatisfiedBy { get; }

    /// <summary>Gets when the step is owed.</summary>
    public StepDeadline Deadline { get; }

    /// <inheritdoc />
    public bool Equals(ResolutionStep? other) =>
        other is not null
        && Kind == other.Kind
        && Description == other.Description
        && Equality.Sequence(SatisfiedBy, other.SatisfiedBy)
        && Deadline == other.Deadline;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResolutionStep);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Description, Equality.SequenceHash(SatisfiedBy), Deadline);

    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {Deadline}";

    /// <summary>Compares two steps for structural equality.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ResolutionStep? left, ResolutionStep? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two steps for structural inequality.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ResolutionStep? left, ResolutionStep? right) => !(left == right);
}
