using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Cli.Json;

/// <summary>The answer of <c>due --format json</c> for one ticket.</summary>
/// <param name="Severity">The severity's name in lower case.</param>
/// <param name="SeverityRank">Its rank (1 is the most severe).</param>
/// <param name="ReportedAt">When the ticket was reported, in UTC.</param>
/// <param name="ReportedAtLocal">The same in the support zone.</param>
/// <param name="ResponseGoal">The response goal in words.</param>
/// <param name="ResponseDueAt">When the response is due, in UTC.</param>
/// <param name="ResponseDueLocal">The same in the support zone.</param>
/// <param name="UpdateCadence">The periodic-update cadence, or null.</param>
/// <param name="Steps">The resolution steps with their due instants.</param>
/// <param name="ClockStopsDuringMaintenance">Whether maintenance was excluded from SLA time.</param>
/// <param name="Maintenance">The maintenance windows during the response goal (at most <see cref="ResponsePlan.MaintenanceListLimit"/>).</param>
/// <param name="MaintenanceTruncated">Whether more windows overlap the goal than are listed.</param>
internal sealed record ResponsePlanJson(
    string Severity,
    int SeverityRank,
    Instant ReportedAt,
    OffsetDateTime ReportedAtLocal,
    string ResponseGoal,
    Instant ResponseDueAt,
    OffsetDateTime ResponseDueLocal,
    Duration? UpdateCadence,
    IReadOnlyList<PlannedStepJson> Steps,
    bool ClockStopsDuringMaintenance,
    IReadOnlyList<MaintenanceWindowJson> Maintenance,
    bool MaintenanceTruncated)
{
    public static ResponsePlanJson From(ResponsePlan plan, SlaPolicy policy) => From(plan, policy, policy.SupportZone);

    private static ResponsePlanJson From(ResponsePlan plan, SlaPolicy policy, DateTimeZone zone) =>
        new(
            plan.Tier.Severity.Name.ToLowerInvariant(),
            plan.Tier.Severity.Rank,
            plan.ReportedAt,
            plan.ReportedAt.InZone(zone).ToOffsetDateTime(),
            plan.Tier.ResponseGoal.ToString(),
            plan.ResponseDueAt,
            plan.ResponseDueAt.InZone(zone).ToOffsetDateTime(),
            plan.UpdateCadence,
            [.. plan.Steps.Select(s => PlannedStepJson.From(s, policy.DescribeDeadline(plan.Tier, s.Step.Deadline), zone))],
            plan.ClockStopsDuringMaintenance,
            [.. plan.MaintenanceDuringGoal.Select(MaintenanceWindowJson.From)],
            plan.MaintenanceListTruncated);
}
