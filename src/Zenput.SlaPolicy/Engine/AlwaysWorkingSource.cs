using System.Collections.Generic;
using NodaTime;

namespace Zenput.Sla.Engine;

/// <summary>The 24×7 clock as a span source, for when maintenance windows must be cut out of it.</summary>
internal sealed class AlwaysWorkingSource : IWorkingSpanSource
{
    public static readonly AlwaysWorkingSource Instance = new();

    private AlwaysWorkingSource()
    {
    }

    public string? CalendarName => null;

    public string Description => "the 24×7 clock";

    public IWorkingSpanSource? PeriodicOverApproximation => null;

    public Instant RegularFrom => ClockRange.Min;

    public Instant RegularUntil => ClockRange.Max;

    public void Collect(Instant from, Instant to, List<InstantSpan> working, List<InstantSpan> closed) =>
        working.Add(new InstantSpan(from, to));

    public bool ProvablyClosedFrom(Instant from) => false;

    public bool ProvablyClosedBefore(Instant to) => false;
}
