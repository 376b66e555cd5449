using System;
using System.Collections.Generic;
using System.Threading;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Engine;

/// <summary>
/// A working timeline compiled lazily, one chunk (usually about 651 days) at a time, into sorted working
/// intervals with running totals. Working time up to an instant is one binary search in one chunk;
/// the due instant is one more, after hopping over whole chunks by their totals, so the cost does not
/// grow with the goal's length beyond one step per chunk crossed.
/// </summary>
/// <remarks>
/// <para>Chunks are fixed spans of 2^49 ticks of the Unix epoch (fewer for a schedule of thousands of
/// maintenance rules, see <see cref="ChunkShiftFor"/>), so the chunk of an instant is a shift.
/// They are compiled on first use and published with a compare-exchange: two threads may compile the
/// same chunk, one result wins, and readers never see a partly built chunk. Nothing is compiled
/// eagerly, so a calendar spanning centuries costs only the chunks actually visited.</para>
/// <para>Maintenance windows to exclude are subtracted while a chunk compiles, so they cost nothing per call.</para>
/// </remarks>
internal sealed class ChunkedTimeline : WorkingTimeline
{
    private const int PlainChunkShift = 49;
    private const int PageShift = 6;
    private const int PageSize = 1 << PageShift;

    /// <summary>The Gregorian calendar repeats every 400 years (146,097 days); a margin covers chunk edges.</summary>
    private static readonly Duration NoWorkingTimeHorizon = Duration.FromDays(146_097 + 800);

    /// <summary>
    /// Chunks more than this many beyond where a call starts (about 114 years of plain chunks) are compiled for their
    /// totals but not kept, so an absurd goal or range cannot fill memory with centuries of calendar.
    /// </summary>
    private const long CachedReach = PageSize;

    /// <summary>
    /// The maintenance windows a chunk is sized to hold at most (about): a chunk compiles whole, so a
    /// call that needs an hour of it should not pay for months of a dense schedule's windows.
    /// </summary>
    private const long WindowsPerChunk = 4096;

    /// <summary>The smallest chunk, 2^40 ticks (about 1.3 days), keeps the page table small (under 10,000 pages).</summary>
    private const int MinChunkShift = 40;

    private readonly int _chunkShift;
    private readonly long _firstChunk;
    private readonly long _lastChunk;

    private readonly IWorkingSpanSource _source;
    private readonly MaintenanceSchedule? _excluded;
    private readonly Instant _regularFrom;
    private readonly Instant _regularUntil;
    private readonly Lazy<Instant?> _coveredByMaintenanceFrom;
    private readonly Lazy<ChunkedTimeline?> _periodicOver;
    private readonly Page?[] _pages;

    // Set once the periodic over-approximation is known to have working time: then it proves nothing, ever.
    private volatile bool _periodicOverWorks;

    public ChunkedTimeline(IWorkingSpanSource source, MaintenanceSchedule? excludedMaintenance)
    {
        _source = source;
        _excluded = excludedMaintenance;
        _regularFrom = excludedMaintenance is null
            ? source.RegularFrom
            : Max(source.RegularFrom, MaintenanceIrregularities.RegularFrom(excludedMaintenance));
        _regularUntil = excludedMaintenance is null
            ? source.RegularUntil
            : Min(source.RegularUntil, MaintenanceIrregularities.RegularUntil(excludedMaintenance));
        // When the excluded windows provably cover all time, "no working time" needs no compiling at all.
        _coveredByMaintenanceFrom = new Lazy<Instant?>(() => excludedMaintenance is null ? null : MaintenanceCoverage.CoversEverythingFrom(excludedMaintenance));
        // Compiled only when a search has found a period of emptiness that this timeline's own rules cannot judge.
        _periodicOver = new Lazy<ChunkedTimeline?>(() => source.PeriodicOverApproximation is { } over ? new ChunkedTimeline(over, excludedMaintenance) : null);
        _chunkShift = ChunkShiftFor(excludedMaintenance);
        _firstChunk = ClockRange.Min.ToUnixTimeTicks() >> _chunkShift;
        _lastChunk = ClockRange.Max.ToUnixTimeTicks() >> _chunkShift;
        _pages = new Page?[((_lastChunk - _firstChunk) >> PageShift) + 1];
        Description = excludedMaintenance is null
            ? source.Description
            : source.Description + " less the maintenance windows";
    }

    public override string? CalendarName => _source.CalendarName;

    public override string Description { get; }

