using System.Collections.Generic;
using NodaTime;

namespace Zenput.Sla.Engine;

/// <summary>
/// Working time as a function of instants: what a business calendar (or the 24×7 clock) counts,
/// with any compiled-in exclusions already removed. Implementations are immutable and thread-safe.
/// </summary>
/// <remarks>Callers check that instants lie in <see cref="ClockRange"/> and that amounts are not negative.</remarks>
internal abstract class WorkingTimeline
{
    /// <summary>Gets the calendar's name for messages, or <see langword="null"/> for the 24×7 clock.</summary>
    public abstract string? CalendarName { get; }

    /// <summary>Gets how the timeline is described in messages, for example <c>business calendar 'x' (zone)</c>.</summary>
    public abstract string Description { get; }

    /// <summary>The working time in <c>[from, to)</c>; <paramref name="from"/> ≤ <paramref name="to"/>.</summary>
    public abstract Duration Measure(Instant from, Instant to);

    /// <summary>The least <c>t ≥ from</c> with <c>Measure(from, t) ≥ amount</c>.</summary>
    /// <exception cref="TimelineException">There is no such instant in the supported range.</exception>
    public abstract Instant Advance(Instant from, Duration amount);

    /// <summary>The greatest <c>t ≤ to</c> with <c>Measure(t, to) ≥ amount</c>: the latest start that still gets <paramref name="amount"/> done by <paramref name="to"/>.</summary>
    /// <exception cref="TimelineException">There is no such instant in the supported range.</exception>
    public abstract Instant Retreat(Instant to, Duration amount);

    /// <summary>Whether <paramref name="instant"/> is working time.</summary>
    public abstract bool IsWorkingAt(Instant instant);

    /// <summary>The maximal working intervals that overlap <c>[from, to)</c>, clipped to it, in order.</summary>
    public abstract IEnumerable<Interval> Intervals(Instant from, Instant to);
}
