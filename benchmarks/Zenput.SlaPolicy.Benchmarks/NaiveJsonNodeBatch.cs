using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Benchmarks;

/// <summary>
/// The straightforward way to implement the batch contract, as a baseline: read a line as a string,
/// parse it into a <see cref="JsonNode"/>, build a <see cref="JsonObject"/> answer, serialise it.
/// </summary>
internal static class NaiveJsonNodeBatch
{
    public static long Run(SlaClock clock, SlaPolicy policy, Stream input, Stream output) =>
        NaiveJsonLines.Run(input, output, line =>
        {
            var node = JsonNode.Parse(line)!.AsObject();
            var severity = node["severity"]!.ToString();
            var tier = policy.GetTier(severity);
            var reported = OffsetDateTimePattern.ExtendedIso.Parse(node["reportedAt"]!.GetValue<string>()).Value.ToInstant();
            var pauses = new List<Interval>();
            if (node["pauses"] is JsonArray array)
            {
                foreach (var pause in array)
                {
                    pauses.Add(new Interval(
                        OffsetDateTimePattern.ExtendedIso.Parse(pause!["start"]!.GetValue<string>()).Value.ToInstant(),
                        OffsetDateTimePattern.ExtendedIso.Parse(pause!["end"]!.GetValue<string>()).Value.ToInstant()));
                }
            }

            var due = clock.DueAt(reported, tier.ResponseGoal, pauses.ToArray());
            return new JsonObject
            {
                ["id"] = node["id"]?.DeepClone(),
                ["severity"] = tier.Severity.Name.ToLowerInvariant(),
                ["reportedAt"] = InstantPattern.ExtendedIso.Format(reported),
                ["responseDueAt"] = InstantPattern.ExtendedIso.Format(due),
                // RFC 3339 as the contract writes it ("-08:00"); the ISO pattern drops zero minutes ("-08").
                ["responseDueLocal"] = OffsetDateTimePattern.Rfc3339.Format(due.InZone(policy.SupportZone).ToOffsetDateTime()),
            };
        }).Lines;
}
