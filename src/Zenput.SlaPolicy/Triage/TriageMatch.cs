using System.Collections.Generic;

namespace Zenput.Sla.Triage;

/// <summary>
/// One reason behind a triage result: a rule whose condition the assessment meets, the severity it
/// recommends, the definition it cites, and the facts that met it.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class TriageMatch
{
    internal TriageMatch(TriageRule rule, SeverityLevel severity, IReadOnlyList<string> matchedOn)
    {
        Rule = rule;
        Severity = severity;
        MatchedOn = matchedOn;
    }

    /// <summary>Gets the rule that matched.</summary>
    public TriageRule Rule { get; }

    /// <summary>Gets the severity the rule recommends, as the policy defines it.</summary>
    public SeverityLevel Severity { get; }

    /// <summary>Gets the definition the rule cites, in the source text's wording.</summary>
    public string Criterion => Rule.Criterion;

    /// <summary>Gets whether the rule covers a case outside the definitions (see <see cref="TriageRule.Explanation"/>).</summary>
    public bool IsOutsideDefinitions => Rule.IsOutsideDefinitions;

    /// <summary>Gets the facts of the assessment that met the rule's condition, in plain words, for example <c>loss of function: partial</c>.</summary>
    public IReadOnlyList<string> MatchedOn { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Severity.DisplayName}: {Criterion}";
}
