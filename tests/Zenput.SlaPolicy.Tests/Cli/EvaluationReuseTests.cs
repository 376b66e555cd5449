using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli.Evaluate;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Tests.Evaluation;

namespace Zenput.Sla.Tests.Cli;

/// <summary>
/// <c>evaluate --input</c> refills one timeline and one evaluation from line to line (<see cref="EvaluationReuse"/>), so that a
/// line allocates nothing. Nothing of a line may reach the answer of another: each answer of a batch must be the answer of that
/// line read alone, by a processor that has read nothing before it. The batches mix tickets that differ in everything the reused
/// objects hold (warnings crossed or not, periodic updates or none, missed deadlines many or none, events in order or not, ids
/// of every kind, pause reasons, severity changes, audit trails) with lines that fail.
/// </summary>
public sealed class EvaluationReuseTests
{
    private static readonly Instant DefaultNow = Instant.FromUtc(2026, 12, 1, 0, 0);

    // A ticket with a year without response or update: every warning crossed, more than a thousand updates missed.
    private const string Large = """{"id":"big","severity":"critical","reportedAt":"2026-01-05T10:00:00Z","events":[{"type":"paused","at":"2026-01-05T10:05:00Z","reason":"waiting on customer"},{"type":"resumed","at":"2026-01-05T10:06:00Z"}],"now":"2027-01-05T10:00:00Z"}""";

    // Lines that fail: an impossible history (a resume without a pause), an unknown severity, not JSON.
    private static readonly string[] Failing =
    [
        """{"id":7,"severity":"critical","reportedAt":"2026-03-02T09:00:00Z","events":[{"type":"resumed","at":"2026-03-02T10:00:00Z"}]}""",
        """{"id":"T-x","severity":"urgent","reportedAt":"2026-03-02T09:00:00Z","events":[]}""",
        """not json""",
    ];

    [Fact]
    public void Each_answer_of_a_batch_is_the_answer_of_its_line_read_alone()
    {
        var batches =
            from count in Gen.Choose(1, 12)
            from histories in RandomHistory.Histories(distinctInstants: false).Generator.ArrayOf(count)
            from extras in Gen.Choose(0, Failing.Length).ArrayOf(histories.Length)
            from audit in Gen.Elements(false, true)
            from parallel in Gen.Elements(1, 1, 2)
            select (Lines: Lines(histories, extras), Audit: audit, Parallel: parallel);

        Generators.PropertyCheck.Check(300, Arb.From(batches), batch =>
        {
            var input = string.Join("\n", batch.Lines);
            var answers = Run(input, batch.Audit, batch.Parallel).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var alone = batch.Lines.Select(line => Run(line, batch.Audit, 1).TrimEnd('\n')).ToArray();

            // An error line names its line number: read alone, every line is line 1.
            var expected = alone.Select((answer, i) => answer.StartsWith("{\"line\":1,", StringComparison.Ordinal) ? $"{{\"line\":{i + 1},{answer[10..]}" : answer).ToArray();
            answers.Should().Equal(expected, $"batch of {batch.Lines.Count} lines, audit {batch.Audit}, parallel {batch.Parallel}:\n{input}");
        });
    }

    [Fact]
    public void A_batch_s_lines_are_refilled_objects_and_a_ticket_evaluated_by_the_library_is_never_one()
    {
        // The premise of the test above: the batch does reuse, and the library's own Evaluate does not.
        var evaluator = new TicketEvaluator(ZenputSla.Default);
        var reuse = new EvaluationReuse();
        var timeline = new TicketTimeline(Instant.FromUtc(2026, 3, 2, 9, 0), "critical");
        evaluator.TryEvaluate(reuse.Timeline.Refill(timeline.ReportedAt, "critical", []), DefaultNow, reuse, out var first, out _).Should().BeTrue();
        evaluator.TryEvaluate(reuse.Timeline.Refill(timeline.ReportedAt, "major", []), DefaultNow, reuse, out var second, out _).Should().BeTrue();
        second.Should().BeSameAs(first);
        second!.Tier.Severity.Name.Should().Be("Major");

        var own = evaluator.Evaluate(timeline, DefaultNow);
        evaluator.Evaluate(timeline, DefaultNow).Should().NotBeSameAs(own);
        own.Tier.Severity.Name.Should().Be("Critical");
    }

    private static List<string> Lines(HistoryCase[] histories, int[] extras)
    {
        var lines = new List<string>();
        for (var i = 0; i < histories.Length; i++)
        {
            lines.Add(Line(histories[i], i));
            if (extras[i] > 0)
            {
                lines.Add(Failing[extras[i] - 1]);
            }

            if (histories[i].RemovePick % 5 == 0)
            {
                lines.Add(Large);
            }
        }

        return lines;
    }

    /// <summary>The history as an input line: its events in the order of its shuffle keys, an id of one of three kinds, its own now most of the time.</summary>
    private static string Line(HistoryCase history, int index)
    {
        var timeline = history.Timeline;
        var events = timeline.Events.Select((e, i) => (Event: e, Key: history.ShuffleKeys[i % history.ShuffleKeys.Count])).OrderBy(p => history.RemovePick % 2 == 0 ? 0 : p.Key).Select(p => p.Event);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            switch (history.RemovePick % 3)
            {
                case 0:
                    json.WriteString("id", $"T-{index}-{history.StartMinutes}");
                    break;
                case 1:
                    json.WriteNumber("id", history.StartMinutes);
                    break;
            }

            json.WriteString("severity", timeline.Severity);
            json.WriteString("reportedAt", InstantPattern.ExtendedIso.Format(timeline.ReportedAt));
            json.WriteStartArray("events");
            foreach (var e in events)
            {
                json.WriteStartObject();
                json.WriteString("type", JsonNamingPolicy.CamelCase.ConvertName(e.Kind.ToString()));
                json.WriteString("at", InstantPattern.ExtendedIso.Format(e.At));
                if (e.Reason is { } reason)
                {
                    json.WriteString("reason", reason);
                }

                if (e.Severity is { } severity)
                {
                    json.WriteString("severity", severity);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (history.NowPerMillion % 4 != 0)
            {
                json.WriteString("now", InstantPattern.ExtendedIso.Format(history.Now));
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Run(string input, bool audit, int parallel)
    {
        var output = new MemoryStream();
        var processor = new EvaluateBatchProcessor(ZenputSla.Default, DefaultNow, audit, parallel) { ChunkLines = 3 };
        processor.Run(new MemoryStream(Encoding.UTF8.GetBytes(input)), output);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
