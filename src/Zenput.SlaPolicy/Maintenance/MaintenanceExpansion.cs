using System;
using System.Collections.Generic;
using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Maintenance;

/// <summary>
/// Turns a schedule's rules, one-offs, cancellations and moves into concrete windows, lazily and
/// only for the range asked for. Built once per schedule (see <see cref="MaintenanceSchedule"/>)
/// and immutable afterwards, so it is safe to share between threads.
/// </summary>
/// <remarks>
/// <para>Rules are never expanded further than a query needs: every query merges one lazy sequence
/// per rule, starting at the first local date that can hold an occurrence overlapping the range,
/// with the (finite, pre-sorted) one-offs and moved occurrences, through a priority queue, so a
/// window costs O(log rules) and memory holds one pending window per rule.</para>
/// <para>Windows are expanded over the whole <see cref="SupportedRange"/> (the SLA clock's range) and
/// cut to it: a window that starts after its end, or ends before its start, is left out, and one
/// that crosses an end is clipped there. Nothing a schedule holds, however far out or long, makes a
/// query overflow.</para>
/// <para>A cancellation or move that names an unknown rule or a date on which the rule has no
/// occurrence changes nothing (validation reports it); when one occurrence is changed more than
/// once, a cancellation wins over a move and the first move wins over later ones.</para>
/// </remarks>
internal sealed class MaintenanceExpansion
{
    private readonly DateTimeZone _zone;
    private readonly IReadOnlyList<MaintenanceRecurrence> _rules;
    private readonly HashSet<(string RuleId, LocalDate Date)> _changed = [];

    /// <summary>Whether each rule (by index) has a cancelled or moved occurrence, so the others skip the lookup per occurrence.</summary>
    private readonly bool[] _ruleChanged;
    private readonly MaintenanceWindow[] _fixed;
    private readonly Duration _longestFixed;

    public MaintenanceExpansion(MaintenanceSchedule schedule)
    {
        _zone = schedule.Zone;
        _rules = schedule.Recurrences;

        var rulesById = new Dictionary<string, MaintenanceRecurrence>(StringComparer.Ordinal);
        foreach (var rule in _rules)
        {
            rulesById.TryAdd(rule.Id, rule);
        }

        var fixedWindows = new List<MaintenanceWindow>();
        var resolver = new ZoneResolver(_zone);
        foreach (var cancellation in schedule.Cancellations)
        {
            if (rulesById.TryGetValue(cancellation.RecurrenceId, out var rule) && IsOccurrenceDate(rule, cancellation.Date))
            {
                _changed.Add((rule.Id, cancellation.Date));
            }
        }

        foreach (var move in schedule.Moves)
        {
            if (rulesById.TryGetValue(move.RecurrenceId, out var rule)
                && IsOccurrenceDate(rule, move.OriginalDate)
                && _changed.Add((rule.Id, move.OriginalDate))
                && Fit(resolver, move.NewStart, move.NewLength ?? rule.Length, out var span) == SpanFit.Inside)
            {
                fixedWindows.Add(new MaintenanceWindow(
                    rule.Id, rule.Title, MaintenanceWindowOrigin.Moved, MaintenanceKind.Planned, move.OriginalDate, span, _zone));
            }
        }

        foreach (var oneOff in schedule.OneOffs)
        {
            if (Fit(resolver, oneOff.Start, oneOff.Length, out var span) == SpanFit.Inside)
            {
                fixedWindows.Add(new MaintenanceWindow(
                    oneOff.Id, oneOff.Title, MaintenanceWindowOrigin.OneOff, oneOff.Kind, oneOff.Start.Date, span, _zone, oneOff.Reason));
            }
        }

        var changedRules = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (ruleId, _) in _changed)
        {
            changedRules.Add(ruleId);
        }

        _ruleChanged = new bool[_rules.Count];
        for (var i = 0; i < _rules.Count; i++)
        {
            _ruleChanged[i] = changedRules.Contains(_rules[i].Id);
        }

