using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Internal;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Validation;

/// <summary>
/// Validates a maintenance schedule: windows of positive length shorter than their recurrence,
/// unique ids, cancellations and moves that refer to real occurrences, and the notice rules.
/// </summary>
/// <remarks>
/// <para>The notice rules (the SLA: "customers are notified of planned outages via the Zenput
/// Status Page"):</para>
/// <list type="bullet">
/// <item><description>A <see cref="MaintenanceKind.Planned"/> one-off must be announced at least
/// <see cref="MaintenanceSchedule.NoticeLeadTime"/> before it starts. Announced later (or after it
/// started) is an error, <see cref="PolicyErrorCodes.LateMaintenanceNotice"/>: a planned window
/// without the promised notice was not planned, so record it as an emergency.
/// Not announced yet is a warning, <see cref="PolicyErrorCodes.MaintenanceNotAnnounced"/>, stating
/// the deadline (validation has no clock, so it cannot tell whether the deadline has passed).</description></item>
/// <item><description>A <see cref="MovedOccurrence"/> follows the same rule, measured from the earlier
/// of its original and its new start: customers who planned around the usual time must learn of
/// the change as early as those affected by the new time.</description></item>
/// <item><description>An <see cref="MaintenanceKind.Emergency"/> one-off is exempt, but always reported
/// as a warning, <see cref="PolicyErrorCodes.EmergencyMaintenance"/>, with the notice it had.</description></item>
/// <item><description>Occurrences of the recurring rules need no per-occurrence notice (the rule itself
/// is the standing announcement), and neither do cancellations.</description></item>
/// </list>
/// </remarks>
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
                .WithMessage(x => $"A {x.Pattern} window must be shorter than the {GoalText.Format(ShortestRecurrence(x.Pattern))} between occurrences, but lasts {GoalText.Format(x.Length)}.")
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

        RuleFor(s => s).Custom(CheckSupportedRange);
        RuleFor(s => s).Custom(CheckOccurrenceChanges);
        RuleFor(s => s).Custom(CheckNotices);
    }

    /// <summary>The shortest gap between two occurrences of a pattern: a week, or four weeks for monthly windows.</summary>
    internal static Duration ShortestRecurrence(RecurrencePattern pattern) =>
        pattern == RecurrencePattern.Weekly ? Duration.FromDays(7) : Duration.FromDays(28);

    /// <summary>One-offs and moved occurrences must lie within the clock's range: beyond it no query could show them and every clock call would have to reason about them.</summary>
    private static void CheckSupportedRange(MaintenanceSchedule schedule, ValidationContext<MaintenanceSchedule> context)
    {
        var rules = new Dictionary<string, MaintenanceRecurrence>();
        foreach (var rule in schedule.Recurrences)
        {
            rules.TryAdd(rule.Id, rule);
        }

        for (var i = 0; i < schedule.OneOffs.Count; i++)
        {
            var oneOff = schedule.OneOffs[i];
            CheckInRange(context, $"{nameof(MaintenanceSchedule.OneOffs)}[{i}]", nameof(MaintenanceOneOff.Start), nameof(MaintenanceOneOff.Length), $"The one-off '{oneOff.Id}'", oneOff.Start, oneOff.Length, schedule.Zone);
        }

        for (var i = 0; i < schedule.Moves.Count; i++)
        {
            var move = schedule.Moves[i];
            var length = move.NewLength ?? (rules.TryGetValue(move.RecurrenceId, out var rule) ? rule.Length : Duration.Zero);
            CheckInRange(context, $"{nameof(MaintenanceSchedule.Moves)}[{i}]", nameof(MovedOccurrence.NewStart), nameof(MovedOccurrence.NewLength), $"The move of '{move.RecurrenceId}'", move.NewStart, length, schedule.Zone);
        }
    }

    private static void CheckInRange(ValidationContext<MaintenanceSchedule> context, string path, string startName, string lengthName, string what, LocalDateTime localStart, Duration length, DateTimeZone zone)
    {
        if (ResolvedStart(localStart, zone) is not { } start)
        {
            context.Fail($"{path}.{startName}",
                $"{what} starts at {LocalDateTimePattern.ExtendedIso.Format(localStart)} ({zone.Id}), outside the instants the SLA clock supports ({Format(SupportedRange.Min)} to {Format(SupportedRange.Max)}).",
                PolicyErrorCodes.OutsideSupportedRange);
        }
        else if (length > SupportedRange.Max - start)
        {
            context.Fail($"{path}.{lengthName}",
                $"{what} starts at {Format(start)} and lasts {GoalText.Format(length)}, so it would end after {Format(SupportedRange.Max)}, the last instant the SLA clock supports.",
                PolicyErrorCodes.OutsideSupportedRange);
        }
    }

    /// <summary>The instant a local start resolves to, or null when it lies outside the supported range.</summary>
    private static Instant? ResolvedStart(LocalDateTime local, DateTimeZone zone)
    {
        if (!SupportedRange.CanResolve(local))
        {
            return null;
        }

        var start = LocalResolution.ToInstant(local, zone);
        return start >= SupportedRange.Min && start <= SupportedRange.Max ? start : null;
    }

    private static void CheckOccurrenceChanges(MaintenanceSchedule schedule, ValidationContext<MaintenanceSchedule> context)
    {
        var rules = new Dictionary<string, MaintenanceRecurrence>();
        foreach (var rule in schedule.Recurrences)
        {
            rules.TryAdd(rule.Id, rule);
        }

        var changed = new Dictionary<(string, LocalDate), string>();
        var changes = schedule.Cancellations.Select((c, i) => (c.RecurrenceId, c.Date, Path: $"{nameof(MaintenanceSchedule.Cancellations)}[{i}]", Verb: "cancelled"))
            .Concat(schedule.Moves.Select((m, i) => (m.RecurrenceId, Date: m.OriginalDate, Path: $"{nameof(MaintenanceSchedule.Moves)}[{i}]", Verb: "moved")));
        foreach (var (recurrenceId, date, path, verb) in changes)
        {
            if (!rules.TryGetValue(recurrenceId, out var rule))
            {
                continue;
            }

            if (!MaintenanceExpansion.IsOccurrenceDate(rule, date))
            {
                context.Fail($"{path}.{(verb == "moved" ? nameof(MovedOccurrence.OriginalDate) : nameof(CancelledOccurrence.Date))}",
                    $"The recurrence '{recurrenceId}' has no occurrence on {LocalDatePattern.Iso.Format(date)} ({date.DayOfWeek}) to be {verb}.",
                    PolicyErrorCodes.NotAnOccurrence);
            }
            else if (!changed.TryAdd((recurrenceId, date), path))
            {
                context.Fail(path,
                    $"The occurrence of '{recurrenceId}' on {LocalDatePattern.Iso.Format(date)} is {verb} here but already changed by {changed[(recurrenceId, date)]}.",
                    PolicyErrorCodes.ConflictingOccurrenceChange);
            }
        }
    }

    private static void CheckNotices(MaintenanceSchedule schedule, ValidationContext<MaintenanceSchedule> context)
    {
        var lead = schedule.NoticeLeadTime < Duration.Zero ? Duration.Zero : schedule.NoticeLeadTime;
        for (var i = 0; i < schedule.OneOffs.Count; i++)
        {
            var oneOff = schedule.OneOffs[i];
            if (ResolvedStart(oneOff.Start, schedule.Zone) is not { } start)
            {
                continue;
            }

            var path = $"{nameof(MaintenanceSchedule.OneOffs)}[{i}].{nameof(MaintenanceOneOff.AnnouncedAt)}";
            var what = $"The planned window '{oneOff.Id}' starting {Format(start)}";
            if (oneOff.Kind == MaintenanceKind.Emergency)
            {
                var notice = oneOff.AnnouncedAt is { } announced
                    ? announced <= start ? $"announced {GoalText.Format(start - announced)} ahead" : $"announced {GoalText.Format(announced - start)} after it started"
                    : "not announced";
                context.Fail(path, $"'{oneOff.Id}' starting {Format(start)} is emergency maintenance ({notice}): it is exempt from the {GoalText.Format(lead)} notice rule.", PolicyErrorCodes.EmergencyMaintenance, Severity.Warning);
            }
            else
            {
                CheckNotice(context, path, what, start, oneOff.AnnouncedAt, lead);
            }
        }

        var rules = new Dictionary<string, MaintenanceRecurrence>();
        foreach (var rule in schedule.Recurrences)
        {
            rules.TryAdd(rule.Id, rule);
        }

        for (var i = 0; i < schedule.Moves.Count; i++)
        {
            var move = schedule.Moves[i];
            if (!rules.TryGetValue(move.RecurrenceId, out var rule) || !MaintenanceExpansion.IsOccurrenceDate(rule, move.OriginalDate))
            {
                continue;
            }

            if (ResolvedStart(move.OriginalDate + rule.StartTime, schedule.Zone) is not { } original
                || ResolvedStart(move.NewStart, schedule.Zone) is not { } moved)
            {
                continue;
            }

            var path = $"{nameof(MaintenanceSchedule.Moves)}[{i}].{nameof(MovedOccurrence.AnnouncedAt)}";
            var what = $"The move of '{rule.Id}' from {Format(original)} to {Format(moved)}";
            CheckNotice(context, path, what, original < moved ? original : moved, move.AnnouncedAt, lead);
        }
    }

    private static void CheckNotice(ValidationContext<MaintenanceSchedule> context, string path, string what, Instant start, Instant? announcedAt, Duration lead)
    {
        var deadline = SupportedRange.MinusOrMin(start, lead);
        if (announcedAt is not { } announced)
        {
            context.Fail(path, $"{what} has not been announced; planned maintenance must be announced by {Format(deadline)} ({GoalText.Format(lead)} ahead).", PolicyErrorCodes.MaintenanceNotAnnounced, Severity.Warning);
        }
        else if (announced > deadline)
        {
            var given = announced <= start ? $"only {GoalText.Format(start - announced)} ahead" : $"{GoalText.Format(announced - start)} after it started";
            context.Fail(path, $"{what} was announced at {Format(announced)}, {given}; planned maintenance must be announced at least {GoalText.Format(lead)} ahead (by {Format(deadline)}). If it was an emergency, record it as one.", PolicyErrorCodes.LateMaintenanceNotice);
        }
    }

    private static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

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
