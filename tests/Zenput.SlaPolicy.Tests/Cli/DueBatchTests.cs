using System.Linq;
using System.Text;
using System.Text.Json;
using Zenput.Sla.Cli;

namespace Zenput.Sla.Tests.Cli;

/// <summary>The batch contract of <c>zenput-sla due --input</c>, including hostile input.</summary>
public sealed class DueBatchTests
{
    private const string Critical = """{"id":"T-1","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00"}""";

    private static CliRunner.Result Batch(string input) => CliRunner.RunWithInput(input, "due", "--input", "-");

    private static JsonElement[] Lines(CliRunner.Result result) =>
        [.. result.OutLines.Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public void Each_line_gets_its_response_due_instant_in_utc_and_in_the_policy_zone()
    {
        var result = Batch(string.Join('\n',
            Critical,
            """{"id":"T-2","severity":2,"reportedAt":"2026-11-25T05:30:00Z"}""",
            """{"id":42,"severity":"Minor","reportedAt":"2026-10-30T12:00:00-07:00"}"""));

        result.ExitCode.Should().Be(ExitCodes.Success);
        result.OutLines.Should().Equal(
            """{"id":"T-1","severity":"critical","reportedAt":"2026-11-25T05:30:00Z","responseDueAt":"2026-11-25T07:30:00Z","responseDueLocal":"2026-11-24T23:30:00-08:00"}""",
            """{"id":"T-2","severity":"major","reportedAt":"2026-11-25T05:30:00Z","responseDueAt":"2026-11-25T09:30:00Z","responseDueLocal":"2026-11-25T01:30:00-08:00"}""",
            """{"id":42,"severity":"minor","reportedAt":"2026-10-30T19:00:00Z","responseDueAt":"2026-11-02T20:00:00Z","responseDueLocal":"2026-11-02T12:00:00-08:00"}""");
    }

    [Theory]
    [InlineData("due", "")]
    [InlineData("evaluate", "")]
    [InlineData("evaluate", ",\"extra\":[1]")]
    [InlineData("report", "")]
    public void An_id_of_more_than_1024_bytes_as_written_is_an_error_line_without_the_id_in_every_command(string command, string extra)
    {
        // A report keeps the ids of up to a thousand failed, worst and changed tickets: ids of a megabyte took gigabytes.
        // The evaluate line with an unknown property is read by the full reader, the other by the fast path.
        string Line(string id) => $$"""{"id":{{id}},"severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","events":[]{{extra}}}""";
        var longest = "\"" + new string('x', 1018) + "\\u0041\"";
        var input = string.Join('\n',
            Line(longest),
            Line("\"" + new string('x', 1025) + "\""),
            Line(new string('7', 1024)),
            Line(new string('7', 1025)));
        string[] args = command switch
        {
            "report" => ["report", "--input", "-", "--as-of", "2026-12-01T00:00:00Z", "--format", "json"],
            "evaluate" => ["evaluate", "--input", "-", "--now", "2026-12-01T00:00:00Z"],
            _ => ["due", "--input", "-"],
        };

        var result = CliRunner.RunWithInput(input, args);

        result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed);
        var expected = new (int Line, string? Error)[] { (2, "'id' is 1025 bytes long; an id is at most 1024 bytes."), (4, "'id' is 1025 bytes long; an id is at most 1024 bytes.") };
        if (command == "report")
        {
            var failures = JsonDocument.Parse(string.Join('\n', result.OutLines)).RootElement.GetProperty("failures").EnumerateArray().ToArray();
            failures.Select(f => (f.GetProperty("line").GetInt32(), f.GetProperty("error").GetString())).Should().Equal(expected);
            failures.Select(f => f.GetProperty("id").ValueKind).Should().Equal(JsonValueKind.Null, JsonValueKind.Null);
            return;
        }

        var lines = Lines(result);
        lines.Should().HaveCount(4);
        lines[0].GetProperty("id").GetString().Should().Be(new string('x', 1018) + "A");
        lines[2].GetProperty("id").GetRawText().Should().Be(new string('7', 1024));
        foreach (var (line, error) in expected)
        {
            lines[line - 1].EnumerateObject().Select(p => p.Name).Should().Equal("line", "error");
            lines[line - 1].GetProperty("error").GetString().Should().Be(error);
        }
    }

