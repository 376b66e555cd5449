using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Internal;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Validation;

/// <summary>
/// Proves, from the rules alone and without the clock, that a goal's clock has no working time at any instant:
/// the working time of its calendar (or of all the calendars of an intersection at once, or the 24×7 clock),
/// less the maintenance windows when the clock stops during them, is empty for all time.
/// </summary>
/// <remarks>
/// <para>Everything is laid on one cycle of a week: local time when every zone involved is the same zone, else UTC.
/// A calendar's working instants are over-approximated (every weekly window, of its own or of any schedule, and every
/// extra working day's hours on its weekday; holidays and closures, which only remove time, are ignored, except that
/// whole-day holidays on all 366 month-days leave only the extra days); the maintenance windows are
/// under-approximated (only weekly rules with no effective dates and no cancelled or moved occurrence, which occur in
/// every week of the range). The goal's clock is empty when the calendars' sets have no point in common outside the
/// maintenance set. A false answer proves nothing: the check is an over-approximation, never a search.</para>
/// <para>Local time and elapsed time differ only where the zone changes its offset. A window whose local span, ends
/// included, meets no local time at which the zone has ever changed its offset (over the whole supported range) maps
/// to instants exactly; any other window is taken with the zone's whole offset spread <c>D</c> (its largest less its
/// smallest offset): working instants of a window <c>[a, b)</c> read <c>[a − D, b)</c> on the wall clock, and an
/// occurrence starting at local <c>m</c> with length <c>L</c> covers every instant reading <c>[m, m + L − D)</c>
/// (see <see cref="MaintenanceCoverage"/> for the argument). In UTC, a wall reading <c>w</c> is the instant
/// <c>w − offset</c> with the offset anywhere between the zone's smallest and largest.</para>
/// <para>Cost: linear in the rules (sorting aside), plus once per zone a walk over its offset changes (about 16,000
/// for a zone with daylight saving time), kept for as long as the zone lives.</para>
/// </remarks>
internal static class WorkingTimeProof
{
    private const long Day = NodaConstants.NanosecondsPerDay;
    private const long Week = 7 * Day;

    /// <summary>Longer spans are cut to this: any span of a week or more covers the cycle, shortened by any offset spread (under 2 days).</summary>
    private static readonly Duration LongestSpan = Duration.FromDays(21);

    private static readonly ConditionalWeakTable<DateTimeZone, ZoneFacts> Zones = new();

    /// <summary>
    /// Whether the working time common to every one of <paramref name="calendars"/> (the 24×7 clock when there are
    /// none), less the windows of <paramref name="excluded"/> when given, is provably empty at every instant.
    /// </summary>
    public static bool ProvablyEmpty(IReadOnlyList<BusinessCalendar> calendars, MaintenanceSchedule? excluded)
    {
        if (calendars.Count == 0 && excluded is null)
        {
            return false;
        }

        var zones = calendars.Select(c => c.Zone).ToList();
        if (excluded is not null)
        {
            zones.Add(excluded.Zone);
        }

        // One zone instance (providers cache theirs): two instances of one id from different providers may differ in rules.
        var frame = zones.Count > 0 && zones.All(z => ReferenceEquals(z, zones[0])) ? Frame.Local : Frame.Utc;
        var working = Full();
        foreach (var calendar in calendars)
        {
            working = Intersect(working, Normalize(WorkingSpans(calendar, frame)));
            if (working.Count == 0)
            {
                return true;
            }
        }

        return excluded is not null && Subtract(working, Normalize(CoveredSpans(excluded, frame))).Count == 0;
    }

    /// <summary>The week positions (unnormalised) that the calendar's working instants may read in the frame.</summary>
    private static List<(long Start, long End)> WorkingSpans(BusinessCalendar calendar, Frame frame)
    {
        var facts = FactsOf(calendar.Zone);
        var spans = new List<(long, long)>();
        var everyDayAHoliday = calendar.Holidays
            .Where(h => h.IsWholeDay && h.AnnualDate is not null)
            .Select(h => (h.AnnualDate!.Value.Month * 32) + h.AnnualDate.Value.Day)
            .Distinct()
            .Count() == 366;
        if (!everyDayAHoliday)
        {
            foreach (var window in calendar.Windows.Concat(calendar.Schedules.SelectMany(s => s.Windows)))
            {
                AddWorking(spans, facts, frame, window.Day, window.Start, window.End);
            }
        }

        foreach (var extra in calendar.ExtraWorkingDays)
        {
            foreach (var hours in extra.Hours)
            {
                AddWorking(spans, facts, frame, extra.Date.DayOfWeek, hours.Start, hours.End);
            }
        }

        return spans;
    }

    private static void AddWorking(List<(long, long)> spans, ZoneFacts facts, Frame frame, IsoDayOfWeek day, LocalTime start, LocalTime end)
    {
        if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            // Not a day a valid calendar has (validation says so): assume it may work at any time.
            spans.Add((0, Week));
            return;
        }

        var dayStart = ((long)day - 1) * Day;
        var a = dayStart + start.NanosecondOfDay;
        var b = (end <= start ? dayStart + Day : dayStart) + end.NanosecondOfDay;
        var lo = a - (facts.Touches(a, b) ? facts.Spread : 0);
        var hi = b;
        if (frame == Frame.Utc)
        {
            lo -= facts.MaxOffset;
            hi -= facts.MinOffset;
        }

