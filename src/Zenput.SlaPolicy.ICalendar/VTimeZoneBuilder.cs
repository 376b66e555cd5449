using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.TimeZones;

namespace Zenput.Sla.ICalendar;

/// <summary>
/// Writes a VTIMEZONE straight from NodaTime's zone intervals (generators that guess yearly rules
/// get irregular zones such as Africa/Casablanca wrong, and do not cover history). Every transition in the covered span is written: runs of transitions that follow one
/// yearly rule ("the 2nd Sunday of March at 02:00", "the last Sunday of October at 01:00") as an
/// observance with a yearly RRULE, anything else as an observance of its own.
/// </summary>
internal static class VTimeZoneBuilder
{
    /// <summary>How far past the covered span a rule must keep holding to be written without an end.</summary>
    private static readonly NodaTime.Duration TailCheck = NodaTime.Duration.FromDays(366 * 30);

    public static void Write(IcsWriter writer, DateTimeZone zone, Instant start, Instant end, bool openEnded)
    {
        var intervals = zone.GetZoneIntervals(start, end > start ? end : start + NodaTime.Duration.Epsilon).ToList();
        writer.Begin("VTIMEZONE");
        writer.Text("TZID", zone.Id);
        writer.Text("X-LIC-LOCATION", zone.Id);

        var transitions = new List<Transition>();
        var first = intervals[0];
        if (first.HasStart)
        {
            // The change into the offset in force at the start of the span is written too, so every local time in the span has its offset.
            transitions.Add(new Transition(first.Start, zone.GetZoneInterval(first.Start - NodaTime.Duration.Epsilon).WallOffset, first));
        }
        else
        {
            // A zone with no transition before the span: one observance from the start of the era.
            WriteObservance(writer, first.Savings != Offset.Zero, new LocalDateTime(1601, 1, 1, 0, 0), first.WallOffset, first.WallOffset, first.Name, null);
        }

        for (var i = 1; i < intervals.Count; i++)
        {
            transitions.Add(new Transition(intervals[i].Start, intervals[i - 1].WallOffset, intervals[i]));
        }

        var future = openEnded && intervals[^1].HasEnd
            ? FutureTransitions(zone, intervals[^1])
            : [];

        foreach (var group in transitions.GroupBy(t => t.Key))
        {
            var pending = group.OrderBy(t => t.At).ToList();
            var i = 0;
            while (i < pending.Count)
            {
                var run = new List<Transition> { pending[i] };
                var rule = YearlyRule.Of(pending[i]);
                for (var j = i + 1; j < pending.Count && rule.Follows(run[^1], pending[j], out var narrowed); j++)
                {
                    run.Add(pending[j]);
                    rule = narrowed;
                }

                i += run.Count;
                var isLastRun = i == pending.Count;
                var continues = isLastRun && run.Count >= 2 && Continues(rule, run[^1], future.Where(t => t.Key == group.Key).OrderBy(t => t.At).ToList());
                if (run.Count == 1 && !continues)
                {
                    Observance(writer, run[0]);
                }
                else
                {
                    Observance(writer, run[0], rule, continues ? null : run[^1]);
                }
            }
        }

        writer.End("VTIMEZONE");
    }

    private static List<Transition> FutureTransitions(DateTimeZone zone, ZoneInterval last)
    {
        var result = new List<Transition>();
        var previous = last;
        var end = last.End < Instant.MaxValue - TailCheck ? last.End + TailCheck : Instant.MaxValue;
        foreach (var interval in zone.GetZoneIntervals(last.End, end))
        {
            result.Add(new Transition(interval.Start, previous.WallOffset, interval));
            previous = interval;
        }

        return result;
    }

    /// <summary>Whether the zone's transitions after the span go on following <paramref name="rule"/> every year for the checked decades.</summary>
    private static bool Continues(YearlyRule rule, Transition last, List<Transition> future)
    {
        if (future.Count < 25)
        {
            return false;
        }

        var previous = last;
        foreach (var next in future)
        {
            if (!rule.Predicts(previous, next))
            {
                return false;
            }

            previous = next;
        }

        return true;
    }

