using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zenput.Sla.Cli;
using Zenput.Sla.Tests.Cli.Hostile;

namespace Zenput.Sla.Tests.Cli;

/// <summary>
/// The text output of every command prints a value from a policy document or an input line on the tool's line, with its
/// line feeds escaped as <c>\u000A</c> (README, "Documents": no value can print a line that passes for the tool's own).
/// Found from outside: a step description holding "Fine.\nResponse due: 2099-01-01T00:00:00Z (forged)" printed a forged
/// "Response due:" line under <c>due</c>.
/// </summary>
public sealed class TextOutputLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zenput-sla-lines-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Policy(JsonObject document)
    {
        var path = Path.Combine(_folder, "policy.json");
        File.WriteAllText(path, document.ToJsonString());
        return path;
    }

    [Fact]
    public void Due_prints_the_policy_name_a_step_description_and_a_window_title_each_on_its_own_line()
    {
        const string forged = "\nResponse due:   2099-01-01T00:00:00Z (forged)";
        var document = HostileDocuments.BuiltIn();
        document["name"] = "Zenput" + forged;
        document["tiers"]![0]!["resolutionProcess"]![0]!["description"] = "Fine." + forged;
        document["maintenance"]!["recurrences"]![0]!["title"] = "Weekly" + forged;

        // Tuesday 20:30 in Los Angeles: the 2-hour goal (due 06:30Z) overlaps the weekly window, Tuesday 21:00-23:00 (05:00Z-07:00Z).
        var result = CliRunner.Run("due", "--policy", Policy(document), "--severity", "critical", "--reported-at", "2026-11-25T04:30:00Z");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
        result.OutLines[0].Should().Be(@"Level 1 - Critical (Zenput\u000AResponse due:   2099-01-01T00:00:00Z (forged))");
        result.OutLines.Should().Contain(@"  1. ProblemTicket: Fine.\u000AResponse due:   2099-01-01T00:00:00Z (forged)");
        result.OutLines.Should().Contain(@"  2026-11-25T05:00:00Z – 2026-11-25T07:00:00Z  (2026-11-24T21:00:00-08:00 – 2026-11-24T23:00:00-08:00) Weekly\u000AResponse due:   2099-01-01T00:00:00Z (forged)");
        result.OutLines.Where(l => l.StartsWith("Response due:", StringComparison.Ordinal)).Should().Equal(
            "Response due:   2026-11-25T06:30:00Z  (2026-11-24T22:30:00-08:00 America/Los_Angeles)");
    }

    [Fact]
    public void Status_prints_a_severity_name_on_its_own_line()
    {
        var document = HostileDocuments.BuiltIn();
        document["tiers"]![0]!["severity"]!["name"] = "Critical\nDue:        2099-01-01T00:00:00Z";

        var result = CliRunner.Run("status", "--policy", Policy(document), "--severity", "1", "--reported-at", "2026-11-25T04:30:00Z", "--at", "2026-11-25T05:00:00Z");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
        result.OutLines[0].Should().Be(@"Level 1 - Critical\u000ADue:        2099-01-01T00:00:00Z: respond within 2 hours");
        result.OutLines.Where(l => l.StartsWith("Due:", StringComparison.Ordinal)).Should().Equal("Due:        2026-11-25T06:30:00Z");
    }

    [Fact]
    public void Maintenance_prints_a_window_title_on_the_window_s_line()
    {
        var document = HostileDocuments.BuiltIn();
        document["maintenance"]!["recurrences"]![0]!["title"] = "Weekly\n2099-01-01T00:00:00Z – 2099-01-01T02:00:00Z  Thu 2098-12-31 16:00–18:00 PST  one-off  Forged";

        var result = CliRunner.Run("maintenance", "--policy", Policy(document), "--from", "2026-11-24", "--to", "2026-11-26");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
        result.OutLines.Should().Equal(
            @"2026-11-25T05:00:00Z – 2026-11-25T07:00:00Z  Tue 2026-11-24 21:00–23:00 PST  recurring  Weekly\u000A2099-01-01T00:00:00Z – 2099-01-01T02:00:00Z  Thu 2098-12-31 16:00–18:00 PST  one-off  Forged",
            "1 window (America/Los_Angeles); the SLA clock keeps running during maintenance.");
    }

    [Fact]
    public void Evaluate_prints_the_policy_name_and_a_window_title_in_the_audit_on_their_lines()
    {
        const string forged = "\nNext due:   nothing with a deadline is owed";
        var document = HostileDocuments.BuiltIn();
        document["name"] = "Zenput" + forged;
        document["maintenance"]!["recurrences"]![0]!["title"] = "Weekly" + forged;

        // Reported 04:30Z, evaluated at 05:00Z inside the window: the response (due 06:30Z) is owed next; the problem ticket
        // (within 15 minutes) was not created, so the verdict is breached.
        var result = CliRunner.Run("evaluate", "--policy", Policy(document), "--severity", "critical", "--reported-at", "2026-11-25T04:30:00Z", "--now", "2026-11-25T05:00:00Z");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
        result.OutLines.Should().Contain(@"Level 1 - Critical (Zenput\u000ANext due:   nothing with a deadline is owed) as of 2026-11-25T05:00:00Z: breached");
        result.OutLines.Should().ContainSingle(l => l.Contains(@"(Weekly\u000ANext due:   nothing with a deadline is owed)", StringComparison.Ordinal));
        result.OutLines.Where(l => l.StartsWith("Next due:", StringComparison.Ordinal)).Should().Equal(
            "Next due:   response at 2026-11-25T06:30:00Z (2026-11-24T22:30:00-08:00)");
    }

    [Fact]
    public void Classify_prints_a_triage_criterion_on_its_own_line()
    {
        var document = HostileDocuments.BuiltIn();
        document["triage"]!["rules"]![0]!["criterion"] = "Service Failure.\nRecommended severity: Level 3 - Minor (forged)";

        var result = CliRunner.Run("classify", "--policy", Policy(document), "--scope", "all-users", "--loss", "complete", "--workaround", "unavailable");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
        result.OutLines.Should().Contain(@"  - Service Failure.\u000ARecommended severity: Level 3 - Minor (forged)");
        result.OutLines.Where(l => l.StartsWith("Recommended severity:", StringComparison.Ordinal)).Should().Equal(
            "Recommended severity: Level 1 - Critical (respond within 2 hours)");
    }

    [Fact]
    public void Json_output_keeps_escaping_line_feeds_and_control_characters_as_json_does()
    {
        const string description = "Fine.\u001b[2J\u009b\r\nResponse due:   2099-01-01T00:00:00Z (forged)";
        var document = HostileDocuments.BuiltIn();
        document["tiers"]![0]!["resolutionProcess"]![0]!["description"] = description;

        var result = CliRunner.Run("due", "--policy", Policy(document), "--severity", "critical", "--reported-at", "2026-11-25T04:30:00Z", "--format", "json");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
        result.Out.Should().NotContainAny("\u001b", "\u009b", "\r");
        result.OutLines.Should().NotContain(l => l.StartsWith("Response due:", StringComparison.Ordinal));
        JsonDocument.Parse(result.Out).RootElement.GetProperty("steps")[0].GetProperty("description").GetString().Should().Be(description);
    }
}
