using NodaTime;

namespace Zenput.Sla.Engine;

/// <summary>
/// A half-open span <c>[Start, End)</c> of instants. Unlike <see cref="Interval"/> it is always
/// bounded, which keeps the engine's sweeps free of <c>HasStart</c>/<c>HasEnd</c> checks.
/// </summary>
internal readonly record struct InstantSpan(Instant Start, Instant End);
