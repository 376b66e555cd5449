using NodaTime;

namespace Zenput.Sla.Testing;

/// <summary>An event of a scenario's ticket: what happened and when.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="At">When.</param>
public sealed record ScenarioEvent(TicketEventKind Kind, Instant At);
