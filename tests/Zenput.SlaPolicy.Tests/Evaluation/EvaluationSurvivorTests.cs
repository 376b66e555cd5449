using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.TimeZones;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>
/// The evaluator's argument checks, the response figures, the events' and timelines' small contracts and the
/// audit text at the edges of the years 1 to 9999, pinned where mutation testing (docs/mutation.md, session 10's
/// run of the evaluation files; decided in session 11) found no test that read them. Expected values are worked
/// out by hand from the README's rules and the members' XML docs.
/// </summary>
public sealed class EvaluationSurvivorTests
{
    // Reported and At (EvaluationKit): Monday 2 March 2026, 10:00 UTC (02:00 PST): no maintenance window anywhere near.
    [Fact]
    public void A_response_met_or_pending_within_its_goal_is_not_overdue_and_has_no_breach_instant()
    {
        // Level 1 (2 hours elapsed) reported at 10:00 is due 12:00. Met at 10:30, as of 11:00: 30 min used,
        // 1 h 30 min left, not overdue, never breached. Not met, as of 11:00: 1 h used, 1 h left, the same.
        var met = Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, At(10, 30))), At(11)).Response;
        var pending = Evaluator.Evaluate(Ticket("critical", Reported), At(11)).Response;

        met.Status.Should().Be(EvaluationStatus.Met);
        met.Remaining.Should().Be(Duration.FromMinutes(90));
        met.Overdue.Should().Be(Duration.Zero);
        met.BreachedAt.Should().BeNull();
        pending.Status.Should().Be(EvaluationStatus.Pending);
        pending.Remaining.Should().Be(Duration.FromHours(1));
        pending.Overdue.Should().Be(Duration.Zero);
        pending.BreachedAt.Should().BeNull();
    }

    [Fact]
    public void A_zero_response_goal_has_used_all_of_it_whenever_it_is_met()
    {
        // ShareUsed is 1 for a zero goal (its XML doc). Met at the report: exactly at due, 0 used, not overdue. Met
        // 5 minutes later: breached at the due instant (the report), 5 minutes overdue, still a share of 1.
        var critical = ZenputSla.Default.GetTier(1);
        var evaluator = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default)
            .ReplaceTier(new SeverityTier(critical.Severity, GoalTarget.Elapsed(Duration.Zero), critical.ResolutionProcess))
            .Build());

        var onTime = evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, Reported)), At(10, 10)).Response;
        var late = evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, At(10, 5))), At(10, 10)).Response;

        onTime.Status.Should().Be(EvaluationStatus.Met);
        onTime.ShareUsed.Should().Be(1.0);
        onTime.Overdue.Should().Be(Duration.Zero);
        late.Status.Should().Be(EvaluationStatus.Breached);
        late.ShareUsed.Should().Be(1.0);
        late.Overdue.Should().Be(Duration.FromMinutes(5));
        late.BreachedAt.Should().Be(Reported);
    }

    [Fact]
    public void The_evaluator_refuses_a_missing_clock_naming_it()
    {
        var fromClock = () => new TicketEvaluator((SlaClock)null!);
        var nowFromClock = () => Evaluator.Evaluate(Ticket("critical", Reported), (IClock)null!);

        fromClock.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("clock");
        nowFromClock.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("clock");
    }

    [Fact]
    public void Evaluating_or_checking_a_missing_timeline_is_refused_naming_the_timeline()
    {
        var evaluate = () => Evaluator.Evaluate(null!, At(11));
        var tryEvaluate = () => Evaluator.TryEvaluate(null!, At(11), out _, out _);
        var check = () => Evaluator.Check(null!);
        var stream = () => Evaluator.EvaluateAll([Ticket("critical", Reported), null!], At(11)).ToList();

        evaluate.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("timeline");
        tryEvaluate.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("timeline");
        check.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("timeline");
        stream.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("timeline");
    }

    [Fact]
    public void Evaluating_at_an_instant_outside_the_supported_ones_is_refused_naming_now()
    {
        // The SLA clock works from a week after NodaTime's first instant to a week before its last.
        var evaluate = () => Evaluator.Evaluate(Ticket("critical", Reported), Instant.MaxValue);
        var tryEvaluate = () => Evaluator.TryEvaluate(Ticket("critical", Reported), Instant.MaxValue, out _, out _);

        evaluate.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("now");
        tryEvaluate.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("now");
    }

    [Fact]
    public void EvaluateAll_checks_its_arguments_when_called_before_any_ticket_is_read()
    {
        // The results are lazy, the argument checks are not: a wrong call fails where it is made.
        var noStream = () => Evaluator.EvaluateAll(null!, At(11));
        var outside = () => Evaluator.EvaluateAll([], Instant.MaxValue);

        noStream.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("timelines");
        outside.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("now");
    }

    [Fact]
    public async Task EvaluateAllAsync_refuses_a_missing_stream_or_an_instant_outside_the_supported_ones_when_read()
    {
        var token = TestContext.Current.CancellationToken;

        var noStream = () => ReadAll(Evaluator.EvaluateAllAsync(null!, At(11), token));
        var outside = () => ReadAll(Evaluator.EvaluateAllAsync(Rows(0, token), Instant.MaxValue, token));

        (await noStream.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("timelines");
        (await outside.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("now");
    }

    [Fact]
    public async Task EvaluateAllAsync_does_not_resume_on_the_callers_synchronization_context()
    {
        // A library awaits without capturing the caller's context (a UI or request context would otherwise get every
        // continuation, or deadlock when the caller blocks). The rows arrive asynchronously, off that context.
        var token = TestContext.Current.CancellationToken;
        var context = new CountingContext();
        var previous = SynchronizationContext.Current;
        Task<List<string?>> reading;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            reading = ReadAll(Evaluator.EvaluateAllAsync(Rows(3, token), At(11), token));
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        (await reading).Should().Equal("T-0", "T-1", "T-2");
        context.Posts.Should().Be(0);
    }

    [Fact]
    public void TryEvaluate_gives_an_empty_list_of_problems_for_a_possible_history()
    {
        // "Every problem, when it is not; otherwise empty" (its XML doc): an empty list, not null.
        Evaluator.TryEvaluate(Ticket("critical", Reported), At(11), out var evaluation, out var problems).Should().BeTrue();

        evaluation.Should().NotBeNull();
        problems.Should().NotBeNull().And.BeEmpty();
    }

    [Fact]
    public void A_severity_change_to_a_missing_level_is_refused_naming_the_severity()
    {
        var act = () => TicketEvent.SeverityChanged(At(11), (SeverityLevel)null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("severity");
    }

    [Fact]
    public void An_event_reads_as_its_type_and_instant_then_the_new_severity_and_the_note_when_it_has_them()
    {
        // The type as in JSON (README), the instant in ISO form, " to '<severity>'" for a severity change, ": <note>".
        E(TicketEventKind.FirstResponse, At(10, 30)).ToString().Should().Be("firstResponse at 2026-03-02T10:30:00Z");
        TicketEvent.Paused(At(10, 30), "waiting on customer").ToString().Should().Be("paused at 2026-03-02T10:30:00Z: waiting on customer");
        TicketEvent.SeverityChanged(At(10, 30), "critical").ToString().Should().Be("severityChanged at 2026-03-02T10:30:00Z to 'critical'");
        new TicketEvent(TicketEventKind.SeverityChanged, At(10, 30), "customer escalated", "2").ToString()
            .Should().Be("severityChanged at 2026-03-02T10:30:00Z to '2': customer escalated");
    }

    [Fact]
    public void A_timeline_without_a_severity_is_refused_naming_it()
    {
        var fromSpan = () => new TicketTimeline(Reported, (string)null!);
        var fromList = () => new TicketTimeline(Reported, (string)null!, new List<TicketEvent> { E(TicketEventKind.FirstResponse, At(11)) });

        fromSpan.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("severity");
        fromList.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("severity");
    }

    [Fact]
    public void A_position_outside_the_events_has_no_given_index()
    {
        // GivenIndex: "index is not a position in Events" throws. Events in time order (positions kept as given).
        var timeline = Ticket("critical", Reported, E(TicketEventKind.TicketCreated, At(10, 5)), E(TicketEventKind.FirstResponse, At(10, 30)));

        timeline.GivenIndex(1).Should().Be(1);
        foreach (var index in new[] { -1, 2 })
        {
            var act = () => timeline.GivenIndex(index);
            act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("index");
        }
    }

    [Fact]
    public void Reading_a_timelines_events_allocates_nothing_for_no_events_and_nothing_after_the_first_read()
    {
        // Events is made on first use and kept; a timeline without events shares the one empty list.
        _ = Ticket("critical", Reported).Events;
        var empty = Ticket("critical", Reported);
        var two = Ticket("critical", Reported, E(TicketEventKind.TicketCreated, At(10, 5)), E(TicketEventKind.FirstResponse, At(10, 30)));
        _ = two.Events;

        Allocated(() => GC.KeepAlive(empty.Events)).Should().Be(0);
        Allocated(() => GC.KeepAlive(two.Events)).Should().Be(0);
        two.Events.Select(e => e.Kind).Should().Equal(TicketEventKind.TicketCreated, TicketEventKind.FirstResponse);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(32)]
    public void A_timeline_keeps_a_map_of_given_positions_only_when_its_events_were_not_in_time_order(int count)
    {
        // The common case, events given in time order (equal instants included), keeps no map (GivenIndex is the
        // position itself); up to 32 events out of order are sorted in place, and the map of given positions is all
        // that the sort allocates.
        var inOrder = Enumerable.Range(0, count).Select(i => E(TicketEventKind.StatusUpdate, Reported + Duration.FromMinutes(i))).ToArray();
        var withTies = Enumerable.Range(0, count).Select(i => E(TicketEventKind.StatusUpdate, Reported + Duration.FromMinutes(i / 2))).ToArray();
        var reversed = inOrder.Reverse().ToArray();

        foreach (var events in new[] { inOrder, withTies, reversed })
        {
            GC.KeepAlive(new TicketTimeline(Reported, "critical", (ReadOnlySpan<TicketEvent>)events));
        }

        GC.KeepAlive(new int[count]);
        var plain = Allocated(() => GC.KeepAlive(new TicketTimeline(Reported, "critical", (ReadOnlySpan<TicketEvent>)inOrder)));

        Allocated(() => GC.KeepAlive(new TicketTimeline(Reported, "critical", (ReadOnlySpan<TicketEvent>)withTies))).Should().Be(plain);
        Allocated(() => GC.KeepAlive(new TicketTimeline(Reported, "critical", (ReadOnlySpan<TicketEvent>)reversed))).Should().Be(plain + Allocated(() => GC.KeepAlive(new int[count])));
        new TicketTimeline(Reported, "critical", (ReadOnlySpan<TicketEvent>)reversed).GivenIndex(0).Should().Be(count - 1);
    }

    [Fact]
    public void A_zone_name_too_long_for_the_line_gives_the_seconds_from_the_year_1_to_9999_and_not_before()
    {
        // As in AuditMutantTests: an instant before the year 1 (in UTC or locally) is written by NodaTime's patterns,
        // to the minute when it has no seconds; from the year 1 to 9999 the line is written by hand, and a zone name
        // of 89 characters does not fit it, so NodaTime's pattern with the seconds writes it. The zone is one hour
        // ahead of UTC: 23:30 UTC on 31 December of the year 0 is 00:30 on 1 January of the year 1.
        var tooLong = new string('n', 89);
        var evaluator = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default).WithSupportZone(new NamedZone(tooLong)).Build());

        FirstLine(Instant.FromUtc(0, 12, 31, 23, 30)).Should().StartWith($"0000-12-31T23:30:00Z (0001-01-01 00:30 {tooLong}) clock started");
        FirstLine(Instant.FromUtc(1, 1, 1, 1, 0)).Should().StartWith($"0001-01-01T01:00:00Z (0001-01-01 02:00:00 {tooLong}) clock started");
        FirstLine(Instant.FromUtc(9999, 12, 1, 10, 0)).Should().StartWith($"9999-12-01T10:00:00Z (9999-12-01 11:00:00 {tooLong}) clock started");

        string FirstLine(Instant reported) => evaluator.Evaluate(Ticket("critical", reported), reported + Duration.FromHours(1)).Audit[0].Text;
    }

    /// <summary>The bytes <paramref name="action"/> allocates on this thread (run it once before, to measure it warm).</summary>
    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static async IAsyncEnumerable<TicketTimeline> Rows(int count, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Delay(5, token).ConfigureAwait(false);
            yield return new TicketTimeline(Reported + Duration.FromMinutes(i), "critical") { Id = $"T-{i}" };
        }
    }

    private static async Task<List<string?>> ReadAll(IAsyncEnumerable<TicketEvaluationResult> results)
    {
        var ids = new List<string?>();
        await foreach (var result in results.ConfigureAwait(false))
        {
            ids.Add(result.Timeline.Id);
        }

        return ids;
    }

    /// <summary>A context that counts the continuations posted to it and runs them on the thread pool.</summary>
    private sealed class CountingContext : SynchronizationContext
    {
        private int _posts;

        public int Posts => Volatile.Read(ref _posts);

        public override void Post(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref _posts);
            ThreadPool.QueueUserWorkItem(_ => d(state));
        }
    }

    /// <summary>A zone one hour ahead of UTC all the time, with the given name for its one interval.</summary>
    private sealed class NamedZone(string name) : DateTimeZone("Test/Named", true, Offset.FromHours(1), Offset.FromHours(1))
    {
        public override ZoneInterval GetZoneInterval(Instant instant) => new(name, null, null, Offset.FromHours(1), Offset.Zero);
    }
}
