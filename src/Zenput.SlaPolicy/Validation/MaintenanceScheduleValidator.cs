using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using NodaTime;
using Zenput.SlaPolicy.Maintenance;

namespace Zenput.SlaPolicy.Validation;

/// <summary>
/// Validates a maintenance schedule: windows of positive length shorter than their recurrence,
/// unique ids, and cancellations and moves that refer to existing recurrences.
/// </summary>
public sealed class MaintenanceScheduleValidator : AbstractValidator<MaintenanceSchedule>
{
    /// <summary>Creates the validator.</summary>
    public MaintenanceScheduleValidator()
    {
        RuleForEach(s => s.Recurrences).ChildRules(r =>
        {
            r.RuleFor(x => x.Pattern).IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange);
            r.RuleFor(x => x.DayOfWeek).Must(d => d is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday)
                .WithMessage("'{PropertyName}' must be a day from Monday to Sunday.").WithErrorCode(PolicyErrorCodes.OutOfRange);
            r.RuleFor(x => x.Length).Positive();
            r.RuleFor(x => x.Length)
                .Must((x, length) => length < ShortestRecurrence(x.Pattern))
                .When(x => x.Length > Duration.Zero)
                .WithMessage(x => $"A {x.Pattern} window must be shorter than the {ShortestRecurrence(x.Pattern).TotalDays:0} days between occurrences, but lasts {x.Length}.")
                .WithErrorCode(PolicyErrorCodes.WindowLongerThanRecurrence);
            r.RuleFor(x => x.WeekOfMonth)
                .Must(w => w is (>= 1 and <= 5) or (-1))
                .When(x => x.Pattern == RecurrencePattern.MonthlyNthWeekday)
                .WithMessage("A monthly window's week of month must be 1 to 5, or -1 for the last.")
                .WithErrorCode(PolicyErrorCodes.InvalidWeekOfMonth);
            r.RuleFor(x => x.WeekOfMonth)
                .Null()
                .When(x => x.Pattern == RecurrencePattern.Weekly)
                .WithMessage("A weekly window has no week of month.")
                .WithErrorCode(PolicyErrorCodes.InvalidWeekOfMonth);
            r.RuleFor(x => x.EffectiveUntil)
                .Must((x, until) => until >= x.EffectiveFrom)
                .When(x => x.EffectiveFrom is not null && x.EffectiveUntil is not null)
                .WithMessage("'Effective Until' must not be before 'Effective From'.")
                .WithErrorCode(PolicyErrorCodes.InvalidRange);
        });

        RuleForEach(s => s.OneOffs).ChildRules(o =>
        {
            o.RuleFor(x => x.Kind).IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange);
            o.RuleFor(x => x.Length).Positive();
        });

        RuleForEach(s => s.Moves).ChildRules(m =>
            m.RuleFor(x => x.NewLength!.Value).Positive().OverridePropertyName("NewLength").When(x => x.NewLength is not null));

        RuleFor(s => s.NoticeLeadTime)
            .Must(d => d >= Duration.Zero).WithMessage("'Notice Lead Time' must not be negative.").WithErrorCode(PolicyErrorCodes.OutOfRange);

        RuleFor(s => s).Custom((schedule, context) =>
        {
            var ids = new HashSet<string>();
            AddDuplicates(context, schedule.Recurrences.Select(r => r.Id), nameof(MaintenanceSchedule.Recurrences), ids);
            AddDuplicates(context, schedule.OneOffs.Select(o => o.Id), nameof(MaintenanceSchedule.OneOffs), ids);

            var recurrenceIds = schedule.Recurrences.Select(r => r.Id).ToHashSet();
            for (var i = 0; i < schedule.Cancellations.Count; i++)
            {
                CheckReference(context, schedule.Cancellations[i].RecurrenceId, recurrenceIds, $"{nameof(MaintenanceSchedule.Cancellations)}[{i}].RecurrenceId");
            }

            for (var i = 0; i < schedule.Moves.Count; i++)
            {
                CheckReference(context, schedule.Moves[i].RecurrenceId, recurrenceIds, $"{nameof(MaintenanceSchedule.Moves)}[{i}].RecurrenceId");
            }
        });
    }

    /// <summary>The shortest gap between two occurrences of a pattern: a week, or four weeks for monthly windows.</summary>
    internal static Duration ShortestRecurrence(RecurrencePattern pattern) =>
        pattern == RecurrencePattern.Weekly ? Duration.FromDays(7) : Duration.FromDays(28);

    private static void AddDuplicates(ValidationContext<MaintenanceSchedule> context, IEnumerable<string> ids, string collection, HashSet<string> seen)
    {
        var index = 0;
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                context.Fail($"{collection}[{index}].Id", $"The id '{id}' is used more than once in the schedule.", PolicyErrorCodes.DuplicateId);
            }

            index++;
        }
    }

    private static void CheckReference(ValidationContext<MaintenanceSchedule> context, string id, HashSet<string> known, string path)
    {
        if (!known.Contains(id))
        {
            context.Fail(path, $"No recurrence has the id '{id}'.", PolicyErrorCodes.UnknownRecurrence);
        }
    }
}
