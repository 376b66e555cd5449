using System.Collections.Generic;
using System.Linq;

namespace Zenput.Sla.Triage;

/// <summary>
/// A recommended severity for an impact assessment, with the reasons: the rules that matched (each
/// citing its definition), and whether the case falls outside the definitions or rests on an
/// assumption about something unknown.
/// </summary>
/// <remarks>
/// <para>Where the definitions leave a gap, or a fact the decision turns on is unknown, the
/// recommendation errs toward the more severe level; <see cref="Notes"/> says so in plain words.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class TriageResult
{
    internal TriageResult(
        ImpactAssessment assessment,
        SeverityTier tier,
        IReadOnlyList<TriageMatch> matches,
        bool isOutsideDefinitions,
        bool dependsOnUnknowns,
        IReadOnlyList<string> notes)
    {
        Assessment = assessment;
        Tier = tier;
        Matches = matches;
        IsOutsideDefinitions = isOutsideDefinitions;
        DependsOnUnknowns = dependsOnUnknowns;
        Notes = notes;
    }

    /// <summary>Gets the assessment that was classified.</summary>
    public ImpactAssessment Assessment { get; }

    /// <summary>Gets the recommended severity.</summary>
    public SeverityLevel Severity => Tier.Severity;

    /// <summary>Gets the policy's tier for the recommended severity: its response goal and resolution process.</summary>
    public SeverityTier Tier { get; }

    /// <summary>Gets every rule that matched, most severe first (rules of the same level in the rule set's order). Empty when no rule matched and the fallback decided.</summary>
    public IReadOnlyList<TriageMatch> Matches { get; }

    /// <summary>Gets the matches that decided the recommendation: those at the recommended level.</summary>
    public IEnumerable<TriageMatch> Reasons => Matches.Where(m => m.Severity.Rank == Severity.Rank);

    /// <summary>
    /// Gets whether the case falls outside the definitions: the recommended level rests only on rules
    /// that fill a gap (<see cref="TriageRule.IsOutsideDefinitions"/>), or no rule matched at all.
    /// </summary>
    public bool IsOutsideDefinitions { get; }

    /// <summary>Gets whether the recommendation assumed the more severe answer to a fact the assessment leaves unknown (whether a workaround exists).</summary>
    public bool DependsOnUnknowns { get; }

    /// <summary>Gets explanations in plain words: the gap and which way it was decided, the assumptions made, where the rules came from, and any warning about the assessment.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        var reason = Reasons.FirstOrDefault()?.Criterion ?? "no rule matched";
        var flag = IsOutsideDefinitions ? " [outside the definitions]" : string.Empty;
        return $"{Severity.DisplayName}{flag}: {reason}";
    }
}
