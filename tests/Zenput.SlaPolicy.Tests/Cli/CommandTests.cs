using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Zenput.Sla.Cli;
using Zenput.Sla.Serialization;

namespace Zenput.Sla.Tests.Cli;

public sealed class CommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zenput-sla-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Due_for_one_critical_ticket_reported_during_maintenance_prints_due_steps_cadence_and_the_window()
    {
        var result = CliRunner.Run("due", "--severity", "critical", "--reported-at", "2026-11-24T21:30:00-08:00");

        result.ExitCode.Should().Be(ExitCodes.Success);
        result.Out.Should().Contain("Level 1 - Critical")
            .And.Contain("Response due:   2026-11-25T07:30:00Z  (2026-11-24T23:30:00-08:00 America/Los_Angeles)")
            .And.Contain("Updates:        every 2 hours until the fix is applied or the ticket is resolved")
            .And.Contain("1. ProblemTicket")
            .And.Contain("due 2026-11-25T05:45:00Z")
            .And.Contain("5. UserNotification")
            .And.Contain("2026-11-25T05:00:00Z – 2026-11-25T07:00:00Z")
            .And.Contain("the SLA clock keeps running");
    }

    [Fact]
    public void Due_as_json_has_the_response_due_instant_and_every_step()
    {
        var result = CliRunner.Run("due", "--severity", "2", "--reported-at", "2026-07-01T09:00:00-07:00", "--format", "json");

        result.ExitCode.Should().Be(ExitCodes.Success);
        var json = JsonDocument.Parse(result.Out).RootElement;
        json.GetProperty("severity").GetString().Should().Be("major");
        json.GetProperty("responseDueAt").GetString().Should().Be("2026-07-01T20:00:00Z");
        json.GetProperty("responseDueLocal").GetString().Should().Be("2026-07-01T13:00:00-07:00");
        json.GetProperty("updateCadence").GetString().Should().Be("4:00:00");
        json.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString())
            .Should().Equal("problemTicket", "engineerAssignment", "periodicUpdates", "fixInitiation");
        json.GetProperty("maintenance").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Pauses_given_to_one_ticket_move_its_due_instant_back()
    {
        var result = CliRunner.Run("due", "--severity", "critical", "--reported-at", "2026-11-25T05:30:00Z", "--format", "json",
            "--pause", "2026-11-25T06:00:00Z/2026-11-25T06:45:00Z", "--pause", "2026-11-25T06:30:00Z/2026-11-25T07:00:00Z");

        result.ExitCode.Should().Be(ExitCodes.Success);
        JsonDocument.Parse(result.Out).RootElement.GetProperty("responseDueAt").GetString().Should().Be("2026-11-25T08:30:00Z");
    }

    [Theory]
    [InlineData(new[] { "due", "--severity", "critical", "--reported-at", "2026-11-24T21:30:00Z", "--pause", "2026-11-25T07:00:00Z" }, "is not START/END")]
    [InlineData(new[] { "due", "--severity", "critical", "--reported-at", "2026-11-24T21:30:00Z", "--pause", "2026-11-25T07:00:00Z/2026-11-25T06:00:00Z" }, "ends before it starts")]
    [InlineData(new[] { "due", "--input", "-", "--pause", "2026-11-25T06:00:00Z/2026-11-25T07:00:00Z" }, "apply to one ticket")]
    [InlineData(new[] { "due", "--severity", "critical", "--reported-at", "9999-12-31T23:00:00Z" }, "error: --reported-at '9999-12-31T23:00:00Z' is outside the instants the SLA clock supports")]
    [InlineData(new[] { "due" }, "Give --severity and --reported-at")]
    [InlineData(new[] { "due", "--severity", "critical" }, "Give --severity and --reported-at")]
    [InlineData(new[] { "due", "--severity", "blocker", "--reported-at", "2026-11-24T21:30:00Z" }, "Unknown severity 'blocker'")]
    [InlineData(new[] { "due", "--severity", "critical", "--reported-at", "2026-11-24T21:30:00" }, "not an ISO-8601 instant with an offset")]
    [InlineData(new[] { "due", "--input", "-", "--severity", "critical" }, "not both")]
    [InlineData(new[] { "due", "--severity", "critical", "--reported-at", "2026-11-24T21:30:00Z", "--format", "xml" }, "xml")]
    [InlineData(new[] { "due", "--frobnicate" }, "--frobnicate")]
    [InlineData(new[] { "launch" }, "launch")]
    public void Usage_errors_exit_2_with_one_clear_sentence_and_no_stack_trace(string[] args, string message)
    {
        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().Contain(message).And.NotContain("   at ");
        result.Out.Should().BeEmpty();
    }

    [Fact]
    public void Policy_show_prints_a_document_that_validate_accepts_and_that_loads_as_the_built_in_policy()
    {
        var shown = CliRunner.Run("policy", "show");
        var path = WriteFile("policy.json", shown.Out);

        var validated = CliRunner.Run("validate", path);

        shown.ExitCode.Should().Be(ExitCodes.Success);
        SlaPolicyDocument.Load(shown.Out).Should().Be(ZenputSla.Default);
        validated.ExitCode.Should().Be(ExitCodes.Success);
        validated.Out.Should().Contain("valid: 'Zenput Support SLA' (0 warnings)");
    }

    [Fact]
    public void Custom_policy_from_policy_option_changes_the_answer()
    {
        var document = SlaPolicyDocument.Save(ZenputSla.Default).Replace("\"duration\": \"2:00:00\"", "\"duration\": \"1:00:00\"");
        var path = WriteFile("faster.json", document);

        var result = CliRunner.Run("due", "--severity", "critical", "--reported-at", "2026-11-25T05:30:00Z", "--format", "json", "--policy", path);

        result.ExitCode.Should().Be(ExitCodes.Success);
        JsonDocument.Parse(result.Out).RootElement.GetProperty("responseDueAt").GetString().Should().Be("2026-11-25T06:30:00Z");
    }

    [Fact]
    public void Broken_policy_document_fails_validate_with_exit_1_and_says_where()
    {
        var document = SlaPolicyDocument.Save(ZenputSla.Default)
            .Replace("\"duration\": \"4:00:00\"", "\"duration\": \"-4:00:00\"")
            .Replace("\"supportZone\": \"America/Los_Angeles\"", "\"supportZone\": \"America/Atlantis\"");
        var path = WriteFile("broken.json", document);

        var result = CliRunner.Run("validate", path);

        result.ExitCode.Should().Be(ExitCodes.InvalidPolicy);
        result.OutLines.Should().Contain("$.supportZone: 'America/Atlantis' is not a known IANA time-zone id (for example 'America/Los_Angeles'). [UnknownTimeZone]");
        result.OutLines.Last().Should().Be("invalid: 1 error, 0 warnings");
    }

    [Fact]
    public void Semantic_errors_in_a_document_are_listed_with_json_paths()
    {
        var document = SlaPolicyDocument.Save(ZenputSla.Default).Replace("\"duration\": \"4:00:00\"", "\"duration\": \"-4:00:00\"");
        var path = WriteFile("negative.json", document);

        var result = CliRunner.Run("validate", path);

        result.ExitCode.Should().Be(ExitCodes.InvalidPolicy);
        result.OutLines.Should().Contain(l => l.StartsWith("$.tiers[1].responseGoal: ", StringComparison.Ordinal) && l.EndsWith("[NegativeGoal]", StringComparison.Ordinal));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_policy_whose_update_cadence_is_shorter_than_a_second_is_refused_by_validate_and_by_evaluate_with_exit_1()
    {
        // The built-in policy with Level 1's updates every nanosecond: evaluating a ticket open since 1700 counted
        // ~1e19 missed updates and never ended; the policy is refused instead.
        var document = SlaPolicyDocument.Save(ZenputSla.Default);
        const string Cadence = "\"kind\": \"recurring\",\n            \"anchor\": \"reported\",\n            \"length\": \"2:00:00\"";
        document.ReplaceLineEndings("\n").Should().Contain(Cadence);
        var path = WriteFile("tiny-cadence.json", document.ReplaceLineEndings("\n").Replace(Cadence, Cadence.Replace("2:00:00", "0:00:00.000000001"), StringComparison.Ordinal));
        const string Finding = "$.tiers[0].resolutionProcess[2].deadline.length: The periodic updates of Level 1 - Critical recur every 0:00:00.000000001, more often than once a second, the shortest cadence allowed. [CadenceTooShort]";

        var validated = await Task.Run(() => CliRunner.Run("validate", path), TestContext.Current.CancellationToken);
        var evaluated = await Task.Run(
            () => CliRunner.Run("evaluate", "--policy", path, "--severity", "critical", "--reported-at", "1700-01-01T00:00:00Z", "--now", "2026-01-01T00:00:00Z"),
            TestContext.Current.CancellationToken);

        validated.ExitCode.Should().Be(ExitCodes.InvalidPolicy);
        validated.OutLines.Should().Equal(Finding, "invalid: 1 error, 0 warnings");
        evaluated.ExitCode.Should().Be(ExitCodes.InvalidPolicy);
        evaluated.Error.Should().Contain(Finding);
        evaluated.Out.Should().BeEmpty();
    }

    [Fact]
    public void Validate_refuses_a_severity_name_that_reads_as_another_rank()
    {
        // Level 1 named "2": "--severity 2" picked Level 1, and Level 2 could not be named by its rank.
        var path = WriteFile("two.json", SlaPolicyDocument.Save(ZenputSla.Default).Replace("\"name\": \"Critical\"", "\"name\": \"2\"", StringComparison.Ordinal));

        var result = CliRunner.Run("validate", path);

        result.ExitCode.Should().Be(ExitCodes.InvalidPolicy);
        result.OutLines.Should().Equal(
            "$.tiers[0].severity.name: Level 1 - 2 is named '2', which reads as the rank 2, not its own rank 1: a name that is a whole number must be its level's rank. [AmbiguousSeverityName]",
            "invalid: 1 error, 0 warnings");
    }

    [Fact]
    public void A_step_without_a_description_is_listed_by_its_kind_alone()
    {
        // The built-in policy's document with every step's description left out (as the RulesSuite sample's acme-sla.json
        // does): due printed "  1. ProblemTicket: " with nothing after the colon.
        var document = System.Text.Json.Nodes.JsonNode.Parse(SlaPolicyDocument.Save(ZenputSla.Default))!;
        foreach (var tier in document["tiers"]!.AsArray())
        {
            foreach (var step in tier!["resolutionProcess"]!.AsArray())
            {
                step!.AsObject().Remove("description");
            }
        }

        var path = WriteFile("no-descriptions.json", document.ToJsonString());

        var result = CliRunner.Run("due", "--severity", "critical", "--reported-at", "2026-03-02T10:00:00Z", "--policy", path);

        result.ExitCode.Should().Be(ExitCodes.Success);
        result.OutLines.Where(l => l.StartsWith("  1. ", StringComparison.Ordinal) || l.StartsWith("  5. ", StringComparison.Ordinal))
            .Should().Equal("  1. ProblemTicket", "  5. UserNotification");
    }

    [Fact]
    public void Invalid_policy_given_to_due_exits_1_listing_the_findings_on_stderr()
    {
        var path = WriteFile("malformed.json", "{ \"schemaVersion\": 1,");

        var result = CliRunner.Run("due", "--severity", "critical", "--reported-at", "2026-11-25T05:30:00Z", "--policy", path);

        result.ExitCode.Should().Be(ExitCodes.InvalidPolicy);
        result.Error.Should().Contain("$: The document is not well-formed JSON at line 1").And.Contain("is invalid (1 error)");
    }

    [Fact]
    public void Validate_of_a_missing_file_is_an_io_error_in_one_sentence()
    {
        var result = CliRunner.Run("validate", Path.Combine(_folder, "missing.json"));

        result.ExitCode.Should().Be(ExitCodes.IoError);
        result.Error.Should().StartWith("error: Cannot read the policy file").And.NotContain("   at ");
        CliRunner.Run("validate", "--help").Out.Should().Contain("4 when the file cannot be read", "the help lists every exit code validate returns");
    }

    [Fact]
    public void Help_and_version_are_available()
    {
        var help = CliRunner.Run("due", "--help");
        var version = CliRunner.Run("--version");

        help.ExitCode.Should().Be(0);
        help.Out.Should().Contain("--reported-at").And.Contain("--input");
        version.ExitCode.Should().Be(0);
        version.Out.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public void The_tools_due_and_evaluate_print_the_cadence_of_a_business_hours_tier_in_business_hours()
    {
        // README E10, the policy and ticket of StepClockTests through zenput-sla: a business-hours tier (4 h on a 9-to-5
        // office) reported Friday 18:00 PST. The ticket is due Monday 09:15 PST (17:15Z), the first update Monday 11:00 PST
        // (19:00Z); due's Updates line and step lines, and evaluate's Updates line, count them in business time.
        var path = WriteFile("office.json", SlaPolicyDocument.Save(Zenput.Sla.Tests.Evaluation.StepClockTests.OfficePolicy(stepClock: null)));

        var due = CliRunner.Run("due", "--policy", path, "--severity", "urgent", "--reported-at", "2026-11-27T18:00:00-08:00");
        var evaluated = CliRunner.Run("evaluate", "--policy", path, "--severity", "urgent", "--reported-at", "2026-11-27T18:00:00-08:00", "--now", "2026-11-30T09:30:00-08:00");

        due.OutLines.Should().Contain("Updates:        every 2 business hours until the fix is applied or the ticket is resolved")
            .And.Contain("     due 2026-11-30T17:15:00Z (2026-11-30T09:15:00-08:00): within 15 business minutes of notification")
            .And.Contain("     due 2026-11-30T19:00:00Z (2026-11-30T11:00:00-08:00): every 2 business hours until the fix is applied or the ticket is resolved");
        evaluated.OutLines.Should().Contain("Updates:    every 2 business hours until the fix is applied or the ticket is resolved: 0 missed; next due 2026-11-30T19:00:00Z");
    }
}
