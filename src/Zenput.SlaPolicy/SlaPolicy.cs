using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Internal;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Triage;

namespace Zenput.Sla;

/// <summary>
/// A whole service-level agreement: its severity scale with a response goal and resolution process
/// per level, the support zone, the business calendars goals may be counted on, and the
/// scheduled-maintenance calendar.
/// </summary>
/// <remarks>
/// <para>A policy is always valid: obtain one from <see cref="ZenputSla.Default"/>, from
/// <see cref="SlaPolicyBuilder.Build"/> or from <c>SlaPolicyDocument</c>, all of
/// which validate it first.</para>
/// <para>Instances are immutable and thread-safe, and may be shared freely. Equality is structural.</para>
/// </remarks>
public sealed class SlaPolicy : IEquatable<SlaPolicy>
{
    // Looks severities up by name or rank in constant time, whatever the number of levels (see SeverityLookup).
    private readonly SeverityLookup _severities;

    internal SlaPolicy(
        string name,
        string description,
        DateTimeZone supportZone,
        IEnumerable<SeverityTier> tiers,
        IEnumerable<TicketEventKind> responseSatisfiedBy,
        IEnumerable<BusinessCalendar> calendars,
        MaintenanceSchedule? maintenance,
        bool clockStopsDuringMaintenance,
        IEnumerable<string> assumptions,
        TriageRules? triageRules = null,
        IEnumerable<double>? warningThresholds = null,
        StepClock stepClock = StepClock.ResponseGoal,
        IEnumerable<CalendarIntersection>? calendarIntersections = null)
    {
        Name = name;
        Description = description;
        SupportZone = supportZone;
        Tiers = Guard.Freeze(tiers, nameof(tiers));
        _severities = new SeverityLookup(Tiers.Select(t => t.Severity).ToArray());
        ResponseSatisfiedBy = Guard.Freeze(responseSatisfiedBy, nameof(responseSatisfiedBy));
        Calendars = Guard.Freeze(calendars, nameof(calendars));
        Maintenance = maintenance;
        ClockStopsDuringMaintenance = clockStopsDuringMaintenance;
        Assumptions = Guard.Freeze(assumptions, nameof(assumptions));
        TriageRules = triageRules;
        CalendarIntersections = Guard.Freeze(calendarIntersections ?? [], nameof(calendarIntersections));
        WarningThresholds = warningThresholds is null ? DefaultWarningThresholds : Guard.Freeze(warningThresholds, nameof(warningThresholds));
        StepClock = stepClock;
    }

    /// <summary>Gets the warning thresholds a policy has when it states none: 50 %, 75 % and 90 % of the response goal.</summary>
    public static IReadOnlyList<double> DefaultWarningThresholds { get; } = Array.AsReadOnly(new[] { 50.0, 75.0, 90.0 });

    /// <summary>Gets the policy's name, for example <c>Zenput Support SLA</c>.</summary>
    public string Name { get; }

    /// <summary>Gets a description of the policy and whom it applies to.</summary>
    public string Description { get; }

    /// <summary>Gets the support zone: calendar-day goals are counted on its wall clock, and local times are shown in it.</summary>
    public DateTimeZone SupportZone { get; }

    /// <summary>Gets the severity tiers, most severe (rank 1) first.</summary>
    public IReadOnlyList<SeverityTier> Tiers { get; }

    /// <summary>Gets the severity levels of the scale, most severe first.</summary>
    public IEnumerable<SeverityLevel> Severities => Tiers.Select(t => t.Severity);

    /// <summary>Gets the ticket events that satisfy the response goal: the first of them to happen meets it.</summary>
    public IReadOnlyList<TicketEventKind> ResponseSatisfiedBy { get; }

    /// <summary>Gets the named business calendars that business-time goals refer to.</summary>
    public IReadOnlyList<BusinessCalendar> Calendars { get; }

    /// <summary>Gets the named intersections of <see cref="Calendars"/> (open only when all of theirs are), which goals may name like a calendar.</summary>
    public IReadOnlyList<CalendarIntersection> CalendarIntersections { get; }

    /// <summary>Gets the scheduled-maintenance calendar, or <see langword="null"/> when the policy has none.</summary>
    public MaintenanceSchedule? Maintenance { get; }

