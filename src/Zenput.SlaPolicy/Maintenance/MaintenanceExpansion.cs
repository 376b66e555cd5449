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
/// <para>Rules are never expanded further than a query needs: a range query walks the local dates
/// that can hold an occurrence overlapping the range, and the open-ended enumeration merges one
/// lazy sequence per rule with the (finite, pre-sorted) one-offs and moved occurrences.</para>
/// <para>A cancellation or move that names an unknown rule or a date on which the rule has no
/// occurrence changes nothing (validation reports it); when one occurrence is changed more than
/// once, a cancellation wins over a move and the first move wins over later ones.</para>
/// </remarks>
internal sealed class MaintenanceExpansion
{
    // Occurrence dates are generated within these bounds so that date arithmetic near NodaTime's
    // limits (years -9998 and 9999) cannot overflow; a century of margin absorbs window lengths.
    private static readonly LocalDate FirstSupportedDate = new(-9990, 1, 1);
    private static readonly LocalDate LastSupportedDate = new(9990, 12, 31);
    private static readonly Instant FirstSupportedInstant = Instant.FromUtc(-9800, 1, 1, 0, 0);
    private static readonly Instant LastSupportedInstant = Instant.FromUtc(9990, 12, 31, 0, 0);

    private readonly DateTimeZone _zone;
    private readonly IReadOnlyList<MaintenanceRecurrence> _rules;
    private readonly HashSet<(string RuleId, LocalDate Date)> _changed = [];
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
                && _changed.Add((rule.Id, move.OriginalDate)))
            {
                fixedWindows.Add(new MaintenanceWindow(
                    rule.Id, rule.Title, MaintenanceWindowOrigin.Moved, MaintenanceKind.Planned, move.OriginalDate,
                    Span(move.NewStart, move.NewLength ?? rule.Length), _zone));
            }
        }

        foreach (var oneOff in schedule.OneOffs)
        {
            fixedWindows.Add(new MaintenanceWindow(
                oneOff.Id, oneOff.Title, MaintenanceWindowOrigin.OneOff, oneOff.Kind, oneOff.Start.Date,
                Span(oneOff.Start, oneOff.Length), _zone, oneOff.Reason));
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

        foreach (var rule in _rules)
        {
            foreach (var window in RuleWindows(rule, FirstCandidateDate(rule, from)))
            {
                if (window.Start >= to)
                {
                    break;
                }

                if (window.End > from)
                {
                    windows.Add(window);
                }
            }
        }

        for (var i = FirstFixedIndex(from); i < _fixed.Length && _fixed[i].Start < to; i++)
        {
            if (_fixed[i].End > from)
            {
                windows.Add(_fixed[i]);
            }
        }

        windows.Sort(WindowOrder.Instance);
        return windows;
    }

    /// <summary>Every window that ends after <paramref name="from"/>, in <see cref="WindowOrder"/>, expanded one at a time.</summary>
    public IEnumerable<MaintenanceWindow> WindowsFrom(Instant from)
    {
        var sources = new List<IEnumerator<MaintenanceWindow>>(_rules.Count + 1);
        try
        {
            foreach (var rule in _rules)
            {
                sources.Add(Overlapping(RuleWindows(rule, FirstCandidateDate(rule, from)), from).GetEnumerator());
            }

            sources.Add(Overlapping(FixedFrom(from), from).GetEnumerator());

            // Each source is already in order, so a k-way merge keeps the whole sequence in order;
            // the number of sources is the number of rules plus one, so a linear scan is enough.
            var heads = new MaintenanceWindow?[sources.Count];
            for (var i = 0; i < sources.Count; i++)
            {
                heads[i] = sources[i].MoveNext() ? sources[i].Current : null;
            }

            while (true)
            {
                var best = -1;
                for (var i = 0; i < heads.Length; i++)
                {
                    if (heads[i] is { } head && (best < 0 || WindowOrder.Instance.Compare(head, heads[best]) < 0))
                    {
                        best = i;
                    }
                }

                if (best < 0)
                {
                    yield break;
                }

                yield return heads[best]!;
                heads[best] = sources[best].MoveNext() ? sources[best].Current : null;
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

    /// <summary>The local dates on which <paramref name="rule"/> has an occurrence, from <paramref name="first"/> on, within its effective range, in order.</summary>
    public static IEnumerable<LocalDate> OccurrenceDates(MaintenanceRecurrence rule, LocalDate first)
    {
        var last = LastSupportedDate;
        if (rule.EffectiveFrom is { } effectiveFrom && effectiveFrom > first)
        {
            first = effectiveFrom;
        }

        if (rule.EffectiveUntil is { } effectiveUntil && effectiveUntil < last)
        {
            last = effectiveUntil;
        }

        if (first < FirstSupportedDate)
        {
            first = FirstSupportedDate;
        }

        if (first > last || !IsValidDay(rule.DayOfWeek))
        {
            yield break;
        }

        if (rule.Pattern == RecurrencePattern.Weekly)
        {
            for (var date = first.With(DateAdjusters.NextOrSame(rule.DayOfWeek)); date <= last; date = date.PlusWeeks(1))
            {
                yield return date;
            }
        }
        else if (rule.Pattern == RecurrencePattern.MonthlyNthWeekday)
        {
            var week = rule.WeekOfMonth ?? 1;
            for (var month = new LocalDate(first.Year, first.Month, 1); month <= last; month = month.PlusMonths(1))
            {
                if (NthWeekdayOfMonth(month, week, rule.DayOfWeek) is { } date && date >= first && date <= last)
                {
                    yield return date;
                }
            }
        }
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

        var date = firstOfMonth.With(DateAdjusters.NextOrSame(day)).PlusWeeks(week - 1);
        return date.Month == firstOfMonth.Month ? date : null;
    }

    /// <summary>The start of the occurrence of <paramref name="rule"/> on <paramref name="date"/>, by the schedule's resolution rule.</summary>
    public Instant OccurrenceStart(MaintenanceRecurrence rule, LocalDate date) => LocalResolution.ToInstant(date + rule.StartTime, _zone);

    private IEnumerable<MaintenanceWindow> RuleWindows(MaintenanceRecurrence rule, LocalDate first)
    {
        foreach (var date in OccurrenceDates(rule, first))
        {
            if (_changed.Contains((rule.Id, date)))
            {
                continue;
            }

            yield return new MaintenanceWindow(
                rule.Id, rule.Title, MaintenanceWindowOrigin.Recurring, MaintenanceKind.Planned, date,
                Span(date + rule.StartTime, rule.Length), _zone);
        }
    }

    private IEnumerable<MaintenanceWindow> FixedFrom(Instant from)
    {
        for (var i = FirstFixedIndex(from); i < _fixed.Length; i++)
        {
            yield return _fixed[i];
        }
    }

    private static IEnumerable<MaintenanceWindow> Overlapping(IEnumerable<MaintenanceWindow> windows, Instant from)
    {
        foreach (var window in windows)
        {
            if (window.End > from)
            {
                yield return window;
            }
        }
    }

    /// <summary>The first local date whose occurrence of <paramref name="rule"/> could still be running at <paramref name="from"/>.</summary>
    /// <remarks>
    /// An occurrence starts within a day of its local date's midnight (resolution moves a start in a
    /// gap forward by at most the gap), so two days of margin before <c>from - length</c> are enough;
    /// the caller filters exactly.
    /// </remarks>
    private LocalDate FirstCandidateDate(MaintenanceRecurrence rule, Instant from)
    {
        var length = rule.Length > Duration.Zero ? rule.Length : Duration.Zero;
        var earliest = Clamp(from) - Clamp(length);
        return Clamp(earliest).InZone(_zone).Date.PlusDays(-2);
    }

    /// <summary>The index of the first fixed window that can end after <paramref name="from"/>.</summary>
    private int FirstFixedIndex(Instant from)
    {
        var earliestStart = Clamp(from) - Clamp(_longestFixed);
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

    private Interval Span(LocalDateTime localStart, Duration length)
    {
        var start = LocalResolution.ToInstant(localStart, _zone);
        return length >= Duration.Zero ? new Interval(start, start + length) : new Interval(start, start);
    }

    private static bool IsValidDay(IsoDayOfWeek day) => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday;

    private static Instant Clamp(Instant instant) =>
        instant < FirstSupportedInstant ? FirstSupportedInstant : instant > LastSupportedInstant ? LastSupportedInstant : instant;

    private static Duration Clamp(Duration duration) =>
        duration > Duration.FromDays(366 * 100) ? Duration.FromDays(366 * 100) : duration;
}
