using System;

namespace Zenput.Sla.Triage;

/// <summary>
/// One way an issue earns a severity: when an assessment meets <see cref="When"/>, the rule
/// recommends the level of rank <see cref="TargetRank"/>, citing <see cref="Criterion"/>.
/// </summary>
/// <remarks>
/// <para>Most rules encode a definition of the policy's source text; their <see cref="Criterion"/>
/// is its wording, for example the article's "Server Slowdown: Minor service slowdowns affecting user
/// workflow, impacting fewer than 5% of users in a customer account."</para>
/// <para>A rule with <see cref="IsOutsideDefinitions"/> set fills a gap that the source text leaves
/// (a slowdown affecting 5% or more of users, say): it cites the nearest definition, and its
/// <see cref="Explanation"/> says what the definitions leave open and which way the rule decides.
/// A result that rests on such a rule is flagged (<see cref="TriageResult.IsOutsideDefinitions"/>).</para>
/// <para>Constructing a rule checks only for null references: the policy's validator reports blank
/// texts and unknown ranks, every one at once. Instances are immutable and thread-safe. Equality is structural.</para>
/// </remarks>
public sealed record TriageRule
{
    /// <summary>Creates a rule that encodes a definition of the source text.</summary>
    /// <param name="id">A stable identifier, unique within the rule set, for example <c>server-slowdown</c>.</param>
    /// <param name="targetRank">The rank of the severity the rule recommends; 1 is the most severe.</param>
    /// <param name="criterion">The definition the rule encodes, in the source text's wording.</param>
    /// <param name="when">The facts an assessment must show.</param>
    /// <exception cref="ArgumentNullException">A text or the condition is null.</exception>
    public TriageRule(string id, int targetRank, string criterion, TriageCondition when)
    {
        Id = id;
        TargetRank = targetRank;
        Criterion = criterion;
        When = when;
    }

    // The checks sit in the init accessors so that `rule with { Id = null }` meets them as the constructor does.

    /// <summary>Gets the stable identifier, unique within the rule set.</summary>
    /// <exception cref="ArgumentNullException">Set to null (in the constructor or with <c>with</c>).</exception>
    public string Id { get; init => field = value ?? throw new ArgumentNullException(nameof(Id)); }

    /// <summary>Gets the rank of the severity the rule recommends; 1 is the most severe. It must be a rank of the policy.</summary>
    public int TargetRank { get; init; }

    /// <summary>Gets the definition the rule encodes (or, for a rule outside the definitions, the nearest one), in the source text's wording.</summary>
    /// <exception cref="ArgumentNullException">Set to null (in the constructor or with <c>with</c>).</exception>
    public string Criterion { get; init => field = value ?? throw new ArgumentNullException(nameof(Criterion)); }

    /// <summary>Gets the facts an assessment must show for the rule to apply.</summary>
    /// <exception cref="ArgumentNullException">Set to null (in the constructor or with <c>with</c>).</exception>
    public TriageCondition When { get; init => field = value ?? throw new ArgumentNullException(nameof(When)); }

    /// <summary>Gets whether the rule covers a case the source text does not define. Such a rule needs an <see cref="Explanation"/>. Default <see langword="false"/>.</summary>
    public bool IsOutsideDefinitions { get; init; }

    /// <summary>Gets why the rule decides as it does, in plain words, or <see langword="null"/>. Required when <see cref="IsOutsideDefinitions"/> is set.</summary>
    public string? Explanation { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} -> rank {TargetRank}{(IsOutsideDefinitions ? " (outside the definitions)" : string.Empty)}";
}
