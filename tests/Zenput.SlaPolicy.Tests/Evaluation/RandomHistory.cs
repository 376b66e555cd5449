using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Zenput.Sla.Evaluation;
using Interval = NodaTime.Interval;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>A candidate event of a history: minutes after the previous one, its kind, and a variant (a severity change to "critical" or to "2"; a pause with a reason or without).</summary>
internal sealed record HistoryStep(int Minutes, TicketEventKind Kind, bool Variant);

/// <summary>
/// The parameters of a possible history of a Level 1 or 2 ticket on whole minutes, and the extras some
/// properties need (an order to shuffle the events into, places to try an extra pause, an update to
/// remove). <see cref="Timeline"/> and <see cref="Now"/> are built from them; FsCheck shrinks the
/// parameters (fewer steps, shorter gaps, an earlier now), so a counterexample is a short history.
/// </summary>
internal sealed record HistoryCase(
    bool NearMaintenance,
    int StartMinutes,
    int Weeks,
    bool Critical,
    IReadOnlyList<HistoryStep> Steps,
    int NowPerMillion,
    bool DistinctInstants,
    IReadOnlyList<int> ShuffleKeys,
    IReadOnlyList<(int StartPerMillion, int Minutes)> PauseTries,
    int RemovePick)
{
    // Built on each read, never cached: FsCheck's shrinker copies cases with 'with', which would copy a cache too.
    public TicketTimeline Timeline => Build().Timeline;

    public Instant Now => Build().Now;

    public override string ToString() =>
        $"{Timeline.Severity} reported {Timeline.ReportedAt}, now {Now}, events [{string.Join("; ", Timeline.Events)}] (shuffle keys [{string.Join(",", ShuffleKeys)}], pause tries [{string.Join(",", PauseTries)}], remove pick {RemovePick})";

    private (TicketTimeline Timeline, Instant Now) Build()
    {
        // Half of the tickets are reported on a Tuesday evening in Pacific time, near the maintenance window.
        var reported = NearMaintenance
            ? Instant.FromUtc(2026, 3, 4, 2, 0) + Duration.FromDays(7 * Weeks) + Duration.FromMinutes(StartMinutes % 300)
            : Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(StartMinutes);
        var events = new List<TicketEvent>();
        var paused = false;
        var resolved = false;
        var at = reported;
        foreach (var step in Steps)
        {
            at += Duration.FromMinutes(DistinctInstants ? Math.Max(1, step.Minutes) : step.Minutes);
            var possible = step.Kind switch
            {
                TicketEventKind.Paused => !paused,
                TicketEventKind.Resumed => paused,
                TicketEventKind.Resolved => !resolved,
                TicketEventKind.Reopened => resolved,
                _ => true,
            };
            if (!possible)
            {
                continue;
            }

            paused = step.Kind == TicketEventKind.Paused || (paused && step.Kind != TicketEventKind.Resumed);
            resolved = step.Kind == TicketEventKind.Resolved || (resolved && step.Kind != TicketEventKind.Reopened);
            events.Add(step.Kind switch
            {
                TicketEventKind.SeverityChanged => TicketEvent.SeverityChanged(at, step.Variant ? "critical" : "2"),
                TicketEventKind.Paused => TicketEvent.Paused(at, step.Variant ? "waiting on customer" : null),
                _ => new TicketEvent(step.Kind, at),
            });
        }

        // Now anywhere from the report to well after the last event, sometimes before some events.
        var span = (long)(at - reported).TotalMinutes + 600;
        var now = reported + Duration.FromMinutes(span * NowPerMillion / 1_000_000);
        return (new TicketTimeline(reported, Critical ? "critical" : "major", events), now);
    }
}

/// <summary>Possible histories of Level 1 and 2 tickets: shrinking FsCheck generators (the report properties draw whole batches of them, <c>ReportBatch</c>).</summary>
internal static class RandomHistory
{
    private static readonly (TicketEventKind Kind, int Weight)[] Kinds =
    [
        (TicketEventKind.TicketCreated, 2), (TicketEventKind.EngineerAssigned, 2), (TicketEventKind.FirstResponse, 2), (TicketEventKind.StatusUpdate, 8),
        (TicketEventKind.FixStarted, 2), (TicketEventKind.FixApplied, 1), (TicketEventKind.UsersNotified, 2), (TicketEventKind.Resolved, 1),
        (TicketEventKind.Reopened, 2), (TicketEventKind.Paused, 3), (TicketEventKind.Resumed, 3), (TicketEventKind.SeverityChanged, 1),
    ];

    private static readonly Gen<HistoryStep> Step =
        from longGap in Gen.Elements(false, true)
        from minutes in Gen.Choose(0, longGap ? 199 : 29)
        from kind in Gen.Frequency(Kinds.Select(k => (k.Weight, Gen.Constant(k.Kind))))
        from variant in Gen.Elements(false, true)
        select new HistoryStep(minutes, kind, variant);

