using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Internal;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Triage;
using Zenput.Sla.Validation;

namespace Zenput.Sla;

/// <summary>
/// Builds an <see cref="SlaPolicy"/> step by step. <see cref="Build"/> validates everything and throws
/// one <see cref="SlaPolicyValidationException"/> that lists every failure.
/// </summary>
/// <remarks>
/// <para>A builder is single-use: after a successful <see cref="Build"/> it refuses further calls (a
/// failed one leaves it usable, to fix what failed). It is not thread-safe; the policy it builds is.</para>
/// <para>Start from nothing (<see cref="SlaPolicyBuilder(string)"/>) or from an existing policy
/// (<see cref="From(SlaPolicy)"/>), for example to adjust the built-in Zenput policy.</para>
/// </remarks>
public sealed class SlaPolicyBuilder
{
    private readonly List<SeverityTier> _tiers = [];
    private readonly List<BusinessCalendar> _calendars = [];
    private readonly List<CalendarIntersection> _intersections = [];
    private readonly List<string> _assumptions = [];
    private readonly List<PolicyFinding> _zoneFindings = [];
    private List<TicketEventKind> _responseSatisfiedBy = [TicketEventKind.EngineerAssigned, TicketEventKind.FirstResponse];
    private string _name;
    private string _description = string.Empty;
    private DateTimeZone _supportZone = DateTimeZone.Utc;
    private MaintenanceSchedule? _maintenance;
    private bool _clockStopsDuringMaintenance;
    private TriageRules? _triageRules;
    private List<double> _warningThresholds = [.. SlaPolicy.DefaultWarningThresholds];
    private StepClock _stepClock = StepClock.ResponseGoal;
    private bool _built;

    /// <summary>Starts a policy with the given name, the UTC support zone, no tiers and no maintenance.</summary>
    /// <param name="name">The policy's name.</param>
    public SlaPolicyBuilder(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _name = name;
    }

    /// <summary>Starts a builder holding everything <paramref name="policy"/> holds, to change some of it.</summary>
    /// <param name="policy">The policy to start from.</param>
    /// <returns>A new builder.</returns>
    public static SlaPolicyBuilder From(SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var builder = new SlaPolicyBuilder(policy.Name)
        {
            _description = policy.Description,
            _supportZone = policy.SupportZone,
            _maintenance = policy.Maintenance,
            _clockStopsDuringMaintenance = policy.ClockStopsDuringMaintenance,
            _responseSatisfiedBy = [.. policy.ResponseSatisfiedBy],
            _triageRules = policy.TriageRules,
            _warningThresholds = [.. policy.WarningThresholds],
            _stepClock = policy.StepClock,
        };
        builder._tiers.AddRange(policy.Tiers);
        builder._calendars.AddRange(policy.Calendars);
        builder._intersections.AddRange(policy.CalendarIntersections);
        builder._assumptions.AddRange(policy.Assumptions);
        return builder;
    }

    /// <summary>Sets the policy's name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder WithName(string name)
    {
        EnsureNotBuilt();
        ArgumentNullException.ThrowIfNull(name);
        _name = name;
        return this;
    }

    /// <summary>Sets the policy's description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder WithDescription(string description)
    {
        EnsureNotBuilt();
        ArgumentNullException.ThrowIfNull(description);
        _description = description;
        return this;
    }

    /// <summary>Sets the support zone.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder WithSupportZone(DateTimeZone zone)
    {
        EnsureNotBuilt();
        ArgumentNullException.ThrowIfNull(zone);
        _supportZone = zone;
        _zoneFindings.RemoveAll(f => f.Path == nameof(SlaPolicy.SupportZone));
        return this;
    }

    /// <summary>Sets the support zone by its IANA id, such as <c>America/Los_Angeles</c>. An unknown id is reported by <see cref="Build"/>.</summary>
    /// <param name="zoneId">The IANA time-zone id.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder WithSupportZone(string zoneId)
    {
        EnsureNotBuilt();
        var zone = TimeZones.Find(zoneId);
        if (zone is null)
        {
            _zoneFindings.RemoveAll(f => f.Path == nameof(SlaPolicy.SupportZone));
            _zoneFindings.Add(PolicyFindings.UnknownZone(nameof(SlaPolicy.SupportZone), zoneId));
            return this;
        }

        return WithSupportZone(zone);
    }

    /// <summary>Adds a severity tier. Tiers may be added in any order; the policy lists them by rank.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder AddTier(SeverityTier tier)
    {
        EnsureNotBuilt();
        ArgumentNullException.ThrowIfNull(tier);
        _tiers.Add(tier);
        return this;
    }

