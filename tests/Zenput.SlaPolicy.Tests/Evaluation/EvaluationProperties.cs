using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;
using Interval = NodaTime.Interval;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>
/// Properties of ticket evaluation over random possible histories of Level 1 and Level 2 tickets on the
/// built-in policy (and the same policy with the clock stopped during maintenance): agreement with the
/// minute-stepping reference, independence from the order events are given in, pauses never making a
/// due instant earlier, fewer updates never meaning fewer misses, and agreement with <see cref="SlaClock.Status(Instant, GoalTarget, Instant, ReadOnlySpan{Interval})"/>.
/// </summary>
public sealed class EvaluationProperties
{
    private static readonly SlaPolicy MaintenanceStops = SlaPolicyBuilder.From(ZenputSla.Default).WithMaintenance(ZenputSla.MaintenanceSchedule, clockStopsDuringMaintenance: true).Build();

    public static TheoryData<bool> Policies() => [false, true];

    [Theory]
    [MemberData(nameof(Policies))]
    public void The_evaluation_agrees_with_the_minute_stepping_reference(bool maintenanceStopsClock)
    {
        var policy = maintenanceStopsClock ? MaintenanceStops : ZenputSla.Default;
        var evaluator = new TicketEvaluator(policy);
        var reference = new MinuteReference(policy);

        Check(150, seed =>
        {
            var (timeline, now) = RandomHistory.Create(seed, distinctInstants: false);
            var result = evaluator.Evaluate(timeline, now);
            var expected = reference.Evaluate(timeline, now);
            var because = $"seed {seed}: {Describe(timeline, now)}";

            result.Response.DueAt.Should().Be(expected.ResponseDue, because);
            result.Response.OriginalDueAt.Should().Be(expected.OriginalDue, because);
            result.Response.MetAt.Should().Be(expected.ResponseMetAt, because);
            result.Response.Status.Should().Be(expected.ResponseStatus, because);
            result.Response.Elapsed.Should().Be(expected.ResponseElapsed, because);
            result.Steps.Select(s => new MinuteReference.StepResult(s.Kind, s.DueAt, s.MetAt, s.Status)).Should().Equal(expected.Steps, because);
            result.PeriodicUpdates!.MissedDeadlines.Should().Equal(expected.MissedUpdates, because);
            result.PeriodicUpdates.NextDueAt.Should().Be(expected.NextUpdate, because);
            result.Status.Should().Be(expected.Status, because);
        });
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_the_events_are_given_in()
    {
        Check(200, seed =>
        {
            var (timeline, now) = RandomHistory.Create(seed, distinctInstants: true);
            var shuffled = new TicketTimeline(timeline.ReportedAt, timeline.Severity, timeline.Events.OrderBy(_ => new Random(seed + 1).Next()).ToList());

            var a = EvaluationKit.Evaluator.Evaluate(timeline, now);
            var b = EvaluationKit.Evaluator.Evaluate(shuffled, now);

            Figures(b).Should().Be(Figures(a), $"seed {seed}");
            b.Audit.ToString().Should().Be(a.Audit.ToString(), $"seed {seed}");
        });
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Adding_a_pause_never_makes_any_due_instant_earlier(bool maintenanceStopsClock)
    {
        var evaluator = new TicketEvaluator(maintenanceStopsClock ? MaintenanceStops : ZenputSla.Default);
        Check(200, seed =>
        {
            var (timeline, now) = RandomHistory.Create(seed, distinctInstants: true);
            if (RandomHistory.WithExtraPause(timeline, now, seed) is not { } paused)
            {
                return;
            }

            var before = evaluator.Evaluate(timeline, now);
            var after = evaluator.Evaluate(paused, now);
            var because = $"seed {seed}: {Describe(paused, now)}";

            after.Response.DueAt.Should().BeGreaterThanOrEqualTo(before.Response.DueAt, because);
            after.Response.OriginalDueAt.Should().BeGreaterThanOrEqualTo(before.Response.OriginalDueAt, because);
            for (var i = 0; i < before.Steps.Count; i++)
            {
                if (before.Steps[i].Kind != ResolutionStepKind.PeriodicUpdates && before.Steps[i].DueAt is { } was && after.Steps[i].DueAt is { } later)
                {
                    later.Should().BeGreaterThanOrEqualTo(was, because);
                }
            }

            // Update deadlines form a chain (each missed one, then the next): the k-th deadline never comes earlier.
            // A pause can save a miss, so the chains may differ in length, and "the next" may be an earlier link.
            var chainBefore = UpdateDeadlines(before);
            var chainAfter = UpdateDeadlines(after);
            for (var k = 0; k < Math.Min(chainBefore.Count, chainAfter.Count); k++)
            {
                chainAfter[k].Should().BeGreaterThanOrEqualTo(chainBefore[k], $"update deadline {k}; {because}");
            }

            foreach (var crossing in after.Response.Warnings)
            {
                before.Response.Warnings.Where(w => w.Percent == crossing.Percent).Should().OnlyContain(w => w.CrossedAt <= crossing.CrossedAt, because);
            }
        });
    }

    [Fact]
    public void Removing_an_update_never_lowers_the_miss_count()
    {
        Check(300, seed =>
        {
            var (timeline, now) = RandomHistory.Create(seed, distinctInstants: false);
            var updates = Enumerable.Range(0, timeline.Events.Count).Where(i => timeline.Events[i].Kind == TicketEventKind.StatusUpdate).ToList();
            if (updates.Count == 0)
            {
                return;
            }

            var removed = updates[new Random(seed).Next(updates.Count)];
            var fewer = new TicketTimeline(timeline.ReportedAt, timeline.Severity, timeline.Events.Where((_, i) => i != removed).ToList());

            var before = EvaluationKit.Evaluator.Evaluate(timeline, now).PeriodicUpdates!.Missed;
            var after = EvaluationKit.Evaluator.Evaluate(fewer, now).PeriodicUpdates!.Missed;

            after.Should().BeGreaterThanOrEqualTo(before, $"seed {seed}: {Describe(timeline, now)} without events[{removed}]");
        });
    }

    [Fact]
    public void The_response_status_agrees_with_the_clock_status_at_the_response_or_at_now()
    {
        var clock = new SlaClock(ZenputSla.Default);
        Check(300, seed =>
        {
            var (timeline, now) = RandomHistory.Create(seed, distinctInstants: false);
            var result = EvaluationKit.Evaluator.Evaluate(timeline, now);
            var at = result.Response.MetAt ?? now;
            var status = clock.Status(timeline.ReportedAt, result.Tier.ResponseGoal, at, RandomHistory.Pauses(timeline, now));
            var because = $"seed {seed}: {Describe(timeline, now)}";

            result.Response.DueAt.Should().Be(status.DueAt!.Value, because);
            result.Response.Elapsed.Should().Be(status.Elapsed, because);
            result.Response.Remaining.Should().Be(status.Remaining, because);
            result.Response.ShareUsed.Should().Be(status.FractionUsed, because);
            (result.Response.Status == EvaluationStatus.Breached).Should().Be(status.IsBreached, because);
        });
    }

    private static List<Instant> UpdateDeadlines(TicketEvaluation e) =>
        [.. e.PeriodicUpdates!.MissedDeadlines, .. e.PeriodicUpdates.NextDueAt is { } next ? [next] : Array.Empty<Instant>()];

    private static string Figures(TicketEvaluation e) =>
        string.Join(" | ", new object?[]
        {
            e.Status, e.Tier.Severity.Name, e.Response.DueAt, e.Response.OriginalDueAt, e.Response.MetAt, e.Response.Status, e.Response.Elapsed,
            string.Join(",", e.Response.Warnings), string.Join(",", e.Steps), e.PeriodicUpdates?.Missed, string.Join(",", e.PeriodicUpdates?.MissedDeadlines ?? []),
            e.PeriodicUpdates?.NextDueAt, e.NextDue, e.IsPaused, e.IsResolved,
        });

    private static string Describe(TicketTimeline timeline, Instant now) =>
        $"{timeline.Severity} reported {timeline.ReportedAt}, now {now}, events [{string.Join("; ", timeline.Events)}]";

    private static void Check(int cases, Action<int> property) =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), property).Check(Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true));
}

