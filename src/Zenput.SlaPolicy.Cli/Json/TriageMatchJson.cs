using System.Collections.Generic;
using Zenput.Sla.Triage;

namespace Zenput.Sla.Cli.Json;

/// <summary>One matching rule of <c>classify --format json</c>.</summary>
/// <param name="Rule">The rule's id.</param>
/// <param name="SeverityRank">The rank it recommends.</param>
/// <param name="Criterion">The article's wording it cites.</param>
/// <param name="Decisive">Whether it recommends the level that was chosen.</param>
/// <param name="MatchedOn">The facts it matched on.</param>
internal sealed record TriageMatchJson(string Rule, int SeverityRank, string Criterion, bool Decisive, IReadOnlyList<string> MatchedOn)
{
    public static TriageMatchJson From(TriageMatch match, int chosenRank) =>
        new(match.Rule.Id, match.Severity.Rank, match.Criterion, match.Severity.Rank == chosenRank, match.MatchedOn);
}
