using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zenput.Sla.Cli;
using Zenput.Sla.Reports;
using Zenput.Sla.Serialization;
using Zenput.Sla.Tests.Reports;

namespace Zenput.Sla.Tests.Cli;

/// <summary><c>zenput-sla report</c>: the same figures as the library, every format, bad lines reported with their numbers, exit codes.</summary>
public sealed class ReportCommandTests
{
    private const string AsOf = "2026-11-30T20:00:00Z";

    private static string Input(params string[] extraLines) =>
        TicketLines.Of(HandWorkedTickets.All().Where(t => t.Id != "bad")) + string.Join('\n', extraLines);

    private static ComplianceReport Library(Zenput.Sla.SlaPolicy? whatIf = null)
    {
        var aggregator = new ComplianceAggregator(ZenputSla.Default, whatIf, HandWorkedTickets.AsOf, null);
        aggregator.AddRange(HandWorkedTickets.All().Where(t => t.Id != "bad"));
        return aggregator.ToReport();
    }

    [Fact]
    public void Json_report_is_the_library_report_of_the_same_tickets()
    {
        var result = CliRunner.RunWithInput(Input(), "report", "--input", "-", "--as-of", AsOf);

        result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
        result.Out.Should().Be(ComplianceReportJson.Serialize(Library()));
    }

