using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli.Evaluate;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Tests.Generators;
using Zenput.Sla.Tests.Evaluation;

namespace Zenput.Sla.Tests.Cli;

/// <summary>
/// The line <c>evaluate</c> writes for a ticket states exactly the figures of its <see cref="TicketEvaluation"/>.
/// The line is read back with <see cref="JsonDocument"/> and NodaTime's own patterns (not with the writer's
/// formatters) and compared field by field with the evaluation object, over random histories and over the
/// largest lines the writer can be asked for (a thousand missed updates, a long id, an audit trail).
/// </summary>
public sealed class EvaluationJsonTests
{
    private static readonly EvaluationJson Json = new(ZenputSla.Default);

    [Fact]
    public void Every_field_of_a_line_states_the_evaluation_s_figure()
    {
        var builder = new JsonLineBuilder();
        Generators.PropertyCheck.Check(10_000, RandomHistory.Histories(distinctInstants: false), history =>
        {
            var evaluation = EvaluationKit.Evaluator.Evaluate(history.Timeline, history.Now);
            var audit = history.RemovePick % 4 == 0;
            var id = history.RemovePick % 3 == 0 ? null : Encoding.UTF8.GetBytes($"\"T-{history.StartMinutes}\"");
            Json.Write(builder, id, evaluation, audit);

            CheckLine(builder.Written, id, evaluation, audit, history.ToString());
        });
    }

    [Fact]
    public void The_largest_lines_are_written_whole_a_thousand_missed_updates_every_warning_a_long_id_and_the_audit()
    {
        // A Critical ticket with no response and no update for a year: every warning crossed, the updates'
        // deadlines missed past the thousand listed one by one, and an id of 100,000 characters.
        var reported = NodaTime.Instant.FromUtc(2026, 1, 5, 10, 0);
        var timeline = new TicketTimeline(reported, "critical", TicketEvent.Paused(reported + Duration.FromMinutes(5), new string('x', 5_000)), new TicketEvent(TicketEventKind.Resumed, reported + Duration.FromMinutes(6)));
        var evaluation = EvaluationKit.Evaluator.Evaluate(timeline, reported + Duration.FromDays(365));
        evaluation.PeriodicUpdates!.MissedDeadlines.Should().HaveCount(EvaluationRun.MaxListedMisses);
        evaluation.PeriodicUpdates.Missed.Should().BeGreaterThan(EvaluationRun.MaxListedMisses);
        evaluation.Response.Warnings.Should().HaveCount(3);
        var id = Encoding.UTF8.GetBytes($"\"{new string('9', 100_000)}\"");

        var builder = new JsonLineBuilder();
        foreach (var audit in new[] { false, true })
        {
            Json.Write(builder, id, evaluation, audit);
            CheckLine(builder.Written, id, evaluation, audit, $"audit {audit}");
        }
    }

    [Fact]
    public void A_line_of_a_small_ticket_after_a_large_one_is_written_alone()
    {
        var builder = new JsonLineBuilder();
        var large = EvaluationKit.Evaluator.Evaluate(new TicketTimeline(Instant.FromUtc(2026, 1, 5, 10, 0), "critical"), Instant.FromUtc(2027, 1, 5, 10, 0));
        var small = EvaluationKit.Evaluator.Evaluate(new TicketTimeline(Instant.FromUtc(2026, 1, 5, 10, 0), "minor"), Instant.FromUtc(2026, 1, 5, 10, 1));
        Json.Write(builder, null, large, audit: true);
        Json.Write(builder, null, small, audit: false);

        CheckLine(builder.Written, null, small, audit: false, "after a large line");
    }

