using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Triage;
using Zenput.Sla.Validation;

namespace Zenput.Sla;

/// <summary>
/// Validates a builder's draft: every tier, calendar and the maintenance schedule, the triage rules
/// against the draft's severity levels, and the rules that span them (unique ranks and names, goals that
/// do not shrink as severity falls, calendars that exist).
/// </summary>
/// <remarks>
/// <para>One instance serves every build (validators are thread-safe once constructed).</para>
/// <para>Parts are immutable, so the findings of one part on its own are worked out once per instance
/// and kept while the instance lives: a builder started from an existing policy re-validates only what
/// changed and the rules that span the parts. Findings keep their order and paths
/// (<c>Tiers[2].ResponseGoal</c>) as if every part were validated afresh.</para>
/// </remarks>
internal sealed class PolicyDraftValidator : AbstractValidator<PolicyDraft>
{
    /// <summary>The one instance.</summary>
    public static readonly PolicyDraftValidator Instance = new();

    /// <summary>Beyond this many distinct rank sets, triage validators are built per call instead of kept.</summary>
    private const int KeptTriageValidators = 16;

    private static readonly SeverityTierValidator TierValidator = new();
    private static readonly BusinessCalendarValidator CalendarValidator = new();
    private static readonly MaintenanceScheduleValidator MaintenanceValidator = new();
    private static readonly ConditionalWeakTable<SeverityTier, ValidationFailure[]> TierFindings = new();
    private static readonly ConditionalWeakTable<BusinessCalendar, ValidationFailure[]> CalendarFindings = new();
    private static readonly ConditionalWeakTable<MaintenanceSchedule, ValidationFailure[]> MaintenanceFindings = new();
    private static readonly ConditionalWeakTable<TriageRules, ConcurrentDictionary<string, ValidationFailure[]>> TriageFindings = new();
    private static readonly ConcurrentDictionary<string, TriageRulesValidator> TriageValidators = new(StringComparer.Ordinal);

    /// <summary>Creates the validator; use <see cref="Instance"/>.</summary>
    internal PolicyDraftValidator()
    {
        RuleFor(p => p.Name).Required();
        RuleFor(p => p.Tiers)
            .NotEmpty().WithMessage("A policy needs at least one severity tier.").WithErrorCode(PolicyErrorCodes.NoTiers);
        RuleFor(p => p).Custom((p, context) =>
        {
            for (var i = 0; i < p.Tiers.Count; i++)
            {
                AddPart(context, $"{nameof(PolicyDraft.Tiers)}[{i}]", TierFindings.GetValue(p.Tiers[i], static t => FailuresOf(TierValidator.Validate(t))));
            }

            for (var i = 0; i < p.Calendars.Count; i++)
            {
                AddPart(context, $"{nameof(PolicyDraft.Calendars)}[{i}]", CalendarFindings.GetValue(p.Calendars[i], static c => FailuresOf(CalendarValidator.Validate(c))));
            }

            if (p.Maintenance is { } schedule)
            {
                AddPart(context, nameof(PolicyDraft.Maintenance), MaintenanceFindings.GetValue(schedule, static s => FailuresOf(MaintenanceValidator.Validate(s))));
            }
        });

        RuleFor(p => p.ResponseSatisfiedBy)
            .NotEmpty().WithMessage("The policy must say which ticket events satisfy the response goal.").WithErrorCode(PolicyErrorCodes.InvalidSatisfyingEvent);
        RuleForEach(p => p.ResponseSatisfiedBy)
            .IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange)
            .NotEqual(TicketEventKind.Reported).WithMessage("The report itself cannot satisfy the response goal.").WithErrorCode(PolicyErrorCodes.InvalidSatisfyingEvent)
            .Must(k => k == TicketEventKind.Reported || RuleExtensions.IsWork(k)).WithMessage("{PropertyValue} is a lifecycle event of the ticket, not work done on it, so it cannot satisfy the response goal.").WithErrorCode(PolicyErrorCodes.InvalidSatisfyingEvent);

