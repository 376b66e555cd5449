using System.Collections.Generic;
using NodaTime;
using Zenput.Sla.Engine;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// Goals longer than a <see cref="long"/> of nanoseconds with headroom (about 146 years of working time)
/// hop over chunks on the engine's seam, <see cref="IWorkingSpanSource"/>, with a source whose closed
/// stretches are placed exactly on chunk boundaries (chunks are 2^49 ticks of the Unix epoch).
/// </summary>
public sealed class LongGoalTests
{
    private static readonly Duration ChunkLength = Duration.FromTicks(1L << 49);

    private static Instant ChunkStart(long index) => Instant.FromUnixTimeTicks(index << 49);

    [Fact]
    public void Goal_longer_than_146_years_forgets_a_closed_stretch_once_working_time_resumes()
    {
        // Closed for chunk 40 (2039–2041) and again for chunk 340 (about 535 years later, more than the
        // 400-year horizon that proves a calendar has no working time left).
        var source = new OpenExcept(new InstantSpan(ChunkStart(40), ChunkStart(41)), new InstantSpan(ChunkStart(340), ChunkStart(341)));
        var timeline = new ChunkedTimeline(source, excludedMaintenance: null);
        var start = ChunkStart(39);
        var goal = Duration.FromDays(365 * 700);

        timeline.Advance(start, goal).Should().Be(start + goal + (ChunkLength * 2));
    }

    [Fact]
    public void Goal_longer_than_146_years_with_a_closed_stretch_of_more_than_400_years_still_reports_no_working_time()
    {
        var source = new OpenExcept(new InstantSpan(ChunkStart(40), ChunkStart(400)));
        var timeline = new ChunkedTimeline(source, excludedMaintenance: null);

        var act = () => timeline.Advance(ChunkStart(39), Duration.FromDays(365 * 700));

        act.Should().Throw<TimelineException>().Where(e => e.Failure == TimelineFailure.NoWorkingTime);
    }

    /// <summary>Working all the time except the given spans, with no dated rules (regular from the start of the range).</summary>
    private sealed class OpenExcept(params InstantSpan[] closed) : IWorkingSpanSource
    {
        public string? CalendarName => "synthetic";

        public string Description => "a synthetic calendar";

        public Instant RegularFrom => Instant.MinValue;

        public Instant RegularUntil => Instant.MaxValue;

        public IWorkingSpanSource? PeriodicOverApproximation => null;

        public void Collect(Instant from, Instant to, List<InstantSpan> working, List<InstantSpan> closedSpans)
        {
            working.Add(new InstantSpan(from, to));
            closedSpans.AddRange(closed);
        }

        public bool ProvablyClosedFrom(Instant from) => false;

        public bool ProvablyClosedBefore(Instant to) => false;
    }
}
