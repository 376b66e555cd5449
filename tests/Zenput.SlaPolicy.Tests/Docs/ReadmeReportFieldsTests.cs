using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NodaTime.Text;
using Zenput.Sla.Cli;
using Zenput.Sla.Tests.Cli;
using Zenput.Sla.Tests.Reports;

namespace Zenput.Sla.Tests.Docs;

/// <summary>
/// The README's "JSON summary" tables of <c>zenput-sla report</c> against what the tool writes for the sample's
/// quarter with a what-if policy (so every part of the summary is present): every field written is documented,
/// and every field documented is written.
/// </summary>
/// <remarks>
/// How the tables are read: the first column names a field (<c>`byWeek[]`</c>, <c>`bySeverity.&lt;severity&gt;`</c>:
/// the name before <c>[]</c> or <c>.</c>); the names in backticks or quotes in the second column are the fields
/// inside it (a row that starts "the same" documents the fields of the row above it). The first table is the
/// summary's top level, the second a group (<c>overall</c> and each severity).
/// </remarks>
public sealed partial class ReadmeReportFieldsTests
{
    private static readonly Lazy<(List<Row> Top, List<Row> Group)> Tables = new(ReadTables);
    private static readonly Lazy<JsonObject> Summary = new(WriteSummary);

    [Fact]
    public void Every_top_level_field_the_report_writes_is_in_the_README_table_and_every_one_there_is_written()
    {
        var written = Summary.Value.Select(p => p.Key).ToList();
        var documented = Tables.Value.Top.Select(r => r.Name).ToList();

        written.Should().BeEquivalentTo(documented);
    }

    [Fact]
    public void Every_field_of_a_group_the_report_writes_is_in_the_README_and_every_documented_group_field_is_written()
    {
        var (top, group) = Tables.Value;
        var documented = group.Select(r => r.Name).ToHashSet();

        // A severity's group adds its name, rank and goal (documented in the bySeverity row), a what-if group its difference.
        var severityExtras = RowNamed(top, "bySeverity").Inside;
        var whatIfExtras = RowNamed(top, "whatIf").Inside;
        foreach (var (path, node) in Groups(Summary.Value))
        {
            foreach (var (name, value) in node)
            {
                var isDocumented = documented.Contains(name)
                    || (path.Contains(".bySeverity.", StringComparison.Ordinal) && severityExtras.Contains(name))
                    || (path.StartsWith("whatIf.", StringComparison.Ordinal) && whatIfExtras.Contains(name));
                isDocumented.Should().BeTrue($"{path}.{name} is written, so the README documents it");
                if (documented.Contains(name) && value is JsonObject inner)
                {
                    NotDocumentedIn(inner, RowNamed(group, name), group, top).Should().BeEmpty($"the README's row for '{name}' names every field of {path}.{name}");
                }
            }

            // And nothing the group table documents is missing from what is written.
            documented.Where(name => !node.ContainsKey(name)).Should().BeEmpty($"every field of the group table is written in {path}");
        }

        // The fields a group row names inside itself are written too (count and the percentiles, the step kinds, the maintenance counts).
        var overall = Summary.Value["overall"]!.AsObject();
        foreach (var row in group.Where(r => overall[r.Name] is JsonObject))
        {
            MissingFrom(overall[row.Name]!, row, top).Should().BeEmpty($"the README says overall.{row.Name} holds them");
        }
    }

    [Fact]
    public void The_fields_inside_each_top_level_field_are_the_ones_its_README_row_names()
    {
        var (top, group) = Tables.Value;
        foreach (var row in top)
        {
            var value = Summary.Value[row.Name];
            if (value is null || row.Name is "overall" or "bySeverity")
            {
                continue;   // a group: the other test
            }

            NotDocumentedIn(value, row, group, top).Should().BeEmpty($"the README's row for '{row.Name}' names every field written inside it");
            MissingFrom(value, row, top).Should().BeEmpty($"every field the README's row for '{row.Name}' names is written inside it");
        }
    }

    /// <summary>The fields written inside <paramref name="value"/> (its objects, its arrays' objects, at any depth) that <paramref name="row"/> does not name.</summary>
    private static List<string> NotDocumentedIn(JsonNode value, Row row, List<Row> group, List<Row> top)
    {
        // A what-if group (whatIf.overall, whatIf.bySeverity.<severity>) is a group: its fields are the group table's
        // (and a severity's name, rank and goal); its nested objects are checked by the group test.
        var groupNames = group.Select(r => r.Name).ToHashSet();
        groupNames.UnionWith(RowNamed(top, "bySeverity").Inside);
        var topNames = top.Select(r => r.Name).ToHashSet();
        var found = new List<string>();
        Walk(value, row.Name, (path, name, child) =>
        {
            var inGroup = Regex.IsMatch(path, @"^whatIf\.(overall|bySeverity\.\w+)$");
            if (row.Inside.Contains(name) || (inGroup && groupNames.Contains(name)))
            {
                // Not into a field with its own row (whatIf's worst[]: the worst row documents its items), nor into a group's nested objects.
                var ownRow = topNames.Contains(name) && name is not ("overall" or "bySeverity") && path == row.Name;
                return !ownRow && !(inGroup && groupNames.Contains(name) && child is JsonObject);
            }

            if (topNames.Contains(name) && !inGroup)
            {
                return false;   // a field with its own row (whatIf's worst[]): that row documents what is inside
            }

            found.Add($"{path}.{name}");
            return false;
        });
        return found;
    }

