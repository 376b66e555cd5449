using System.Collections.Generic;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Clock;

/// <summary>
/// What is owed on a ticket from the moment it is reported: the response due instant, each
/// resolution step with its due instant, the periodic-update cadence, and the scheduled maintenance
/// windows that overlap the response goal.
/// </summary>
/// <remarks>Created by <see cref="SlaClock.Plan"/> only, so that a field added later breaks no caller.</remarks>
public sealed record ResponsePlan
{
    internal ResponsePlan(
        SeverityTier tier,
        Instant reportedAt,
        Instant responseDueAt,
        IReadOnlyList<PlannedStep> steps,
        IReadOnlyList<MaintenanceWindow> maintenanceDuringGoal,
        bool clockStopsDuringMaintenance,
        bool maintenanceListTruncated)
    {
        Tier = tier;
        ReportedAt = reportedAt;
        ResponseDueAt = responseDueAt;
        Steps = steps;
        MaintenanceDuringGoal = maintenanceDuringGoal;
        ClockStopsDuringMaintenance = clockStopsDuringMaintenance;
        MaintenanceListTruncated = maintenanceListTruncated;
    }

    /// <summary>The most maintenance windows a plan lists: a goal of years can overlap thousands, and a plan must stay small.</summary>
    public const int MaintenanceListLimit = 100;

    /// <summary>Gets the ticket's severity tier.</summary>
    public SeverityTier Tier { get; }

    /// <summary>Gets when the customer notified support (the goal's start).</summary>
    public Instant ReportedAt { get; }

    /// <summary>Gets when the response goal is due.</summary>
    public Instant ResponseDueAt { get; }

    /// <summary>Gets the tier's resolution steps, in order, with their due instants.</summary>
    public IReadOnlyList<PlannedStep> Steps { get; }

    /// <summary>Gets the maintenance windows overlapping <c>[ReportedAt, ResponseDueAt)</c>, in start order: the first <see cref="MaintenanceListLimit"/> of them (see <see cref="MaintenanceListTruncated"/>).</summary>
    public IReadOnlyList<MaintenanceWindow> MaintenanceDuringGoal { get; }

    /// <summary>Gets whether more windows overlap the response goal than <see cref="MaintenanceDuringGoal"/> lists (it then holds the first <see cref="MaintenanceListLimit"/>).</summary>
    public bool MaintenanceListTruncated { get; }

    /// <summary>Gets whether those windows were excluded from SLA time.</summary>
    public bool ClockStopsDuringMaintenance { get; }

    /// <summary>Gets the cadence of periodic status updates, or <see langword="null"/> when the tier owes none.</summary>
    public Duration? UpdateCadence => Tier.UpdateCadence;
}
