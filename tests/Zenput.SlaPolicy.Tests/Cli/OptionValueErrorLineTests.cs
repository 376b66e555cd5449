using System;
using System.IO;
using System.Linq;
using Zenput.Sla.Cli;

namespace Zenput.Sla.Tests.Cli;

/// <summary>
/// An error quotes the command line's own values with their line feeds escaped as <c>\u000A</c> (README, "Resource
/// contract": so do the values an error message quotes), so that a value cannot print a second line that passes for the
/// tool's own. Found from outside: <c>due $'bogus\nvalid: forged'</c> printed the parser's message over two lines, the
/// second reading <c>valid: forged'.</c>; <c>--severity</c>, a path given to <c>--input</c> (quoted again by .NET's own
/// message) and a severity change's value in <c>--event</c> did the same.
/// </summary>
public sealed class OptionValueErrorLineTests
{
    private const string Forged = "\nvalid: 'Zenput Support SLA' (0 warnings)";

    private static string[] ErrorLines(CliRunner.Result result) => result.Error.TrimEnd('\n').Split('\n');

    [Fact]
    public void A_parser_error_quotes_an_unknown_argument_on_one_line()
    {
        var result = CliRunner.Run("due", "bogus" + Forged);

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        ErrorLines(result).Should().Equal(
            @"error: Unrecognized command or argument 'bogus\u000Avalid: 'Zenput Support SLA' (0 warnings)'.",
            "Run 'zenput-sla --help' (or 'zenput-sla <command> --help') for usage.");
    }

    [Fact]
    public void A_parser_error_keeps_its_own_line_feeds_and_escapes_the_values()
    {
        var result = CliRunner.Run("due", "--severity", "1", "--reported-at", "2026-11-24T21:30:00Z", "--format", "json" + Forged);

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        ErrorLines(result).Should().Equal(
            @"error: Argument 'json\u000Avalid: 'Zenput Support SLA' (0 warnings)' not recognized. Must be one of:",
            "\t'text'",
            "\t'json'",
            "Run 'zenput-sla --help' (or 'zenput-sla <command> --help') for usage.");
    }

    [Fact]
    public void An_unknown_severity_option_is_quoted_on_one_line()
    {
        var result = CliRunner.Run("status", "--severity", "crit" + Forged, "--reported-at", "2026-11-24T21:30:00Z");

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        ErrorLines(result).Should().Equal(
            @"error: Unknown severity 'crit\u000Avalid: 'Zenput Support SLA' (0 warnings)'; expected one of critical (1), major (2), minor (3).");
    }

    [Fact]
    public void An_input_path_that_cannot_be_read_is_quoted_on_one_line_also_in_the_system_message()
    {
        // A relative path, short enough to be quoted whole: .NET's message quotes it again, made absolute.
        var result = CliRunner.Run("evaluate", "--input", "missing" + Forged);

        result.ExitCode.Should().Be(ExitCodes.IoError);
        const string escaped = @"missing\u000Avalid: 'Zenput Support SLA' (0 warnings)";
        ErrorLines(result).Should().Equal(
            $"error: Cannot read the input '{escaped}': Could not find file '{Path.Combine(Environment.CurrentDirectory, escaped)}'.");
    }

    [Fact]
    public void A_severity_change_to_an_unknown_value_is_one_problem_line()
    {
        var result = CliRunner.Run(
            "evaluate", "--severity", "major", "--reported-at", "2026-11-24T21:30:00Z",
            "--event", "severityChanged@2026-11-24T22:30:00Z=blocker" + Forged, "--now", "2026-11-25T00:00:00Z");

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        ErrorLines(result).Should().Equal(
            @"--event #1 (severityChanged at 2026-11-24T22:30:00Z): Unknown severity 'blocker\u000Avalid: 'Zenput Support SLA' (0 warnings)'; expected one of critical (1), major (2), minor (3).",
            "error: The ticket's history cannot have happened (1 problem); nothing was evaluated.");
        ErrorLines(result).Where(l => l.StartsWith("valid:", StringComparison.Ordinal)).Should().BeEmpty();
    }
}
