using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using NodaTime;
using Zenput.Sla.Engine;

namespace Zenput.Sla.Clock;

/// <content>
/// The clock's own time, counted without naming a goal: the working time of the calendar a clock was
/// made from, or the 24×7 clock of a policy's clock; in both cases less maintenance windows when the
/// clock stops during them. Also whether, and when, a goal's clock runs.
/// </content>
public sealed partial class SlaClock
{
    /// <summary>Gets the first instant at which <paramref name="amount"/> of the clock's own time has passed since <paramref name="start"/>, with no pauses.</summary>
    /// <remarks>
    /// For a clock made from a calendar that is working time on the calendar; for a policy's clock it is
    /// the same as an elapsed goal (<see cref="GoalTarget.Elapsed(Duration)"/>). The rule is the one of every
    /// goal: <c>min { t ≥ start : W(start, t) ≥ amount }</c>, so zero is due at <paramref name="start"/>
    /// even outside working hours, and time that runs out exactly at closing is due at the closing instant.
    /// </remarks>
    /// <param name="start">The instant counting starts from.</param>
    /// <param name="amount">The time to count; not negative.</param>
    /// <returns>The due instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, or <paramref name="start"/> lies outside the supported range.</exception>
    /// <exception cref="SlaClockException">The calendar has no working time in the reachable future, or the due instant lies beyond the supported range.</exception>
    [Pure]
    public Instant DueAt(Instant start, Duration amount) => DueAt(start, amount, default);

    /// <summary>Gets the first instant at which <paramref name="amount"/> of the clock's own time, less <paramref name="pauses"/>, has passed since <paramref name="start"/>.</summary>
    /// <remarks>See <see cref="DueAt(Instant, Duration)"/>.</remarks>
    /// <param name="start">The instant counting starts from.</param>
    /// <param name="amount">The time to count; not negative.</param>
    /// <param name="pauses">Spans during which the clock is stopped; any order, may overlap.</param>
    /// <returns>The due instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, or <paramref name="start"/> lies outside the supported range.</exception>
    /// <exception cref="SlaClockException">The calendar has no working time in the reachable future, the due instant lies beyond the supported range, or a pause without an end stops the clock first.</exception>
    [Pure]
    public Instant DueAt(Instant start, Duration amount, ReadOnlySpan<Interval> pauses)
    {
        ClockRange.Check(start, nameof(start));
        return DueAt(_own, start, NotNegative(amount, nameof(amount)), pauses);
    }

    /// <summary>Gets the clock's own time counted from <paramref name="start"/> to <paramref name="end"/>, with no pauses.</summary>
    /// <remarks>For a clock made from a calendar that is the working time in <c>[start, end)</c>; for a policy's clock, the time on the 24×7 clock.</remarks>
    /// <param name="start">The instant counting starts.</param>
    /// <param name="end">The instant counting ends; not before <paramref name="start"/>.</param>
    /// <returns><c>W(start, end)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or an instant lies outside the supported range.</exception>
    [Pure]
    public Duration Elapsed(Instant start, Instant end) => Elapsed(start, end, default(ReadOnlySpan<Interval>));

    /// <summary>Gets the clock's own time counted from <paramref name="start"/> to <paramref name="end"/>, less <paramref name="pauses"/>.</summary>
    /// <param name="start">The instant counting starts.</param>
    /// <param name="end">The instant counting ends; not before <paramref name="start"/>.</param>
    /// <param name="pauses">Spans during which the clock is stopped; any order, may overlap.</param>
    /// <returns><c>W(start, end)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or an instant lies outside the supported range.</exception>
    [Pure]
    public Duration Elapsed(Instant start, Instant end, ReadOnlySpan<Interval> pauses)
    {
        CheckSpan(start, end);
        return Measure(_own, start, end, pauses);
    }

