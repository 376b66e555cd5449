using System.Linq;
using System.Text.Json;
using NodaTime;
using Zenput.Sla.Cli;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Tests.Cli;

namespace Zenput.Sla.Tests.Fuzzing;

/// <summary>
/// The bugs the fuzzers found, each pinned by the smallest input that showed it (the fuzz test named in
/// each summary found it; the helpdesk's and the report options' are with their own tests).
/// </summary>
public sealed class FuzzFindingsTests
{
    private static readonly Instant LastInstant = SlaClock.SupportedInstants.End;

    /// <summary>
    /// BatchLineFuzzTests (long run): a ticket whose goal ends past the clock's last instant made the evaluator
    /// throw the engine's internal TimelineException instead of the documented SlaClockException, so
    /// <c>evaluate --input</c> and <c>report</c> ended with exit 5 instead of an error line.
    /// </summary>
    [Fact]
    public void A_goal_ending_past_the_clocks_range_threw_the_engines_exception_from_the_evaluator_and_now_throws_SlaClockException()
    {
        var evaluator = new TicketEvaluator(ZenputSla.Default);

        var act = () => evaluator.Evaluate(new TicketTimeline(LastInstant, "major"), LastInstant);

        act.Should().Throw<SlaClockException>().Which.Failure.Should().Be(SlaClockFailure.BeyondRepresentableRange);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("report")]
    public void A_line_whose_goal_ends_past_the_clocks_range_was_an_internal_error_and_is_now_an_error_line(string command)
    {
        var lines = """{"id":"T-1005","severity":"major","reportedAt":"9999-12-24T23:59:59.999999999Z"}""" + "\n"
            + """{"id":"T-1","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00"}""" + "\n";

        var result = CliRunner.RunWithInput(lines, command, "--input", "-", command == "report" ? "--as-of" : "--now", "2027-01-01T00:00:00Z");

        result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed, result.Error);
        var error = command == "report"
            ? JsonDocument.Parse(result.Out).RootElement.GetProperty("failures")[0]
            : JsonDocument.Parse(result.OutLines[0]).RootElement;
        error.GetProperty("line").GetInt32().Should().Be(1);
        error.GetProperty("error").GetString().Should().Contain("the last instant the SLA clock supports");
        if (command == "evaluate")
        {
            result.OutLines.Should().HaveCount(2, "the next line is still answered");
        }
    }

    /// <summary>CliArgumentFuzzTests (long run): <c>report --worst 0</c> indexed the last of no worst tickets (exit 5).</summary>
    [Fact]
    public void Report_with_worst_0_indexed_an_empty_list_and_now_lists_no_tickets()
    {
        var line = """{"id":"T-1","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00"}""" + "\n";

        var result = CliRunner.RunWithInput(line, "report", "--input", "-", "--as-of", "2027-01-01T00:00:00Z", "--worst", "0");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
        var report = JsonDocument.Parse(result.Out).RootElement;
        report.GetProperty("overall").GetProperty("breached").GetInt32().Should().Be(1, "the ticket is overdue, so it would be listed if there were room");
        report.GetProperty("worst").GetArrayLength().Should().Be(0);
    }

    /// <summary>CliArgumentFuzzTests (long run): an empty <c>--input</c> path made File.OpenRead throw ArgumentException (exit 5).</summary>
    [Theory]
    [InlineData("due")]
    [InlineData("evaluate")]
    [InlineData("report")]
    public void An_empty_input_path_was_an_internal_error_and_is_now_exit_4(string command)
    {
        var result = CliRunner.Run(command, "--input", string.Empty);

        result.ExitCode.Should().Be(ExitCodes.IoError, result.Error);
        result.Error.Should().StartWith("error: Cannot read the input ''");
    }

    /// <summary>PolicyDocumentFuzzTests: a document that is only a string holding a lone surrogate escape got a finding with an empty path.</summary>
    [Fact]
    public void A_document_that_is_a_lone_surrogate_string_had_a_finding_without_a_path_and_now_points_at_the_root()
    {
        var result = Zenput.Sla.Serialization.SlaPolicyDocument.Read("\"x\\udfff\""u8);

        result.Findings.Should().ContainSingle().Which.Path.Should().Be("$");
    }
}
