using NodaTime;

namespace Zenput.Sla.Clock;

/// <summary>
/// The due instants of a ticket whose severity changed: the goal is recomputed from the original
/// start with the new tier, and the original due instant is kept beside it (as ServiceNow does).
/// </summary>
/// <remarks>Created by <see cref="SlaClock.Reclassify"/> only, so that a field added later breaks no caller.</remarks>
public sealed record SeverityChange
{
    internal SeverityChange(Instant reportedAt, SeverityTier originalTier, SeverityTier currentTier, Instant originalDueAt, Instant currentDueAt)
    {
        ReportedAt = reportedAt;
        OriginalTier = originalTier;
        CurrentTier = currentTier;
        OriginalDueAt = originalDueAt;
        CurrentDueAt = currentDueAt;
    }

    /// <summary>Gets when the ticket was reported: both goals count from here.</summary>
    public Instant ReportedAt { get; }

    /// <summary>Gets the tier the ticket was reported with.</summary>
    public SeverityTier OriginalTier { get; }

    /// <summary>Gets the tier it has now.</summary>
    public SeverityTier CurrentTier { get; }

    /// <summary>Gets when the response was due under the original tier.</summary>
    public Instant OriginalDueAt { get; }

    /// <summary>Gets when the response is due under the current tier, counted from <see cref="ReportedAt"/>.</summary>
    public Instant CurrentDueAt { get; }
}
