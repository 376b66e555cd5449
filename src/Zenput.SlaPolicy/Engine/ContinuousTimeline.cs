using System.Collections.Generic;
using NodaTime;

namespace Zenput.Sla.Engine;

/// <summary>The 24×7 clock with nothing excluded: all time is working time, so no compilation is needed.</summary>
internal sealed class ContinuousTimeline : WorkingTimeline
{
    public static readonly ContinuousTimeline Instance = new();

    private ContinuousTimeline()
    {
    }

    public override string? CalendarName => null;

    public override string Description => "the 24×7 clock";

    public override Duration Measure(Instant from, Instant to) => to - from;

    public override Instant Advance(Instant from, Duration amount)
    {
        if (amount > ClockRange.Max - from)
        {
            throw Failures.BeyondRange(this, from, amount);
        }

        return from + amount;
    }

    public override Instant Retreat(Instant to, Duration amount)
    {
        if (amount > to - ClockRange.Min)
        {
            throw Failures.BeforeRange(this, to, amount);
        }

        return to - amount;
    }

    public override bool IsWorkingAt(Instant instant) => true;

    public override IEnumerable<Interval> Intervals(Instant from, Instant to)
    {
        if (to > from)
        {
            yield return new Interval(from, to);
        }
    }
}
