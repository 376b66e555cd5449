using System;
using System.Collections.Generic;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Triage;

/// <summary>
/// The facts an <see cref="ImpactAssessment"/> must show for a <see cref="TriageRule"/> to apply:
/// every constraint that is set must hold.
/// </summary>
/// <remarks>
/// <para>Each list names the values allowed for one fact of the assessment; an empty list allows any
/// value. <see cref="IsTemporary"/> and the two percentage bounds constrain nothing when
/// <see langword="null"/>. <see cref="Always"/> has no constraint at all.</para>
/// <para>The share of users is compared as <c>AffectedPercentAtLeast &lt;= share &lt; AffectedPercentBelow</c>,
/// so the article's "fewer than 5% of users" is <c>AffectedPercentBelow = 5</c>. See
/// <see cref="ImpactAssessment.AffectedUsersPercent"/> for the share of an assessment that gives no percentage.</para>
/// <para>Workaround conditions name <see cref="WorkaroundStatus.Available"/> or
/// <see cref="WorkaroundStatus.Unavailable"/> only: an unknown workaround is classified as the more
/// severe of the two.</para>
/// <para>Conditions are plain data, so that a policy document can hold them. Instances are immutable and
/// thread-safe; the lists are copied when set. Equality is structural.</para>
/// </remarks>
public sealed record TriageCondition
{
    private readonly IReadOnlyList<ImpactScope> _scopes = [];
    private readonly IReadOnlyList<FunctionLoss> _functionLosses = [];
    private readonly IReadOnlyList<PerformanceDegradation> _performanceDegradations = [];
    private readonly IReadOnlyList<DataImpact> _dataImpacts = [];
    private readonly IReadOnlyList<WorkaroundStatus> _workarounds = [];
    private readonly IReadOnlyList<IssueCategory> _categories = [];

    /// <summary>Gets a condition with no constraint: every assessment meets it.</summary>
    public static TriageCondition Always { get; } = new();

    /// <summary>Gets the scopes allowed; empty for any.</summary>
    public IReadOnlyList<ImpactScope> Scopes { get => _scopes; init => _scopes = Guard.Freeze(value, nameof(Scopes)); }

    /// <summary>Gets the losses of function allowed; empty for any.</summary>
    public IReadOnlyList<FunctionLoss> FunctionLosses { get => _functionLosses; init => _functionLosses = Guard.Freeze(value, nameof(FunctionLosses)); }

    /// <summary>Gets whether the loss must be temporary (<see langword="true"/>), must not be (<see langword="false"/>), or either (<see langword="null"/>, the default).</summary>
    public bool? IsTemporary { get; init; }

    /// <summary>Gets the performance degradations allowed; empty for any.</summary>
    public IReadOnlyList<PerformanceDegradation> PerformanceDegradations { get => _performanceDegradations; init => _performanceDegradations = Guard.Freeze(value, nameof(PerformanceDegradations)); }

    /// <summary>Gets the data impacts allowed; empty for any.</summary>
    public IReadOnlyList<DataImpact> DataImpacts { get => _dataImpacts; init => _dataImpacts = Guard.Freeze(value, nameof(DataImpacts)); }

    /// <summary>Gets the workaround states allowed (<see cref="WorkaroundStatus.Available"/>, <see cref="WorkaroundStatus.Unavailable"/>); empty for any.</summary>
    public IReadOnlyList<WorkaroundStatus> Workarounds { get => _workarounds; init => _workarounds = Guard.Freeze(value, nameof(Workarounds)); }

    /// <summary>Gets the categories allowed; empty for any.</summary>
    public IReadOnlyList<IssueCategory> Categories { get => _categories; init => _categories = Guard.Freeze(value, nameof(Categories)); }

    /// <summary>Gets the smallest share of users (a percentage, inclusive) the condition allows, or <see langword="null"/> for no lower bound.</summary>
    public decimal? AffectedPercentAtLeast { get; init; }

    /// <summary>Gets the share of users (a percentage, exclusive) the affected share must stay below, or <see langword="null"/> for no upper bound.</summary>
    public decimal? AffectedPercentBelow { get; init; }

    /// <summary>Describes the constraints in plain words, for example <c>scope in [ShareOfUsers]; performance degradation in [Slowdown]; affected users below 5%</c>.</summary>
    /// <returns>The description, or <c>always</c> for a condition with no constraint.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        Add(parts, "scope", Scopes);
        Add(parts, "function loss", FunctionLosses);
        if (IsTemporary is { } temporary)
        {
            parts.Add(temporary ? "temporary" : "not temporary");
        }

        Add(parts, "performance degradation", PerformanceDegradations);
        Add(parts, "data impact", DataImpacts);
        Add(parts, "workaround", Workarounds);
        Add(parts, "category", Categories);
        if (AffectedPercentAtLeast is { } atLeast)
        {
            parts.Add($"affected users at least {TriageText.Percent(atLeast)}");
        }

        if (AffectedPercentBelow is { } below)
        {
            parts.Add($"affected users below {TriageText.Percent(below)}");
        }

        return parts.Count == 0 ? "always" : string.Join("; ", parts);
    }

    /// <inheritdoc />
    public bool Equals(TriageCondition? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Equality.Sequence(Scopes, other.Scopes)
                && Equality.Sequence(FunctionLosses, other.FunctionLosses)
                && IsTemporary == other.IsTemporary
                && Equality.Sequence(PerformanceDegradations, other.PerformanceDegradations)
                && Equality.Sequence(DataImpacts, other.DataImpacts)
                && Equality.Sequence(Workarounds, other.Workarounds)
                && Equality.Sequence(Categories, other.Categories)
                && AffectedPercentAtLeast == other.AffectedPercentAtLeast
                && AffectedPercentBelow == other.AffectedPercentBelow));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        Equality.SequenceHash(Scopes),
        Equality.SequenceHash(FunctionLosses),
        IsTemporary,
        Equality.SequenceHash(PerformanceDegradations),
        Equality.SequenceHash(DataImpacts),
        Equality.SequenceHash(Workarounds),
        Equality.SequenceHash(Categories),
        HashCode.Combine(AffectedPercentAtLeast, AffectedPercentBelow));

    private static void Add<T>(List<string> parts, string name, IReadOnlyList<T> values)
    {
        if (values.Count > 0)
        {
            parts.Add($"{name} in [{string.Join(", ", values)}]");
        }
    }
}
