using System.Linq;
using System.Text.Json;
using Zenput.Sla.Cli;

namespace Zenput.Sla.Tests.Cli;

public sealed class ClassifyCommandTests
{
    [Fact]
    public void App_entirely_non_functional_is_critical_citing_service_failure()
    {
        var result = CliRunner.Run("classify", "--scope", "all-users", "--loss", "complete", "--workaround", "unavailable");

        result.ExitCode.Should().Be(ExitCodes.Success);
        result.OutLines[0].Should().Be("Recommended severity: Level 1 - Critical (respond within 2 hours)");
        result.Out.Should().Contain("Service Failure");
    }

    [Fact]
    public void Slowdown_for_3_percent_is_major_and_within_the_definitions()
    {
        var result = CliRunner.Run("classify", "--scope", "share-of-users", "--percent", "3", "--performance", "slowdown", "--workaround", "available", "--format", "json");

        var json = JsonDocument.Parse(result.Out).RootElement;
        json.GetProperty("severity").GetString().Should().Be("major");
        json.GetProperty("outsideDefinitions").GetBoolean().Should().BeFalse();
        json.GetProperty("matches").EnumerateArray().Should().Contain(m => m.GetProperty("criterion").GetString()!.StartsWith("Server Slowdown"));
    }

    [Fact]
    public void Slowdown_for_30_percent_is_flagged_outside_the_definitions_and_errs_toward_more_severe()
    {
        var result = CliRunner.Run("classify", "--scope", "share-of-users", "--percent", "30", "--performance", "slowdown", "--format", "json");

        var json = JsonDocument.Parse(result.Out).RootElement;
        json.GetProperty("outsideDefinitions").GetBoolean().Should().BeTrue();
        json.GetProperty("severityRank").GetInt32().Should().Be(1);
        json.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).Should().Contain(n => n!.Contains("fewer than 5%"));
    }

    [Fact]
    public void Password_reset_is_minor()
    {
        var result = CliRunner.Run("classify", "--scope", "single-user", "--category", "password-reset");

        result.OutLines[0].Should().Be("Recommended severity: Level 3 - Minor (respond within 3 calendar days)");
    }

    [Fact]
    public void Contradictory_assessment_is_a_usage_error_listing_each_finding()
    {
        var result = CliRunner.Run("classify", "--scope", "single-user", "--percent", "80");

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().Contain("[AffectedShareContradictsScope]").And.Contain("error: The impact assessment is invalid (1 error).");
    }

    [Fact]
    public void Unknown_scope_is_a_usage_error()
    {
        var result = CliRunner.Run("classify", "--scope", "everyone");

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().Contain("everyone");
    }
}