    /// <summary>Gets the length of time one chunk covers (fewer maintenance windows per week, longer chunks).</summary>
    public Duration ChunkLength => Duration.FromTicks(1L << _chunkShift);

    /// <summary>Gets the number of chunks compiled so far and the bytes they hold.</summary>
    public (int Chunks, long Bytes, int Intervals) CompiledSize()
    {
        int chunks = 0, intervals = 0;
        long bytes = 8L * _pages.Length;
        foreach (var page in _pages)
        {
            if (page is null)
            {
                continue;
            }

            bytes += 24 + (2 * (24 + (8L * PageSize)));
            foreach (var chunk in page.Chunks)
            {
                if (chunk is not null)
                {
                    chunks++;
                    intervals += chunk.Count;
                    bytes += chunk.SizeInBytes;
                }
            }
        }

        return (chunks, bytes, intervals);
    }

    public override Duration Measure(Instant from, Instant to)
    {
        if (_coveredByMaintenanceFrom.Value is { } covered && to > covered)
        {
            to = covered;
        }

        if (to <= from)
        {
            return Duration.Zero;
        }

        var first = ChunkIndex(from);
        var last = ChunkIndex(to);
        var chunk = GetChunk(first);
        if (first == last)
        {
            return Duration.FromNanoseconds(chunk.WorkBefore(chunk.OffsetOf(to)) - chunk.WorkBefore(chunk.OffsetOf(from)));
        }

        var total = Duration.FromNanoseconds(chunk.Total - chunk.WorkBefore(chunk.OffsetOf(from)));
        for (var k = first + 1; k < last; k++)
        {
            total += Duration.FromNanoseconds(TotalOf(k, cache: k - first <= CachedReach));
        }

        var lastChunk = GetChunk(last);
        return total + Duration.FromNanoseconds(lastChunk.WorkBefore(lastChunk.OffsetOf(to)));
    }

    public override Instant Advance(Instant from, Duration amount)
    {
        if (amount <= Duration.Zero)
        {
            return from;
        }

        if (amount > ClockRange.Max - from)
        {
            // Working time never exceeds elapsed time, so this goal cannot end in range.
            throw Failures.BeyondRange(this, from, amount);
        }

        if (IsCoveredByMaintenance(from))
        {
            throw Failures.NoWorkingTime(this, from, ClockRange.Max);
        }

        var index = ChunkIndex(from);
        var chunk = GetChunk(index);
        var done = chunk.WorkBefore(chunk.OffsetOf(from));
        var available = Duration.FromNanoseconds(chunk.Total - done);
        return amount <= available
            ? chunk.InstantAt(chunk.OffsetAfterWork(done + amount.ToInt64Nanoseconds()))
            : AdvanceAcrossChunks(from, amount, index, amount - available);
    }

    public override Instant Retreat(Instant to, Duration amount)
    {
        if (amount <= Duration.Zero)
        {
            return to;
        }

        if (amount > to - ClockRange.Min)
        {
            throw Failures.BeforeRange(this, to, amount);
        }

        var index = ChunkIndex(to);
        var chunk = GetChunk(index);
        var done = chunk.WorkBefore(chunk.OffsetOf(to));
        if (amount <= Duration.FromNanoseconds(done))
        {
            return chunk.InstantAt(chunk.OffsetBeforeWork(done - amount.ToInt64Nanoseconds()));
        }

        // Hop back over whole chunks by their totals, as Advance hops forward.
        var remaining = amount - Duration.FromNanoseconds(done);
        Instant? closedSince = null;
        for (var k = index - 1; ; k--)
        {
            if (k < _firstChunk)
            {
                throw Failures.BeforeRange(this, to, amount);
            }

            var total = TotalOf(k, cache: index - k <= CachedReach);
            if (total == 0)
            {
                CheckStillReachableBefore(to, k, ref closedSince);
                continue;
            }

            closedSince = null;
            var work = Duration.FromNanoseconds(total);
            if (remaining <= work)
            {
                var found = GetChunk(k);
                return found.InstantAt(found.OffsetBeforeWork(total - remaining.ToInt64Nanoseconds()));
            }

            remaining -= work;
        }
    }

