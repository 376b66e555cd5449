using System;
using System.Collections.Generic;
using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Maintenance;

/// <summary>
/// Proves, from a schedule's rules alone, that its windows cover every instant from some point on,
/// so that a clock which stops during maintenance can say "no working time" at once instead of
/// expanding centuries of windows to find out.
/// </summary>
/// <remarks>
/// <para>The proof uses only what can only add maintenance when left out: the weekly rules without an
/// end date. Monthly rules, rules that end, one-offs and moves only add windows, so ignoring them
/// keeps the proof sound; cancellations and moves of the rules used, and their start dates, are all
/// before the point from which coverage is claimed.</para>
/// <para>Each rule's window is laid on a one-week cycle of local time as <c>[start, start + length − D)</c>,
/// where <c>D</c> is the spread between the zone's smallest and largest UTC offset from that point on.
/// If those shortened windows cover the whole cycle, every instant <c>t</c> is covered: some occurrence
/// starts at a local time <c>s</c> with <c>s ≤ wall(t) &lt; s + length − D</c>; it resolves to the
/// first instant <c>u</c> whose wall clock reads <c>s</c> or later, so <c>u ≤ t</c>, and
/// <c>t − u ≤ (wall(t) − s) + D &lt; length</c> because wall-clock time and elapsed time differ by at
/// most the change of offset between them.</para>
/// </remarks>
internal static class MaintenanceCoverage
{
    private static readonly Duration Week = Duration.FromDays(7);

    /// <summary>
    /// Gets an instant from which the schedule's windows provably cover all time up to the end of the
    /// supported range, or <see langword="null"/> when the rules do not prove it.
    /// </summary>
    public static Instant? CoversEverythingFrom(MaintenanceSchedule schedule)
    {
        var candidates = new List<MaintenanceRecurrence>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var longest = Duration.Zero;
        LocalDate? lastChange = null;
        foreach (var rule in schedule.Recurrences)
        {
            if (rule.Pattern != RecurrencePattern.Weekly || rule.EffectiveUntil is not null || rule.Length <= Duration.Zero
                || rule.DayOfWeek is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                continue;
            }

            candidates.Add(rule);
            ids.Add(rule.Id);
            longest = rule.Length > longest ? rule.Length : longest;
            lastChange = Later(lastChange, rule.EffectiveFrom);
        }

        // Without any shortening the windows must already cover the week; most schedules stop here, cheaply.
        if (candidates.Count == 0 || !CoversWeek(candidates, Duration.Zero))
        {
            return null;
        }

        foreach (var cancellation in schedule.Cancellations)
        {
            lastChange = ids.Contains(cancellation.RecurrenceId) ? Later(lastChange, cancellation.Date) : lastChange;
        }

        foreach (var move in schedule.Moves)
        {
            lastChange = ids.Contains(move.RecurrenceId) ? Later(lastChange, move.OriginalDate) : lastChange;
        }

        // Past the end of the last change's date everywhere, and far enough on that the occurrence
        // covering any later instant started after it (an occurrence starts less than `longest` before
        // the instants it covers, and a local date spans at most two UTC dates).
        var regular = lastChange is { } date && date >= SupportedRange.FirstDate
            ? (date > SupportedRange.LastDate.PlusDays(-3) ? SupportedRange.Max : date.PlusDays(3).AtMidnight().InUtc().ToInstant())
            : SupportedRange.Min;
        var from = SupportedRange.PlusOrMax(regular, (longest < Week ? longest : Week) + Duration.FromDays(2));
        if (from >= SupportedRange.Max)
        {
            return null;
        }

        return CoversWeek(candidates, OffsetSpread(schedule.Zone, regular)) ? from : null;
    }

    /// <summary>Whether the rules' windows, each shortened by <paramref name="shortening"/>, cover a whole week of local time.</summary>
    private static bool CoversWeek(List<MaintenanceRecurrence> rules, Duration shortening)
    {
        var spans = new List<(Duration Start, Duration End)>(rules.Count + 1);
        foreach (var rule in rules)
        {
            var length = rule.Length - shortening;
            if (length <= Duration.Zero)
            {
                continue;
            }

            if (length >= Week)
            {
                return true;
            }

            var start = Duration.FromDays((int)rule.DayOfWeek - 1) + Duration.FromNanoseconds(rule.StartTime.NanosecondOfDay);
            var end = start + length;
            spans.Add((start, end < Week ? end : Week));
            if (end > Week)
            {
                // The part that runs into the next week covers the start of the cycle.
                spans.Add((Duration.Zero, end - Week));
            }
        }

        spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var covered = Duration.Zero;
        foreach (var (start, end) in spans)
        {
            if (start > covered)
            {
                return false;
            }

            covered = end > covered ? end : covered;
        }

        return covered >= Week;
    }

    /// <summary>The largest difference between two UTC offsets the zone uses from <paramref name="from"/> to the end of the supported range.</summary>
    private static Duration OffsetSpread(DateTimeZone zone, Instant from)
    {
        var min = Offset.MaxValue;
        var max = Offset.MinValue;
        foreach (var interval in zone.GetZoneIntervals(from, SupportedRange.Max))
        {
            min = interval.WallOffset < min ? interval.WallOffset : min;
            max = interval.WallOffset > max ? interval.WallOffset : max;
        }

        return max.ToTimeSpan() - min.ToTimeSpan() is var spread && spread > TimeSpan.Zero ? Duration.FromTimeSpan(spread) : Duration.Zero;
    }

    private static LocalDate? Later(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
