using NodaTime;

namespace Zenput.Sla.Evaluation;

/// <summary>A warning threshold of the response goal that a ticket crossed, and when.</summary>
/// <param name="Percent">The threshold, as a percentage of the response goal (one of <see cref="SlaPolicy.WarningThresholds"/>).</param>
/// <param name="CrossedAt">The first instant at which that share of the goal had been used (pauses and exclusions taken out).</param>
public readonly record struct WarningCrossing(double Percent, Instant CrossedAt);