    private static void Observance(IcsWriter writer, Transition transition, YearlyRule? rule = null, Transition? until = null)
    {
        string? text = null;
        if (rule is { } yearly)
        {
            text = string.Create(CultureInfo.InvariantCulture, $"FREQ=YEARLY;BYMONTH={yearly.Month};BYDAY={yearly.Week}{IcsWriter.Day(yearly.Day)}");
            if (until is { } last)
            {
                text += ";UNTIL=" + IcsWriter.FormatUtc(last.At);
            }
        }

        WriteObservance(writer, transition.Interval.Savings != Offset.Zero, transition.LocalBefore, transition.From, transition.Interval.WallOffset, transition.Interval.Name, text);
    }

    private static void WriteObservance(IcsWriter writer, bool daylight, LocalDateTime start, Offset from, Offset to, string name, string? rule)
    {
        var component = daylight ? "DAYLIGHT" : "STANDARD";
        writer.Begin(component);
        writer.Raw("DTSTART", IcsWriter.Format(start));
        if (rule is not null)
        {
            writer.Raw("RRULE", rule);
        }

        writer.Text("TZNAME", name);
        writer.Raw("TZOFFSETFROM", IcsWriter.FormatOffset(from));
        writer.Raw("TZOFFSETTO", IcsWriter.FormatOffset(to));
        writer.End(component);
    }

    /// <summary>A change of offset (or of name or savings) at <see cref="At"/>, from offset <see cref="From"/> into <see cref="Interval"/>.</summary>
    private sealed record Transition(Instant At, Offset From, ZoneInterval Interval)
    {
        /// <summary>The wall-clock time just before the change, as RFC 5545 writes an observance's DTSTART.</summary>
        public LocalDateTime LocalBefore => At.WithOffset(From).LocalDateTime;

        public (bool Daylight, Offset From, Offset To, string Name) Key => (Interval.Savings != Offset.Zero, From, Interval.WallOffset, Interval.Name);
    }

    /// <summary>"The <see cref="Week"/>th (-1: last) <see cref="Day"/> of <see cref="Month"/> at <see cref="Time"/>", as far as the transitions seen so far agree on nth, last, or both.</summary>
    private readonly record struct YearlyRule(int Month, IsoDayOfWeek Day, LocalTime Time, int Nth, bool NthHolds, bool LastHolds)
    {
        // Prefer "last" when it holds: the 4th and 5th Sundays alternate, the last one does not.
        public int Week => LastHolds ? -1 : Nth;

        public static YearlyRule Of(Transition transition)
        {
            var local = transition.LocalBefore;
            return new YearlyRule(local.Month, local.DayOfWeek, local.TimeOfDay, NthOf(local), true, IsLast(local));
        }

        public bool Follows(Transition previous, Transition next, out YearlyRule narrowed)
        {
            var a = previous.LocalBefore;
            var b = next.LocalBefore;
            narrowed = this with { NthHolds = NthHolds && NthOf(b) == Nth, LastHolds = LastHolds && IsLast(b) };
            return b.Year == a.Year + 1 && b.Month == Month && b.DayOfWeek == Day && b.TimeOfDay == Time && (narrowed.NthHolds || narrowed.LastHolds);
        }

        /// <summary>Whether <paramref name="next"/>, the year after <paramref name="previous"/>, falls where this rule (as it will be written) puts it.</summary>
        public bool Predicts(Transition previous, Transition next)
        {
            var a = previous.LocalBefore;
            var b = next.LocalBefore;
            return b.Year == a.Year + 1 && b.Month == Month && b.DayOfWeek == Day && b.TimeOfDay == Time && (Week == -1 ? IsLast(b) : NthOf(b) == Week);
        }

        private static int NthOf(LocalDateTime local) => ((local.Day - 1) / 7) + 1;

        private static bool IsLast(LocalDateTime local) => local.Day + 7 > CalendarSystem.Iso.GetDaysInMonth(local.Year, local.Month);
    }
}
