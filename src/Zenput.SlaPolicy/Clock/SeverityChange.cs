using NodaTime;

namespace Zenput.Sla.Clock;

/// <summary>
/// The due instants of a ticket whose severity changed: the goal is recomputed from the original
/// start with the new tier, and the original due instant is kept beside it (as ServiceNow does).
/// Created by <see cref="SlaClock.Reclassify"/>.
/// </summary>
/// <param name="ReportedAt">When the ticket was reported: both goals count from here.</param>
/// <param name="OriginalTier">The tier the ticket was reported with.</param>
/// <param name="CurrentTier">The tier it has now.</param>
/// <param name="OriginalDueAt">When the response was due under the original tier.</param>
/// <param name="CurrentDueAt">When the response is due under the current tier, counted from <paramref name="ReportedAt"/>.</param>
public sealed record SeverityChange(Instant ReportedAt, SeverityTier OriginalTier, SeverityTier CurrentTier, Instant OriginalDueAt, Instant CurrentDueAt);
