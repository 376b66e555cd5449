using System;
using System.Diagnostics.Contracts;
using NodaTime;
using Zenput.Sla.Engine;

namespace Zenput.Sla.Clock;

/// <content>Backward questions, for planners: the latest start that still meets a deadline.</content>
public sealed partial class SlaClock
{
    /// <summary>Gets the latest instant work on <paramref name="goal"/> can start and still be done by <paramref name="deadline"/>.</summary>
    /// <remarks>
    /// <para>That is <c>max { t ≤ deadline : W(t, deadline) ≥ goal }</c>, with <c>W</c> the SLA time of the goal's
    /// clock (working time on its calendar, less maintenance windows when the clock stops during them), so
    /// <c>DueAt(LatestStart(d, g), g) ≤ d</c> and any later start is due after <paramref name="deadline"/>.
    /// A zero goal can start at the deadline itself. When the time before the deadline is closed, the latest
    /// start is the opening after it: 8 business hours due by Tuesday 17:00 start at Tuesday 09:00, not
    /// Monday 17:00.</para>
    /// <para>Only elapsed and business-time goals have a fixed amount of SLA time to count back; a
    /// calendar-days or business-days goal's length depends on its start, so it is refused.</para>
    /// </remarks>
    /// <param name="deadline">The instant the work must be done by.</param>
    /// <param name="goal">An elapsed or business-time goal.</param>
    /// <returns>The latest start.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The goal is negative, or <paramref name="deadline"/> lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">The goal is of another kind, or names a calendar the clock does not know.</exception>
    /// <exception cref="SlaClockException">The calendar has no working time before the deadline, or the start would lie before the supported range.</exception>
    [Pure]
    public Instant LatestStart(Instant deadline, GoalTarget goal)
    {
        ClockRange.Check(deadline, nameof(deadline));
        var (timeline, amount) = goal switch
        {
            null => throw new ArgumentNullException(nameof(goal)),
            ElapsedGoalTarget elapsed => (TimelineFor(goal), NotNegative(elapsed.Duration)),
            BusinessTimeGoalTarget business => (TimelineFor(goal), NotNegative(business.WorkingTime)),
            _ => throw new ArgumentException(
                $"LatestStart counts back a fixed amount of SLA time, which only elapsed and business-time goals have; the length of a {goal.Kind} goal ({goal}) depends on when it starts.",
                nameof(goal)),
        };
        return LatestStart(timeline, deadline, amount);
    }

    /// <summary>Gets the latest instant from which <paramref name="amount"/> of the clock's own time is still done by <paramref name="deadline"/>.</summary>
    /// <remarks>For a clock made from a calendar that is working time on the calendar; for a policy's clock, the 24×7 clock. See <see cref="LatestStart(Instant, GoalTarget)"/>.</remarks>
    /// <param name="deadline">The instant the work must be done by.</param>
    /// <param name="amount">The time the work takes; not negative.</param>
    /// <returns>The latest start.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, or <paramref name="deadline"/> lies outside the supported range.</exception>
    /// <exception cref="SlaClockException">The calendar has no working time before the deadline, or the start would lie before the supported range.</exception>
    [Pure]
    public Instant LatestStart(Instant deadline, Duration amount)
    {
        ClockRange.Check(deadline, nameof(deadline));
        return LatestStart(_own, deadline, NotNegative(amount, nameof(amount)));
    }

    private static Instant LatestStart(WorkingTimeline timeline, Instant deadline, Duration amount)
    {
        try
        {
            return timeline.Retreat(deadline, amount);
        }
        catch (TimelineException e)
        {
            throw Public(e);
        }
    }
}
