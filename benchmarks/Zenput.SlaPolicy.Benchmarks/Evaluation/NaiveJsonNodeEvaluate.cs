using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Benchmarks.Evaluation;

/// <summary>
/// The straightforward way to implement <c>evaluate --input</c> without the audit trail, as a baseline: read a
/// line as a string, parse it into a <see cref="JsonNode"/>, build the timeline with LINQ, evaluate it with
/// the same <see cref="TicketEvaluator"/>, build a <see cref="JsonObject"/> answer and serialise it.
/// </summary>
internal static class NaiveJsonNodeEvaluate
{
    private static readonly Instant DefaultNow = Instant.FromUtc(2027, 1, 1, 0, 0);

    public static long Run(TicketEvaluator evaluator, Stream input, Stream output) => Process(evaluator, input, output).Lines;

    public static long Failed(TicketEvaluator evaluator, Stream input, Stream output) => Process(evaluator, input, output).Failed;

    private static (long Lines, long Failed) Process(TicketEvaluator evaluator, Stream input, Stream output) =>
        NaiveJsonLines.Run(input, output, line =>
        {
            var node = JsonNode.Parse(line)!.AsObject();
            var timeline = new TicketTimeline(
                Parse(node["reportedAt"]!),
                node["severity"]!.ToString(),
                (node["events"]?.AsArray() ?? []).Select(e => new TicketEvent(
                    Enum.Parse<TicketEventKind>(e!["type"]!.GetValue<string>(), ignoreCase: true),
                    Parse(e["at"]!),
                    e["reason"]?.GetValue<string>(),
                    e["severity"]?.ToString())).ToList());
            var now = node["now"] is { } n ? Parse(n) : DefaultNow;
            var evaluation = evaluator.Evaluate(timeline, now);
            return new JsonObject
            {
                ["id"] = node["id"]?.DeepClone(),
                ["severity"] = evaluation.Tier.Severity.Name.ToLowerInvariant(),
                ["originalSeverity"] = evaluation.OriginalTier.Severity.Name.ToLowerInvariant(),
                ["status"] = Word(evaluation.Status),
                ["reportedAt"] = Utc(timeline.ReportedAt),
                ["evaluatedAt"] = Utc(now),
                ["response"] = new JsonObject
                {
                    ["dueAt"] = Utc(evaluation.Response.DueAt),
                    ["originalDueAt"] = Utc(evaluation.Response.OriginalDueAt),
                    ["metAt"] = Utc(evaluation.Response.MetAt),
                    ["metBy"] = evaluation.Response.MetBy is { } by ? JsonNamingPolicy.CamelCase.ConvertName(by.ToString()) : null,
                    ["status"] = Word(evaluation.Response.Status),
                    ["goal"] = DurationPattern.JsonRoundtrip.Format(evaluation.Response.GoalLength),
                    ["elapsed"] = DurationPattern.JsonRoundtrip.Format(evaluation.Response.Elapsed),
                    ["remaining"] = DurationPattern.JsonRoundtrip.Format(evaluation.Response.Remaining),
                    ["shareUsed"] = evaluation.Response.ShareUsed,
                    ["warnings"] = new JsonArray([.. evaluation.Response.Warnings.Select(w => (JsonNode)new JsonObject { ["percent"] = w.Percent, ["at"] = Utc(w.CrossedAt) })]),
                },
                ["steps"] = new JsonArray([.. evaluation.Steps.Select(s => (JsonNode)new JsonObject
                {
                    ["kind"] = JsonNamingPolicy.CamelCase.ConvertName(s.Kind.ToString()),
                    ["deadline"] = JsonNamingPolicy.CamelCase.ConvertName(s.Step.Deadline.Kind.ToString()),
                    ["dueAt"] = Utc(s.DueAt),
                    ["metAt"] = Utc(s.MetAt),
                    ["status"] = Word(s.Status),
                })]),
                ["periodicUpdates"] = evaluation.PeriodicUpdates is { } u ? new JsonObject
                {
                    ["cadence"] = DurationPattern.JsonRoundtrip.Format(u.Cadence),
                    ["missed"] = u.Missed,
                    ["missedDeadlines"] = new JsonArray([.. u.MissedDeadlines.Select(d => (JsonNode)Utc(d)!)]),
                    ["nextDueAt"] = Utc(u.NextDueAt),
                    ["lastUpdateAt"] = Utc(u.LastUpdateAt),
                    ["status"] = Word(u.Status),
                } : null,
                ["nextDue"] = evaluation.NextDue is { } next ? new JsonObject { ["kind"] = next.Step is { } k ? JsonNamingPolicy.CamelCase.ConvertName(k.ToString()) : "response", ["dueAt"] = Utc(next.DueAt) } : null,
                ["paused"] = evaluation.IsPaused,
                ["resolved"] = evaluation.IsResolved,
            };
        });

    private static Instant Parse(JsonNode node) => OffsetDateTimePattern.ExtendedIso.Parse(node.GetValue<string>()).Value.ToInstant();

    private static string? Utc(Instant? instant) => instant is { } value ? InstantPattern.ExtendedIso.Format(value) : null;

    private static string Word(EvaluationStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
