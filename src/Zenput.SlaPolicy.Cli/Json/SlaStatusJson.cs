using NodaTime;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Cli.Json;

/// <summary>The answer of <c>status --format json</c>.</summary>
/// <param name="Severity">The severity's name in lower case.</param>
/// <param name="Start">When the goal started.</param>
/// <param name="At">The instant described.</param>
/// <param name="Goal">The goal's length.</param>
/// <param name="Elapsed">SLA time used.</param>
/// <param name="Remaining">SLA time left, negative when overdue.</param>
/// <param name="FractionUsed">Elapsed divided by the goal.</param>
/// <param name="DueAt">When the goal is due, or null when the clock is stopped for good first.</param>
/// <param name="Breached">Whether the goal was breached by <paramref name="At"/>.</param>
/// <param name="BreachedAt">When it was breached, or null.</param>
internal sealed record SlaStatusJson(
    string Severity,
    Instant Start,
    Instant At,
    Duration Goal,
    Duration Elapsed,
    Duration Remaining,
    double FractionUsed,
    Instant? DueAt,
    bool Breached,
    Instant? BreachedAt)
{
    public static SlaStatusJson From(SeverityTier tier, SlaStatus status) =>
        new(tier.Severity.Name.ToLowerInvariant(), status.Start, status.At, status.Goal, status.Elapsed, status.Remaining, status.FractionUsed, status.DueAt, status.IsBreached, status.BreachedAt);
}