/// <summary>Random possible histories of Level 1 and 2 tickets on whole minutes, from a seed.</summary>
internal static class RandomHistory
{
    private static readonly (TicketEventKind Kind, int Weight)[] Kinds =
    [
        (TicketEventKind.TicketCreated, 2), (TicketEventKind.EngineerAssigned, 2), (TicketEventKind.FirstResponse, 2), (TicketEventKind.StatusUpdate, 8),
        (TicketEventKind.FixStarted, 2), (TicketEventKind.FixApplied, 1), (TicketEventKind.UsersNotified, 2), (TicketEventKind.Resolved, 1),
        (TicketEventKind.Reopened, 2), (TicketEventKind.Paused, 3), (TicketEventKind.Resumed, 3), (TicketEventKind.SeverityChanged, 1),
    ];

    public static (TicketTimeline Timeline, Instant Now) Create(int seed, bool distinctInstants)
    {
        var random = new Random(seed);

        // Half of the tickets are reported on a Tuesday evening in Pacific time, near the maintenance window.
        var reported = random.Next(2) == 0
            ? Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(random.Next(0, 600_000))
            : Instant.FromUtc(2026, 3, 4, 2, 0) + Duration.FromDays(7 * random.Next(0, 60)) + Duration.FromMinutes(random.Next(0, 300));
        var severity = random.Next(2) == 0 ? "critical" : "major";
        var events = new List<TicketEvent>();
        var paused = false;
        var resolved = false;
        var at = reported;
        var count = random.Next(0, 18);
        while (events.Count < count)
        {
            at += Duration.FromMinutes(random.Next(distinctInstants ? 1 : 0, random.Next(2) == 0 ? 30 : 200));
            var kind = Pick(random);
            var possible = kind switch
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

            paused = kind == TicketEventKind.Paused || (paused && kind != TicketEventKind.Resumed);
            resolved = kind == TicketEventKind.Resolved || (resolved && kind != TicketEventKind.Reopened);
            events.Add(kind switch
            {
                TicketEventKind.SeverityChanged => TicketEvent.SeverityChanged(at, random.Next(2) == 0 ? "critical" : "2"),
                TicketEventKind.Paused => TicketEvent.Paused(at, random.Next(2) == 0 ? "waiting on customer" : null),
                _ => new TicketEvent(kind, at),
            });
        }

        // Now anywhere from the report to well after the last event, sometimes before some events.
        var now = reported + Duration.FromMinutes(random.Next(0, (int)(at - reported).TotalMinutes + 600));
        return (new TicketTimeline(reported, severity, events), now);
    }

    /// <summary>The timeline with one more pause in a stretch where the clock runs, or null when there is none.</summary>
    public static TicketTimeline? WithExtraPause(TicketTimeline timeline, Instant now, int seed)
    {
        var random = new Random(seed ^ 0x5EED);
        var pauseEvents = timeline.Events.Where(e => e.Kind is TicketEventKind.Paused or TicketEventKind.Resumed).Select(e => e.At).ToList();
        var end = now + Duration.FromHours(4);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var start = timeline.ReportedAt + Duration.FromMinutes(random.Next(0, (int)(end - timeline.ReportedAt).TotalMinutes + 1));
            var length = Duration.FromMinutes(random.Next(1, 300));
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

    private static TicketEventKind Pick(Random random)
    {
        var total = Kinds.Sum(k => k.Weight);
        var roll = random.Next(total);
        foreach (var (kind, weight) in Kinds)
        {
            if ((roll -= weight) < 0)
            {
                return kind;
            }
        }

        return TicketEventKind.StatusUpdate;
    }
}
