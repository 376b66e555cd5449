using FluentValidation;
using NodaTime;
using Zenput.Sla.Calendars;

namespace Zenput.Sla.Validation;

/// <summary>Validates a business calendar: a name, some weekly working time, and well-formed holidays.</summary>
public sealed class BusinessCalendarValidator : AbstractValidator<BusinessCalendar>
{
    /// <summary>Creates the validator.</summary>
    public BusinessCalendarValidator()
    {
        RuleFor(c => c.Name).Required();
        RuleFor(c => c.Windows)
            .NotEmpty().WithMessage("A business calendar needs at least one weekly working window, or it never has working time.")
            .WithErrorCode(PolicyErrorCodes.NoWorkingTime);
        RuleForEach(c => c.Windows).ChildRules(w =>
            w.RuleFor(x => x.Day).Must(d => d is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday)
                .WithMessage("'{PropertyName}' must be a day from Monday to Sunday.").WithErrorCode(PolicyErrorCodes.OutOfRange));
        RuleForEach(c => c.Holidays).ChildRules(h =>
        {
            h.RuleFor(x => x.Name).Required();
            h.RuleFor(x => x.ClosedUntil)
                .Must((x, until) => until > x.ClosedFrom || until == LocalTime.Midnight)
                .When(x => !x.IsWholeDay)
                .WithMessage("A partial-day closure must end after it starts ({PropertyValue} is not after the start).")
                .WithErrorCode(PolicyErrorCodes.InvalidClosure);
        });
        RuleForEach(c => c.ExtraWorkingDays).ChildRules(d =>
            d.RuleFor(x => x.Hours).NotEmpty()
                .WithMessage("An extra working day needs at least one span of opening hours.").WithErrorCode(PolicyErrorCodes.Required));
    }
}
