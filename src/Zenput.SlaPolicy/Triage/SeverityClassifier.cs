using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Triage;

/// <summary>
/// Recommends a severity of a policy for an <see cref="ImpactAssessment"/>, with the reasons: the
/// triage rules that matched, each citing the definition it encodes.
/// </summary>
/// <remarks>
/// <para>How it decides:</para>
/// <list type="number">
/// <item><description>The assessment is validated (<see cref="ImpactAssessmentValidator"/>); an invalid one is refused.</description></item>
/// <item><description>Every rule of <see cref="Rules"/> is tried; the most severe level that a matching rule recommends wins.</description></item>
/// <item><description>When no rule matches, the case falls outside every definition: it gets the rule set's
/// <see cref="TriageRules.FallbackRank"/>, by default the policy's most severe level, and is flagged
/// (<see cref="TriageResult.IsOutsideDefinitions"/>). A result that rests only on gap-filling rules is flagged too.</description></item>
/// <item><description>When the workaround is <see cref="WorkaroundStatus.Unknown"/>, both answers are tried and the more
/// severe outcome is kept; if they differ, the result says so (<see cref="TriageResult.DependsOnUnknowns"/>).</description></item>
/// </list>
/// <para>A policy whose <see cref="SlaPolicy.TriageRules"/> is <see langword="null"/> is classified with the
/// Zenput article's rules (<see cref="ZenputSla.TriageRules"/>, ranks 1 to 3). Where the policy lacks one of
/// those ranks, a rule's level is the least severe level of the policy that is at least as severe as the
/// rank it names (or the most severe level when none is), so a two-level policy classifies the article's
/// Level 3 cases at its Level 2.</para>
/// <para>Instances are immutable and thread-safe; create one per policy and reuse it.</para>
/// </remarks>
public sealed class SeverityClassifier
{
    private static readonly ImpactAssessmentValidator AssessmentValidator = new();