    [Fact]
    public void Bad_lines_are_counted_with_their_line_numbers_and_the_exit_code_says_so()
    {
        var input = Input(
            string.Empty,
            "{not json",
            """{"id":"late","severity":"blocker","reportedAt":"2026-11-24T21:30:00-08:00"}""",
            """{"id":7,"severity":"minor","reportedAt":"2026-11-29T09:00:00-08:00","events":[{"type":"resumed","at":"2026-11-29T09:30:00-08:00"}]}""");

        var result = CliRunner.RunWithInput(input, "report", "--input", "-", "--as-of", AsOf);

        result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed);
        result.Error.Should().Contain("3 of 11 lines failed");
        var json = JsonDocument.Parse(result.Out).RootElement;
        json.GetProperty("tickets").GetInt32().Should().Be(8);
        json.GetProperty("failed").GetInt32().Should().Be(3);
        json.GetProperty("failures").EnumerateArray().Select(f => (f.GetProperty("line").GetInt32(), f.GetProperty("id").ToString())).Should().Equal(
            (10, string.Empty), (11, "late"), (12, "7"));
        json.GetProperty("failures")[2].GetProperty("error").GetString().Should().Contain("resumed while the clock was not paused");
    }

    [Fact]
    public void Evaluate_s_answers_piped_into_report_are_refused_line_by_line_not_counted_as_tickets_without_events()
    {
        // The natural mistake: evaluate --input ... | report --input -. Each answer has no events; read as a history it
        // was a ticket with none (a breached or pending ticket that never happened), counted without a word.
        var answers = CliRunner.RunWithInput(Input(), "evaluate", "--input", "-", "--now", AsOf, "--audit", "false");
        answers.ExitCode.Should().Be(ExitCodes.Success, answers.Error);
        var answerCount = answers.OutLines.Count(l => l.Length > 0);

        var result = CliRunner.RunWithInput(answers.Out, "report", "--input", "-", "--as-of", AsOf);

        result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed);
        var json = JsonDocument.Parse(result.Out).RootElement;
        json.GetProperty("tickets").GetInt32().Should().Be(0);
        json.GetProperty("failed").GetInt32().Should().Be(answerCount);
        json.GetProperty("failures")[0].GetProperty("error").GetString().Should().StartWith("The line carries 'evaluatedAt': it is an answer of evaluate");
    }

    [Fact]
    public void Compare_policy_adds_the_what_if_figures_and_the_changed_tickets()
    {
        var policy = Path.Combine(Path.GetTempPath(), $"what-if-{Guid.NewGuid():N}.json");
        File.WriteAllText(policy, SlaPolicyDocument.Save(HandWorkedTickets.CriticalAtFourHours));
        try
        {
            var result = CliRunner.RunWithInput(Input(), "report", "--input", "-", "--as-of", AsOf, "--compare-policy", policy);

            result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
            var whatIf = JsonDocument.Parse(result.Out).RootElement.GetProperty("whatIf");
            whatIf.GetProperty("policy").GetString().Should().Be("Critical at 4 hours");
            whatIf.GetProperty("changed").EnumerateArray().Select(c => $"{c.GetProperty("id").GetString()}: {c.GetProperty("from").GetString()} -> {c.GetProperty("to").GetString()}")
                .Should().Equal("C-2: breached -> met");
            whatIf.GetProperty("bySeverity").GetProperty("critical").GetProperty("difference").GetProperty("metRate").GetDouble().Should().Be(0.5);
        }
        finally
        {
            File.Delete(policy);
        }
    }

    [Fact]
    public void Csv_has_one_row_per_ticket_and_one_per_bad_line()
    {
        var result = CliRunner.RunWithInput(Input("""{"id":"x,\"y\"","severity":"blocker","reportedAt":"2026-11-24T21:30:00-08:00"}"""), "report", "--input", "-", "--as-of", AsOf, "--format", "csv");

        result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed);
        var rows = result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows[0].Should().Be("id,severity,reportedAt,dueAt,metAt,status,overdueSeconds,missedUpdates,line,error");
        rows.Should().HaveCount(1 + 8 + 1);
        rows.Should().Contain("C-2,critical,2026-11-25T17:00:00Z,2026-11-25T19:00:00Z,2026-11-25T20:00:00Z,breached,3600,0,,");
        rows.Should().Contain("M-3,major,2026-11-27T04:00:00Z,2026-11-27T08:00:00Z,2026-11-27T05:00:00Z,breached,0,3,,");
        rows.Should().Contain("M-2,major,2026-11-30T18:00:00Z,2026-11-30T22:00:00Z,,pending,0,0,,");
        rows[^1].Should().Be("\"x,\"\"y\"\"\",,,,,error,,,9,\"Unknown severity 'blocker'; expected one of critical (1), major (2), minor (3).\"");
    }

    [Fact]
    public void Csv_defends_the_ids_from_the_input_against_spreadsheet_formulas_and_control_characters()
    {
        // OWASP "CSV injection": a cell beginning with = + - @ or a tab gets a leading ' and is quoted, unless it is
        // simply a number; control characters are escaped as in the rest of the tool's output (README, report).
        // C-2's figures are those worked out by hand for Csv_has_one_row_per_ticket_and_one_per_bad_line.
        const string figures = ",critical,2026-11-25T17:00:00Z,2026-11-25T19:00:00Z,2026-11-25T20:00:00Z,breached,3600,0,,";
        var c2 = TicketLines.Of(HandWorkedTickets.All().Single(t => t.Id == "C-2"));
        string WithId(JsonNode id)
        {
            var line = JsonNode.Parse(c2)!.AsObject();
            line["id"] = id;
            return line.ToJsonString();
        }

        var input = string.Join('\n',
            WithId("=1+1"),
            WithId("\u001b[2J"),
            WithId(-5),
            WithId("@SUM(A1)"),
            WithId("\tx"),
            WithId("+x"),
            WithId("-2+3"),
            WithId("a\r\nb"),
            """{"id":"=HYPERLINK(\"http://x\")","severity":"blocker","reportedAt":"2026-11-24T21:30:00-08:00"}""");

        var result = CliRunner.RunWithInput(input, "report", "--input", "-", "--as-of", AsOf, "--format", "csv");

        result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed);
        result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "id,severity,reportedAt,dueAt,metAt,status,overdueSeconds,missedUpdates,line,error",
            "\"'=1+1\"" + figures,
            "\\u001B[2J" + figures,
            "-5" + figures,
            "\"'@SUM(A1)\"" + figures,
            "\"'\tx\"" + figures,
            "\"'+x\"" + figures,
            "\"'-2+3\"" + figures,
            "\"a\\u000D\nb\"" + figures,
            "\"'=HYPERLINK(\"\"http://x\"\")\",,,,,error,,,9,\"Unknown severity 'blocker'; expected one of critical (1), major (2), minor (3).\"");
    }

    [Fact]
    public void Csv_defends_a_severity_name_from_the_policy_document_too()
    {
        var document = JsonNode.Parse(SlaPolicyDocument.Save(ZenputSla.Default))!.AsObject();
        document["tiers"]![0]!["severity"]!["name"] = "@Critical";
        var policy = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.json");
        File.WriteAllText(policy, document.ToJsonString());
        try
        {
            var line = JsonNode.Parse(TicketLines.Of(HandWorkedTickets.All().Single(t => t.Id == "C-2")))!.AsObject();
            line["severity"] = "1";

            var result = CliRunner.RunWithInput(line.ToJsonString(), "report", "--input", "-", "--policy", policy, "--as-of", AsOf, "--format", "csv");

            result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
            result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1].Should().Be(
                "C-2,\"'@critical\",2026-11-25T17:00:00Z,2026-11-25T19:00:00Z,2026-11-25T20:00:00Z,breached,3600,0,,");
        }
        finally
        {
            File.Delete(policy);
        }
    }

    [Fact]
    public void Csv_goes_to_the_output_file_with_every_row_and_the_run_exits_0()
    {
        // Found by hand: the rows reached the file, then the run ended with exit 4, "Cannot write the output:
        // standard output is closed.", because the CSV writer flushed the file again after it had been moved into place.
        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.csv");
        try
        {
            var result = CliRunner.RunWithInput(Input(), "report", "--input", "-", "--as-of", AsOf, "--format", "csv", "--output", file);

            result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
            result.Error.Should().BeEmpty();
            result.Out.Should().BeEmpty();
            var rows = File.ReadAllText(file).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            rows[0].Should().Be("id,severity,reportedAt,dueAt,metAt,status,overdueSeconds,missedUpdates,line,error");
            rows.Should().HaveCount(1 + 8);
            rows.Should().Contain("C-2,critical,2026-11-25T17:00:00Z,2026-11-25T19:00:00Z,2026-11-25T20:00:00Z,breached,3600,0,,");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Html_goes_to_the_output_file_as_one_page_without_scripts()
    {
        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.html");
        try
        {
            var result = CliRunner.RunWithInput(Input(), "report", "--input", "-", "--as-of", AsOf, "--format", "html", "--output", file);

            result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
            result.Out.Should().BeEmpty();
            var html = File.ReadAllText(file);
            html.Should().StartWith("<!DOCTYPE html>");
            // The SVG namespace names are identifiers, never fetched; any other address would be a request.
            var withoutNamespaces = html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal)
                .Replace("xmlns:xlink=\"http://www.w3.org/1999/xlink\"", string.Empty, StringComparison.Ordinal);
            withoutNamespaces.Should().NotContainAny("<script", "<link", "http://", "https://", "url(http", "@import");
            html.Should().Contain("<figure class=\"chart\" id=\"chart-met-rate-figure\"");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(ExitCodes.UsageError, "--as-of", "2026-11-30T20:00:00")]
    [InlineData(ExitCodes.UsageError, "--format", "pdf")]
    [InlineData(ExitCodes.UsageError, "--met-rate-target", "1.5")]
    [InlineData(ExitCodes.IoError, "--output", "/nonexistent-directory/report.json")]
    [InlineData(ExitCodes.IoError, "--compare-policy", "/nonexistent-directory/policy.json")]
    public void Bad_options_exit_with_their_code(int exitCode, string option, string value)
    {
        var result = CliRunner.RunWithInput(Input(), "report", "--input", "-", option, value);

        result.ExitCode.Should().Be(exitCode, result.Error);
        result.Error.Should().StartWith("error:");
    }

    /// <summary>
    /// Regression (found by <c>CliArgumentFuzzTests</c>): a value of <c>--worst</c> or <c>--met-rate-target</c> that is not
    /// a number (or is another option's name) made the options' validators throw InvalidOperationException from
    /// inside parsing, which escaped the tool as a crash instead of a usage error.
    /// </summary>
    [Theory]
    [InlineData("--worst", "0.9", "--worst must be a whole number, 0 or more, but is '0.9'.")]
    [InlineData("--worst", "-1", "--worst must be a whole number, 0 or more, but is '-1'.")]
    [InlineData("--worst", "--met-rate-target", "--worst must be a whole number, 0 or more, but is '--met-rate-target'.")]
    [InlineData("--met-rate-target", "0.90.9", "--met-rate-target must be between 0 and 1, but is '0.90.9'.")]
    [InlineData("--met-rate-target", "--as-of", "--met-rate-target must be between 0 and 1, but is '--as-of'.")]
    [InlineData("--met-rate-target", "NaN", "--met-rate-target must be between 0 and 1, but is 'NaN'.")]
    public void A_report_option_that_is_not_a_number_crashed_the_tool_and_is_now_a_usage_error(string option, string value, string error)
    {
        var result = CliRunner.RunWithInput(Input(), "report", "--input", "-", option, value);

        result.ExitCode.Should().Be(ExitCodes.UsageError, result.Error);
        result.Error.Should().StartWith($"error: {error}");
    }

    [Fact]
    public void A_missing_input_file_exits_with_4()
    {
        var result = CliRunner.Run("report", "--input", "/nonexistent-directory/tickets.jsonl");

        result.ExitCode.Should().Be(ExitCodes.IoError);
    }
}