    /// <summary>
    /// Histories (up to 24 candidate events, the impossible ones dropped), shrinking towards fewer and closer events and an earlier now.
    /// With <paramref name="nearOfficeBoundaries"/>, half of the reports not near maintenance fall within 2 minutes of 09:00 or
    /// 17:00 in America/Los_Angeles (standard or daylight time) on a day of 2026, where an office calendar opens or closes.
    /// </summary>
    public static Arbitrary<HistoryCase> Histories(bool distinctInstants, bool nearOfficeBoundaries = false)
    {
        // Minutes after 2026-01-01T00:00Z: 17:00 PDT is 00:00Z, 17:00 PST 01:00Z, 09:00 PDT 16:00Z, 09:00 PST 17:00Z.
        var boundary =
            from day in Gen.Choose(0, 415)
            from offset in Gen.Elements(0, 60, 960, 1020)
            from jitter in Gen.Choose(-2, 2)
            select Math.Max(0, (day * 1440) + offset + jitter);
        var anyStart = Gen.Choose(0, 600_000);
        var starts = nearOfficeBoundaries ? Gen.OneOf(anyStart, boundary) : anyStart;
        var gen =
            from nearMaintenance in Gen.Elements(false, true)
            from start in starts
            from weeks in Gen.Choose(0, 59)
            from critical in Gen.Elements(false, true)
            from count in Gen.Choose(0, 24)
            from steps in Step.ArrayOf(count)
            from now in Gen.Choose(0, 1_000_000)
            from keys in Gen.Choose(0, 1000).ArrayOf(24)
            from tries in (from s in Gen.Choose(0, 1_000_000) from m in Gen.Choose(1, 299) select (s, m)).ArrayOf(20)
            from pick in Gen.Choose(0, 1000)
            select new HistoryCase(nearMaintenance, start, weeks, critical, steps, now, distinctInstants, keys, tries, pick);
        return Arb.From(gen, Shrink);
    }

    /// <summary>The timeline with one more pause, at the first of the tries that lies where the clock runs, or null when none does.</summary>
    public static TicketTimeline? WithExtraPause(HistoryCase history)
    {
        var (timeline, now) = (history.Timeline, history.Now);
        var pauseEvents = timeline.Events.Where(e => e.Kind is TicketEventKind.Paused or TicketEventKind.Resumed).Select(e => e.At).ToList();
        var end = now + Duration.FromHours(4);
        var span = (long)(end - timeline.ReportedAt).TotalMinutes;
        foreach (var (startPerMillion, minutes) in history.PauseTries)
        {
            var start = timeline.ReportedAt + Duration.FromMinutes(span * startPerMillion / 1_000_000);
            var length = Duration.FromMinutes(minutes);
            var running = !Pauses(timeline, Instant.MaxValue - Duration.FromDays(30)).Any(p => p.Contains(start)) && !pauseEvents.Contains(start);
            if (running && !pauseEvents.Any(p => p >= start && p <= start + length))
            {
                return timeline.With(TicketEvent.Paused(start)).With(TicketEvent.Resumed(start + length));
            }
        }

        return null;
    }

    /// <summary>The pause intervals of a possible history as of now, one still open ending at now.</summary>
    public static Interval[] Pauses(TicketTimeline timeline, Instant now)
    {
        var pauses = new List<Interval>();
        Instant? open = null;
        foreach (var e in timeline.Events.Where(e => e.At <= now))
        {
            if (e.Kind == TicketEventKind.Paused)
            {
                open = e.At;
            }
            else if (e.Kind == TicketEventKind.Resumed && open is { } start)
            {
                pauses.Add(new Interval(start, e.At));
                open = null;
            }
        }

        if (open is { } stillOpen && now > stillOpen)
        {
            pauses.Add(new Interval(stillOpen, now));
        }

        return [.. pauses];
    }

    /// <summary>Smaller cases: a step fewer, a gap halved, now earlier, the report earlier; extras made simpler.</summary>
    private static IEnumerable<HistoryCase> Shrink(HistoryCase c)
    {
        for (var i = 0; i < c.Steps.Count; i++)
        {
            yield return c with { Steps = [.. c.Steps.Where((_, j) => j != i)] };
        }

        if (c.NowPerMillion > 0)
        {
            yield return c with { NowPerMillion = 0 };
            yield return c with { NowPerMillion = c.NowPerMillion / 2 };
        }

        for (var i = 0; i < c.Steps.Count; i++)
        {
            if (c.Steps[i].Minutes > 0)
            {
                var halved = c.Steps.ToArray();
                halved[i] = halved[i] with { Minutes = halved[i].Minutes / 2 };
                yield return c with { Steps = halved };
            }
        }

        if (c.StartMinutes > 0)
        {
            yield return c with { StartMinutes = c.StartMinutes / 2 };
        }

        if (c.Weeks > 0)
        {
            yield return c with { Weeks = c.Weeks / 2 };
        }

        if (c.ShuffleKeys.Any(k => k != 0))
        {
            yield return c with { ShuffleKeys = [.. c.ShuffleKeys.Select(k => k / 2)] };
        }

        if (c.RemovePick > 0)
        {
            yield return c with { RemovePick = c.RemovePick / 2 };
        }
    }
}
