using System;
using System.Diagnostics.Contracts;
using NodaTime;

namespace Zenput.Sla.Clock;

/// <content>What is owed on a ticket: <see cref="Plan(SeverityTier, Instant, ReadOnlySpan{Interval})"/> and <see cref="Reclassify"/>.</content>
public sealed partial class SlaClock
{
    /// <summary>
    /// Plans a ticket reported at <paramref name="reportedAt"/>: its response due instant, each
    /// resolution step with its due instant, the update cadence, and the maintenance windows that
    /// overlap the response goal.
    /// </summary>
    /// <param name="tier">The ticket's severity tier (of this clock's policy).</param>
    /// <param name="reportedAt">When the customer notified support.</param>
    /// <param name="pauses">Intervals during which the ticket's SLA clock is paused, in any order.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="SlaClockException">A due instant cannot be computed (no working time left, or beyond the representable range).</exception>
    [Pure]
    public ResponsePlan Plan(SeverityTier tier, Instant reportedAt, ReadOnlySpan<Interval> pauses = default) =>
        ResponsePlanner.Plan(this, tier, reportedAt, pauses);

    /// <summary>
    /// Recomputes a ticket's response goal after its severity changed: from the original start with
    /// the new tier, keeping the original due instant too.
    /// </summary>
    /// <param name="reportedAt">When the ticket was reported (the original start).</param>
    /// <param name="originalTier">The tier it was reported with.</param>
    /// <param name="currentTier">The tier it has now.</param>
    /// <param name="pauses">Intervals during which the ticket's SLA clock is paused, in any order.</param>
    /// <returns>Both due instants.</returns>
    /// <exception cref="SlaClockException">A due instant cannot be computed.</exception>
    [Pure]
    public SeverityChange Reclassify(Instant reportedAt, SeverityTier originalTier, SeverityTier currentTier, ReadOnlySpan<Interval> pauses = default)
    {
        ArgumentNullException.ThrowIfNull(originalTier);
        ArgumentNullException.ThrowIfNull(currentTier);
        return new SeverityChange(
            reportedAt,
            originalTier,
            currentTier,
            DueAt(reportedAt, originalTier.ResponseGoal, pauses),
            DueAt(reportedAt, currentTier.ResponseGoal, pauses));
    }
}
