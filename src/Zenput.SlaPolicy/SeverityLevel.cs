using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using Zenput.Sla.Internal;

namespace Zenput.Sla;

/// <summary>
/// One level of a policy's severity scale, such as "Level 1 - Critical" in the Zenput SLA.
/// </summary>
/// <remarks>
/// <para>A severity is identified within its policy by its <see cref="Rank"/> (1 is the most severe)
/// and by its <see cref="Name"/> (compared case-insensitively). A policy may define any number of
/// levels; the Zenput policy has three.</para>
/// <para>Instances are immutable and thread-safe. Equality is structural.</para>
/// </remarks>
public sealed class SeverityLevel : IEquatable<SeverityLevel>
{
    /// <summary>Creates a severity level.</summary>
    /// <param name="rank">The position on the scale; 1 is the most severe. Must be positive.</param>
    /// <param name="name">The short name, for example <c>Critical</c>. Used to look the level up.</param>
    /// <param name="definition">The one-sentence definition, as in the SLA's summary table.</param>
    /// <param name="criteria">The impact criteria that put an issue at this level, each as the SLA words it.</param>
    /// <param name="examples">Concrete examples the SLA gives for this level.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or a list holds a null element.</exception>
    public SeverityLevel(int rank, string name, string definition, IEnumerable<string> criteria, IEnumerable<string> examples)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rank);
        Rank = rank;
        Name = Guard.NotBlank(name, nameof(name));
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        Criteria = Guard.Freeze(criteria, nameof(criteria));
        Examples = Guard.Freeze(examples, nameof(examples));
    }

    /// <summary>Gets the position on the scale; 1 is the most severe.</summary>
    public int Rank { get; }

    /// <summary>Gets the short name, for example <c>Critical</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the one-sentence definition from the SLA's summary table.</summary>
    public string Definition { get; }

    /// <summary>Gets the impact criteria that put an issue at this level.</summary>
    public IReadOnlyList<string> Criteria { get; }

    /// <summary>Gets the examples the SLA gives for this level.</summary>
    public IReadOnlyList<string> Examples { get; }

    /// <summary>Gets a label such as <c>Level 1 - Critical</c>, as the SLA article writes it.</summary>
    public string DisplayName => $"Level {Rank} - {Name}";

    /// <summary>Gets whether <paramref name="nameOrRank"/> names this level: its rank as digits, or its name in any case.</summary>
    /// <param name="nameOrRank">A name such as <c>critical</c> or a rank such as <c>1</c>.</param>
    /// <returns><see langword="true"/> when the text identifies this level.</returns>
    [Pure]
    public bool IsIdentifiedBy(string? nameOrRank)
    {
        if (ReferenceEquals(nameOrRank, Name))
        {
            // The level's own name, as readers that matched it already pass it on.
            return true;
        }

        if (string.IsNullOrWhiteSpace(nameOrRank))
        {
            return false;
        }

        // The rank's digits are compared where they are formatted, not as a new string: evaluation asks this of
        // every level it passes over, for every ticket.
        var text = nameOrRank.AsSpan().Trim();
        Span<char> rank = stackalloc char[11];
        return text.Equals(Name, StringComparison.OrdinalIgnoreCase)
            || (Rank.TryFormat(rank, out var length, default, System.Globalization.CultureInfo.InvariantCulture) && text.SequenceEqual(rank[..length]));
    }

    /// <inheritdoc />
    public bool Equals(SeverityLevel? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Rank == other.Rank
                && Name == other.Name
                && Definition == other.Definition
                && Equality.Sequence(Criteria, other.Criteria)
                && Equality.Sequence(Examples, other.Examples)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SeverityLevel);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rank, Name, Definition, Equality.SequenceHash(Criteria), Equality.SequenceHash(Examples));

    /// <inheritdoc />
    public override string ToString() => DisplayName;

    /// <summary>Compares two levels for structural equality.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> when both are null or structurally equal.</returns>
    public static bool operator ==(SeverityLevel? left, SeverityLevel? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two levels for structural inequality.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> when the levels differ.</returns>
    public static bool operator !=(SeverityLevel? left, SeverityLevel? right) => !(left == right);
}