    [ScaledProperty(3_000)]
    public void Numbers_written_with_one_memo_are_each_their_own_shortest_round_trip_text(int[] picks, double[] extra)
    {
        // A writer keeps the texts of the numbers it wrote in a small table shared by every line it writes.
        // Shares of a goal from a small pool (so values repeat and fall in one another's slots), arbitrary
        // doubles among them, and -0 next to 0 (equal as doubles, different texts): each must come out as "R" writes it.
        double[] pool = [0.0, -0.0, 0.5, 1.0 / 3, 2.0 / 3, 59.0 / 120, 121.0 / 240, 7.0 / 12, 0.975, 1.5, 1e-300, 123456.789];
        var memo = new Zenput.Sla.Cli.Batch.Iso8601Utf8.TextMemo();
        var buffer = new byte[SpanJsonWriter.MaxNumber];
        var values = new List<double>();
        foreach (var pick in picks)
        {
            values.Add(pool[Math.Abs(pick % pool.Length)]);
        }

        values.AddRange(extra);
        values.AddRange(values.ToArray());
        foreach (var value in values)
        {
            var writer = new SpanJsonWriter(buffer, memo);
            writer.Number(value);

            Encoding.ASCII.GetString(buffer, 0, writer.Written).Should().Be(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), "the text of {0:R} (bits {1:X16})", value, BitConverter.DoubleToInt64Bits(value));
        }
    }

    [Theory]
    [InlineData("0.0")]
    [InlineData("-0.0")]
    [InlineData("7.0")]
    [InlineData("50.0")]
    [InlineData("75.5")]
    [InlineData("0.25833333333333336")]
    [InlineData("-90.0")]
    [InlineData("999999999999999.0")]
    [InlineData("1e15")]
    [InlineData("1e300")]
    [InlineData("4.9406564584124654E-324")]
    public void A_number_is_written_as_its_shortest_round_trip_text(string text)
    {
        var value = double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var line = new JsonLineBuilder();
        var writer = line.Reserve(SpanJsonWriter.MaxNumber);
        writer.Number(value);
        line.Advance(writer.Written, inMember: false);

        Encoding.ASCII.GetString(line.Written).Should().Be(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void CheckLine(ReadOnlySpan<byte> written, byte[]? id, TicketEvaluation e, bool audit, string because)
    {
        written.Length.Should().BeGreaterThan(0, because);
        written[^1].Should().Be((byte)'\n', because);
        written[..^1].IndexOf((byte)'\n').Should().Be(-1, "a line is one line; " + because);
        using var document = JsonDocument.Parse(written.ToArray());
        var root = document.RootElement;

        if (id is null)
        {
            root.GetProperty("id").ValueKind.Should().Be(JsonValueKind.Null, because);
        }
        else
        {
            root.GetProperty("id").GetRawText().Should().Be(Encoding.UTF8.GetString(id), because);
        }

        root.GetProperty("severity").GetString().Should().Be(e.Tier.Severity.Name.ToLowerInvariant(), because);
        root.GetProperty("originalSeverity").GetString().Should().Be(e.OriginalTier.Severity.Name.ToLowerInvariant(), because);
        root.GetProperty("status").GetString().Should().Be(Status(e.Status), because);
        InstantOf(root.GetProperty("reportedAt")).Should().Be(e.Timeline.ReportedAt, because);
        InstantOf(root.GetProperty("evaluatedAt")).Should().Be(e.EvaluatedAt, because);

        var response = root.GetProperty("response");
        InstantOf(response.GetProperty("dueAt")).Should().Be(e.Response.DueAt, because);
        InstantOf(response.GetProperty("originalDueAt")).Should().Be(e.Response.OriginalDueAt, because);
        InstantOf(response.GetProperty("metAt")).Should().Be(e.Response.MetAt, because);
        Name(response.GetProperty("metBy")).Should().Be(e.Response.MetBy is { } metBy ? Camel(metBy.ToString()) : null, because);
        response.GetProperty("status").GetString().Should().Be(Status(e.Response.Status), because);
        Length(response.GetProperty("goal")).Should().Be(e.Response.GoalLength, because);
        Length(response.GetProperty("elapsed")).Should().Be(e.Response.Elapsed, because);
        Length(response.GetProperty("remaining")).Should().Be(e.Response.Remaining, because);
        response.GetProperty("shareUsed").GetDouble().Should().Be(e.Response.ShareUsed, because);
        response.GetProperty("warnings").EnumerateArray().Select(w => new WarningCrossing(w.GetProperty("percent").GetDouble(), InstantOf(w.GetProperty("at"))!.Value))
            .Should().Equal(e.Response.Warnings, because);

        var steps = root.GetProperty("steps").EnumerateArray().ToList();
        steps.Should().HaveCount(e.Steps.Count, because);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = e.Steps[i];
            steps[i].GetProperty("kind").GetString().Should().Be(Camel(step.Kind.ToString()), because);
            steps[i].GetProperty("deadline").GetString().Should().Be(Camel(step.Step.Deadline.Kind.ToString()), because);
            InstantOf(steps[i].GetProperty("dueAt")).Should().Be(step.DueAt, because);
            InstantOf(steps[i].GetProperty("metAt")).Should().Be(step.MetAt, because);
            steps[i].GetProperty("status").GetString().Should().Be(Status(step.Status), because);
            steps[i].EnumerateObject().Should().HaveCount(5, because);
        }

        var updates = root.GetProperty("periodicUpdates");
        if (e.PeriodicUpdates is not { } periodic)
        {
            updates.ValueKind.Should().Be(JsonValueKind.Null, because);
        }
        else
        {
            Length(updates.GetProperty("cadence")).Should().Be(periodic.Cadence, because);
            updates.GetProperty("missed").GetInt64().Should().Be(periodic.Missed, because);
            updates.GetProperty("missedDeadlines").EnumerateArray().Select(d => InstantOf(d)!.Value).Should().Equal(periodic.MissedDeadlines, because);
            InstantOf(updates.GetProperty("nextDueAt")).Should().Be(periodic.NextDueAt, because);
            InstantOf(updates.GetProperty("lastUpdateAt")).Should().Be(periodic.LastUpdateAt, because);
            updates.GetProperty("status").GetString().Should().Be(Status(periodic.Status), because);
        }

        var next = root.GetProperty("nextDue");
        if (e.NextDue is not { } due)
        {
            next.ValueKind.Should().Be(JsonValueKind.Null, because);
        }
        else
        {
            next.GetProperty("kind").GetString().Should().Be(due.Step is { } kind ? Camel(kind.ToString()) : "response", because);
            InstantOf(next.GetProperty("dueAt")).Should().Be(due.DueAt, because);
        }

        root.GetProperty("paused").GetBoolean().Should().Be(e.IsPaused, because);
        root.GetProperty("resolved").GetBoolean().Should().Be(e.IsResolved, because);
        if (audit)
        {
            root.GetProperty("audit").EnumerateArray().Select(a => a.GetString()).Should().Equal(e.Audit.Select(a => a.Text), because);
        }
        else
        {
            root.TryGetProperty("audit", out _).Should().BeFalse(because);
        }

        root.EnumerateObject().Select(p => p.Name).Should().Equal(
            new[] { "id", "severity", "originalSeverity", "status", "reportedAt", "evaluatedAt", "response", "steps", "periodicUpdates", "nextDue", "paused", "resolved" }.Concat(audit ? ["audit"] : []),
            because);
    }

    private static Instant? InstantOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : InstantPattern.ExtendedIso.Parse(value.GetString()!).Value;

    private static Duration Length(JsonElement value) => DurationPattern.JsonRoundtrip.Parse(value.GetString()!).Value;

    private static string? Name(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetString();

    private static string Status(EvaluationStatus status) => Camel(status.ToString());

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