    [Fact]
    public void Blank_lines_are_skipped_and_CRLF_and_a_byte_order_mark_are_accepted()
    {
        var input = "\uFEFF" + Critical + "\r\n\r\n   \r\n" + Critical.Replace("T-1", "T-3") + "\r\n";

        var result = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(input), "due", "--input", "-");

        result.ExitCode.Should().Be(ExitCodes.Success);
        Lines(result).Select(l => l.GetProperty("id").GetString()).Should().Equal("T-1", "T-3");
    }

    [Fact]
    public void Missing_id_is_written_as_null()
    {
        var result = Batch("""{"severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00"}""");

        Lines(result).Single().GetProperty("id").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Pauses_push_the_due_instant_back_by_their_length()
    {
        var result = Batch("""{"id":"P","severity":"critical","reportedAt":"2026-11-25T05:30:00Z","pauses":[{"start":"2026-11-25T06:00:00Z","end":"2026-11-25T06:45:00Z"}]}""");

        Lines(result).Single().GetProperty("responseDueAt").GetString().Should().Be("2026-11-25T08:15:00Z");
    }

    [Theory]
    [InlineData("""{"severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00" """, "not valid JSON")]
    [InlineData("""["critical","2026-11-24T21:30:00-08:00"]""", "Expected a JSON object")]
    [InlineData("""{"id":"W","severity":true,"reportedAt":"2026-11-24T21:30:00-08:00"}""", "'severity' must be a severity name")]
    [InlineData("""{"id":"U","severity":"blocker","reportedAt":"2026-11-24T21:30:00-08:00"}""", "Unknown severity 'blocker'; expected one of critical (1), major (2), minor (3).")]
    [InlineData("""{"id":"O","severity":"critical","reportedAt":"2026-11-24T21:30:00"}""", "not an ISO-8601 instant with an offset")]
    [InlineData("""{"id":"R","severity":"critical","reportedAt":"10000-01-01T00:00:00Z"}""", "not an ISO-8601 instant")]
    [InlineData("""{"id":"M","severity":"critical"}""", "'reportedAt' is required")]
    [InlineData("""{"id":"S","reportedAt":"2026-11-24T21:30:00-08:00"}""", "'severity' is required")]
    [InlineData("""{"id":"B","severity":"critical","reportedAt":"2026-11-25T05:30:00Z","pauses":[{"start":"2026-11-25T07:00:00Z","end":"2026-11-25T06:00:00Z"}]}""", "'pauses[0]' ends (2026-11-25T06:00:00Z) before it starts (2026-11-25T07:00:00Z).")]
    [InlineData("""{"id":"D","severity":"critical","reportedAt":"2026-11-25T05:30:00Z","x":[[[[[[[[[[1]]]]]]]]]]}""", "not valid JSON")]
    [InlineData("""{"id":"2","severity":"critical","severity":"major","reportedAt":"2026-11-25T05:30:00Z"}""", "'severity' appears more than once")]
    [InlineData("""{"severity":"critical","reportedAt":"2026-11-25T05:30:00Z",}""", "The line is not valid JSON: The JSON object contains a trailing comma at the end, which JSON does not allow.")]
    public void A_bad_line_gets_an_error_line_and_the_next_line_is_still_answered(string bad, string error)
    {
        var result = Batch(Critical + "\n" + bad + "\n" + Critical);

        result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed);
        var lines = Lines(result);
        lines.Should().HaveCount(3);
        lines[0].GetProperty("responseDueAt").GetString().Should().Be("2026-11-25T07:30:00Z");
        lines[1].GetProperty("line").GetInt32().Should().Be(2);
        lines[1].GetProperty("error").GetString().Should().Contain(error);
        lines[2].GetProperty("responseDueAt").GetString().Should().Be("2026-11-25T07:30:00Z");
        result.Error.Should().Contain("1 of 3 lines failed");
    }

    [Fact]
    public void Error_line_carries_the_id_when_it_could_be_read()
    {
        var result = Batch("""{"id":"T-9","severity":"blocker","reportedAt":"2026-11-24T21:30:00-08:00"}""");

        var line = Lines(result).Single();
        line.GetProperty("id").GetString().Should().Be("T-9");
        line.GetProperty("line").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Goal_beyond_the_representable_range_is_an_error_line_not_a_crash()
    {
        var result = Batch("""{"id":"END","severity":"critical","reportedAt":"9999-12-31T23:00:00Z"}""" + "\n" + Critical);

        result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed);
        var lines = Lines(result);
        lines[0].GetProperty("id").GetString().Should().Be("END");
        lines[0].TryGetProperty("error", out _).Should().BeTrue();
        lines[1].GetProperty("id").GetString().Should().Be("T-1");
    }

    [Fact]
    public void Invalid_UTF8_is_an_error_line_and_the_run_goes_on()
    {
        var bad = Encoding.UTF8.GetBytes("""{"id":"X","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","note":""" + "\"").Concat(new byte[] { 0xC3, 0x28, (byte)'"', (byte)'}' });
        var input = Encoding.UTF8.GetBytes(Critical + "\n").Concat(bad).Concat(Encoding.UTF8.GetBytes("\n" + Critical)).ToArray();

        var result = CliRunner.RunWithInput(input, "due", "--input", "-");

        var lines = Lines(result);
        lines.Should().HaveCount(3);
        lines[1].GetProperty("error").GetString().Should().Be("The line is not valid UTF-8.");
        lines[2].GetProperty("id").GetString().Should().Be("T-1");
        result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed);
    }

    [Fact]
    public void Very_long_line_is_an_error_line_and_the_run_goes_on()
    {
        var longLine = """{"id":"L","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","note":""" + "\"" + new string('x', 2 * 1024 * 1024) + "\"}";

        var result = Batch(longLine + "\n" + Critical);

        var lines = Lines(result);
        lines.Should().HaveCount(2);
        lines[0].GetProperty("line").GetInt32().Should().Be(1);
        lines[0].GetProperty("error").GetString().Should().Contain("longer than 1048576 bytes");
        lines[1].GetProperty("id").GetString().Should().Be("T-1");
    }

    [Fact]
    public void Unknown_properties_are_ignored()
    {
        var result = Batch("""{"id":"T-1","priority":"P1","tags":["a",{"b":1}],"severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00"}""");

        result.ExitCode.Should().Be(ExitCodes.Success);
        Lines(result).Single().GetProperty("responseDueAt").GetString().Should().Be("2026-11-25T07:30:00Z");
    }

    [Fact]
    public void Input_file_that_does_not_exist_is_a_clear_error()
    {
        var result = CliRunner.Run("due", "--input", "/nonexistent/tickets.jsonl");

        result.ExitCode.Should().Be(ExitCodes.IoError);
        result.Error.Should().StartWith("error: Cannot read the input '/nonexistent/tickets.jsonl'");
        result.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void Real_process_reads_stdin_and_follows_the_exit_code_contract()
    {
        var input = Encoding.UTF8.GetBytes(Critical + "\n{oops}\n");

        var result = CliRunner.AsProcess(input, "due", "--input", "-");

        result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed);
        result.OutLines.Should().HaveCount(2);
        result.OutLines[0].Should().Be("""{"id":"T-1","severity":"critical","reportedAt":"2026-11-25T05:30:00Z","responseDueAt":"2026-11-25T07:30:00Z","responseDueLocal":"2026-11-24T23:30:00-08:00"}""");
        result.OutLines[1].Should().StartWith("""{"line":2,"error":"The line is not valid JSON""");
    }
}
