using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentValidation;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Triage;

/// <summary>
/// Validates a triage rule set against the severity levels of its policy: at least one rule, unique
/// ids, texts present, ranks the policy defines, and conditions that can be met.
/// </summary>
/// <remarks>
/// <see cref="SlaPolicyBuilder.Build"/> runs it on the policy's triage rules and reports its findings
/// under the path <c>TriageRules</c>.
/// Error codes are listed in <see cref="PolicyErrorCodes"/>.
/// </remarks>
public sealed class TriageRulesValidator : AbstractValidator<TriageRules>
{
    /// <summary>Creates a validator for the rules of a policy with the given severity levels.</summary>
    /// <param name="severities">The policy's severity levels: the ranks rules may recommend.</param>
    /// <exception cref="ArgumentNullException"><paramref name="severities"/> is null.</exception>
    public TriageRulesValidator(IEnumerable<SeverityLevel> severities)
    {
        ArgumentNullException.ThrowIfNull(severities);
        var ranks = severities.Select(s => s.Rank).Distinct().Order().ToList();
        var known = string.Join(", ", ranks.Select(r => r.ToString(CultureInfo.InvariantCulture)));

        RuleFor(r => r.Rules)
            .NotEmpty()
            .WithMessage("A triage rule set needs at least one rule. Leave the triage rules out to use the Zenput article's rules.")
            .WithErrorCode(PolicyErrorCodes.NoTriageRules);

        RuleFor(r => r.FallbackRank)
            .Must(rank => ranks.Contains(rank!.Value))
            .When(r => r.FallbackRank is not null)
            .WithMessage(r => $"The triage fallback recommends rank {r.FallbackRank}, which the policy does not define (its ranks are {known}).")
            .WithErrorCode(PolicyErrorCodes.UnknownTriageRank);

        RuleForEach(r => r.Rules).ChildRules(rule =>
        {
            rule.RuleFor(x => x.Id).Required();
            rule.RuleFor(x => x.Criterion).Required();
            rule.RuleFor(x => x.TargetRank)
                .Must(rank => ranks.Contains(rank))
                .WithMessage(x => $"The rule '{x.Id}' recommends rank {x.TargetRank}, which the policy does not define (its ranks are {known}).")
                .WithErrorCode(PolicyErrorCodes.UnknownTriageRank);
            rule.RuleFor(x => x.Explanation)
                .NotEmpty()
                .When(x => x.IsOutsideDefinitions)
                .WithMessage(x => $"The rule '{x.Id}' covers a case outside the definitions, so it must explain the gap it fills and which way it decides.")
                .WithErrorCode(PolicyErrorCodes.Required);
            rule.RuleFor(x => x.When)
                .NotNull().WithMessage("'{PropertyName}' must not be null; use TriageCondition.Always for a rule with no condition.").WithErrorCode(PolicyErrorCodes.Required);
            rule.RuleFor(x => x.When).SetValidator(new ConditionValidator()).When(x => x.When is not null);
        });

        RuleFor(r => r).Custom(CheckUniqueIds);
    }

    private static void CheckUniqueIds(TriageRules rules, ValidationContext<TriageRules> context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Rules.Count; i++)
        {
            var id = rules.Rules[i].Id;
            if (!string.IsNullOrWhiteSpace(id) && !seen.Add(id))
            {
                context.Fail($"{nameof(TriageRules.Rules)}[{i}].{nameof(TriageRule.Id)}", $"The rule id '{id}' is used more than once.", PolicyErrorCodes.DuplicateId);
            }
        }
    }

    private sealed class ConditionValidator : AbstractValidator<TriageCondition>
    {
        public ConditionValidator()
        {
            RuleForEach(c => c.Scopes).IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange);
            RuleForEach(c => c.FunctionLosses).IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange);
            RuleForEach(c => c.PerformanceDegradations).IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange);
            RuleForEach(c => c.DataImpacts).IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange);
            RuleForEach(c => c.Categories).IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange);
            RuleForEach(c => c.Workarounds)
                .IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange)
                .NotEqual(WorkaroundStatus.Unknown)
                .WithMessage("A condition names Available or Unavailable workarounds only: an unknown workaround is classified as the more severe of the two.")
                .WithErrorCode(PolicyErrorCodes.InvalidTriageCondition);

            RuleFor(c => c.AffectedPercentAtLeast)
                .Must(p => p is >= 0m and <= 100m)
                .When(c => c.AffectedPercentAtLeast is not null)
                .WithMessage(c => $"'Affected Percent At Least' must be from 0 to 100, but is {TriageText.Percent(c.AffectedPercentAtLeast!.Value)}.")
                .WithErrorCode(PolicyErrorCodes.OutOfRange);
            RuleFor(c => c.AffectedPercentBelow)
                .Must(p => p is > 0m and <= 100m)
                .When(c => c.AffectedPercentBelow is not null)
                .WithMessage(c => $"'Affected Percent Below' must be more than 0 and at most 100, but is {TriageText.Percent(c.AffectedPercentBelow!.Value)}.")
                .WithErrorCode(PolicyErrorCodes.OutOfRange);
            RuleFor(c => c.AffectedPercentBelow)
                .Must((c, below) => c.AffectedPercentAtLeast < below)
                .When(c => c.AffectedPercentAtLeast is not null && c.AffectedPercentBelow is not null)
                .WithMessage(c => $"No share of users is at least {TriageText.Percent(c.AffectedPercentAtLeast!.Value)} and below {TriageText.Percent(c.AffectedPercentBelow!.Value)}, so the rule can never apply.")
                .WithErrorCode(PolicyErrorCodes.InvalidTriageCondition);
        }
    }
}
