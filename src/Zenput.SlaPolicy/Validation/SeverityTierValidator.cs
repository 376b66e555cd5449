using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentValidation;
using NodaTime;
using NodaTime.Text;

namespace Zenput.Sla.Validation;

/// <summary>
/// Validates one severity tier: its level (a name that is a whole number must be its rank), a response goal that
/// is not negative, a resolution process whose required steps are present, unique and in the SLA's order, and
/// periodic updates that recur at most once a second.
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
        RuleFor(t => t.Severity).Custom((severity, context) => CheckNameIsNotAnotherRank(severity, context));
        RuleFor(t => t.ResponseGoal).NotNegativeGoal();

        RuleFor(t => t.ResolutionProcess)
            .NotEmpty().WithMessage("A severity level must define at least one resolution step.")
            .WithErrorCode(PolicyErrorCodes.MissingResolutionProcess);
        RuleForEach(t => t.ResolutionProcess).SetValidator(new ResolutionStepValidator());
        RuleFor(t => t).Custom((tier, context) => CheckStepOrder(tier.ResolutionProcess, context));
        RuleFor(t => t).Custom((tier, context) => CheckCadences(tier, context));
    }

    /// <summary>
    /// The shortest periodic-update cadence allowed, one second. It bounds the number of update deadlines a ticket's
    /// evaluation counts: at most about 6.3e11 over the range of instants the SLA clock supports (about 20,000 years).
    /// </summary>
    internal static readonly Duration MinCadence = Duration.FromSeconds(1);

    /// <summary>
    /// A severity is given by name or by rank (<c>--severity 2</c>, <c>"severity": 2</c>), and the first level whose name or
    /// rank matches is taken: a name made of digits only that is not its own rank would hide the level of that rank.
    /// </summary>
    private static void CheckNameIsNotAnotherRank(SeverityLevel severity, ValidationContext<SeverityTier> context)
    {
        var name = severity.Name;
        if (string.IsNullOrEmpty(name) || !name.All(char.IsAsciiDigit))
        {
            return;
        }

        // Leading zeros are read away ("02" is the number 2), as a reader of the policy would.
        var number = name.TrimStart('0');
        var readAs = number.Length == 0 ? "0" : number;
        var rank = severity.Rank.ToString(CultureInfo.InvariantCulture);
        if (readAs != rank)
        {
            context.Fail(
                "Severity.Name",
                $"{severity.DisplayName} is named '{severity.Name}', which reads as the rank {readAs}, not its own rank {rank}: a name that is a whole number must be its level's rank.",
                PolicyErrorCodes.AmbiguousSeverityName);
        }
    }

    private static void CheckCadences(SeverityTier tier, ValidationContext<SeverityTier> context)
    {
        for (var i = 0; i < tier.ResolutionProcess.Count; i++)
        {
            var deadline = tier.ResolutionProcess[i].Deadline;

            // Zero and negative cadences are NonPositiveCadence (ResolutionStepValidator).
            if (deadline.Kind == StepDeadlineKind.Recurring && deadline.Length is { } cadence && cadence > Duration.Zero && cadence < MinCadence)
            {
                context.Fail(
                    $"{nameof(SeverityTier.ResolutionProcess)}[{i}].Deadline.Length",
                    $"The periodic updates of {tier.Severity.DisplayName} recur every {DurationPattern.JsonRoundtrip.Format(cadence)}, more often than once a second, the shortest cadence allowed.",
                    PolicyErrorCodes.CadenceTooShort);
            }
        }
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
