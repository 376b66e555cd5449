using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Clock;
using Zenput.Sla.Serialization;

namespace Zenput.Sla.Tests.Calendars;

/// <summary>
/// Runs every example of the README's "Business calendars" semantics: each block between
/// <c>&lt;!-- calendar-example --&gt;</c> markers is a calendar in its document form followed by lines
/// <c>`DueAt(start, goal)` = `due`</c> or <c>`LatestStart(deadline, goal)` = `start`</c>, on the calendar
/// (or intersection) named <c>office</c>.
/// </summary>
public sealed partial class ReadmeCalendarExampleTests
{
    private const string Goals = "office";
    private const string Open = "<!-- calendar-example -->\n";

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var (json, line) in ReadExamples())
        {
            data.Add(json, line);
        }

        return data;
    }

    [Fact]
    public void The_README_states_each_calendar_rule_with_an_example()
    {
        var examples = ReadExamples();

        // C1 to C7 each have a block; together they hold the issue's reproducer.
        Blocks().Should().HaveCount(7);
        examples.Select(e => e.Line).Should().Contain(l => l.StartsWith("`DueAt(2026-11-23T14:00:00-08:00, 2 h)` = `2026-11-24T19:00:00Z`", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void README_calendar_example_holds(string json, string line)
    {
        var match = ExampleLine().Match(line);
        match.Success.Should().BeTrue($"'{line}' must read `DueAt(start, goal)` = `instant` or `LatestStart(deadline, goal)` = `instant`");
        var clock = new SlaClock(Policy(json));
        var at = Instant(match.Groups["at"].Value);
        var amount = int.Parse(match.Groups["amount"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var goal = match.Groups["unit"].Value == "h"
            ? (GoalTarget)GoalTarget.BusinessTime(Duration.FromHours(amount), Goals)
            : GoalTarget.BusinessDays(amount, Goals);

        var answer = match.Groups["method"].Value == "DueAt" ? clock.DueAt(at, goal) : clock.LatestStart(at, goal);

        answer.Should().Be(Instant(match.Groups["answer"].Value), line);
    }

    /// <summary>The Zenput policy document with the example's calendars and intersections, read as any document is (so validation runs).</summary>
    private static SlaPolicy Policy(string json)
    {
        var document = JsonNode.Parse(SlaPolicyDocument.Save(ZenputSla.Default))!.AsObject();
        foreach (var (name, value) in JsonNode.Parse(json)!.AsObject().ToList())
        {
            document[name] = value?.DeepClone();
        }

        var result = SlaPolicyDocument.Read(document.ToJsonString());
        result.Findings.Should().BeEmpty("the example's calendars must make a valid policy");
        return result.Policy!;
    }

    private static Instant Instant(string text) => OffsetDateTimePattern.ExtendedIso.Parse(text).GetValueOrThrow().ToInstant();

    private static List<(string Json, string Line)> ReadExamples() =>
        [.. Blocks().SelectMany(block =>
        {
            var jsonStart = block.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
            var jsonEnd = block.IndexOf("```\n", jsonStart, StringComparison.Ordinal);
            var json = block[jsonStart..jsonEnd];
            return block[(jsonEnd + "```\n".Length)..]
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => (json, l.TrimStart('-', ' ')));
        })];

    private static List<string> Blocks()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md")).ReplaceLineEndings("\n");
        var blocks = new List<string>();
        for (var at = readme.IndexOf(Open, StringComparison.Ordinal); at >= 0; at = readme.IndexOf(Open, at + 1, StringComparison.Ordinal))
        {
            blocks.Add(Between(readme[at..], Open, "<!-- /calendar-example -->"));
        }

        return blocks;
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        to.Should().BeGreaterThan(from, $"'{end}' must follow '{start}'");
        return text[from..to];
    }

    [GeneratedRegex(@"^`(?<method>DueAt|LatestStart)\((?<at>[^,]+), (?<amount>\d+) (?<unit>h|business days)\)` = `(?<answer>[^`]+)`")]
    private static partial Regex ExampleLine();
}