    /// <summary>
    /// The close of the working day <paramref name="days"/> after the first working day that closes after
    /// <paramref name="after"/>: the (days + 1)-th close strictly after it. Needs a source with working days.
    /// </summary>
    public Instant WorkingDayClose(Instant after, int days)
    {
        var remaining = (long)days;
        var first = ChunkIndex(after);
        Instant? closedSince = null;
        for (var index = first; ; index++)
        {
            if (index > _lastChunk)
            {
                throw Failures.BeyondRange(this, after, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{days} business days"));
            }

            var closes = DayClosesOf(index, cache: index - first <= CachedReach);
            var (start, _) = Bounds(index);
            var i = index == first ? FirstAfter(closes, (after - start).ToInt64Nanoseconds()) : 0;
            var available = closes.Length - i;
            if (available == 0)
            {
                if (index > first)
                {
                    CheckStillReachable(after, index, ref closedSince);
                }

                continue;
            }

            closedSince = null;
            if (remaining < available)
            {
                return start + Duration.FromNanoseconds(closes[i + (int)remaining]);
            }

            remaining -= available;
        }
    }

    public override bool IsWorkingAt(Instant instant)
    {
        var chunk = GetChunk(ChunkIndex(instant));
        return chunk.IsWorkingAt(chunk.OffsetOf(instant));
    }

    public override IEnumerable<Interval> Intervals(Instant from, Instant to)
    {
        if (to <= from)
        {
            yield break;
        }

        // Intervals are split at chunk edges; join the pieces back so callers see maximal intervals.
        Instant? pendingStart = null;
        var pendingEnd = from;
        for (var k = ChunkIndex(from); k <= ChunkIndex(to); k++)
        {
            var chunk = GetChunk(k);
            var i = Math.Max(0, chunk.LastStartingAtOrBefore(chunk.OffsetOf(Max(from, chunk.Start))));
            for (; i < chunk.Count; i++)
            {
                var start = Max(chunk.InstantAt(chunk.IntervalStart(i)), from);
                var end = Min(chunk.InstantAt(chunk.IntervalEnd(i)), to);
                if (start >= to)
                {
                    break;
                }

                if (end <= start)
                {
                    continue;
                }

                if (pendingStart is not null && start == pendingEnd)
                {
                    pendingEnd = end;
                    continue;
                }

                if (pendingStart is { } open)
                {
                    yield return new Interval(open, pendingEnd);
                }

                pendingStart = start;
                pendingEnd = end;
            }
        }

        if (pendingStart is { } last)
        {
            yield return new Interval(last, pendingEnd);
        }
    }

    /// <summary>
    /// Hops over whole chunks by their totals until <paramref name="remaining"/> (positive) falls inside one.
    /// One loop serves every goal length: the amount stays a <see cref="Duration"/> because the supported
    /// range is longer than a <see cref="long"/> of nanoseconds (about 292 years) can count.
    /// </summary>
    private Instant AdvanceAcrossChunks(Instant from, Duration amount, long first, Duration remaining)
    {
        Instant? closedSince = null;
        for (var index = first + 1; ; index++)
        {
            if (index > _lastChunk)
            {
                throw Failures.BeyondRange(this, from, amount);
            }

            // The totals sit in one array per page, so a hop reads a long instead of following a chunk reference.
            var total = TotalOf(index, cache: index - first <= CachedReach);
            if (total == 0)
            {
                CheckStillReachable(from, index, ref closedSince);
                continue;
            }

            // Working time resumed: a later closed stretch is judged on its own length.
            closedSince = null;
            var work = Duration.FromNanoseconds(total);
            if (remaining <= work)
            {
                var chunk = GetChunk(index);
                return chunk.InstantAt(chunk.OffsetAfterWork(remaining.ToInt64Nanoseconds()));
            }

            remaining -= work;
        }
    }

    /// <summary>The working time in chunk <paramref name="index"/>, compiling it if needed; kept for later calls only when <paramref name="cache"/> is set.</summary>
    private long TotalOf(long index, bool cache)
    {
        var relative = index - _firstChunk;
        var page = Volatile.Read(ref _pages[relative >> PageShift]);
        if (page is not null)
        {
            var total = Volatile.Read(ref page.Totals[relative & (PageSize - 1)]);
            if (total >= 0)
            {
                return total;
            }
        }

        if (cache)
        {
            return CompileAndPublish(index).Total;
        }

        // The chunk is dropped but its total is kept (eight bytes), so a later call hops over it without compiling it again.
        var uncached = Compile(index).Total;
        Volatile.Write(ref PageOf(relative).Totals[relative & (PageSize - 1)], uncached);
        return uncached;
    }

    private bool IsCoveredByMaintenance(Instant instant) => _coveredByMaintenanceFrom.Value is { } covered && instant >= covered;

    /// <summary>Called for each empty chunk in a row: fails once the emptiness proves there is no working time left.</summary>
    private void CheckStillReachable(Instant from, long index, ref Instant? closedSince)
    {
        var (start, end) = Bounds(index);
        if (closedSince is null && (_source.ProvablyClosedFrom(start) || IsCoveredByMaintenance(start)))
        {
            throw Failures.NoWorkingTime(this, from, ClockRange.Max);
        }

        closedSince ??= start;
        if (end - Max(closedSince.Value, _regularFrom) > NoWorkingTimeHorizon)
        {
            throw Failures.NoWorkingTime(this, from, end);
        }

        if (end - closedSince.Value > NoWorkingTimeHorizon && PeriodicOverApproximationIsEmpty(closedSince.Value, end, forward: true))
        {
            throw Failures.NoWorkingTime(this, from, ClockRange.Max);
        }
    }

    /// <summary>As <see cref="CheckStillReachable"/>, for a backward search: each empty chunk in a row, latest first.</summary>
    private void CheckStillReachableBefore(Instant to, long index, ref Instant? closedSince)
    {
        var (start, end) = Bounds(index);
        if (closedSince is null && _source.ProvablyClosedBefore(end))
        {
            throw Failures.NoWorkingTimeBefore(this, to, ClockRange.Min);
        }

        closedSince ??= end;
        if (Min(closedSince.Value, _regularUntil) - start > NoWorkingTimeHorizon)
        {
            throw Failures.NoWorkingTimeBefore(this, to, start);
        }

        if (closedSince.Value - start > NoWorkingTimeHorizon && PeriodicOverApproximationIsEmpty(start, closedSince.Value, forward: false))
        {
            throw Failures.NoWorkingTimeBefore(this, to, ClockRange.Min);
        }
    }

    /// <summary>
    /// After more than 400 empty years <c>[emptyFrom, emptyTo)</c> that this timeline's own rules cannot judge (an
    /// Easter holiday does not repeat with them): whether the timeline of the source's periodic over-approximation
    /// (the same calendar less the same maintenance, without its Easter holidays) has no working time in 400 years
    /// where its rules repeat, reaching into the empty stretch. Then it has none beyond them either, and this
    /// timeline, which has at most its working time, has none after <paramref name="emptyFrom"/> (forward) or
    /// before <paramref name="emptyTo"/> (backward). Compiled once, only on this path.
    /// </summary>
    private bool PeriodicOverApproximationIsEmpty(Instant emptyFrom, Instant emptyTo, bool forward)
    {
        if (_periodicOverWorks || _periodicOver.Value is not { } over)
        {
            return false;
        }

        // The period measured must lie where the over-approximation repeats and touch the stretch seen empty, so
        // that "empty there" reaches from the stretch to the end of time (forward) or its start (backward).
        var edge = forward ? Max(emptyFrom, over._regularFrom) : Min(emptyTo, over._regularUntil);
        if (forward ? edge > emptyTo || ClockRange.Max - edge < NoWorkingTimeHorizon : edge < emptyFrom || edge - ClockRange.Min < NoWorkingTimeHorizon)
        {
            // Not yet where it repeats, or no whole period left in the clock's range to measure.
            return false;
        }

        var (periodFrom, periodTo) = forward ? (edge, edge + NoWorkingTimeHorizon) : (edge - NoWorkingTimeHorizon, edge);

        if (over.Measure(periodFrom, periodTo) > Duration.Zero)
        {
            // It repeats, so it has working time in every later and earlier period too: never ask again.
            _periodicOverWorks = true;
            return false;
        }

        return true;
    }

    /// <summary>The working-day closes in chunk <paramref name="index"/>, as sorted offsets from its start; kept only when <paramref name="cache"/> is set.</summary>
    private long[] DayClosesOf(long index, bool cache)
    {
        var relative = index - _firstChunk;
        var page = Volatile.Read(ref _pages[relative >> PageShift]);
        var slot = (int)(relative & (PageSize - 1));
        if (page is not null && Volatile.Read(ref page.DayCloses[slot]) is { } known)
        {
            return known;
        }

        var days = _source as IWorkingDaySource
            ?? throw new InvalidOperationException($"{_source.Description} has no working days.");
        var (start, end) = Bounds(index);
        var closes = new List<Instant>();
        days.CollectWorkingDayCloses(start, end, closes);
        closes.Sort();
        var offsets = new long[closes.Count];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = (closes[i] - start).ToInt64Nanoseconds();
        }

        if (!cache)
        {
            return offsets;
        }

        page ??= PageOf(relative);
        return Interlocked.CompareExchange(ref page.DayCloses[slot], offsets, null) ?? offsets;
    }

