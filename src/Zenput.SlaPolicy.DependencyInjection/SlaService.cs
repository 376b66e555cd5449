using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.DependencyInjection;

/// <summary>
/// The common SLA questions of an application, answered with the policy in force and the
/// application's clock: when a ticket is due, where it stands now, the verdict on its history, and
/// the maintenance windows.
/// </summary>
/// <remarks>
/// <para>Each call reads the policy in force once (<see cref="ISlaPolicyProvider.Evaluator"/>), so one
/// answer never mixes two policies across a reload. Severities are given as in the tool: a name in
/// any case (<c>critical</c>) or a rank (<c>1</c>).</para>
/// <para>"Now" comes from the registered NodaTime <see cref="IClock"/> (by default the registered
/// <see cref="TimeProvider"/>, or the system clock). Thread-safe; registered as a singleton.</para>
/// </remarks>
public sealed class SlaService
{
    private readonly ISlaPolicyProvider _policies;
    private readonly IClock _clock;

    /// <summary>Creates the service.</summary>
    /// <param name="policies">The policy in force.</param>
    /// <param name="clock">Where "now" comes from.</param>
    public SlaService(ISlaPolicyProvider policies, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(clock);
        _policies = policies;
        _clock = clock;
    }

    /// <summary>Gets the policy in force.</summary>
    public SlaPolicy Policy => _policies.Policy;

    /// <summary>Gets the current instant of the application's clock.</summary>
    public Instant Now => _clock.GetCurrentInstant();

    /// <summary>Plans a ticket: the response due instant, each resolution step's due instant and the update cadence.</summary>
    /// <param name="severity">The severity's name (any case) or rank.</param>
    /// <param name="reportedAt">When the ticket was reported: the clock starts then.</param>
    /// <param name="pauses">Intervals during which the SLA clock is stopped (any order, may overlap).</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">The policy in force has no such severity; the message lists the ones it has.</exception>
    /// <exception cref="SlaClockException">The clock cannot answer (no working time left, beyond the supported range, stopped for good).</exception>
    [Pure]
    public ResponsePlan Due(string severity, Instant reportedAt, ReadOnlySpan<Interval> pauses = default)
    {
        var evaluator = _policies.Evaluator;
        return evaluator.Clock.Plan(evaluator.Policy.GetTier(severity), reportedAt, pauses);
    }

    /// <summary>Where a ticket's response goal stands now: elapsed, remaining, breached.</summary>
    /// <param name="severity">The severity's name (any case) or rank.</param>
    /// <param name="reportedAt">When the ticket was reported.</param>
    /// <param name="pauses">Intervals during which the SLA clock is stopped.</param>
    /// <returns>The status as of the clock's current instant.</returns>
    /// <exception cref="ArgumentException">The policy in force has no such severity.</exception>
    [Pure]
    public SlaStatus StatusNow(string severity, Instant reportedAt, ReadOnlySpan<Interval> pauses = default) =>
        Status(severity, reportedAt, _clock.GetCurrentInstant(), pauses);

    /// <summary>Where a ticket's response goal stands at an instant: elapsed, remaining, breached.</summary>
    /// <param name="severity">The severity's name (any case) or rank.</param>
    /// <param name="reportedAt">When the ticket was reported.</param>
    /// <param name="at">The instant to look from.</param>
    /// <param name="pauses">Intervals during which the SLA clock is stopped.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentException">The policy in force has no such severity.</exception>
    [Pure]
    public SlaStatus Status(string severity, Instant reportedAt, Instant at, ReadOnlySpan<Interval> pauses = default)
    {
        var evaluator = _policies.Evaluator;
        return evaluator.Clock.Status(reportedAt, evaluator.Policy.GetTier(severity), at, pauses);
    }

    /// <summary>The SLA verdict on a ticket's history now: response goal, resolution steps, periodic updates, what is due next, and the audit trail.</summary>
    /// <param name="timeline">The ticket's history.</param>
    /// <returns>The evaluation as of the clock's current instant (events after it are not counted).</returns>
    /// <exception cref="InvalidTicketTimelineException">The history cannot have happened under the policy in force; the exception lists every problem.</exception>
    /// <exception cref="SlaClockException">A due instant cannot be computed.</exception>
    [Pure]
    public TicketEvaluation EvaluateNow(TicketTimeline timeline) => Evaluate(timeline, _clock.GetCurrentInstant());

    /// <summary>The SLA verdict on a ticket's history as of an instant.</summary>
    /// <param name="timeline">The ticket's history.</param>
    /// <param name="at">The instant to evaluate at; events after it are not counted.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="InvalidTicketTimelineException">The history cannot have happened under the policy in force; the exception lists every problem.</exception>
    /// <exception cref="SlaClockException">A due instant cannot be computed.</exception>
    [Pure]
    public TicketEvaluation Evaluate(TicketTimeline timeline, Instant at) => _policies.Evaluator.Evaluate(timeline, at);

    /// <summary>Every reason a ticket's history cannot have happened under the policy in force; empty when it can.</summary>
    /// <param name="timeline">The ticket's history.</param>
    /// <returns>The problems, in event order.</returns>
    [Pure]
    public IReadOnlyList<TimelineProblem> Check(TicketTimeline timeline) => _policies.Evaluator.Check(timeline);

    /// <summary>The maintenance windows overlapping <c>[from, to)</c>, in start order; empty when the policy has no maintenance schedule.</summary>
    /// <param name="from">The start of the range (inclusive).</param>
    /// <param name="to">The end of the range (exclusive).</param>
    /// <returns>The windows.</returns>
    [Pure]
    public IReadOnlyList<MaintenanceWindow> Maintenance(Instant from, Instant to) =>
        _policies.Policy.Maintenance?.WindowsOverlapping(from, to) ?? [];

    /// <summary>The maintenance window in progress now, or else the next one; <see langword="null"/> when there is none.</summary>
    /// <returns>The window.</returns>
    [Pure]
    public MaintenanceWindow? CurrentOrNextMaintenance()
    {
        var now = _clock.GetCurrentInstant();
        var schedule = _policies.Policy.Maintenance;
        return schedule?.WindowAt(now) ?? schedule?.NextWindow(now);
    }
}
