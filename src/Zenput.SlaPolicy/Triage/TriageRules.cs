using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Triage;

/// <summary>
/// A policy's triage rules: how <see cref="SeverityClassifier"/> turns an <see cref="ImpactAssessment"/>
/// into a recommended severity.
/// </summary>
/// <remarks>
/// <para>Every rule is tried. The most severe level any matching rule recommends wins, and every
/// matching rule is reported as a reason. When no rule matches, the assessment falls outside every
/// definition and gets the level of rank <see cref="FallbackRank"/>, or the policy's most severe level
/// when that is <see langword="null"/>: in a gap, the classifier errs toward the more severe level.</para>
/// <para><see cref="ZenputSla.TriageRules"/> encodes the Zenput SLA article. A policy whose
/// <see cref="SlaPolicy.TriageRules"/> is <see langword="null"/> is classified with those rules (see
/// <see cref="SeverityClassifier"/>).</para>
/// <para>The rules are plain data (no delegates), so that a policy document can hold them. Instances
/// are immutable and thread-safe. Equality is structural.</para>
/// </remarks>
public sealed class TriageRules : IEquatable<TriageRules>
{
    /// <summary>Creates a rule set.</summary>
    /// <param name="rules">The rules; their order only breaks ties between reasons of the same level.</param>
    /// <param name="fallbackRank">The rank recommended when no rule matches, or <see langword="null"/> for the policy's most severe level.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rules"/> holds a null element.</exception>
    public TriageRules(IEnumerable<TriageRule> rules, int? fallbackRank = null)
    {
        Rules = Guard.Freeze(rules, nameof(rules));
        FallbackRank = fallbackRank;
    }

    /// <summary>Gets the rules, in the order they were given.</summary>
    public IReadOnlyList<TriageRule> Rules { get; }

    /// <summary>Gets the rank recommended when no rule matches, or <see langword="null"/> for the policy's most severe level.</summary>
    public int? FallbackRank { get; }

    /// <summary>Gets the rule with the given id, or <see langword="null"/>.</summary>
    /// <param name="id">The rule's id (case-sensitive).</param>
    /// <returns>The rule, or <see langword="null"/>.</returns>
    [Pure]
    public TriageRule? FindRule(string id) => Rules.FirstOrDefault(r => r.Id == id);

    /// <summary>Returns a copy in which <paramref name="rule"/> replaces the rule with the same id, or is added at the end when there is none.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new rule set.</returns>
    [Pure]
    public TriageRules WithRule(TriageRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var index = Rules.ToList().FindIndex(r => r.Id == rule.Id);
        return index < 0
            ? new TriageRules([.. Rules, rule], FallbackRank)
            : new TriageRules(Rules.Select((r, i) => i == index ? rule : r), FallbackRank);
    }

    /// <summary>Returns a copy without the rule of the given id (the same rules when there is none).</summary>
    /// <param name="id">The rule's id.</param>
    /// <returns>The new rule set.</returns>
    [Pure]
    public TriageRules WithoutRule(string id) => new(Rules.Where(r => r.Id != id), FallbackRank);

    /// <summary>Returns a copy with another fallback rank.</summary>
    /// <param name="fallbackRank">The rank recommended when no rule matches, or <see langword="null"/> for the policy's most severe level.</param>
    /// <returns>The new rule set.</returns>
    [Pure]
    public TriageRules WithFallbackRank(int? fallbackRank) => new(Rules, fallbackRank);

    /// <inheritdoc />
    public bool Equals(TriageRules? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (FallbackRank == other.FallbackRank && Equality.Sequence(Rules, other.Rules)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TriageRules);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FallbackRank, Equality.SequenceHash(Rules));

    /// <inheritdoc />
    public override string ToString() => $"{Rules.Count} triage rules";

    /// <summary>Compares two rule sets for structural equality.</summary>
    /// <param name="left">The first rule set.</param>
    /// <param name="right">The second rule set.</param>
    /// <returns><see langword="true"/> when both are null or structurally equal.</returns>
    public static bool operator ==(TriageRules? left, TriageRules? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two rule sets for structural inequality.</summary>
    /// <param name="left">The first rule set.</param>
    /// <param name="right">The second rule set.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(TriageRules? left, TriageRules? right) => !(left == right);
}
