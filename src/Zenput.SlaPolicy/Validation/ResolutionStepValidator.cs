using FluentValidation;

namespace Zenput.Sla.Validation;

/// <summary>Validates one resolution step: it is satisfiable and its deadline suits it.</summary>
public sealed class ResolutionStepValidator : AbstractValidator<ResolutionStep>
{
    /// <summary>Creates the validator.</summary>
    public ResolutionStepValidator()
    {
        RuleFor(s => s.Kind).IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange);
        RuleFor(s => s.SatisfiedBy)
            .NotEmpty().WithMessage("A step must list at least one ticket event that satisfies it.").WithErrorCode(PolicyErrorCodes.InvalidSatisfyingEvent);
        RuleForEach(s => s.SatisfiedBy)
            .IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange)
            .NotEqual(TicketEventKind.Reported).WithMessage("The report itself cannot satisfy a step.").WithErrorCode(PolicyErrorCodes.InvalidSatisfyingEvent)
            .Must(k => k == TicketEventKind.Reported || RuleExtensions.IsWork(k)).WithMessage("{PropertyValue} is a lifecycle event of the ticket, not work done on it, so it cannot satisfy a step.").WithErrorCode(PolicyErrorCodes.InvalidSatisfyingEvent);

        RuleFor(s => s.Deadline.Anchor)
            .Must(a => a == TicketEventKind.Reported || RuleExtensions.IsWork(a))
            .WithMessage("A step's deadline counts from the report or from work done on the ticket; {PropertyValue} is a lifecycle event and cannot anchor it.")
            .WithErrorCode(PolicyErrorCodes.InvalidDeadline)
            .OverridePropertyName("Deadline.Anchor");

        // Updates stop being owed at the fix being applied or the ticket resolved (README E9): counted from either, none would
        // ever be owed (before a reopening), and the tool printed "every 2 hours from the fix being applied until the fix is applied".
        RuleFor(s => s.Deadline.Anchor)
            .Must(a => a is not (TicketEventKind.FixApplied or TicketEventKind.Resolved))
            .WithMessage(s => $"Periodic updates counted from {(s.Deadline.Anchor == TicketEventKind.FixApplied ? "the fix being applied" : "the ticket being resolved")} would never be owed: updates stop being owed when the fix is applied or the ticket is resolved. Count them from the report or from work before the fix (such as engineerAssigned or fixStarted).")
            .WithErrorCode(PolicyErrorCodes.UpdatesNeverOwed)
            .OverridePropertyName("Deadline.Anchor")
            .When(s => s.Deadline.Kind == StepDeadlineKind.Recurring);

        RuleFor(s => s.Deadline.Length!.Value)
            .Positive()
            .OverridePropertyName("Deadline.Length")
            .When(s => s.Deadline.Kind == StepDeadlineKind.Within);

        RuleFor(s => s.Deadline.Length!.Value)
            .Positive(PolicyErrorCodes.NonPositiveCadence)
            .OverridePropertyName("Deadline.Length")
            .When(s => s.Deadline.Kind == StepDeadlineKind.Recurring);

        RuleFor(s => s.Deadline.Kind)
            .Equal(StepDeadlineKind.Recurring)
            .WithMessage("Periodic updates need a recurring deadline with a cadence.")
            .WithErrorCode(PolicyErrorCodes.InvalidDeadline)
            .OverridePropertyName("Deadline.Kind")
            .When(s => s.Kind == ResolutionStepKind.PeriodicUpdates);

        RuleFor(s => s.Deadline.Kind)
            .NotEqual(StepDeadlineKind.Recurring)
            .WithMessage("Only periodic updates recur; this step is owed once.")
            .WithErrorCode(PolicyErrorCodes.InvalidDeadline)
            .OverridePropertyName("Deadline.Kind")
            .When(s => s.Kind != ResolutionStepKind.PeriodicUpdates);
    }
}
