using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Zenput.Sla.Cli;
using Zenput.Sla.Cli.Evaluate;
using Zenput.Sla.Serialization;
using Zenput.Sla.Tests.Reports;

namespace Zenput.Sla.Tests.Cli;

/// <summary>
/// Points of the batch input contract (README, "The batch contract") that <c>due</c>, <c>evaluate</c> and
/// <c>report --input</c> share: a byte-order mark at the start of any line, an id given twice, an id's JSON
/// type in the report, and the forms of an instant (ISO 8601: a comma before the fraction, no seconds in
/// an offset), the same on <c>evaluate</c>'s fast path and its full reader. Every expected value is worked
/// out by hand from the README's words.
/// </summary>
public sealed class BatchInputContractTests
{
    // Critical (2 hours), reported Tuesday 2026-11-24 21:30 Pacific = 2026-11-25T05:30:00Z; the Zenput policy's
    // maintenance does not stop the clock, so the response is due 07:30:00Z (23:30 Pacific).
    private const string LineA = """{"id":"A","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00"}""";
    private const string LineB = """{"id":"B","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00"}""";
    private const string AnswerA = """{"id":"A","severity":"critical","reportedAt":"2026-11-25T05:30:00Z","responseDueAt":"2026-11-25T07:30:00Z","responseDueLocal":"2026-11-24T23:30:00-08:00"}""";
    private const string AnswerB = """{"id":"B","severity":"critical","reportedAt":"2026-11-25T05:30:00Z","responseDueAt":"2026-11-25T07:30:00Z","responseDueLocal":"2026-11-24T23:30:00-08:00"}""";

    private const string OffsetError = "'{0}' is '{1}', which is not an ISO-8601 instant with an offset or Z (such as \"2026-11-24T21:30:00-08:00\").";

    private static byte[] Joined(params string[] parts) => [.. parts.SelectMany(p => Encoding.UTF8.GetBytes(p))];

    [Fact]
    public void Files_joined_with_cat_each_starting_with_a_byte_order_mark_are_read_whole()
    {
        // cat a.jsonl b.jsonl, each file written with a mark: the second mark begins line 2 (it gave "'0xEF' is an invalid start of a value").
        var input = Joined("\uFEFF", LineA, "\r\n", "\uFEFF", LineB, "\r\n");

        var due = CliRunner.RunWithInput(input, "due", "--input", "-");
        var evaluate = CliRunner.RunWithInput(input, "evaluate", "--input", "-", "--now", "2026-11-25T06:00:00Z", "--audit", "false", "--parallel", "2");

        due.ExitCode.Should().Be(ExitCodes.Success, due.Out);
        due.OutLines.Should().Equal(AnswerA, AnswerB);
        evaluate.ExitCode.Should().Be(ExitCodes.Success, evaluate.Out);
        evaluate.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Should().Equal("A", "B");
    }