    /// <summary>Gets whether the SLA clock stops during scheduled maintenance windows. The Zenput SLA states no such exclusion, so its default is <see langword="false"/>.</summary>
    public bool ClockStopsDuringMaintenance { get; }

    /// <summary>Gets the assumptions the policy makes where its source text is silent, in plain words.</summary>
    public IReadOnlyList<string> Assumptions { get; }

    /// <summary>
    /// Gets the rules that recommend a severity for an impact assessment (see <see cref="SeverityClassifier"/>),
    /// or <see langword="null"/> when the policy defines none: it is then classified with the Zenput
    /// article's rules (<see cref="ZenputSla.TriageRules"/>), each counting at the nearest level of this
    /// policy that is at least as severe as the one it names.
    /// </summary>
    public TriageRules? TriageRules { get; }

    /// <summary>
    /// Gets the warning thresholds of the response goal, as percentages of the goal in ascending order
    /// (each above 0 and below 100). Ticket evaluation reports each threshold a ticket's response goal has
    /// crossed, with the instant it crossed it, so that integrators can page before a breach. The default,
    /// which the built-in policy states, is <see cref="DefaultWarningThresholds"/>: 50, 75 and 90.
    /// </summary>
    public IReadOnlyList<double> WarningThresholds { get; }

    /// <summary>
    /// Gets the clock resolution steps count on: the length of a "within" deadline and the cadence of
    /// periodic updates. By default (<see cref="Sla.StepClock.ResponseGoal"/>) the same clock as the
    /// tier's response goal, pauses and the maintenance rule included.
    /// </summary>
    public StepClock StepClock { get; }

    /// <summary>
    /// Describes <paramref name="deadline"/>, a resolution-step deadline of <paramref name="tier"/>, in words, with its length
    /// (a <c>within</c> allowance, the periodic-update cadence) on the clock the tier's steps count on (<see cref="StepClock"/>):
    /// on a business-time or business-days tier under <see cref="Sla.StepClock.ResponseGoal"/>, "within 15 business minutes
    /// of notification", "every 4 business hours until the fix is applied or the ticket is resolved"; otherwise as
    /// <see cref="StepDeadline.ToString"/> ("every 4 hours …", on the 24×7 clock).
    /// </summary>
    /// <param name="tier">The tier the deadline belongs to (its response goal decides the clock).</param>
    /// <param name="deadline">The deadline, such as <c>StepDeadline.Every(tier.UpdateCadence)</c>.</param>
    /// <returns>The deadline in words.</returns>
    [Pure]
    public string DescribeDeadline(SeverityTier tier, StepDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(tier);
        ArgumentNullException.ThrowIfNull(deadline);
        return deadline.Describe(tier.StepsCountBusinessTime(StepClock));
    }

    /// <summary>Gets the tier whose severity is identified by <paramref name="nameOrRank"/> (a name in any case, or a rank), or <see langword="null"/>.</summary>
    /// <param name="nameOrRank">For example <c>critical</c>, <c>Major</c> or <c>3</c>.</param>
    /// <returns>The tier, or <see langword="null"/> when no level matches.</returns>
    [Pure]
    public SeverityTier? FindTier(string? nameOrRank) => FindTierIndex(nameOrRank) is var i and >= 0 ? Tiers[i] : null;

    /// <summary>Gets the tier whose severity is identified by <paramref name="nameOrRank"/>.</summary>
    /// <param name="nameOrRank">For example <c>critical</c>, <c>Major</c> or <c>3</c>.</param>
    /// <returns>The tier.</returns>
    /// <exception cref="ArgumentException">No severity of this policy has that name or rank; the message lists the ones it has.</exception>
    [Pure]
    public SeverityTier GetTier(string nameOrRank) =>
        FindTier(nameOrRank) ?? throw new ArgumentException(UnknownSeverity(nameOrRank), nameof(nameOrRank));

    /// <summary>The most severities an unknown-severity message lists; the rest are counted.</summary>
    internal const int ListedSeverities = 20;