    /// <summary>The index of the first offset strictly after <paramref name="offset"/>.</summary>
    private static int FirstAfter(long[] offsets, long offset)
    {
        int lo = 0, hi = offsets.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (offsets[mid] > offset)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private (Instant Start, Instant End) Bounds(long index) =>
        (index == _firstChunk ? ClockRange.Min : Instant.FromUnixTimeTicks(index << _chunkShift),
         index == _lastChunk ? ClockRange.Max : Min(Instant.FromUnixTimeTicks((index + 1) << _chunkShift), ClockRange.Max));

    private long ChunkIndex(Instant instant) => instant.ToUnixTimeTicks() >> _chunkShift;

    /// <summary>
    /// 2^49 ticks (about 651 days) for ordinary schedules; halved until a chunk holds about
    /// <see cref="WindowsPerChunk"/> windows when thousands of rules would make each chunk cost
    /// seconds to compile. Smaller chunks only mean more hops, each still one read of a total.
    /// </summary>
    private static int ChunkShiftFor(MaintenanceSchedule? excluded)
    {
        if (excluded is null)
        {
            return PlainChunkShift;
        }

        // Windows of each rule in a plain chunk: 94 weeks, or 22 months, at most.
        long windows = 0;
        foreach (var rule in excluded.Recurrences)
        {
            windows += rule.Pattern == RecurrencePattern.Weekly ? 94 : 22;
        }

        var shift = PlainChunkShift;
        while (windows > WindowsPerChunk && shift > MinChunkShift)
        {
            windows >>= 1;
            shift--;
        }

        return shift;
    }

    private TimelineChunk GetChunk(long index)
    {
        var relative = index - _firstChunk;
        var page = Volatile.Read(ref _pages[relative >> PageShift]);
        if (page is not null)
        {
            var chunk = Volatile.Read(ref page.Chunks[relative & (PageSize - 1)]);
            if (chunk is not null)
            {
                return chunk;
            }
        }

        return CompileAndPublish(index);
    }

    private Page PageOf(long relative)
    {
        ref var pageSlot = ref _pages[relative >> PageShift];
        var page = Volatile.Read(ref pageSlot);
        if (page is null)
        {
            var created = new Page();
            page = Interlocked.CompareExchange(ref pageSlot, created, null) ?? created;
        }

        return page;
    }

    private TimelineChunk CompileAndPublish(long index)
    {
        var relative = index - _firstChunk;
        var page = PageOf(relative);
        var slot = (int)(relative & (PageSize - 1));
        var compiled = Compile(index);
        var published = Interlocked.CompareExchange(ref page.Chunks[slot], compiled, null) ?? compiled;

        // Written after the chunk, so a reader that sees a total can also see the chunk it came from.
        Volatile.Write(ref page.Totals[slot], published.Total);
        return published;
    }

    private TimelineChunk Compile(long index)
    {
        var (start, end) = Bounds(index);

        var working = new List<InstantSpan>();
        var closed = new List<InstantSpan>();
        _source.Collect(start, end, working, closed);
        if (_excluded is not null)
        {
            _excluded.Expansion.CollectSpans(start, end, (windowStart, windowEnd) => closed.Add(new InstantSpan(windowStart, windowEnd)));
        }

        SpanSets.SortAndMerge(working);
        SpanSets.SortAndMerge(closed);
        var open = SpanSets.Subtract(working, closed, start, end);

        var starts = new long[open.Count];
        var ends = new long[open.Count];
        for (var i = 0; i < open.Count; i++)
        {
            starts[i] = (open[i].Start - start).ToInt64Nanoseconds();
            ends[i] = (open[i].End - start).ToInt64Nanoseconds();
        }

        return new TimelineChunk(start, end, starts, ends);
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    /// <summary>Sixty-four consecutive chunks, and their totals (-1 until compiled) kept together for fast hops.</summary>
    private sealed class Page
    {
        public Page() => Array.Fill(Totals, -1L);

        public TimelineChunk?[] Chunks { get; } = new TimelineChunk?[PageSize];

        public long[] Totals { get; } = new long[PageSize];

        /// <summary>The working-day closes of each chunk, compiled only when a business-days goal asks.</summary>
        public long[]?[] DayCloses { get; } = new long[]?[PageSize];
    }
}
