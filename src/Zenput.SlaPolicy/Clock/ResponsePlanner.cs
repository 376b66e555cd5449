using System;
using System.Collections.Generic;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Clock;

/// <summary>Builds a <see cref="ResponsePlan"/> from a tier's steps with the SLA clock's due instants.</summary>
internal static class ResponsePlanner
{
    public static ResponsePlan Plan(SlaClock clock, SeverityTier tier, Instant reportedAt, ReadOnlySpan<Interval> pauses)
    {
        ArgumentNullException.ThrowIfNull(tier);
        var responseDue = clock.DueAt(reportedAt, tier.ResponseGoal, pauses);

        var steps = new List<PlannedStep>(tier.ResolutionProcess.Count);
        foreach (var step in tier.ResolutionProcess)
        {
            Instant? due = step.Deadline switch
            {
                { Kind: StepDeadlineKind.Within or StepDeadlineKind.Recurring, Anchor: TicketEventKind.Reported, Length: { } length } =>
                    clock.StepDueAt(tier, reportedAt, length, pauses),
                { Kind: StepDeadlineKind.WithResponseGoal } => responseDue,
                _ => null,
            };
            steps.Add(new PlannedStep(step, due));
        }

        // A goal may span millennia of weekly windows: list the first ones, lazily, and say that there are more.
        var maintenance = new List<MaintenanceWindow>();
        var truncated = false;
        if (clock.Maintenance is { } schedule)
        {
            var end = responseDue > reportedAt ? responseDue : reportedAt + Duration.Epsilon;
            foreach (var window in schedule.WindowsFrom(reportedAt))
            {
                if (window.Start >= end)
                {
                    break;
                }

                if (maintenance.Count == ResponsePlan.MaintenanceListLimit)
                {
                    truncated = true;
                    break;
                }

                maintenance.Add(window);
            }
        }

        return new ResponsePlan(tier, reportedAt, responseDue, steps, maintenance, clock.Maintenance is not null && clock.StopsDuringMaintenance(tier), truncated);
    }
}