        RuleFor(p => p.StepClock).IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange);
        RuleFor(p => p.WarningThresholds).Custom(CheckWarningThresholds);

        RuleFor(p => p.ClockStopsDuringMaintenance)
            .Equal(false)
            .When(p => p.Maintenance is null)
            .WithMessage("The clock is set to stop during maintenance, but the policy has no maintenance schedule, so it never stops.")
            .WithErrorCode(PolicyErrorCodes.NoMaintenanceSchedule)
            .WithSeverity(Severity.Warning);

        RuleFor(p => p).Custom((p, context) =>
        {
            if (p.TriageRules is { } rules)
            {
                AddPart(context, nameof(PolicyDraft.TriageRules), TriageRulesFindings(rules, p.Tiers.Select(t => t.Severity).ToList()));
            }
        });

        RuleFor(p => p).Custom(CheckAcrossTiers);
        RuleFor(p => p).Custom(CheckCalendars);
        RuleFor(p => p).Custom(CheckWorkingTime);
    }

    private static ValidationFailure[] FailuresOf(ValidationResult result) => result.Errors.Count == 0 ? [] : [.. result.Errors];

    private static void AddPart(ValidationContext<PolicyDraft> context, string path, ValidationFailure[] failures)
    {
        foreach (var failure in failures)
        {
            var where = string.IsNullOrEmpty(failure.PropertyName) ? path : $"{path}.{failure.PropertyName}";
            context.AddFailure(new ValidationFailure(where, failure.ErrorMessage, failure.AttemptedValue)
            {
                ErrorCode = failure.ErrorCode,
                Severity = failure.Severity,
            });
        }
    }

    /// <summary>The triage rules' findings against the draft's levels: kept per rule set and rank set.</summary>
    private static ValidationFailure[] TriageRulesFindings(TriageRules rules, IReadOnlyList<SeverityLevel> severities)
    {
        var ranksKey = string.Join(",", severities.Select(s => s.Rank).Distinct().Order());
        var byRanks = TriageFindings.GetValue(rules, static _ => new ConcurrentDictionary<string, ValidationFailure[]>(StringComparer.Ordinal));
        if (byRanks.TryGetValue(ranksKey, out var kept))
        {
            return kept;
        }

        if (!TriageValidators.TryGetValue(ranksKey, out var validator))
        {
            validator = new TriageRulesValidator(severities);
            if (TriageValidators.Count < KeptTriageValidators)
            {
                validator = TriageValidators.GetOrAdd(ranksKey, validator);
            }
        }

        var failures = FailuresOf(validator.Validate(rules));
        return byRanks.Count < KeptTriageValidators ? byRanks.GetOrAdd(ranksKey, failures) : failures;
    }

    private static void CheckAcrossTiers(PolicyDraft policy, ValidationContext<PolicyDraft> context)
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

    private static void CheckCalendars(PolicyDraft policy, ValidationContext<PolicyDraft> context)
    {
        var calendars = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < policy.Calendars.Count; i++)
        {
            if (!calendars.Add(policy.Calendars[i].Name))
            {
                context.Fail($"Calendars[{i}].Name", $"The calendar name '{policy.Calendars[i].Name}' is used more than once.", PolicyErrorCodes.DuplicateCalendarName);
            }
        }

        var names = new HashSet<string>(calendars, StringComparer.Ordinal);
        for (var i = 0; i < policy.CalendarIntersections.Count; i++)
        {
            var intersection = policy.CalendarIntersections[i];
            var path = $"{nameof(PolicyDraft.CalendarIntersections)}[{i}]";
            if (!names.Add(intersection.Name))
            {
                context.Fail($"{path}.Name", $"The calendar name '{intersection.Name}' is used more than once.", PolicyErrorCodes.DuplicateCalendarName);
            }

            if (intersection.CalendarNames.Count < 2)
            {
                context.Fail($"{path}.CalendarNames", $"The intersection '{intersection.Name}' needs at least two calendars to intersect, but names {intersection.CalendarNames.Count}.", PolicyErrorCodes.InvalidIntersection);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < intersection.CalendarNames.Count; j++)
            {
                var name = intersection.CalendarNames[j];
                if (!calendars.Contains(name))
                {
                    context.Fail($"{path}.CalendarNames[{j}]", $"The intersection '{intersection.Name}' names the calendar '{name}', which the policy does not define as a business calendar{Defines(calendars)}.", PolicyErrorCodes.InvalidIntersection);
                }
                else if (!seen.Add(name))
                {
                    context.Fail($"{path}.CalendarNames[{j}]", $"The intersection '{intersection.Name}' names the calendar '{name}' more than once.", PolicyErrorCodes.InvalidIntersection);
                }
            }
        }

        for (var i = 0; i < policy.Tiers.Count; i++)
        {
            var goal = policy.Tiers[i].ResponseGoal;
            if (goal.ClockStopsDuringMaintenance == true && policy.Maintenance is null)
            {
                context.Fail(
                    $"Tiers[{i}].ResponseGoal.ClockStopsDuringMaintenance",
                    "The response goal is set to stop during maintenance, but the policy has no maintenance schedule, so it never stops.",
                    PolicyErrorCodes.NoMaintenanceSchedule,
                    Severity.Warning);
            }

            if (goal is BusinessTimeGoalTarget { Calendar: { } carried }
                && policy.Calendars.FirstOrDefault(c => c.Name == carried.Name) is { } defined
                && !ReferenceEquals(carried, defined)
                && !carried.Equals(defined))
            {
                context.Fail(
                    $"Tiers[{i}].ResponseGoal.Calendar",
                    $"The response goal carries a business calendar named '{carried.Name}' that differs from the policy's calendar of that name; use the policy's calendar or give this one another name.",
                    PolicyErrorCodes.ConflictingCalendar);
            }

            var calendar = goal switch
            {
                BusinessTimeGoalTarget business => business.CalendarName,
                BusinessDaysGoalTarget days => days.CalendarName,
                _ => null,
            };
            if (calendar is not null && !names.Contains(calendar))
            {
                context.Fail(
                    $"Tiers[{i}].ResponseGoal.CalendarName",
                    $"The response goal counts working time on the calendar '{calendar}', which the policy does not define{Defines(names)}.",
                    PolicyErrorCodes.UnknownCalendar);
            }
        }
    }

    /// <summary>
    /// Refuses a tier whose goal counts on a clock that provably has no working time at any instant: every ticket of
    /// that level would fail when its due instant is worked out. (Steps on the 24×7 clock need no check of their own: when
    /// it is empty less the maintenance, so is every calendar less the same maintenance.) Found by the policy fuzzer:
    /// such a policy passed validation. Only what the rules prove empty for all time is refused (see
    /// <see cref="WorkingTimeProof"/>); names that do not resolve are left to <see cref="CheckCalendars"/>.
    /// </summary>
    private static void CheckWorkingTime(PolicyDraft policy, ValidationContext<PolicyDraft> context)
    {
        // Many tiers usually share a few clocks: each clock is judged once (a hostile policy may have thousands of both).
        var judged = new Dictionary<(string? Calendar, bool Stops), bool>();
        for (var i = 0; i < policy.Tiers.Count; i++)
        {
            var tier = policy.Tiers[i];
            var goal = tier.ResponseGoal;
            if (goal is null)
            {
                continue;
            }

            var excluded = (goal.ClockStopsDuringMaintenance ?? policy.ClockStopsDuringMaintenance) ? policy.Maintenance : null;
            var stepsOnGoalClock = policy.StepClock == StepClock.ResponseGoal || goal is not (BusinessTimeGoalTarget or BusinessDaysGoalTarget);
            // A calendar the goal carries (not the policy's) is judged on its own: two goals may carry different ones of one name.
            if (GoalCalendars(policy, goal) is { } calendars
                && (calendars.Carried ? WorkingTimeProof.ProvablyEmpty(calendars.Calendars, excluded) : Judged(judged, CalendarName(goal), excluded, calendars.Calendars)))
            {
                // Say "once the maintenance windows are taken out" only when that is why.
                excluded = excluded is not null && calendars.Calendars.Count > 0 && WorkingTimeProof.ProvablyEmpty(calendars.Calendars, null) ? null : excluded;
                var steps = stepsOnGoalClock && tier.ResolutionProcess.Any(CountsTime) ? ", and so are its steps that count on the same clock" : string.Empty;
                context.Fail(
                    $"Tiers[{i}].ResponseGoal",
                    $"{tier.Severity.DisplayName}: the response goal ({goal}) counts on {calendars.Description}, which has no working time at any instant{Why(calendars.Calendars.Count, excluded)}, so it could never be due for any ticket of this level{steps}. {Advice(calendars.Calendars.Count, excluded)}",
                    PolicyErrorCodes.NoWorkingTime);
            }
        }
    }

    /// <summary>Whether the clock is provably empty, judged once per calendar name (of the policy's) and maintenance setting.</summary>
    private static bool Judged(Dictionary<(string?, bool), bool> judged, string? calendar, MaintenanceSchedule? excluded, IReadOnlyList<BusinessCalendar> calendars)
    {
        if (!judged.TryGetValue((calendar, excluded is not null), out var empty))
        {
            judged[(calendar, excluded is not null)] = empty = WorkingTimeProof.ProvablyEmpty(calendars, excluded);
        }

        return empty;
    }

    private static string? CalendarName(GoalTarget goal) => goal switch
    {
        BusinessTimeGoalTarget business => business.CalendarName,
        BusinessDaysGoalTarget days => days.CalendarName,
        _ => null,
    };

    private static bool CountsTime(ResolutionStep step) => step.Deadline?.Kind is StepDeadlineKind.Within or StepDeadlineKind.Recurring;

    private static string Why(int calendars, MaintenanceSchedule? excluded) => excluded is null
        ? string.Empty
        : calendars == 0
            ? " once the maintenance windows are taken out (the clock stops during maintenance, and weekly maintenance covers the whole week)"
            : " once the maintenance windows are taken out (the clock stops during maintenance, and weekly maintenance covers every opening hour)";

    private static string Advice(int calendars, MaintenanceSchedule? excluded) => (calendars, excluded) switch
    {
        (0, _) => "Check the maintenance recurrences, or let the clock run during maintenance (clockStopsDuringMaintenance false).",
        (_, null) => "Check the calendars' working windows, schedules, extra working days and holidays.",
        _ => "Check the calendar's working windows and the maintenance recurrences, or let this goal's clock run during maintenance (clockStopsDuringMaintenance false).",
    };

    /// <summary>The calendars a goal counts working time on (none for the 24×7 clock) and how to name them, or null when a name does not resolve.</summary>
    private static (IReadOnlyList<BusinessCalendar> Calendars, string Description, bool Carried)? GoalCalendars(PolicyDraft policy, GoalTarget goal)
    {
        var name = CalendarName(goal);
        if (name is null)
        {
            return ([], "the 24×7 clock", false);
        }

        if (policy.Calendars.FirstOrDefault(c => c.Name == name) is { } calendar)
        {
            return ([calendar], $"the business calendar '{name}' ({calendar.Zone.Id})", false);
        }

        if (policy.CalendarIntersections.FirstOrDefault(c => c.Name == name) is { } intersection)
        {
            var members = intersection.CalendarNames.Select(n => policy.Calendars.FirstOrDefault(c => c.Name == n)).ToList();
            return members.Count > 0 && members.All(m => m is not null)
                ? ([.. members!], $"the calendar intersection '{name}' ({string.Join(" ∩ ", intersection.CalendarNames.Select(n => $"'{n}'"))})", false)
                : null;
        }

        return goal is BusinessTimeGoalTarget { Calendar: { } carried }
            ? ([carried], $"the business calendar '{name}' ({carried.Zone.Id})", true)
            : null;
    }

    private static string Defines(HashSet<string> names) =>
        names.Count == 0 ? string.Empty : $" (it defines: {string.Join(", ", names)})";

    private static Duration? NominalLength(GoalTarget goal) => goal switch
    {
        ElapsedGoalTarget e => e.Duration,
        CalendarDaysGoalTarget c => DaysLength(c.Days),
        BusinessTimeGoalTarget b => b.WorkingTime,
        BusinessDaysGoalTarget d => DaysLength(d.Days),
        _ => null,
    };

    // Any whole number of days compares: past the range of Duration (about 45,000 years) as its ends, where
    // Duration.FromDays threw from inside validation (found by the policy-document fuzzer).
    private static Duration DaysLength(int days) => days switch
    {
        > MaxDurationDays => Duration.MaxValue,
        < -MaxDurationDays => Duration.MinValue,
        _ => Duration.FromDays(days),
    };

    private const int MaxDurationDays = (1 << 24) - 1;

    // Elapsed time and calendar days are both wall-clock time and compare; business time and business
    // days each compare only with their own kind on the same calendar.
    private static bool SameClock(GoalTarget a, GoalTarget b) => (a, b) switch
    {
        (BusinessTimeGoalTarget x, BusinessTimeGoalTarget y) => x.CalendarName == y.CalendarName,
        (BusinessDaysGoalTarget x, BusinessDaysGoalTarget y) => x.CalendarName == y.CalendarName,
        (BusinessTimeGoalTarget or BusinessDaysGoalTarget, _) or (_, BusinessTimeGoalTarget or BusinessDaysGoalTarget) => false,
        _ => true,
    };

    private static void CheckWarningThresholds(IReadOnlyList<double> thresholds, ValidationContext<PolicyDraft> context)
    {
        for (var i = 0; i < thresholds.Count; i++)
        {
            var value = thresholds[i];
            if (!(value > 0 && value < 100))
            {
                context.Fail($"WarningThresholds[{i}]", $"A warning threshold is a percentage of the response goal above 0 and below 100, but is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", PolicyErrorCodes.InvalidWarningThreshold);
            }
            else if (i > 0 && !(value > thresholds[i - 1]))
            {
                context.Fail($"WarningThresholds[{i}]", $"Warning thresholds must be in ascending order without repeats, but {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} follows {thresholds[i - 1].ToString(System.Globalization.CultureInfo.InvariantCulture)}.", PolicyErrorCodes.InvalidWarningThreshold);
            }
        }
    }
}
