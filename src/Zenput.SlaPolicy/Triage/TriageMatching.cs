using System.Collections.Generic;
using System.Linq;

namespace Zenput.Sla.Triage;

/// <summary>Decides whether an assessment meets a rule's condition, and words the facts that met it.</summary>
internal static class TriageMatching
{
    /// <summary>Returns the facts that meet <paramref name="condition"/>, or <see langword="null"/> when it is not met.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="workaround">The workaround status to test: the assessment's, or one of the two answers when it is unknown.</param>
    /// <param name="workaroundAssumed">Whether <paramref name="workaround"/> is an assumption.</param>
    public static IReadOnlyList<string>? Match(TriageCondition condition, ImpactAssessment assessment, WorkaroundStatus workaround, bool workaroundAssumed)
    {
        var facts = new List<string>();

        if (condition.Scopes.Count > 0)
        {
            if (!condition.Scopes.Contains(assessment.Scope))
            {
                return null;
            }

            facts.Add($"scope: {TriageText.Label(assessment.Scope)}{(string.IsNullOrWhiteSpace(assessment.AffectedFunction) ? string.Empty : $" ({assessment.AffectedFunction.Trim()})")}");
        }

        if (condition.FunctionLosses.Count > 0)
        {
            if (!condition.FunctionLosses.Contains(assessment.FunctionLoss))
            {
                return null;
            }

            facts.Add($"loss of function: {TriageText.Label(assessment.FunctionLoss)}");
        }

        if (condition.IsTemporary is { } temporary)
        {
            if (assessment.IsTemporary != temporary)
            {
                return null;
            }

            facts.Add(temporary ? "the loss is temporary" : "the loss is not temporary");
        }

        if (condition.PerformanceDegradations.Count > 0)
        {
            if (!condition.PerformanceDegradations.Contains(assessment.PerformanceDegradation))
            {
                return null;
            }

            facts.Add($"performance degradation: {TriageText.Label(assessment.PerformanceDegradation)}");
        }

        if (condition.DataImpacts.Count > 0)
        {
            if (!condition.DataImpacts.Contains(assessment.DataImpact))
            {
                return null;
            }

            facts.Add($"data impact: {TriageText.Label(assessment.DataImpact)}");
        }

        if (condition.Workarounds.Count > 0)
        {
            if (!condition.Workarounds.Contains(workaround))
            {
                return null;
            }

            facts.Add(workaroundAssumed
                ? $"workaround: unknown, assumed {TriageText.Label(workaround)}"
                : $"workaround: {TriageText.Label(workaround)}");
        }

        if (condition.Categories.Count > 0)
        {
            if (!condition.Categories.Contains(assessment.Category))
            {
                return null;
            }

            facts.Add($"category: {TriageText.Label(assessment.Category)}");
        }

        if (condition.AffectedPercentAtLeast is not null || condition.AffectedPercentBelow is not null)
        {
            if (ShareFact(condition, assessment) is not { } share)
            {
                return null;
            }

            facts.Add(share);
        }

        return facts.AsReadOnly();
    }

    private static string? ShareFact(TriageCondition condition, ImpactAssessment assessment)
    {
        var atLeast = condition.AffectedPercentAtLeast;
        var below = condition.AffectedPercentBelow;
        var bounds = (atLeast, below) switch
        {
            ({ } a, { } b) => $"at least {TriageText.Percent(a)} and fewer than {TriageText.Percent(b)}",
            ({ } a, null) => $"{TriageText.Percent(a)} or more",
            (null, { } b) => $"fewer than {TriageText.Percent(b)}",
            _ => string.Empty,
        };

        var share = assessment.AffectedUsersPercent;
        if (share is null && assessment.Scope == ImpactScope.SingleUser)
        {
            // One user of an unknown number is the smallest share there is: below every positive bound.
            return atLeast is null or <= 0m && below is null or > 0m
                ? $"affected users: a single user ({bounds})"
                : null;
        }

        var assumed = share is null;
        var value = share ?? 100m;
        if ((atLeast is { } min && value < min) || (below is { } max && value >= max))
        {
            return null;
        }

        return $"affected users: {TriageText.Percent(value)}{(assumed ? " assumed" : string.Empty)} ({bounds})";
    }
}
