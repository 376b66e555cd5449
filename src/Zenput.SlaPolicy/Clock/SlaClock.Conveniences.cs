using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using NodaTime;
using Zenput.Sla.Engine;

namespace Zenput.Sla.Clock;

/// <content>
/// Conveniences: due times for starts given as <see cref="ZonedDateTime"/> or <see cref="OffsetDateTime"/>,
/// answered on the wall clock of <see cref="SupportZone"/>; and <see cref="Precompile"/>, which pays the
/// calendars' compilation up front.
/// </content>
public sealed partial class SlaClock
{
    /// <summary>Gets when <paramref name="goal"/> is due if it starts at <paramref name="start"/>, on the support zone's wall clock.</summary>
    /// <remarks>The same instant as <see cref="DueAt(Instant, GoalTarget)"/> with <c>start.ToInstant()</c>; the start's own zone does not matter.</remarks>
    /// <param name="start">The start, in any zone.</param>
    /// <param name="goal">The goal.</param>
    /// <returns>The due instant in <see cref="SupportZone"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The goal is negative, or the start lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the clock does not know.</exception>
    /// <exception cref="SlaClockException">See <see cref="DueAt(Instant, GoalTarget, ReadOnlySpan{Interval})"/>.</exception>
    [Pure]
    public ZonedDateTime DueAt(ZonedDateTime start, GoalTarget goal) => InSupportZone(DueAt(start.ToInstant(), goal));

    /// <summary>Gets when <paramref name="goal"/> is due if it starts at <paramref name="start"/>, on the support zone's wall clock.</summary>
    /// <remarks>The same instant as <see cref="DueAt(Instant, GoalTarget)"/> with <c>start.ToInstant()</c>.</remarks>
    /// <param name="start">The start, with its offset (for example <c>2026-11-24T21:30:00-08:00</c>).</param>
    /// <param name="goal">The goal.</param>
    /// <returns>The due instant in <see cref="SupportZone"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The goal is negative, or the start lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the clock does not know.</exception>
    /// <exception cref="SlaClockException">See <see cref="DueAt(Instant, GoalTarget, ReadOnlySpan{Interval})"/>.</exception>
    [Pure]
    public ZonedDateTime DueAt(OffsetDateTime start, GoalTarget goal) => InSupportZone(DueAt(start.ToInstant(), goal));

    /// <summary>Gets when the response goal of <paramref name="tier"/> is due if it starts at <paramref name="start"/>, on the support zone's wall clock.</summary>
    /// <param name="start">The start, in any zone.</param>
    /// <param name="tier">The severity tier whose <see cref="SeverityTier.ResponseGoal"/> is used.</param>
    /// <returns>The due instant in <see cref="SupportZone"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The goal is negative, or the start lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the clock does not know.</exception>
    /// <exception cref="SlaClockException">See <see cref="DueAt(Instant, GoalTarget, ReadOnlySpan{Interval})"/>.</exception>
    [Pure]
    public ZonedDateTime DueAt(ZonedDateTime start, SeverityTier tier) => InSupportZone(DueAt(start.ToInstant(), tier));

    /// <summary>Gets when the response goal of <paramref name="tier"/> is due if it starts at <paramref name="start"/>, on the support zone's wall clock.</summary>
    /// <param name="start">The start, with its offset.</param>
    /// <param name="tier">The severity tier whose <see cref="SeverityTier.ResponseGoal"/> is used.</param>
    /// <returns>The due instant in <see cref="SupportZone"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The goal is negative, or the start lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the clock does not know.</exception>
    /// <exception cref="SlaClockException">See <see cref="DueAt(Instant, GoalTarget, ReadOnlySpan{Interval})"/>.</exception>
    [Pure]
    public ZonedDateTime DueAt(OffsetDateTime start, SeverityTier tier) => InSupportZone(DueAt(start.ToInstant(), tier));

    /// <summary>Gets when <paramref name="amount"/> of the clock's own time has passed since <paramref name="start"/>, on the support zone's wall clock.</summary>
    /// <remarks>See <see cref="DueAt(Instant, Duration)"/> for what the clock's own time is.</remarks>
    /// <param name="start">The start, in any zone.</param>
    /// <param name="amount">The time to count; not negative.</param>
    /// <returns>The due instant in <see cref="SupportZone"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, or the start lies outside the supported range.</exception>
    /// <exception cref="SlaClockException">See <see cref="DueAt(Instant, Duration, ReadOnlySpan{Interval})"/>.</exception>
    [Pure]
    public ZonedDateTime DueAt(ZonedDateTime start, Duration amount) => InSupportZone(DueAt(start.ToInstant(), amount));