    /// <summary>Adds a severity tier from its parts.</summary>
    /// <param name="severity">The severity level.</param>
    /// <param name="responseGoal">The response goal.</param>
    /// <param name="resolutionProcess">The resolution steps, in order.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder AddTier(SeverityLevel severity, GoalTarget responseGoal, IEnumerable<ResolutionStep> resolutionProcess) =>
        AddTier(new SeverityTier(severity, responseGoal, resolutionProcess));

    /// <summary>Replaces the tier whose severity has the same rank as <paramref name="tier"/>'s, or adds it if there is none.</summary>
    /// <param name="tier">The new tier.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder ReplaceTier(SeverityTier tier)
    {
        EnsureNotBuilt();
        ArgumentNullException.ThrowIfNull(tier);
        var index = _tiers.FindIndex(t => t.Severity.Rank == tier.Severity.Rank);
        if (index < 0)
        {
            _tiers.Add(tier);
        }
        else
        {
            _tiers[index] = tier;
        }

        return this;
    }

    /// <summary>Removes every tier.</summary>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder ClearTiers()
    {
        EnsureNotBuilt();
        _tiers.Clear();
        return this;
    }

    /// <summary>Sets the ticket events that satisfy the response goal (the first to happen meets it).</summary>
    /// <param name="events">The events. The default is engineer assignment or first response.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder WithResponseSatisfiedBy(params IEnumerable<TicketEventKind> events)
    {
        EnsureNotBuilt();
        ArgumentNullException.ThrowIfNull(events);
        _responseSatisfiedBy = [.. events];
        return this;
    }

    /// <summary>Adds a named business calendar that business-time goals can refer to.</summary>
    /// <remarks>A calendar that a goal carries (<see cref="GoalTarget.BusinessTime(NodaTime.Duration, BusinessCalendar)"/>) is added by the build itself; adding it here too is harmless.</remarks>
    /// <param name="calendar">The calendar.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder AddCalendar(BusinessCalendar calendar)
    {
        EnsureNotBuilt();
        ArgumentNullException.ThrowIfNull(calendar);
        _calendars.Add(calendar);
        return this;
    }

    /// <summary>Adds a named intersection of business calendars (open only when all of them are) that goals can refer to like a calendar.</summary>
    /// <param name="intersection">The intersection; its calendars are those of the policy with the names it gives.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder AddCalendarIntersection(CalendarIntersection intersection)
    {
        EnsureNotBuilt();
        ArgumentNullException.ThrowIfNull(intersection);
        _intersections.Add(intersection);
        return this;
    }

    /// <summary>Adds a calendar named <paramref name="name"/> that is open only when every calendar of <paramref name="calendarNames"/> is: the customer's site hours ∩ the support desk's hours.</summary>
    /// <param name="name">The intersection's name, unique among the policy's calendars.</param>
    /// <param name="calendarNames">The names of at least two business calendars of the policy; the first gives the days of business-days goals.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder AddCalendarIntersection(string name, params IEnumerable<string> calendarNames) =>
        AddCalendarIntersection(new CalendarIntersection(name, calendarNames));

    /// <summary>Sets the scheduled-maintenance calendar and whether the SLA clock stops during it.</summary>
    /// <param name="schedule">The schedule, or <see langword="null"/> for none.</param>
    /// <param name="clockStopsDuringMaintenance">Whether maintenance windows are excluded from SLA time. Default <see langword="false"/>.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder WithMaintenance(MaintenanceSchedule? schedule, bool clockStopsDuringMaintenance = false)
    {
        EnsureNotBuilt();
        _maintenance = schedule;
        _clockStopsDuringMaintenance = clockStopsDuringMaintenance;
        return this;
    }

    /// <summary>Adds an assumption the policy makes where its source text is silent.</summary>
    /// <param name="assumption">The assumption, in plain words.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder WithAssumption(string assumption)
    {
        EnsureNotBuilt();
        ArgumentNullException.ThrowIfNull(assumption);
        _assumptions.Add(assumption);
        return this;
    }

    /// <summary>Sets the rules that recommend a severity for an impact assessment.</summary>
    /// <param name="rules">The rules, or <see langword="null"/> (the default) to classify with the Zenput article's rules.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder WithTriageRules(TriageRules? rules)
    {
        EnsureNotBuilt();
        _triageRules = rules;
        return this;
    }

    /// <summary>Sets the warning thresholds of the response goal, as percentages of the goal (each above 0 and below 100, in ascending order).</summary>
    /// <param name="percentages">The thresholds, for example 50, 75 and 90 (the default); none to report no warnings.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder WithWarningThresholds(params IEnumerable<double> percentages)
    {
        EnsureNotBuilt();
        ArgumentNullException.ThrowIfNull(percentages);
        _warningThresholds = [.. percentages];
        return this;
    }

