using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Zenput.Sla.Serialization;

namespace Zenput.Sla.Tests.Cli.Hostile;

/// <summary>Policy documents that <c>validate</c> accepts (or should refuse) but that once cost minutes, gigabytes or an internal error.</summary>
internal static class HostileDocuments
{
    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static JsonObject BuiltIn() => JsonNode.Parse(SlaPolicyDocument.Save(ZenputSla.Default))!.AsObject();

    /// <summary><paramref name="count"/> weekly half-hour rules spread over the week, all starting before 23:00 so that none crosses midnight.</summary>
    public static JsonArray WeeklyRules(int count, string length = "0:30:00", string prefix = "r") =>
        [.. Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject
        {
            ["id"] = $"{prefix}{i}",
            ["title"] = $"Rule {i}",
            ["pattern"] = "weekly",
            ["dayOfWeek"] = Days[i % 7],
            ["startTime"] = $"{i / 7 % 23:00}:{i * 7 % 60:00}",
            ["length"] = length,
        })];

    /// <summary>Seven daily windows of 25 hours: maintenance all the time, with an hour of overlap to spare across DST.</summary>
    public static JsonArray AlwaysOn() =>
        [.. Days.Select(d => (JsonNode)new JsonObject { ["id"] = $"all-{d}", ["title"] = "Always", ["pattern"] = "weekly", ["dayOfWeek"] = d, ["startTime"] = "00:00", ["length"] = "25:00:00" })];

    public static JsonObject WithRules(JsonArray rules, bool clockStops = false)
    {
        var document = BuiltIn();
        document["clockStopsDuringMaintenance"] = clockStops;
        document["maintenance"]!["recurrences"] = rules;
        return document;
    }

    public static JsonObject WithOneOff(string start, string length)
    {
        var document = BuiltIn();
        document["maintenance"]!["oneOffs"] = new JsonArray(new JsonObject { ["id"] = "late", ["title"] = "Late", ["kind"] = "emergency", ["start"] = start, ["length"] = length, ["reason"] = "r" });
        return document;
    }

    public static JsonObject WithResponseGoal(int tier, string duration)
    {
        var document = BuiltIn();
        document["tiers"]![tier]!["responseGoal"] = new JsonObject { ["kind"] = "elapsed", ["duration"] = duration };
        return document;
    }

    public static string Save(string name, JsonNode document) => ToolProcess.TempFile(name, Encoding.UTF8.GetBytes(document.ToJsonString()));
}