    /// <summary>Gets where a goal of <paramref name="amount"/> of the clock's own time, started at <paramref name="start"/>, stands at <paramref name="at"/>, with no pauses.</summary>
    /// <param name="start">The instant the goal starts counting.</param>
    /// <param name="amount">The goal's length; not negative.</param>
    /// <param name="at">The instant to describe; may be before <paramref name="start"/>.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, or an instant lies outside the supported range.</exception>
    /// <exception cref="SlaClockException">The calendar has no working time in the reachable future, or the due instant lies beyond the supported range.</exception>
    [Pure]
    public SlaStatus Status(Instant start, Duration amount, Instant at) => Status(start, amount, at, default);

    /// <summary>Gets where a goal of <paramref name="amount"/> of the clock's own time, started at <paramref name="start"/>, stands at <paramref name="at"/>.</summary>
    /// <param name="start">The instant the goal starts counting.</param>
    /// <param name="amount">The goal's length; not negative.</param>
    /// <param name="at">The instant to describe; may be before <paramref name="start"/>.</param>
    /// <param name="pauses">Spans during which the clock is stopped; any order, may overlap. A pause still going on at <paramref name="at"/> may have no end.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, or an instant lies outside the supported range.</exception>
    /// <exception cref="SlaClockException">The calendar has no working time in the reachable future, or the due instant lies beyond the supported range.</exception>
    [Pure]
    public SlaStatus Status(Instant start, Duration amount, Instant at, ReadOnlySpan<Interval> pauses)
    {
        ClockRange.Check(start, nameof(start));
        ClockRange.Check(at, nameof(at));
        return Status(_own, start, NotNegative(amount, nameof(amount)), at, pauses);
    }

    /// <summary>Gets whether the clock's own time runs at <paramref name="instant"/>: working time on its calendar (always, for a policy's clock) and not in an excluded maintenance window.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when the clock runs at that instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> lies outside the supported range.</exception>
    [Pure]
    public bool IsRunningAt(Instant instant)
    {
        ClockRange.Check(instant, nameof(instant));
        return _own.IsWorkingAt(instant);
    }

    /// <summary>Gets whether the clock of <paramref name="goal"/> runs at <paramref name="instant"/>: working time on its calendar (always, for elapsed and calendar-days goals) and not in an excluded maintenance window.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="goal">The goal whose clock to ask about; its length does not matter.</param>
    /// <returns><see langword="true"/> when the goal's clock runs at that instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the clock does not know.</exception>
    [Pure]
    public bool IsRunningAt(Instant instant, GoalTarget goal)
    {
        ClockRange.Check(instant, nameof(instant));
        return TimelineFor(goal).IsWorkingAt(instant);
    }

    /// <summary>Gets the intervals within <c>[from, to)</c> during which the clock's own time runs, in order; touching intervals are joined.</summary>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive).</param>
    /// <returns>The intervals, clipped to the range and computed lazily; none when <paramref name="to"/> is not after <paramref name="from"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An instant lies outside the supported range.</exception>
    [Pure]
    public IEnumerable<Interval> RunningIntervals(Instant from, Instant to)
    {
        ClockRange.Check(from, nameof(from));
        ClockRange.Check(to, nameof(to));
        return _own.Intervals(from, to);
    }

    /// <summary>Gets the intervals within <c>[from, to)</c> during which the clock of <paramref name="goal"/> runs, in order; touching intervals are joined.</summary>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive).</param>
    /// <param name="goal">The goal whose clock to ask about; its length does not matter.</param>
    /// <returns>The intervals, clipped to the range and computed lazily; none when <paramref name="to"/> is not after <paramref name="from"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An instant lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the clock does not know.</exception>
    [Pure]
    public IEnumerable<Interval> RunningIntervals(Instant from, Instant to, GoalTarget goal)
    {
        ClockRange.Check(from, nameof(from));
        ClockRange.Check(to, nameof(to));
        return TimelineFor(goal).Intervals(from, to);
    }
}