        spans.Add((lo, hi));
    }

    /// <summary>The week positions (unnormalised) the schedule's windows cover in every week of the range, in the frame.</summary>
    private static List<(long Start, long End)> CoveredSpans(MaintenanceSchedule schedule, Frame frame)
    {
        var facts = FactsOf(schedule.Zone);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        changed.UnionWith(schedule.Cancellations.Select(c => c.RecurrenceId));
        changed.UnionWith(schedule.Moves.Select(m => m.RecurrenceId));
        var spans = new List<(long, long)>();
        foreach (var rule in schedule.Recurrences)
        {
            if (rule.Pattern != RecurrencePattern.Weekly || rule.EffectiveFrom is not null || rule.EffectiveUntil is not null
                || rule.Length <= Duration.Zero || rule.DayOfWeek is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday
                || rule.Id is null || changed.Contains(rule.Id))
            {
                continue;
            }

            var m = (((long)rule.DayOfWeek - 1) * Day) + rule.StartTime.NanosecondOfDay;
            var length = (rule.Length < LongestSpan ? rule.Length : LongestSpan).ToInt64Nanoseconds();
            var lo = m;
            var hi = m + length - (facts.Touches(m, m + length) ? facts.Spread : 0);
            if (frame == Frame.Utc)
            {
                lo -= facts.MinOffset;
                hi -= facts.MaxOffset;
            }

            if (hi > lo)
            {
                spans.Add((lo, hi));
            }
        }

        return spans;
    }

    private static List<(long Start, long End)> Full() => [(0, Week)];

    /// <summary>Spans laid on the cycle <c>[0, Week)</c>, split where they wrap, sorted and merged.</summary>
    private static List<(long Start, long End)> Normalize(List<(long Start, long End)> spans)
    {
        var pieces = new List<(long Start, long End)>(spans.Count + 1);
        foreach (var (start, end) in spans)
        {
            if (end - start >= Week)
            {
                return Full();
            }

            if (end <= start)
            {
                continue;
            }

            var from = ((start % Week) + Week) % Week;
            var to = from + (end - start);
            pieces.Add((from, Math.Min(to, Week)));
            if (to > Week)
            {
                pieces.Add((0, to - Week));
            }
        }

        pieces.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        var merged = new List<(long Start, long End)>(pieces.Count);
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && piece.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, piece.End));
            }
            else
            {
                merged.Add(piece);
            }
        }

        return merged;
    }

    private static List<(long Start, long End)> Intersect(List<(long Start, long End)> a, List<(long Start, long End)> b)
    {
        var result = new List<(long, long)>();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var start = Math.Max(a[i].Start, b[j].Start);
            var end = Math.Min(a[i].End, b[j].End);
            if (start < end)
            {
                result.Add((start, end));
            }

            if (a[i].End < b[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }

    private static List<(long Start, long End)> Subtract(List<(long Start, long End)> from, List<(long Start, long End)> removed)
    {
        var result = new List<(long, long)>();
        var j = 0;
        foreach (var (start, end) in from)
        {
            var at = start;
            while (j < removed.Count && removed[j].End <= at)
            {
                j++;
            }

            for (var k = j; k < removed.Count && removed[k].Start < end; k++)
            {
                if (removed[k].Start > at)
                {
                    result.Add((at, removed[k].Start));
                }

                at = Math.Max(at, removed[k].End);
            }

            if (at < end)
            {
                result.Add((at, end));
            }
        }

        return result;
    }

    private static ZoneFacts FactsOf(DateTimeZone zone) => Zones.GetValue(zone, static z => new ZoneFacts(z));

    /// <summary>Where the frame's week cycle is read: the local time of the one zone involved, or UTC.</summary>
    private enum Frame
    {
        Local,
        Utc,
    }

    /// <summary>What the proof needs of a zone: its offsets' range and the local week positions at which it ever changes offset.</summary>
    private sealed class ZoneFacts
    {
        private readonly List<(long Start, long End)> _changes;

        public ZoneFacts(DateTimeZone zone)
        {
            MinOffset = zone.MinOffset.Nanoseconds;
            MaxOffset = zone.MaxOffset.Nanoseconds;
            Spread = MaxOffset - MinOffset;
            var changes = new HashSet<(long, long)>();
            if (Spread > 0)
            {
                Offset? previous = null;
                foreach (var interval in zone.GetZoneIntervals(new Interval(SupportedRange.Min, SupportedRange.Max)))
                {
                    if (previous is { } before && before != interval.WallOffset && interval.HasStart)
                    {
                        // The wall clock reads every local time from the earlier to the later offset's reading of the
                        // change (twice or never); a nanosecond each side keeps the ends of a span touching it.
                        var low = before < interval.WallOffset ? before : interval.WallOffset;
                        var local = interval.Start.WithOffset(low).LocalDateTime;
                        var position = (((long)local.DayOfWeek - 1) * Day) + local.NanosecondOfDay;
                        var width = Math.Abs(interval.WallOffset.Nanoseconds - before.Nanoseconds);
                        changes.Add((position - 1, position + width + 1));
                    }

                    previous = interval.WallOffset;
                }
            }

            _changes = Normalize([.. changes]);
        }

        public long MinOffset { get; }

        public long MaxOffset { get; }

        /// <summary>Gets the largest difference between two of the zone's offsets, in nanoseconds.</summary>
        public long Spread { get; }

        /// <summary>Whether the local span <c>[start, end]</c> (week positions, ends included) meets a local time at which the zone changes offset.</summary>
        public bool Touches(long start, long end) =>
            _changes.Count > 0 && Intersect(_changes, Normalize([(start, end + 1)])).Count > 0;
    }
}
