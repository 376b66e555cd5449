using NodaTime;

namespace Zenput.Sla.Evaluation;

/// <summary>What is due next on a ticket, and when.</summary>
/// <param name="Step">The resolution step due, or <see langword="null"/> for the response goal.</param>
/// <param name="DueAt">When it is due.</param>
public readonly record struct UpcomingDeadline(ResolutionStepKind? Step, Instant DueAt);
