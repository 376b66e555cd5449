using System.Collections.Generic;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Clock;

/// <summary>
/// What is owed on a ticket from the moment it is reported: the response due instant, each
/// resolution step with its due instant, the periodic-update cadence, and the scheduled maintenance
/// windows that overlap the response goal. Created by <see cref="SlaClock.Plan"/>.
/// </summary>
/// <param name="Tier">The ticket's severity tier.</param>
/// <param name="ReportedAt">When the customer notified support (the goal's start).</param>
/// <param name="ResponseDueAt">When the response goal is due.</param>
/// <param name="Steps">The tier's resolution steps, in order, with their due instants.</param>
/// <param name="MaintenanceDuringGoal">Maintenance windows overlapping <c>[ReportedAt, ResponseDueAt)</c>, in start order: the first <see cref="MaintenanceListLimit"/> of them (see <see cref="MaintenanceListTruncated"/>).</param>
/// <param name="ClockStopsDuringMaintenance">Whether those windows were excluded from SLA time.</param>
public sealed record ResponsePlan(
    SeverityTier Tier,
    Instant ReportedAt,
    Instant ResponseDueAt,
    IReadOnlyList<PlannedStep> Steps,
    IReadOnlyList<MaintenanceWindow> MaintenanceDuringGoal,
    bool ClockStopsDuringMaintenance)
{
    /// <summary>The most maintenance windows a plan lists: a goal of years can overlap thousands, and a plan must stay small.</summary>
    public const int MaintenanceListLimit = 100;

    /// <summary>Gets whether more windows overlap the response goal than <see cref="MaintenanceDuringGoal"/> lists (it then holds the first <see cref="MaintenanceListLimit"/>).</summary>
    public bool MaintenanceListTruncated { get; init; }

    /// <summary>Gets the cadence of periodic status updates, or <see langword="null"/> when the tier owes none.</summary>
    public Duration? UpdateCadence => Tier.UpdateCadence;
}
