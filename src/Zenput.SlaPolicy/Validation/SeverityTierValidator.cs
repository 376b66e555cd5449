using System.Collections.Generic;
using System.Linq;
using FluentValidation;

namespace Zenput.Sla.Validation;

/// <summary>
/// Validates one severity tier: its level, a positive response goal, and a resolution process whose
/// required steps are present, unique and in the SLA's order.
/// </summary>
public sealed class SeverityTierValidator : AbstractValidator<SeverityTier>
{
    /// <summary>Creates the validator.</summary>
    public SeverityTierValidator()
    {
        RuleFor(t => t.Severity.Rank)
            .GreaterThan(0).WithMessage("A severity rank must be 1 or more (1 is the most severe), but is {PropertyValue}.")
            .WithErrorCode(PolicyErrorCodes.NonPositiveRank)
            .OverridePropertyName("Severity.Rank");
        RuleFor(t => t.Severity.Name).Required().OverridePropertyName("Severity.Name");
        RuleFor(t => t.ResponseGoal).NotNegativeGoal();

        RuleFor(t => t.ResolutionProcess)
            .NotEmpty().WithMessage("A severity level must define at least one resolution step.")
            .WithErrorCode(PolicyErrorCodes.MissingResolutionProcess);
        RuleForEach(t => t.ResolutionProcess).SetValidator(new ResolutionStepValidator());
        RuleFor(t => t).Custom((tier, context) => CheckStepOrder(tier.ResolutionProcess, context));
    }

    private static void CheckStepOrder(IReadOnlyList<ResolutionStep> steps, ValidationContext<SeverityTier> context)
    {
        var seen = new HashSet<ResolutionStepKind>();
        for (var i = 0; i < steps.Count; i++)
        {
            var kind = steps[i].Kind;
            var path = $"{nameof(SeverityTier.ResolutionProcess)}[{i}].{nameof(ResolutionStep.Kind)}";
            if (!seen.Add(kind))
            {
                context.Fail(path, $"The step {kind} appears more than once.", PolicyErrorCodes.DuplicateStep);
            }
            else if (i > 0 && kind < steps[i - 1].Kind)
            {
                context.Fail(path, $"The step {kind} comes after {steps[i - 1].Kind}; steps follow the SLA's order: problem ticket, engineer assignment, periodic updates, fix initiation, user notification, next-release effort.", PolicyErrorCodes.StepsOutOfOrder);
            }
        }

        var kinds = steps.Select(s => s.Kind).ToHashSet();
        var needsTicket = kinds.Overlaps([ResolutionStepKind.EngineerAssignment, ResolutionStepKind.PeriodicUpdates, ResolutionStepKind.FixInitiation, ResolutionStepKind.UserNotification]);
        if (needsTicket && !kinds.Contains(ResolutionStepKind.ProblemTicket))
        {
            context.Fail(nameof(SeverityTier.ResolutionProcess), "A resolution process that assigns, updates or fixes must start with a ProblemTicket step.", PolicyErrorCodes.MissingRequiredStep);
        }

        if (kinds.Contains(ResolutionStepKind.UserNotification) && !kinds.Contains(ResolutionStepKind.FixInitiation))
        {
            context.Fail(nameof(SeverityTier.ResolutionProcess), "A UserNotification step (users told once the fix is applied) needs a FixInitiation step before it.", PolicyErrorCodes.MissingRequiredStep);
        }
    }
}
