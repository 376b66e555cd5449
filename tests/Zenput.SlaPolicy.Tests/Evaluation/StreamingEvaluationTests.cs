using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using Zenput.Sla.Evaluation;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>Evaluating many tickets: lazily, one result per ticket, in order, never stopping at a bad one.</summary>
public sealed class StreamingEvaluationTests
{
    private static IEnumerable<TicketTimeline> Endless()
    {
        for (var i = 0; ; i++)
        {
            yield return new TicketTimeline(Reported + Duration.FromMinutes(i), i % 2 == 0 ? "critical" : "major") { Id = $"T-{i}" };
        }
    }

    [Fact]
    public void EvaluateAll_is_lazy_so_an_endless_stream_can_be_read_a_ticket_at_a_time()
    {
        var first = Evaluator.EvaluateAll(Endless(), Utc(2026, 3, 2, 11)).Take(3).ToList();

        first.Select(r => r.Timeline.Id).Should().Equal("T-0", "T-1", "T-2");
        first.Should().OnlyContain(r => r.IsEvaluated && r.Problems.Count == 0 && r.ClockFailure == null);
    }

    [Fact]
    public void A_ticket_that_cannot_be_evaluated_gives_a_result_that_says_why_and_the_stream_goes_on()
    {
        var timelines = new[]
        {
            Ticket("critical", Reported),
            Ticket("critical", Reported, TicketEvent.Resumed(Utc(2026, 3, 2, 10, 30))),
            Ticket("blocker", Reported),
            Ticket("major", Reported),
        };

        var results = Evaluator.EvaluateAll(timelines, Utc(2026, 3, 2, 11)).ToList();

        results.Select(r => r.IsEvaluated).Should().Equal(true, false, false, true);
        results[1].Problems.Should().ContainSingle().Which.Kind.Should().Be(TimelineProblemKind.ResumedWithoutPause);
        results[2].Problems.Should().ContainSingle().Which.Kind.Should().Be(TimelineProblemKind.UnknownSeverity);
        results[3].Evaluation!.Tier.Severity.Should().Be(ZenputSla.Major);
    }

    [Fact]
    public async Task EvaluateAllAsync_evaluates_an_asynchronous_stream_in_order()
    {
        static async IAsyncEnumerable<TicketTimeline> Rows()
        {
            foreach (var timeline in Endless().Take(5))
            {
                await Task.Yield();
                yield return timeline;
            }
        }

        var ids = new List<string?>();
        await foreach (var result in Evaluator.EvaluateAllAsync(Rows(), Utc(2026, 3, 2, 11), TestContext.Current.CancellationToken))
        {
            ids.Add(result.Evaluation!.Timeline.Id);
        }

        ids.Should().Equal("T-0", "T-1", "T-2", "T-3", "T-4");
    }

    [Fact]
    public void A_ticket_whose_due_instant_the_clock_cannot_compute_is_reported_as_a_clock_failure()
    {
        // Reported 9999-12-22 04:00 PST: its 3 calendar days end on 25 December, after the last supported
        // instant (9999-12-24T23:59:59.999999999Z).
        var late = new TicketTimeline(Instant.FromUtc(9999, 12, 22, 12, 0), "minor");

        var result = Evaluator.EvaluateAll([late], Instant.FromUtc(9999, 12, 23, 0, 0)).Single();

        result.IsEvaluated.Should().BeFalse();
        result.ClockFailure.Should().NotBeNull();
    }
}