    /// <summary>
    /// The one wording of a severity this policy lacks, listing the ones it has (the first <see cref="ListedSeverities"/>, and
    /// how many more: a generated policy of thousands made every failed line's message tens of kilobytes); a long name, given
    /// or listed, is cut (<see cref="QuotedValue"/>).
    /// </summary>
    internal string UnknownSeverity(string? nameOrRank)
    {
        var listed = string.Join(", ", Tiers.Take(ListedSeverities).Select(t => $"{QuotedValue.Shorten(t.Severity.Name.ToLowerInvariant())} ({t.Severity.Rank.ToString(CultureInfo.InvariantCulture)})"));
        var more = Tiers.Count > ListedSeverities ? string.Create(CultureInfo.InvariantCulture, $" and {Tiers.Count - ListedSeverities:N0} more") : string.Empty;
        return $"Unknown severity '{(nameOrRank is null ? null : QuotedValue.Shorten(nameOrRank))}'; expected one of {listed}{more}.";
    }

    /// <summary>Gets the tier of the severity with the given rank.</summary>
    /// <param name="rank">The rank; 1 is the most severe.</param>
    /// <returns>The tier.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No severity has that rank.</exception>
    [Pure]
    public SeverityTier GetTier(int rank) =>
        _severities.FindRank(rank) is var i and >= 0
            ? Tiers[i]
            : throw new ArgumentOutOfRangeException(nameof(rank), rank, $"This policy's ranks run from {Tiers[0].Severity.Rank} to {Tiers[^1].Severity.Rank}.");

    /// <summary>
    /// Gets the position in <see cref="Tiers"/> of the tier whose severity <paramref name="nameOrRank"/> identifies
    /// (<see cref="SeverityLevel.IsIdentifiedBy"/>; the first, in the policy's order), or −1; in constant time, allocating nothing (on .NET 8, nothing unless the text has surrounding white space).
    /// </summary>
    internal int FindTierIndex(string? nameOrRank) => _severities.Find(nameOrRank);

    /// <summary>Gets the position in <see cref="Tiers"/> of the first tier of rank <paramref name="rank"/>, or −1; in constant time.</summary>
    internal int IndexOfRank(int rank) => _severities.FindRank(rank);

    /// <summary>Gets the position in <see cref="Tiers"/> of the first tier that is <paramref name="tier"/> or equal to it, or −1.</summary>
    internal int IndexOfTier(SeverityTier tier)
    {
        // A tier equal to this one has its severity's rank, so the first tier of that rank is the first candidate; only a tier
        // of another policy (or of a scale that repeats a rank, which validation refuses) is searched for in order.
        if (_severities.FindRank(tier.Severity.Rank) is var i and >= 0 && (ReferenceEquals(Tiers[i], tier) || Tiers[i].Equals(tier)))
        {
            return i;
        }

        for (i = 0; i < Tiers.Count; i++)
        {
            if (ReferenceEquals(Tiers[i], tier) || Tiers[i].Equals(tier))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gets the business calendar with the given name.</summary>
    /// <param name="name">The calendar's name (case-sensitive).</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException">The policy defines no calendar of that name.</exception>
    [Pure]
    public BusinessCalendar GetCalendar(string name) =>
        Calendars.FirstOrDefault(c => c.Name == name)
        ?? throw new ArgumentException($"The policy defines no business calendar named '{name}'.", nameof(name));

    /// <inheritdoc />
    public bool Equals(SlaPolicy? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Name == other.Name
                && Description == other.Description
                && SupportZone.Id == other.SupportZone.Id
                && Equality.Sequence(Tiers, other.Tiers)
                && Equality.Sequence(ResponseSatisfiedBy, other.ResponseSatisfiedBy)
                && Equality.Sequence(Calendars, other.Calendars)
                && Maintenance == other.Maintenance
                && ClockStopsDuringMaintenance == other.ClockStopsDuringMaintenance
                && Equality.Sequence(Assumptions, other.Assumptions)
                && TriageRules == other.TriageRules
                && Equality.Sequence(WarningThresholds, other.WarningThresholds)
                && StepClock == other.StepClock
                && Equality.Sequence(CalendarIntersections, other.CalendarIntersections)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SlaPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, SupportZone.Id, Equality.SequenceHash(Tiers), Maintenance, ClockStopsDuringMaintenance);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Tiers.Count} severity levels, {SupportZone.Id})";

    /// <summary>Compares two policies for structural equality.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SlaPolicy? left, SlaPolicy? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two policies for structural inequality.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SlaPolicy? left, SlaPolicy? right) => !(left == right);
}
