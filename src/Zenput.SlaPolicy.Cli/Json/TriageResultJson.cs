using System.Collections.Generic;
using System.Linq;
using Zenput.Sla.Triage;

namespace Zenput.Sla.Cli.Json;

/// <summary>The answer of <c>classify --format json</c>.</summary>
/// <param name="Severity">The recommended severity's name in lower case.</param>
/// <param name="SeverityRank">Its rank.</param>
/// <param name="ResponseGoal">Its response goal in words.</param>
/// <param name="OutsideDefinitions">Whether the case lies outside the SLA's definitions.</param>
/// <param name="DependsOnUnknowns">Whether the answer assumed the more severe side of an unknown.</param>
/// <param name="Matches">Every rule that matched.</param>
/// <param name="Notes">Explanations of gaps and assumptions.</param>
internal sealed record TriageResultJson(
    string Severity,
    int SeverityRank,
    string ResponseGoal,
    bool OutsideDefinitions,
    bool DependsOnUnknowns,
    IReadOnlyList<TriageMatchJson> Matches,
    IReadOnlyList<string> Notes)
{
    public static TriageResultJson From(TriageResult result) =>
        new(
            result.Severity.Name.ToLowerInvariant(),
            result.Severity.Rank,
            result.Tier.ResponseGoal.ToString(),
            result.IsOutsideDefinitions,
            result.DependsOnUnknowns,
            [.. result.Matches.Select(m => TriageMatchJson.From(m, result.Severity.Rank))],
            result.Notes);
}