    /// <summary>Creates a classifier for a policy.</summary>
    /// <param name="policy">The policy whose levels and triage rules are used.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public SeverityClassifier(SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
        UsesArticleRules = policy.TriageRules is null;
        Rules = policy.TriageRules ?? ZenputSla.TriageRules;
    }

    /// <summary>Gets the policy.</summary>
    public SlaPolicy Policy { get; }

    /// <summary>Gets the rules in use: the policy's own, or the Zenput article's when the policy has none.</summary>
    public TriageRules Rules { get; }

    /// <summary>Gets whether the policy defines no triage rules, so the Zenput article's rules are used.</summary>
    public bool UsesArticleRules { get; }

    /// <summary>Validates an assessment without classifying it.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The findings, errors first; empty when the assessment is valid and raises no warning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    [Pure]
    public static IReadOnlyList<PolicyFinding> Validate(ImpactAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return PolicyFindings.From(AssessmentValidator.Validate(assessment));
    }

    /// <summary>Recommends a severity for an assessment, with the reasons.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The recommendation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="InvalidImpactAssessmentException">The assessment is invalid; the exception lists every error.</exception>
    [Pure]
    public TriageResult Classify(ImpactAssessment assessment)
    {
        var findings = Validate(assessment);
        if (findings.Any(f => !f.IsWarning))
        {
            throw new InvalidImpactAssessmentException(findings);
        }

        var notes = new List<string>();
        Evaluation chosen;
        var dependsOnUnknowns = false;
        if (assessment.Workaround == WorkaroundStatus.Unknown)
        {
            var with = Evaluate(assessment, WorkaroundStatus.Available);
            var without = Evaluate(assessment, WorkaroundStatus.Unavailable);
            if (with.Tier.Severity.Rank == without.Tier.Severity.Rank)
            {
                chosen = RegardlessOfWorkaround(with, without);
            }
            else
            {
                // Not knowing is a gap of its own: keep the worse of the two answers, and say which one was assumed.
                dependsOnUnknowns = true;
                chosen = with.Tier.Severity.Rank < without.Tier.Severity.Rank ? with : without;
                notes.Add(
                    $"Whether a workaround exists is unknown: with one this is {with.Tier.Severity.DisplayName}, without one {without.Tier.Severity.DisplayName}. " +
                    $"Erring toward the more severe level, {(ReferenceEquals(chosen, without) ? "no workaround is" : "a workaround is")} assumed.");
            }
        }
        else
        {
            chosen = Evaluate(assessment, assessment.Workaround);
        }

        var reasons = chosen.Matches.Where(m => m.Severity.Rank == chosen.Tier.Severity.Rank).ToList();
        var outside = chosen.Matches.Count == 0 || reasons.All(m => m.IsOutsideDefinitions);
        if (chosen.Matches.Count == 0)
        {
            var which = Rules.FallbackRank is null ? "the policy's most severe level" : "the level the policy's triage rules fall back to";
            notes.Insert(0, $"No triage rule matches this assessment, so it falls outside every definition. Erring toward the more severe level, it is classified {chosen.Tier.Severity.DisplayName}, {which}.");
        }
        else if (outside)
        {
            notes.InsertRange(0, reasons.Select(m => m.Rule.Explanation).OfType<string>().Distinct());
        }

        if (assessment.Scope == ImpactScope.CoreComponent
            && assessment.AffectedUsersPercent is null
            && reasons.Any(m => m.Rule.When.AffectedPercentAtLeast is not null || m.Rule.When.AffectedPercentBelow is not null))
        {
            notes.Add("No percentage of users is given for the core component, so every user of the account is assumed affected (100%).");
        }

        if (UsesArticleRules)
        {
            notes.Add("The policy defines no triage rules, so the Zenput SLA article's rules are used.");
            foreach (var match in reasons.Where(m => m.Rule.TargetRank != m.Severity.Rank))
            {
                notes.Add($"The article's rule '{match.Rule.Id}' names Level {match.Rule.TargetRank}, which this policy lacks; it counts as {match.Severity.DisplayName}, the nearest level that is at least as severe.");
            }
        }

        notes.AddRange(findings.Where(f => f.IsWarning).Select(f => f.Message));
        return new TriageResult(assessment, chosen.Tier, chosen.Matches, outside, dependsOnUnknowns, notes.AsReadOnly());
    }

    // With the same level either way, prefer the reasons that hold whatever the workaround is.
    private static Evaluation RegardlessOfWorkaround(Evaluation with, Evaluation without)
    {
        var both = with.Matches.Select(m => m.Rule.Id).ToHashSet(StringComparer.Ordinal);
        var common = without.Matches.Where(m => both.Contains(m.Rule.Id)).ToList();
        var decidingRank = without.Tier.Severity.Rank;
        return without.Matches.Count > 0 && common.Any(m => m.Severity.Rank == decidingRank)
            ? new Evaluation(without.Tier, common)
            : without;
    }

    private Evaluation Evaluate(ImpactAssessment assessment, WorkaroundStatus workaround)
    {
        var assumed = assessment.Workaround == WorkaroundStatus.Unknown;
        var matches = new List<(TriageMatch Match, int Order)>();
        for (var i = 0; i < Rules.Rules.Count; i++)
        {
            var rule = Rules.Rules[i];
            if (TriageMatching.Match(rule.When, assessment, workaround, assumed) is { } facts)
            {
                matches.Add((new TriageMatch(rule, TierFor(rule.TargetRank).Severity, facts), i));
            }
        }

        var ordered = matches.OrderBy(m => m.Match.Severity.Rank).ThenBy(m => m.Order).Select(m => m.Match).ToList();
        var tier = ordered.Count > 0
            ? TierFor(ordered[0].Severity.Rank)
            : Rules.FallbackRank is { } fallback ? TierFor(fallback) : Policy.Tiers[0];
        return new Evaluation(tier, ordered);
    }

    // Explicit rules are validated against the policy's ranks; only the article's rules, used for a
    // policy without rules, can name a rank the policy lacks.
    private SeverityTier TierFor(int rank) =>
        (Policy.IndexOfRank(rank) is var i and >= 0 ? Policy.Tiers[i] : null)
        ?? Policy.Tiers.LastOrDefault(t => t.Severity.Rank < rank)
        ?? Policy.Tiers[0];

    private sealed record Evaluation(SeverityTier Tier, IReadOnlyList<TriageMatch> Matches);
}
