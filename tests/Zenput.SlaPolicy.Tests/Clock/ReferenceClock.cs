using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Maintenance;
using Owners = Zenput.Sla.Tests.Clock.ReferenceCalendar.Owners;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// An obviously-correct, slow SLA clock: it walks time in pieces no longer than a minute and no piece
/// straddles the start or end of a pause or excluded maintenance window, asks whether each piece is
/// working time, and adds up the working pieces. DESIGN.md rule 4 read literally:
/// <c>due(start, goal) = min { t ≥ start : W(start, t) ≥ goal }</c>; the definitions of the latest
/// start (<c>max { t : W(t, deadline) ≥ goal }</c>) and of business days likewise.
/// </summary>
/// <remarks>
/// Exact to the nanosecond when the calendar's answer is the same for every instant of a whole minute,
/// which holds when its local times, the zone's offsets and its clock changes are whole minutes
/// (<see cref="ReferenceCalendar.WholeMinutesAround"/>); pauses, goals and starts may be any nanosecond.
/// </remarks>
internal sealed class ReferenceClock
{
    private readonly Func<Instant, Owners> _owners;
    private readonly MaintenanceSchedule? _excludedMaintenance;
    private readonly Duration _longestWalk;

    /// <summary>Creates the clock for a calendar, given as the dates owning the working time at each instant.</summary>
    public ReferenceClock(Func<Instant, Owners> owners, MaintenanceSchedule? excludedMaintenance, Duration longestWalk)
    {
        _owners = owners;
        _excludedMaintenance = excludedMaintenance;
        _longestWalk = longestWalk;
    }

    /// <summary>The first instant by which <paramref name="goal"/> of SLA time has passed, or null when a pause with no end stops the clock first.</summary>
    public Instant? Due(Instant start, Duration goal, IReadOnlyList<Interval> pauses)
    {
        var counted = Duration.Zero;
        if (goal == Duration.Zero)
        {
            return start;
        }

        foreach (var piece in Pieces(start, start + _longestWalk, start, pauses))
        {
            if (piece.StoppedForGood)
            {
                return null;
            }

            if (!piece.Working)
            {
                continue;
            }

            var length = piece.End - piece.Start;
            if (counted + length >= goal)
            {
                return piece.Start + (goal - counted);
            }

            counted += length;
        }

        throw TooLong();
    }

    /// <summary>The SLA time in <c>[from, to)</c> for a goal that started at <paramref name="from"/>.</summary>
    public Duration Elapsed(Instant from, Instant to, IReadOnlyList<Interval> pauses) =>
        Pieces(from, to, from, pauses).Where(p => p.Working).Aggregate(Duration.Zero, (sum, p) => sum + (p.End - p.Start));

    /// <summary>The latest start from which <paramref name="goal"/> of SLA time is done by <paramref name="deadline"/>: walking back from it, where the count reaches the goal.</summary>
    public Instant LatestStart(Instant deadline, Duration goal)
    {
        if (goal == Duration.Zero)
        {
            return deadline;
        }

        // Walk back a day at a time, each day's pieces latest first.
        var counted = Duration.Zero;
        for (var dayEnd = deadline; dayEnd > deadline - _longestWalk; dayEnd -= Duration.FromDays(1))
        {
            var dayStart = dayEnd - Duration.FromDays(1);
            foreach (var piece in Pieces(dayStart, dayEnd, dayStart, []).Reverse())
            {
                if (!piece.Working)
                {
                    continue;
                }

                var length = piece.End - piece.Start;
                if (counted + length >= goal)
                {
                    return piece.End - (goal - counted);
                }

                counted += length;
            }
        }

        throw TooLong();
    }

    /// <summary>
    /// The close of the working day <paramref name="days"/> after the report's working day: every date's
    /// close is the end of the last working time it owns (maintenance and pauses play no part in what a
    /// day is), and the report's working day is the first to close after the report.
    /// </summary>
    public Instant WorkingDayClose(Instant report, int days)
    {
        // Start two days early: a date's windows may already be running at the report.
        var closes = new Dictionary<LocalDate, Instant>();
        var step = 0;
        for (var at = report - Duration.FromDays(2); at < report + _longestWalk; at = NextMinute(at), step++)
        {
            var owners = _owners(at);
            foreach (var date in new[] { owners.First, owners.Second })
            {
                if (date is { } d)
                {
                    closes[d] = NextMinute(at);
                }
            }

            // A date owns nothing more than two days from any instant it owns, so once the walk is three days
            // past a candidate, every date that could close before it has closed.
            if (step % 60 == 0)
            {
                var after = closes.Values.Where(c => c > report).Order().ToList();
                if (after.Count > days && at > after[days] + Duration.FromDays(3))
                {
                    return after[days];
                }
            }
        }

        throw TooLong();
    }

    /// <summary>The pieces of <c>[from, to)</c>: cut at every whole minute and wherever a pause or an excluded window starts or ends.</summary>
    private IEnumerable<Piece> Pieces(Instant from, Instant to, Instant goalStart, IReadOnlyList<Interval> pauses)
    {
        // A pause with no start counts from the goal's start; one with no end never ends.
        var stops = pauses
            .Select(p => (From: p.HasStart ? p.Start : goalStart, To: p.HasEnd ? p.End : Instant.MaxValue))
            .ToList();
        if (_excludedMaintenance is { } schedule && to > from)
        {
            stops.AddRange(schedule.WindowsOverlapping(from, to).Select(w => (w.Start, w.End)));
        }

        var cuts = stops.SelectMany(s => new[] { s.From, s.To }).Where(c => c > from && c < to).Order().ToList();
        var next = 0;
        var at = from;
        while (at < to)
        {
            while (next < cuts.Count && cuts[next] <= at)
            {
                next++;
            }

            var end = Min(Min(NextMinute(at), to), next < cuts.Count ? cuts[next] : to);
            bool stopped = false, forGood = false;
            foreach (var stop in stops)
            {
                if (stop.From <= at && at < stop.To)
                {
                    stopped = true;
                    forGood |= stop.To == Instant.MaxValue;
                }
            }

            yield return new Piece(at, end, Working: !stopped && _owners(at).Any, StoppedForGood: forGood);
            at = end;
        }
    }

    private ReferenceCannotJudgeException TooLong() =>
        new($"The reference walked {_longestWalk} without an answer; the generated case is too long for it.");

    /// <summary>The first whole minute (of the Unix epoch) after <paramref name="instant"/>.</summary>
    private static Instant NextMinute(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        var intoMinute = ((ticks % NodaConstants.TicksPerMinute) + NodaConstants.TicksPerMinute) % NodaConstants.TicksPerMinute;
        return Instant.FromUnixTimeTicks(ticks - intoMinute + NodaConstants.TicksPerMinute);
    }

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    private readonly record struct Piece(Instant Start, Instant End, bool Working, bool StoppedForGood);
}

/// <summary>The reference walked as far as it may without an answer (a calendar whose working time maintenance nearly always covers): the case is beyond what it can judge.</summary>
public sealed class ReferenceCannotJudgeException(string message) : Exception(message);
