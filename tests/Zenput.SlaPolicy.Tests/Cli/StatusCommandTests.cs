using System.Text.Json;
using Zenput.Sla.Cli;

namespace Zenput.Sla.Tests.Cli;

public sealed class StatusCommandTests
{
    [Fact]
    public void Status_after_a_paused_critical_ticket_ran_past_its_goal_is_breached_at_the_due_instant()
    {
        var result = CliRunner.Run("status", "--severity", "critical", "--reported-at", "2026-11-25T05:30:00Z",
            "--at", "2026-11-25T08:00:00Z", "--pause", "2026-11-25T06:00:00Z/2026-11-25T06:20:00Z", "--format", "json");

        result.ExitCode.Should().Be(ExitCodes.Success);
        var json = JsonDocument.Parse(result.Out).RootElement;
        json.GetProperty("elapsed").GetString().Should().Be("2:10:00");
        json.GetProperty("remaining").GetString().Should().Be("-0:10:00");
        json.GetProperty("dueAt").GetString().Should().Be("2026-11-25T07:50:00Z");
        json.GetProperty("breached").GetBoolean().Should().BeTrue();
        json.GetProperty("breachedAt").GetString().Should().Be("2026-11-25T07:50:00Z");
    }

    [Theory]
    // Level 1, 2 hours: 1 h 59 min 57 s is 99.958 % used, 3 s left: "99.9", where rounding to the nearest gave "100.0 %"
    // (status) and "100 %" (evaluate) beside a goal not yet due or met in time.
    [InlineData("2026-11-25T07:29:57Z", "1:59:57", "0:00:03")]
    // 1 µs before 2 hours is 99.99999998… % used: "99.9" too, where the allowance of a rounding from a double gave "100".
    [InlineData("2026-11-25T07:29:59.999999Z", "1:59:59.999999", "0:00:00.000001")]
    public void The_share_of_the_goal_in_text_is_rounded_down_in_status_and_evaluate(string at, string used, string left)
    {
        var status = CliRunner.Run("status", "--severity", "critical", "--reported-at", "2026-11-25T05:30:00Z", "--at", at);
        var evaluate = CliRunner.Run("evaluate", "--severity", "critical", "--reported-at", "2026-11-25T05:30:00Z",
            "--event", $"engineerAssigned@{at}", "--now", "2026-11-25T08:00:00Z");

        status.Out.Should().Contain($"Elapsed:    {used} (99.9 % of the goal)");
        evaluate.Out.Should().Contain($"{used} of 2:00:00 used (99.9 %), {left} remaining");
    }

    [Fact]
    public void Status_at_the_due_instant_is_met_not_breached()
    {
        var result = CliRunner.Run("status", "--severity", "major", "--reported-at", "2026-11-25T05:30:00Z", "--at", "2026-11-25T09:30:00Z", "--format", "json");

        var json = JsonDocument.Parse(result.Out).RootElement;
        json.GetProperty("breached").GetBoolean().Should().BeFalse();
        json.GetProperty("fractionUsed").GetDouble().Should().Be(1.0);
    }

    [Fact]
    public void Status_without_at_uses_the_current_instant_of_the_tool_clock()
    {
        // CliRunner's clock reads 2026-11-24T12:00:00Z.
        var result = CliRunner.Run("status", "--severity", "minor", "--reported-at", "2026-11-23T12:00:00Z", "--format", "json");

        JsonDocument.Parse(result.Out).RootElement.GetProperty("elapsed").GetString().Should().Be("24:00:00");
    }

    [Fact]
    public void Status_before_the_report_is_a_usage_error()
    {
        var result = CliRunner.Run("status", "--severity", "critical", "--reported-at", "2026-11-25T05:30:00Z", "--at", "2026-11-25T05:00:00Z");

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().Contain("before --reported-at");
    }
}
