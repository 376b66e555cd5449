using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentValidation;
using NodaTime;
using Zenput.Sla.Calendars;

namespace Zenput.Sla.Validation;

/// <summary>
/// Validates a business calendar: a name, some weekly working time (of its own or in a schedule),
/// well-formed holiday rules, one extra working day per date, and schedules with sound dates.
/// </summary>
/// <remarks>
/// A partial-day closure may end at or before it starts: like opening hours it then ends on the next
/// date (<c>22:00–02:00</c> crosses midnight), so every pair of times is a closure.
/// </remarks>
public sealed class BusinessCalendarValidator : AbstractValidator<BusinessCalendar>
{
    /// <summary>Creates the validator.</summary>
    public BusinessCalendarValidator()
    {
        RuleFor(c => c.Name).Required();
        RuleFor(c => c.Windows)
            .Must((c, windows) => windows.Count > 0 || c.Schedules.Any(s => s.Windows.Count > 0))
            .WithMessage("A business calendar needs at least one weekly working window (its own or a schedule's), or it never has working time.")
            .WithErrorCode(PolicyErrorCodes.NoWorkingTime);
        RuleForEach(c => c.Windows).ChildRules(WindowRules);
        RuleForEach(c => c.Holidays).ChildRules(h =>
        {
            h.RuleFor(x => x.Name).Required();
            h.RuleFor(x => x.Rule).Custom((rule, context) => CheckRule(rule, context)).When(x => x.Rule is not null);
        });
        RuleForEach(c => c.ExtraWorkingDays).ChildRules(d =>
            d.RuleFor(x => x.Hours).NotEmpty()
                .WithMessage("An extra working day needs at least one span of opening hours.").WithErrorCode(PolicyErrorCodes.Required));
        RuleForEach(c => c.Schedules).ChildRules(s =>
        {
            s.RuleForEach(x => x.Windows).ChildRules(WindowRules);
            s.RuleFor(x => x.EffectiveUntil)
                .Must((x, until) => until >= x.EffectiveFrom)
                .When(x => x.EffectiveUntil is not null)
                .WithMessage("'Effective Until' must not be before 'Effective From'.")
                .WithErrorCode(PolicyErrorCodes.InvalidRange);
        });
        RuleFor(c => c).Custom(CheckOnePerDate);
    }

    private static void WindowRules(InlineValidator<WorkingWindow> w) =>
        w.RuleFor(x => x.Day).Must(d => d is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday)
            .WithMessage("'{PropertyName}' must be a day from Monday to Sunday.").WithErrorCode(PolicyErrorCodes.OutOfRange);

    private static void CheckRule(HolidayRule? rule, ValidationContext<Holiday> context)
    {
        switch (rule)
        {
            case NthWeekdayHolidayRule nth:
                if (nth.Month is < 1 or > 12)
                {
                    context.Fail("Rule.Month", $"'Month' must be from 1 to 12, but is {nth.Month}.", PolicyErrorCodes.OutOfRange);
                }

                if (nth.DayOfWeek is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
                {
                    context.Fail("Rule.DayOfWeek", "'Day Of Week' must be a day from Monday to Sunday.", PolicyErrorCodes.OutOfRange);
                }

                if (nth.Week is not (NthWeekdayHolidayRule.Last or (>= 1 and <= 5)))
                {
                    context.Fail("Rule.Week", $"A holiday's week of the month must be 1 to 5, or -1 for the last, but is {nth.Week}.", PolicyErrorCodes.InvalidWeekOfMonth);
                }

                break;
            case FixedDateHolidayRule fixedDate:
                if (fixedDate.SaturdayObservedOn is not (IsoDayOfWeek.Friday or IsoDayOfWeek.Saturday or IsoDayOfWeek.Monday))
                {
                    context.Fail("Rule.SaturdayObservedOn", $"A Saturday holiday can be observed on Friday, Saturday or Monday, not on {fixedDate.SaturdayObservedOn}.", PolicyErrorCodes.OutOfRange);
                }

                if (fixedDate.SundayObservedOn is not (IsoDayOfWeek.Friday or IsoDayOfWeek.Sunday or IsoDayOfWeek.Monday))
                {
                    context.Fail("Rule.SundayObservedOn", $"A Sunday holiday can be observed on Friday, Sunday or Monday, not on {fixedDate.SundayObservedOn}.", PolicyErrorCodes.OutOfRange);
                }

                break;
            case EasterHolidayRule easter when easter.OffsetDays is < -EasterHolidayRule.MaxOffsetDays or > EasterHolidayRule.MaxOffsetDays:
                context.Fail("Rule.OffsetDays", $"A holiday relative to Easter must be within {EasterHolidayRule.MaxOffsetDays} days of it, but is {easter.OffsetDays} days away.", PolicyErrorCodes.OutOfRange);
                break;
        }
    }

    // Two extra days (or two schedules starting) on one date would leave which one applies to the order of a list.
    private static void CheckOnePerDate(BusinessCalendar calendar, ValidationContext<BusinessCalendar> context)
    {
        Duplicates(calendar.ExtraWorkingDays.Select(d => d.Date), (i, date) => context.Fail(
            $"ExtraWorkingDays[{i}].Date",
            $"The extra working day {Text(date)} is given more than once; give all its hours in one.",
            PolicyErrorCodes.DuplicateDate));
        Duplicates(calendar.Schedules.Select(s => s.EffectiveFrom), (i, date) => context.Fail(
            $"Schedules[{i}].EffectiveFrom",
            $"Another schedule also takes effect on {Text(date)}, so which one is in force would be ambiguous.",
            PolicyErrorCodes.DuplicateDate));
    }

    private static void Duplicates(IEnumerable<LocalDate> dates, System.Action<int, LocalDate> report)
    {
        var seen = new HashSet<LocalDate>();
        var index = 0;
        foreach (var date in dates)
        {
            if (!seen.Add(date))
            {
                report(index, date);
            }

            index++;
        }
    }

    private static string Text(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