        fixedWindows.Sort(WindowOrder.Instance);
        _fixed = [.. fixedWindows];
        _longestFixed = Duration.Zero;
        foreach (var window in _fixed)
        {
            if (window.Interval.Duration > _longestFixed)
            {
                _longestFixed = window.Interval.Duration;
            }
        }
    }

    /// <summary>Every window overlapping <c>[from, to)</c>, in <see cref="WindowOrder"/>.</summary>
    public List<MaintenanceWindow> WindowsOverlapping(Instant from, Instant to)
    {
        var windows = new List<MaintenanceWindow>();
        if (to <= from)
        {
            return windows;
        }

        foreach (var window in WindowsFrom(from))
        {
            if (window.Start >= to)
            {
                break;
            }

            windows.Add(window);
        }

        return windows;
    }

    /// <summary>
    /// Passes the start and end of every window overlapping <c>[from, to)</c> to <paramref name="add"/>,
    /// in no particular order: the same windows as <see cref="WindowsOverlapping"/>, for a compiling
    /// chunk that only needs their instants.
    /// </summary>
    /// <remarks>
    /// Each rule's occurrences in the range are stepped through by date arithmetic, one rule after
    /// another, with no window objects and no merge: ordering them is the caller's sort. That is what
    /// makes a chunk's cost proportional to the windows in it (a merge through a priority queue and a
    /// record per window cost microseconds each, seconds for a chunk of 5,000 weekly rules).
    /// </remarks>
    public void CollectSpans(Instant from, Instant to, Action<Instant, Instant> add)
    {
        if (to <= from || from >= SupportedRange.Max)
        {
            return;
        }

        // No occurrence on a later local date can start before `to`: the wall clock never runs back a day.
        var lastDate = Clamp(to).InZone(_zone).Date;
        lastDate = lastDate < SupportedRange.LastDate.PlusDays(-2) ? lastDate.PlusDays(2) : SupportedRange.LastDate;
        var fromDate = Clamp(from).InZone(_zone).Date;
        var resolver = new ZoneResolver(_zone);
        for (var r = 0; r < _rules.Count; r++)
        {
            var rule = _rules[r];
            if (OccurrenceRange(rule, EarliestCandidateDate(fromDate, rule.Length)) is not var (first, last))
            {
                continue;
            }

            var changed = _ruleChanged[r];
            if (rule.Pattern == RecurrencePattern.Weekly)
            {
                // Stepped in place rather than through OccurrenceDates: this loop runs once per rule per chunk.
                last = last < lastDate ? last : lastDate;
                var date = first.PlusDays(((int)rule.DayOfWeek - (int)first.DayOfWeek + 7) % 7);
                for (; date <= last && AddSpan(resolver, rule, date, changed, from, to, add); date = date.PlusWeeks(1))
                {
                }
            }
            else
            {
                foreach (var date in OccurrenceDates(rule, first))
                {
                    if (date > lastDate || !AddSpan(resolver, rule, date, changed, from, to, add))
                    {
                        break;
                    }
                }
            }
        }

        for (var i = FirstFixedIndex(SupportedRange.MinusOrMin(Clamp(from), _longestFixed)); i < _fixed.Length && _fixed[i].Start < to; i++)
        {
            if (_fixed[i].End > from)
            {
                add(_fixed[i].Start, _fixed[i].End);
            }
        }
    }

    /// <summary>Adds the occurrence's span if it overlaps <c>[from, to)</c>; false when it, and so every later one, is past the supported range.</summary>
    private bool AddSpan(ZoneResolver resolver, MaintenanceRecurrence rule, LocalDate date, bool changed, Instant from, Instant to, Action<Instant, Instant> add)
    {
        var fit = Occurrence(resolver, rule, date, changed, out var span);
        if (fit == SpanFit.Inside && span.End > from && span.Start < to)
        {
            add(span.Start, span.End);
        }

        return fit != SpanFit.After;
    }

    /// <summary>
    /// A local date no later than <see cref="FirstCandidateDate"/> for an instant on <paramref name="fromDate"/>,
    /// by arithmetic on the date alone: the wall clock at <c>from - length</c> reads at most 36 hours
    /// (the widest spread of UTC offsets) earlier than <c>wall(from) - length</c>.
    /// </summary>
    private static LocalDate EarliestCandidateDate(LocalDate fromDate, Duration length)
    {
        var available = Period.DaysBetween(SupportedRange.FirstDate, fromDate);
        var back = length <= Duration.Zero ? 0L : (long)length.Days + 1;
        back += 2 + 2;
        return back >= available ? SupportedRange.FirstDate : fromDate.PlusDays((int)-back);
    }

    /// <summary>Every window that ends after <paramref name="from"/>, in <see cref="WindowOrder"/>, expanded one at a time.</summary>
    public IEnumerable<MaintenanceWindow> WindowsFrom(Instant from) => Merge(from, startingFrom: false);

    /// <summary>Every window that starts at or after <paramref name="from"/>, in <see cref="WindowOrder"/>: unlike <see cref="WindowsFrom"/>, windows still running are skipped without being expanded.</summary>
    public IEnumerable<MaintenanceWindow> WindowsStartingFrom(Instant from) => Merge(from, startingFrom: true);

    private IEnumerable<MaintenanceWindow> Merge(Instant from, bool startingFrom)
    {
        if (startingFrom ? from > SupportedRange.Max : from >= SupportedRange.Max)
        {
            // Every window is cut to the supported range, so none starts, or ends, after its end.
            yield break;
        }

        var sources = new List<IEnumerator<MaintenanceWindow>>(_rules.Count + 1);
        try
        {
            for (var r = 0; r < _rules.Count; r++)
            {
                var rule = _rules[r];
                sources.Add(After(RuleWindows(rule, _ruleChanged[r], FirstCandidateDate(startingFrom ? Duration.Zero : rule.Length, from)), from, startingFrom).GetEnumerator());
            }

            sources.Add(After(FixedFrom(startingFrom ? from : SupportedRange.MinusOrMin(Clamp(from), _longestFixed)), from, startingFrom).GetEnumerator());

            // Each source is already in order, so merging their heads keeps the whole sequence in
            // order; a priority queue makes each window cost O(log sources) however many rules there are.
            var heads = new PriorityQueue<int, MaintenanceWindow>(sources.Count, WindowOrder.Instance);
            for (var i = 0; i < sources.Count; i++)
            {
                if (sources[i].MoveNext())
                {
                    heads.Enqueue(i, sources[i].Current);
                }
            }

            while (heads.TryDequeue(out var source, out var window))
            {
                yield return window;
                if (sources[source].MoveNext())
                {
                    heads.Enqueue(source, sources[source].Current);
                }
            }
        }
        finally
        {
            foreach (var source in sources)
            {
                source.Dispose();
            }
        }
    }

    /// <summary>Whether <paramref name="rule"/> has an occurrence (before cancellations and moves) on <paramref name="date"/>.</summary>
    public static bool IsOccurrenceDate(MaintenanceRecurrence rule, LocalDate date)
    {
        if ((rule.EffectiveFrom is { } effectiveFrom && date < effectiveFrom)
            || (rule.EffectiveUntil is { } effectiveUntil && date > effectiveUntil)
            || !IsValidDay(rule.DayOfWeek))
        {
            return false;
        }

        return rule.Pattern switch
        {
            RecurrencePattern.Weekly => date.DayOfWeek == rule.DayOfWeek,
            RecurrencePattern.MonthlyNthWeekday => NthWeekdayOfMonth(new LocalDate(date.Year, date.Month, 1), rule.WeekOfMonth ?? 1, rule.DayOfWeek) == date,
            _ => false,
        };
    }

    /// <summary>
    /// The local dates on which <paramref name="rule"/> has an occurrence, from <paramref name="first"/> on,
    /// within its effective range and the supported dates, in order.
    /// </summary>
    public static IEnumerable<LocalDate> OccurrenceDates(MaintenanceRecurrence rule, LocalDate first)
    {
        if (OccurrenceRange(rule, first) is not var (from, last))
        {
            yield break;
        }

        first = from;

        // The steps below never leave NodaTime's date range: the supported dates end a week before it does.
        if (rule.Pattern == RecurrencePattern.Weekly)
        {
            var lastStep = last.PlusDays(-7);
            for (var date = first.With(DateAdjusters.NextOrSame(rule.DayOfWeek)); date <= last; date = date.PlusWeeks(1))
            {
                yield return date;
                if (date > lastStep)
                {
                    yield break;
                }
            }
        }
        else if (rule.Pattern == RecurrencePattern.MonthlyNthWeekday)
        {
            var week = rule.WeekOfMonth ?? 1;
            var lastMonth = new LocalDate(last.Year, last.Month, 1);
            for (var month = new LocalDate(first.Year, first.Month, 1); month <= lastMonth; month = month.PlusMonths(1))
            {
                if (NthWeekdayOfMonth(month, week, rule.DayOfWeek) is { } date && date >= first && date <= last)
                {
                    yield return date;
                }

                if (month == lastMonth)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>The dates from <paramref name="first"/> on within the rule's effective range and the supported dates, or null if none (or the rule names no valid day).</summary>
    private static (LocalDate First, LocalDate Last)? OccurrenceRange(MaintenanceRecurrence rule, LocalDate first)
    {
        var last = SupportedRange.LastDate;
        if (rule.EffectiveFrom is { } effectiveFrom && effectiveFrom > first)
        {
            first = effectiveFrom;
        }

        if (rule.EffectiveUntil is { } effectiveUntil && effectiveUntil < last)
        {
            last = effectiveUntil;
        }

        if (first < SupportedRange.FirstDate)
        {
            first = SupportedRange.FirstDate;
        }

        return first > last || !IsValidDay(rule.DayOfWeek) ? null : (first, last);
    }

    /// <summary>The <paramref name="week"/>th <paramref name="day"/> of the month of <paramref name="firstOfMonth"/> (-1 = last), or null if the month has no such day.</summary>
    public static LocalDate? NthWeekdayOfMonth(LocalDate firstOfMonth, int week, IsoDayOfWeek day)
    {
        if (week == -1)
        {
            return firstOfMonth.With(DateAdjusters.EndOfMonth).With(DateAdjusters.PreviousOrSame(day));
        }

        if (week is < 1 or > 5)
        {
            return null;
        }

        // Counted within the month, so that the last month NodaTime supports cannot overflow.
        var dayOfMonth = firstOfMonth.With(DateAdjusters.NextOrSame(day)).Day + (7 * (week - 1));
        return dayOfMonth <= firstOfMonth.Calendar.GetDaysInMonth(firstOfMonth.Year, firstOfMonth.Month)
            ? new LocalDate(firstOfMonth.Year, firstOfMonth.Month, dayOfMonth)
            : null;
    }

    private IEnumerable<MaintenanceWindow> RuleWindows(MaintenanceRecurrence rule, bool changed, LocalDate first)
    {
        var resolver = new ZoneResolver(_zone);
        foreach (var date in OccurrenceDates(rule, first))
        {
            var fit = Occurrence(resolver, rule, date, changed, out var span);
            if (fit == SpanFit.After)
            {
                // Occurrences only get later: none of the rest starts within the supported range.
                yield break;
            }

            if (fit != SpanFit.Inside)
            {
                continue;
            }

            yield return new MaintenanceWindow(
                rule.Id, rule.Title, MaintenanceWindowOrigin.Recurring, MaintenanceKind.Planned, date, span, _zone);
        }
    }

    /// <summary>
    /// The window of <paramref name="rule"/>'s occurrence on <paramref name="date"/>, or why there is none:
    /// cancelled or moved (<see cref="SpanFit.Changed"/>; looked up only when <paramref name="changed"/>
    /// says the rule has such changes at all), or outside the supported range.
    /// </summary>
    private SpanFit Occurrence(ZoneResolver resolver, MaintenanceRecurrence rule, LocalDate date, bool changed, out Interval span)
    {
        if (changed && _changed.Contains((rule.Id, date)))
        {
            span = default;
            return SpanFit.Changed;
        }

        return Fit(resolver, date + rule.StartTime, rule.Length, out span);
    }

    /// <summary>The fixed windows (one-offs and moves) from the first that starts at or after <paramref name="earliestStart"/>.</summary>
    private IEnumerable<MaintenanceWindow> FixedFrom(Instant earliestStart)
    {
        for (var i = FirstFixedIndex(earliestStart); i < _fixed.Length; i++)
        {
            yield return _fixed[i];
        }
    }

    /// <summary>The windows that end after <paramref name="from"/>, or (<paramref name="startingFrom"/>) that start at or after it.</summary>
    private static IEnumerable<MaintenanceWindow> After(IEnumerable<MaintenanceWindow> windows, Instant from, bool startingFrom)
    {
        foreach (var window in windows)
        {
            if (startingFrom ? window.Start >= from : window.End > from)
            {
                yield return window;
            }
        }
    }

    /// <summary>The first local date whose occurrence of a rule with windows of <paramref name="length"/> could still be running at <paramref name="from"/>.</summary>
    /// <remarks>
    /// An occurrence starts within a day of its local date's midnight (resolution moves a start in a
    /// gap forward by at most the gap), so two days of margin before <c>from - length</c> are enough;
    /// the caller filters exactly.
    /// </remarks>
    private LocalDate FirstCandidateDate(Duration length, Instant from)
    {
        length = length > Duration.Zero ? length : Duration.Zero;
        var date = SupportedRange.MinusOrMin(Clamp(from), length).InZone(_zone).Date.PlusDays(-2);
        return date < SupportedRange.FirstDate ? SupportedRange.FirstDate : date;
    }

    /// <summary>The index of the first fixed window that starts at or after <paramref name="earliestStart"/>.</summary>
    private int FirstFixedIndex(Instant earliestStart)
    {
        int lo = 0, hi = _fixed.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_fixed[mid].Start < earliestStart)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// The window that starts at <paramref name="localStart"/> and lasts <paramref name="length"/>
    /// (empty when the length is not positive), cut to the supported range; or whether it lies wholly
    /// before or after that range. A start on a date too far out to resolve in every zone counts as
    /// outside, even if a long window from it would reach into the range.
    /// </summary>
    private static SpanFit Fit(ZoneResolver resolver, LocalDateTime localStart, Duration length, out Interval span)
    {
        span = default;
        if (!SupportedRange.CanResolve(localStart))
        {
            return localStart.Date > SupportedRange.LastDate ? SpanFit.After : SpanFit.Before;
        }

        var start = resolver.ToInstant(localStart);
        if (start > SupportedRange.Max)
        {
            return SpanFit.After;
        }

        var end = length > Duration.Zero ? SupportedRange.PlusOrMax(start, length) : start;
        if (start < SupportedRange.Min)
        {
            if (end <= SupportedRange.Min)
            {
                return SpanFit.Before;
            }

            start = SupportedRange.Min;
        }

        span = new Interval(start, end);
        return SpanFit.Inside;
    }

    private static bool IsValidDay(IsoDayOfWeek day) => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday;

    private static Instant Clamp(Instant instant) =>
        instant < SupportedRange.Min ? SupportedRange.Min : instant > SupportedRange.Max ? SupportedRange.Max : instant;

    private enum SpanFit
    {
        Before,
        Inside,
        After,

        /// <summary>The occurrence is cancelled or moved.</summary>
        Changed,
    }
}