    /// <summary>The names <paramref name="row"/> documents inside its field that appear nowhere in it (neither as a field nor as a value, such as the weekday names), other than references to top-level fields.</summary>
    private static List<string> MissingFrom(JsonNode value, Row row, List<Row> top)
    {
        var present = new HashSet<string>();
        Walk(value, row.Name, (_, name, child) =>
        {
            present.Add(name);
            return true;
        });
        AddStrings(value, present);

        var topNames = top.Select(r => r.Name).ToHashSet();
        return [.. row.Inside.Where(name => !present.Contains(name) && !topNames.Contains(name))];
    }

    private static void AddStrings(JsonNode? node, HashSet<string> into)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    AddStrings(child, into);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    AddStrings(item, into);
                }

                break;
            case JsonValue text when text.TryGetValue<string>(out var s):
                into.Add(s);
                break;
        }
    }

    private static bool IsKeyedByValue(string path) =>
        path.EndsWith(".bySeverity", StringComparison.Ordinal) || path == "bySeverity" || path.EndsWith(".transitions", StringComparison.Ordinal) || Regex.IsMatch(path, @"\.transitions\.\w+$");

    /// <summary>Calls <paramref name="visit"/> for every property inside <paramref name="node"/> (path of its object, name, value); descends where it returns true.</summary>
    private static void Walk(JsonNode? node, string path, Func<string, string, JsonNode?, bool> visit)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var keyed = IsKeyedByValue(path);
                    if (keyed || visit(path, name, child))
                    {
                        Walk(child, $"{path}.{name}", visit);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, path, visit);
                }

                break;
        }
    }

    private static IEnumerable<(string Path, JsonObject Group)> Groups(JsonObject summary)
    {
        yield return ("overall", summary["overall"]!.AsObject());
        foreach (var (severity, group) in summary["bySeverity"]!.AsObject())
        {
            yield return ($"report.bySeverity.{severity}", group!.AsObject());
        }

        var whatIf = summary["whatIf"]!.AsObject();
        yield return ("whatIf.overall", whatIf["overall"]!.AsObject());
        foreach (var (severity, group) in whatIf["bySeverity"]!.AsObject())
        {
            yield return ($"whatIf.bySeverity.{severity}", group!.AsObject());
        }
    }

    private static Row RowNamed(List<Row> rows, string name) => rows.Single(r => r.Name == name);

    private static JsonObject WriteSummary()
    {
        var sample = Path.Combine(Repository.Root, "samples", "Zenput.SlaPolicy.ComplianceReport");
        var output = Path.Combine(Path.GetTempPath(), $"zenput-readme-report-{Guid.NewGuid():N}.json");
        try
        {
            var result = CliRunner.Run(
                "report", "--input", Path.Combine(sample, "tickets.jsonl"), "--compare-policy", Path.Combine(sample, "what-if.json"),
                "--as-of", InstantPattern.ExtendedIso.Format(SyntheticQuarter.AsOf), "--format", "json", "--output", output);
            result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed, $"the quarter has two bad lines (so failures[] is written); {result.Error}");
            return JsonNode.Parse(File.ReadAllText(output))!.AsObject();
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static (List<Row> Top, List<Row> Group) ReadTables()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("**The JSON summary.**", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "the README's report section has its JSON summary");
        var end = readme.IndexOf("In code, the same report comes from", start, StringComparison.Ordinal);
        end.Should().BeGreaterThan(start);
        var tables = new List<List<Row>>();
        List<Row>? current = null;
        foreach (var line in readme[start..end].Split('\n'))
        {
            if (line.StartsWith("| field |", StringComparison.Ordinal))
            {
                tables.Add(current = []);
                continue;
            }

            if (current is null || !line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split(" | ");
            var inside = Names(cells[1]);
            if (cells[1].StartsWith("the same", StringComparison.Ordinal) && current.Count > 0)
            {
                inside.UnionWith(current[^1].Inside);
            }

            foreach (Match name in FieldName().Matches(cells[0]))
            {
                current.Add(new Row(name.Groups[1].Value, inside));
            }
        }

        tables.Should().HaveCount(2, "the section has the summary's table and the group's table");
        return (tables[0], tables[1]);
    }

    /// <summary>The field names in a meaning cell: backticked names (before any <c>[</c> or <c>.</c>) and the quoted names of a backticked object.</summary>
    private static HashSet<string> Names(string meaning)
    {
        var names = new HashSet<string>();
        foreach (Match code in Code().Matches(meaning))
        {
            var text = code.Groups[1].Value;
            if (text.StartsWith('{'))
            {
                names.UnionWith(Quoted().Matches(text).Select(m => m.Groups[1].Value));
            }
            else if (NameOnly().Match(text) is { Success: true } name && name.Groups[1].Value is not ("null" or "true" or "false"))
            {
                names.Add(name.Groups[1].Value);
            }
        }

        return names;
    }

    private sealed record Row(string Name, HashSet<string> Inside);

    [GeneratedRegex("`([A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex FieldName();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex("\"([A-Za-z][A-Za-z0-9]*)\"")]
    private static partial Regex Quoted();

    // A name, optionally with indexes or a dotted placeholder path (tickets[7][24], transitions.<from>.<to>); not a formula or an option.
    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9]*)(\[\d*\])*(\.<\w+>)*$")]
    private static partial Regex NameOnly();
}
