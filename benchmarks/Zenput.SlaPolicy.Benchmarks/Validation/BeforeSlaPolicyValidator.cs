using System;
using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using NodaTime;
using Zenput.Sla.Triage;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Benchmarks.Validation;

/// <summary>
/// The whole-policy validator as it was before issue 13, kept unchanged as the benchmarks' baseline:
/// a new validator tree per call, and every part validated afresh each time.
/// </summary>
internal sealed class BeforeSlaPolicyValidator : AbstractValidator<SlaPolicy>
{
    public BeforeSlaPolicyValidator()
    {
        RuleFor(p => p.Name).Required();
        RuleFor(p => p.Tiers)
            .NotEmpty().WithMessage("A policy needs at least one severity tier.").WithErrorCode(PolicyErrorCodes.NoTiers);
        RuleForEach(p => p.Tiers).SetValidator(new SeverityTierValidator());
        RuleForEach(p => p.Calendars).SetValidator(new BusinessCalendarValidator());
        RuleFor(p => p.Maintenance!).SetValidator(new MaintenanceScheduleValidator()).When(p => p.Maintenance is not null);

        RuleFor(p => p.ResponseSatisfiedBy)
            .NotEmpty().WithMessage("The policy must say which ticket events satisfy the response goal.").WithErrorCode(PolicyErrorCodes.InvalidSatisfyingEvent);
        RuleForEach(p => p.ResponseSatisfiedBy)
            .IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange)
            .NotEqual(TicketEventKind.Reported).WithMessage("The report itself cannot satisfy the response goal.").WithErrorCode(PolicyErrorCodes.InvalidSatisfyingEvent);

        RuleFor(p => p.ClockStopsDuringMaintenance)
            .Equal(false)
            .When(p => p.Maintenance is null)
            .WithMessage("The clock is set to stop during maintenance, but the policy has no maintenance schedule, so it never stops.")
            .WithErrorCode(PolicyErrorCodes.NoMaintenanceSchedule)
            .WithSeverity(Severity.Warning);

        RuleFor(p => p.TriageRules!)
            .SetValidator(p => new TriageRulesValidator(p.Severities))
            .When(p => p.TriageRules is not null);

        RuleFor(p => p).Custom(CheckAcrossTiers);
        RuleFor(p => p).Custom(CheckCalendars);
    }

    private static void CheckAcrossTiers(SlaPolicy policy, ValidationContext<SlaPolicy> context)
    {
        var ranks = new HashSet<int>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < policy.Tiers.Count; i++)
        {
            var severity = policy.Tiers[i].Severity;
            if (!ranks.Add(severity.Rank))
            {
                context.Fail($"Tiers[{i}].Severity.Rank", $"The rank {severity.Rank} is used by more than one severity level.", PolicyErrorCodes.DuplicateRank);
            }

            if (!string.IsNullOrWhiteSpace(severity.Name) && !names.Add(severity.Name))
            {
                context.Fail($"Tiers[{i}].Severity.Name", $"The name '{severity.Name}' is used by more than one severity level.", PolicyErrorCodes.DuplicateName);
            }
        }

        // A less severe level should not promise a faster response than a more severe one.
        var ordered = policy.Tiers.Select((tier, index) => (tier, index)).OrderBy(x => x.tier.Severity.Rank).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var moreSevere = ordered[i - 1].tier;
            var lessSevere = ordered[i].tier;
            if (NominalLength(lessSevere.ResponseGoal) is { } less
                && NominalLength(moreSevere.ResponseGoal) is { } more
                && SameClock(lessSevere.ResponseGoal, moreSevere.ResponseGoal)
                && less < more)
            {
                context.Fail(
                    $"Tiers[{ordered[i].index}].ResponseGoal",
                    $"{lessSevere.Severity.DisplayName} has a shorter response goal ({lessSevere.ResponseGoal}) than the more severe {moreSevere.Severity.DisplayName} ({moreSevere.ResponseGoal}).",
                    PolicyErrorCodes.ShorterGoalForLessSevereLevel,
                    Severity.Warning);
            }
        }
    }

    private static void CheckCalendars(SlaPolicy policy, ValidationContext<SlaPolicy> context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < policy.Calendars.Count; i++)
        {
            if (!names.Add(policy.Calendars[i].Name))
            {
                context.Fail($"Calendars[{i}].Name", $"The calendar name '{policy.Calendars[i].Name}' is used more than once.", PolicyErrorCodes.DuplicateCalendarName);
            }
        }

        for (var i = 0; i < policy.Tiers.Count; i++)
        {
            if (policy.Tiers[i].ResponseGoal is BusinessTimeGoalTarget business && !names.Contains(business.CalendarName))
            {
                context.Fail(
                    $"Tiers[{i}].ResponseGoal.CalendarName",
                    $"The response goal counts working time on the calendar '{business.CalendarName}', which the policy does not define{(names.Count == 0 ? string.Empty : $" (it defines: {string.Join(", ", names)})")}.",
                    PolicyErrorCodes.UnknownCalendar);
            }
        }
    }

    private static Duration? NominalLength(GoalTarget goal) => goal switch
    {
        ElapsedGoalTarget e => e.Duration,
        CalendarDaysGoalTarget c => Duration.FromDays(c.Days),
        BusinessTimeGoalTarget b => b.WorkingTime,
        _ => null,
    };

    // Elapsed time and calendar days are both wall-clock time and compare; business time only compares on the same calendar.
    private static bool SameClock(GoalTarget a, GoalTarget b) => (a, b) switch
    {
        (BusinessTimeGoalTarget x, BusinessTimeGoalTarget y) => x.CalendarName == y.CalendarName,
        (BusinessTimeGoalTarget, _) or (_, BusinessTimeGoalTarget) => false,
        _ => true,
    };
}