    [Fact]
    public void A_byte_order_mark_inside_a_line_is_named_in_the_error()
    {
        // Files joined where the first's last line had no end: the mark is byte 74 of the line, after A's 73 bytes;
        // and a mark after a space is not at the line's start either (byte 2).
        var input = Joined(LineA, "\uFEFF", LineB, "\n", " \uFEFF", LineB, "\n");

        var result = CliRunner.RunWithInput(input, "due", "--input", "-");

        result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed);
        var lines = result.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        lines.Select(l => l.GetProperty("line").GetInt32()).Should().Equal(1, 2);
        lines[0].GetProperty("error").GetString().Should().EndWith(" Bytes EF BB BF at byte 74 are a UTF-8 byte-order mark, accepted only at the very start of a line.");
        lines[1].GetProperty("error").GetString().Should().EndWith(" Bytes EF BB BF at byte 2 are a UTF-8 byte-order mark, accepted only at the very start of a line.");
    }

    [Theory]
    [InlineData("""{"id":"first","id":"second","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00"}""", "The property 'id' appears more than once.")]
    [InlineData("""{"id":7,"severity":"critical","id":8,"reportedAt":"2026-11-24T21:30:00-08:00"}""", "The property 'id' appears more than once.")]
    [InlineData("""{"id":true,"id":"second","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00"}""", "'id' must be a string or a number.")]
    [InlineData("""{"id":"first","\u0069d":"second","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00"}""", "The property 'id' appears more than once.")]
    public void An_id_given_twice_gives_an_error_line_with_no_id_in_due_evaluate_and_report(string line, string error)
    {
        // Neither id is known to be the ticket's: the error line carries none (it carried the second), in every command.
        var expected = $$"""{"line":1,"error":"{{error}}"}""";

        var due = CliRunner.RunWithInput(line, "due", "--input", "-");
        var evaluate = CliRunner.RunWithInput(line, "evaluate", "--input", "-", "--audit", "false");
        var report = CliRunner.RunWithInput(line, "report", "--input", "-");

        due.OutLines.Should().Equal(expected);
        evaluate.OutLines.Should().Equal(expected);
        var failure = JsonDocument.Parse(report.Out).RootElement.GetProperty("failures").EnumerateArray().Single();
        failure.GetProperty("id").ValueKind.Should().Be(JsonValueKind.Null);
        failure.GetProperty("error").GetString().Should().Be(error);
    }

    [Fact]
    public void Report_writes_a_number_id_as_a_number_in_failures_worst_and_changed_as_due_and_evaluate_echo_it()
    {
        // By hand: the two tickets are the same Critical one, reported 05:30Z (ticket created 5 minutes later, an update
        // after 1 h 30 min) with no response: due 07:30Z, so at 08:30Z breached and 1 hour overdue; at 4 hours (the
        // what-if) due 09:30Z, the update due every 2 hours met and next due 10:00Z, so pending: each changes,
        // breached -> pending. Equal in all else, the string id comes before the number (README). The third line
        // fails, its id as given.
        const string History = """{"id":ID,"severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","events":[{"type":"ticketCreated","at":"2026-11-24T21:35:00-08:00"},{"type":"statusUpdate","at":"2026-11-24T23:00:00-08:00"}]}""";
        var input = string.Join('\n',
            History.Replace("ID", "12", StringComparison.Ordinal),
            History.Replace("ID", "\"12\"", StringComparison.Ordinal),
            """{"id":1.5e3,"severity":"blocker","reportedAt":"2026-11-24T21:30:00-08:00"}""");
        var policy = Path.Combine(Path.GetTempPath(), $"what-if-{Guid.NewGuid():N}.json");
        File.WriteAllText(policy, SlaPolicyDocument.Save(HandWorkedTickets.CriticalAtFourHours));
        try
        {
            var result = CliRunner.RunWithInput(input, "report", "--input", "-", "--as-of", "2026-11-25T08:30:00Z", "--compare-policy", policy);

            result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed);
            var json = JsonDocument.Parse(result.Out).RootElement;
            json.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("id").GetRawText()).Should().Equal("1.5e3");
            json.GetProperty("worst").EnumerateArray().Select(w => (w.GetProperty("id").GetRawText(), w.GetProperty("overdueSeconds").GetInt32()))
                .Should().Equal(("\"12\"", 3600), ("12", 3600));
            json.GetProperty("whatIf").GetProperty("changed").EnumerateArray().Select(c => (c.GetProperty("id").GetRawText(), c.GetProperty("from").GetString(), c.GetProperty("to").GetString()))
                .Should().Equal(("\"12\"", "breached", "pending"), ("12", "breached", "pending"));
        }
        finally
        {
            File.Delete(policy);
        }
    }

    [Fact]
    public void Csv_with_a_what_if_policy_has_as_many_cells_in_a_ticket_s_row_as_in_its_header()
    {
        // The ticket of the test above (id 12): under the report's policy due 07:30Z, no response, at 08:30Z breached and
        // 3600 s overdue, the update at 07:00Z met the one due 07:30Z and the next is due 09:00Z (none missed); under
        // Critical at 4 hours due 09:30Z, pending, 0 s, none missed. The what-if's six columns hold no second report
        // instant (a seventh cell shifted them: whatIfDueAt held the report, and the row had 17 cells to the header's 16).
        const string Line = """{"id":12,"severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","events":[{"type":"ticketCreated","at":"2026-11-24T21:35:00-08:00"},{"type":"statusUpdate","at":"2026-11-24T23:00:00-08:00"}]}""";
        var policy = Path.Combine(Path.GetTempPath(), $"what-if-{Guid.NewGuid():N}.json");
        File.WriteAllText(policy, SlaPolicyDocument.Save(HandWorkedTickets.CriticalAtFourHours));
        try
        {
            var result = CliRunner.RunWithInput(Line + "\n" + """{"id":"x","severity":"blocker","reportedAt":"2026-11-24T21:30:00-08:00"}""",
                "report", "--input", "-", "--as-of", "2026-11-25T08:30:00Z", "--compare-policy", policy, "--format", "csv");

            result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().Equal(
                "id,severity,reportedAt,dueAt,metAt,status,overdueSeconds,missedUpdates,whatIfSeverity,whatIfDueAt,whatIfMetAt,whatIfStatus,whatIfOverdueSeconds,whatIfMissedUpdates,line,error",
                "12,critical,2026-11-25T05:30:00Z,2026-11-25T07:30:00Z,,breached,3600,0,critical,2026-11-25T09:30:00Z,,pending,0,0,,",
                "x,,,,,error,,,,,,,,,2,\"Unknown severity 'blocker'; expected one of critical (1), major (2), minor (3).\"");
        }
        finally
        {
            File.Delete(policy);
        }
    }

    [Theory]
    [InlineData("""{"severity":"blocker","pauses":[],"id":"after"}""", "due", "after", "Unknown severity 'blocker'; expected one of critical (1), major (2), minor (3).")]
    [InlineData("""{"reportedAt":"bogus","pauses":[{"start":"2026-11-24T21:30:00Z","end":"2026-11-24T21:40:00Z"}],"id":"after"}""", "due", "after", "'reportedAt' is 'bogus', which is not an ISO-8601 instant with an offset or Z (such as \\\"2026-11-24T21:30:00-08:00\\\").")]
    [InlineData("""{"reportedAt":"bogus","severity":{"a":[1]},"id":"after"}""", "due", "after", "'reportedAt' is 'bogus', which is not an ISO-8601 instant with an offset or Z (such as \\\"2026-11-24T21:30:00-08:00\\\").")]
    [InlineData("""{"reportedAt":"bogus","severity":["critical"],"id":"after"}""", "evaluate", "after", "'reportedAt' is 'bogus', which is not an ISO-8601 instant with an offset or Z (such as \\\"2026-11-24T21:30:00-08:00\\\").")]
    public void After_a_line_s_first_error_a_severity_or_pauses_array_is_still_passed_over_and_the_first_error_is_the_one_given(string line, string command, string id, string error)
    {
        // The severity and pauses values were read only when the line had no error yet (error ??= Read…(ref reader)): after
        // one, the reader stopped on the value and the line was refused as "The line holds more than one JSON value.", with
        // the id after it lost.
        var result = CliRunner.RunWithInput(line, command, "--input", "-");

        result.OutLines.Should().Equal($$"""{"line":1,"id":"{{id}}","error":"{{error}}"}""");
    }

    [Theory]
    [InlineData("+01:00:30")]
    [InlineData("-08:00:00")]
    public void An_offset_with_seconds_is_refused_in_every_instant_of_a_line_by_the_fast_path_and_the_full_reader_alike(string offset)
    {
        // ISO 8601 and RFC 3339 offsets are hours and minutes; NodaTime's pattern also reads seconds, which were accepted.
        var instant = "2026-11-24T21:30:00" + offset;
        (string Line, string Property)[] cases =
        [
            ($$"""{"id":"T","severity":"critical","reportedAt":"{{instant}}","events":[]}""", "reportedAt"),
            ($$"""{"id":"T","severity":"critical","reportedAt":"2026-11-24T21:00:00Z","events":[{"type":"ticketCreated","at":"{{instant}}"}]}""", "events[0].at"),
            ($$"""{"id":"T","severity":"critical","reportedAt":"2026-11-24T21:00:00Z","events":[{"at":"{{instant}}","type":"ticketCreated"}]}""", "events[0].at"),
            ($$"""{"id":"T","severity":"critical","reportedAt":"2026-11-24T21:00:00Z","events":[],"now":"{{instant}}"}""", "now"),
        ];

        foreach (var (line, property) in cases)
        {
            var expected = string.Format(System.Globalization.CultureInfo.InvariantCulture, OffsetError, property, instant);
            var fast = new EvaluateLine(ZenputSla.Default);
            var full = new EvaluateLine(ZenputSla.Default) { ScanPlainLines = false };
            fast.Parse(Encoding.UTF8.GetBytes(line)).Should().Be(expected, line);
            full.Parse(Encoding.UTF8.GetBytes(line)).Should().Be(expected, line);
        }

        var due = CliRunner.RunWithInput($$"""{"id":"T","severity":"critical","reportedAt":"{{instant}}"}""", "due", "--input", "-");
        due.OutLines.Should().Equal($$"""{"line":1,"id":"T","error":"'reportedAt' is '{{instant}}', which is not an ISO-8601 instant with an offset or Z (such as \"2026-11-24T21:30:00-08:00\")."}""");
        var option = CliRunner.Run("due", "--severity", "critical", "--reported-at", instant);
        option.ExitCode.Should().Be(ExitCodes.UsageError);
        option.Error.Should().Contain($"--reported-at '{instant}' is not an ISO-8601 instant with an offset or Z");
    }

    [Fact]
    public void A_comma_before_the_fraction_is_ISO_8601_and_read_as_a_full_stop_by_both_readers()
    {
        // 21:30:00,5 Pacific = 05:30:00.5Z; due 2 hours later, 07:30:00.5Z (23:30:00.5 Pacific). The fast path
        // leaves the comma to the full reader.
        var line = """{"id":"C","severity":"critical","reportedAt":"2026-11-24T21:30:00,5-08:00","events":[{"type":"ticketCreated","at":"2026-11-24T21:31:00,25Z"}]}""";
        var fast = new EvaluateLine(ZenputSla.Default);
        var full = new EvaluateLine(ZenputSla.Default) { ScanPlainLines = false };

        fast.Parse(Encoding.UTF8.GetBytes(line)).Should().BeNull();
        full.Parse(Encoding.UTF8.GetBytes(line)).Should().BeNull();
        fast.ReadPlain.Should().BeFalse();
        foreach (var timeline in new[] { fast.Timeline!, full.Timeline! })
        {
            timeline.ReportedAt.Should().Be(NodaTime.Instant.FromUtc(2026, 11, 25, 5, 30).PlusNanoseconds(500_000_000));
            timeline.Events.Single().At.Should().Be(NodaTime.Instant.FromUtc(2026, 11, 24, 21, 31).PlusNanoseconds(250_000_000));
        }

        var due = CliRunner.RunWithInput("""{"id":"C","severity":"critical","reportedAt":"2026-11-24T21:30:00,5-08:00"}""", "due", "--input", "-");
        due.OutLines.Should().Equal("""{"id":"C","severity":"critical","reportedAt":"2026-11-25T05:30:00.5Z","responseDueAt":"2026-11-25T07:30:00.5Z","responseDueLocal":"2026-11-24T23:30:00.5-08:00"}""");
    }
}
