using Zenput.Sla.Cli;
using Zenput.Sla.Tests.Cli.Hostile;
using Zenput.Sla.Tests.Validation;

namespace Zenput.Sla.Tests.Cli;

/// <summary>
/// The tool meets a policy whose tier's clock has no working time at any instant where it loads the policy: <c>validate</c>
/// and every command's <c>--policy</c> exit with 1 and the finding, instead of every ticket of that tier failing
/// (the policies are <see cref="NoWorkingTimeValidationTests"/>').
/// </summary>
public sealed class NoWorkingTimePolicyCliTests
{
    [Fact]
    public void Validate_exits_1_with_the_message()
    {
        var file = PolicyFile(NoWorkingTimeValidationTests.Policy("UTC", "UTC", "09:00", NoWorkingTimeValidationTests.WholeWorkingWeek, stops: true));
        var result = CliRunner.Run("validate", file);

        result.ExitCode.Should().Be(ExitCodes.InvalidPolicy);
        (result.Out + result.Error).Should().Contain("$.tiers[1].responseGoal").And.Contain("no working time at any instant once the maintenance windows are taken out");
    }

    [Fact]
    public void Evaluate_refuses_the_policy_up_front_with_exit_1_instead_of_failing_every_ticket()
    {
        var file = PolicyFile(NoWorkingTimeValidationTests.Policy("UTC", "UTC", "09:00", NoWorkingTimeValidationTests.WholeWorkingWeek, stops: true));
        var line = """{"id":1,"severity":"L2","reportedAt":"2026-01-05T10:00:00Z","now":"2026-01-05T11:00:00Z"}""" + "\n";
        var result = CliRunner.RunWithInput(line, "evaluate", "--policy", file, "--input", "-");

        result.ExitCode.Should().Be(ExitCodes.InvalidPolicy);
        result.Error.Should().Contain("Level 2 - L2").And.Contain("no working time at any instant once the maintenance windows are taken out");
    }

    [Fact]
    public void The_policy_document_sample_of_the_fuzz_finding_passes_when_the_clock_runs_during_maintenance()
    {
        var file = PolicyFile(NoWorkingTimeValidationTests.Policy("UTC", "UTC", "09:00", NoWorkingTimeValidationTests.WholeWorkingWeek, stops: false));
        CliRunner.Run("validate", file).ExitCode.Should().Be(ExitCodes.Success);
    }

    // In the test run's temporary folder (ToolProcess.TempFile), as the other tool tests keep their files.
    private static string PolicyFile(string document) => ToolProcess.TempFile("no-working-time.json", System.Text.Encoding.UTF8.GetBytes(document));
}