    /// <summary>Gets when <paramref name="amount"/> of the clock's own time has passed since <paramref name="start"/>, on the support zone's wall clock.</summary>
    /// <remarks>See <see cref="DueAt(Instant, Duration)"/> for what the clock's own time is.</remarks>
    /// <param name="start">The start, with its offset.</param>
    /// <param name="amount">The time to count; not negative.</param>
    /// <returns>The due instant in <see cref="SupportZone"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, or the start lies outside the supported range.</exception>
    /// <exception cref="SlaClockException">See <see cref="DueAt(Instant, Duration, ReadOnlySpan{Interval})"/>.</exception>
    [Pure]
    public ZonedDateTime DueAt(OffsetDateTime start, Duration amount) => InSupportZone(DueAt(start.ToInstant(), amount));

    /// <summary>Gets the SLA time counted from <paramref name="start"/> to <paramref name="end"/> on the clock of <paramref name="goal"/>.</summary>
    /// <remarks>The same as <see cref="Elapsed(Instant, Instant, GoalTarget)"/> on the two instants.</remarks>
    /// <param name="start">The instant counting starts, in any zone.</param>
    /// <param name="end">The instant counting ends, in any zone; not before <paramref name="start"/>.</param>
    /// <param name="goal">The goal whose clock to count on.</param>
    /// <returns><c>W(start, end)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or an instant lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the clock does not know.</exception>
    [Pure]
    public Duration Elapsed(ZonedDateTime start, ZonedDateTime end, GoalTarget goal) => Elapsed(start.ToInstant(), end.ToInstant(), goal);

    /// <summary>Gets the SLA time counted from <paramref name="start"/> to <paramref name="end"/> on the clock of <paramref name="goal"/>.</summary>
    /// <remarks>The same as <see cref="Elapsed(Instant, Instant, GoalTarget)"/> on the two instants.</remarks>
    /// <param name="start">The instant counting starts, with its offset.</param>
    /// <param name="end">The instant counting ends, with its offset; not before <paramref name="start"/>.</param>
    /// <param name="goal">The goal whose clock to count on.</param>
    /// <returns><c>W(start, end)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or an instant lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the clock does not know.</exception>
    [Pure]
    public Duration Elapsed(OffsetDateTime start, OffsetDateTime end, GoalTarget goal) => Elapsed(start.ToInstant(), end.ToInstant(), goal);

    /// <summary>Gets <paramref name="instant"/> on the wall clock of <see cref="SupportZone"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The same instant in the support zone.</returns>
    [Pure]
    public ZonedDateTime InSupportZone(Instant instant) => instant.InZone(SupportZone);

    /// <summary>
    /// Compiles now, for <c>[from, to)</c>, every calendar this clock counts on (and the 24×7 clock when
    /// maintenance is cut out of it), so that the first calls on a new clock cost what later calls cost.
    /// </summary>
    /// <remarks>
    /// <para>Without it a calendar compiles lazily, about 21 months at a time, on the first call that
    /// reaches each stretch. Warming up at start-up (for example the years tickets are expected in)
    /// moves that work out of the first requests. Calling it again for a range already compiled costs
    /// one lookup per chunk.</para>
    /// <para>Compiled time is shared by every clock made from the same calendar instances, and kept
    /// while they live; a range of about a century at most is kept at a time.</para>
    /// </remarks>
    /// <param name="from">The start of the range (inclusive).</param>
    /// <param name="to">The end of the range (exclusive); not before <paramref name="from"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>, or an instant lies outside the supported range.</exception>
    public void Precompile(Instant from, Instant to)
    {
        ClockRange.Check(from, nameof(from));
        ClockRange.Check(to, nameof(to));
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The end must not be before the start.");
        }

        // Measuring a range compiles every chunk it crosses (the engine keeps them), which is the warm-up.
        foreach (var timeline in TimelinesInUse())
        {
            _ = timeline.Measure(from, to);
        }
    }

    /// <summary>The timelines goals of this clock count on: each calendar and the 24×7 clock as the clock counts them by default, and as any tier of its policy decides otherwise.</summary>
    private HashSet<WorkingTimeline> TimelinesInUse()
    {
        var timelines = new HashSet<WorkingTimeline>(ReferenceEqualityComparer.Instance) { _own, _elapsed.Pick(ClockStopsDuringMaintenance) };
        foreach (var (_, calendar) in _calendars)
        {
            timelines.Add(calendar.Timelines.Pick(ClockStopsDuringMaintenance));
        }

        foreach (var tier in Policy?.Tiers ?? [])
        {
            timelines.Add(TimelineFor(tier.ResponseGoal));
        }

        return timelines;
    }
}