    /// <summary>Sets the clock resolution steps count on (the length of "within" deadlines and the cadence of periodic updates).</summary>
    /// <param name="clock">The clock; <see cref="StepClock.ResponseGoal"/> (the tier's response-goal clock) by default.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder WithStepClock(StepClock clock)
    {
        EnsureNotBuilt();
        _stepClock = clock;
        return this;
    }

    /// <summary>Validates what has been set so far without building, returning every error and warning.</summary>
    /// <remarks>
    /// To see the warnings of an existing policy (a policy is always valid, but may raise warnings):
    /// <c>SlaPolicyBuilder.From(policy).Validate()</c>. Parts that come from an existing policy are not
    /// validated again, only what changed and the rules that span the parts.
    /// </remarks>
    /// <returns>The findings, errors first; empty when the policy is valid and raises no warning.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its policy.</exception>
    [Pure]
    public IReadOnlyList<PolicyFinding> Validate()
    {
        EnsureNotBuilt();
        return ValidateDraft();
    }

    /// <summary>Validates and builds the policy. After a successful build the builder cannot be used again; after a failed one it can, to fix what the exception lists.</summary>
    /// <returns>The immutable, valid policy (warnings do not stop it).</returns>
    /// <exception cref="SlaPolicyValidationException">The policy has at least one error; the exception lists them all, each with its path and code.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its policy.</exception>
    public SlaPolicy Build() =>
        TryBuild(out var findings) ?? throw new SlaPolicyValidationException(findings);

    /// <summary>Validates once and builds when there is no error; the findings are returned either way.</summary>
    internal SlaPolicy? TryBuild(out IReadOnlyList<PolicyFinding> findings)
    {
        EnsureNotBuilt();
        findings = ValidateDraft();
        if (findings.Any(f => !f.IsWarning))
        {
            return null;
        }

        return Create();
    }

    /// <summary>
    /// Builds without running the validators: only for a policy fixed in code whose validity a test proves
    /// (the built-in <see cref="ZenputSla.Default"/>, pinned by <c>ZenputSlaValidityTests</c>).
    /// </summary>
    /// <remarks>
    /// Validating the built-in policy on every start of the tool cost about a third of a native <c>due</c>'s
    /// CPU (building FluentValidation's expression trees, interpreted under Native AOT, then validating), to
    /// prove the same constant answer every time. The zone lookup's findings are still checked: they are
    /// already at hand.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The builder has already built its policy, or its support zone is unknown.</exception>
    internal SlaPolicy BuildProvenValid()
    {
        EnsureNotBuilt();
        if (_zoneFindings.Count > 0)
        {
            throw new InvalidOperationException(_zoneFindings[0].Message);
        }

        return Create();
    }

    private SlaPolicy Create()
    {
        _built = true;
        return new SlaPolicy(
            _name,
            _description,
            _supportZone,
            _tiers.OrderBy(t => t.Severity.Rank),
            _responseSatisfiedBy,
            CalendarsWithCarried(),
            _maintenance,
            _clockStopsDuringMaintenance,
            _assumptions,
            _triageRules,
            _warningThresholds,
            _stepClock,
            _intersections);
    }

    private IReadOnlyList<PolicyFinding> ValidateDraft()
    {
        var draft = new PolicyDraft(
            _name,
            _description,
            _supportZone,
            [.. _tiers],
            [.. _responseSatisfiedBy],
            CalendarsWithCarried(),
            _maintenance,
            _clockStopsDuringMaintenance,
            [.. _assumptions],
            _triageRules,
            [.. _warningThresholds],
            _stepClock,
            [.. _intersections]);
        return [.. _zoneFindings, .. PolicyFindings.From(PolicyDraftValidator.Instance.Validate(draft))];
    }

    /// <summary>The calendars added, then those that business-time goals carry and no added calendar names.</summary>
    private List<BusinessCalendar> CalendarsWithCarried()
    {
        var calendars = new List<BusinessCalendar>(_calendars);
        foreach (var tier in _tiers)
        {
            if (tier.ResponseGoal is BusinessTimeGoalTarget { Calendar: { } carried } && !calendars.Exists(c => c.Name == carried.Name))
            {
                calendars.Add(carried);
            }
        }

        return calendars;
    }

    private void EnsureNotBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This SlaPolicyBuilder has already built its policy; a builder is single-use. Use SlaPolicyBuilder.From(policy) to start a new one.");
        }
    }
}
