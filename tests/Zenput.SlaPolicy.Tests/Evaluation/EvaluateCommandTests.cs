using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli;
using Zenput.Sla.Tests.Cli;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary><c>zenput-sla evaluate</c>: one ticket, and the batch, whose errors follow the <c>due --input</c> contract exactly.</summary>
public sealed class EvaluateCommandTests
{
    private const string Outage =
        """{"id":"T-1","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","events":[{"type":"engineerAssigned","at":"2026-11-24T23:55:00-08:00"},{"type":"paused","at":"2026-11-24T22:10:00-08:00","reason":"waiting on customer"},{"type":"resumed","at":"2026-11-24T22:50:00-08:00"}],"now":"2026-11-25T00:30:00-08:00"}""";

    private static CliRunner.Result Batch(string input, params string[] more) => CliRunner.RunWithInput(input, ["evaluate", "--input", "-", .. more]);

    private static JsonElement[] Lines(CliRunner.Result result) => [.. result.OutLines.Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public void A_batch_line_gets_the_verdict_with_response_steps_updates_and_audit()
    {
        var result = Batch(Outage);

        result.ExitCode.Should().Be(ExitCodes.Success);
        var line = Lines(result).Single();
        line.GetProperty("id").GetString().Should().Be("T-1");
        line.GetProperty("severity").GetString().Should().Be("critical");
        line.GetProperty("status").GetString().Should().Be("breached", "no ticket was created within 15 minutes and no fix started by the response goal");
        var response = line.GetProperty("response");
        response.GetProperty("dueAt").GetString().Should().Be("2026-11-25T08:10:00Z");
        response.GetProperty("originalDueAt").GetString().Should().Be("2026-11-25T08:10:00Z");
        response.GetProperty("metAt").GetString().Should().Be("2026-11-25T07:55:00Z");
        response.GetProperty("status").GetString().Should().Be("met");
        response.GetProperty("remaining").GetString().Should().Be("0:15:00");
        response.GetProperty("shareUsed").GetDouble().Should().Be(0.875);
        response.GetProperty("warnings").EnumerateArray().Select(w => (w.GetProperty("percent").GetDouble(), w.GetProperty("at").GetString())).Should().Equal((50, "2026-11-25T07:10:00Z"), (75, "2026-11-25T07:40:00Z"));
        line.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("kind").GetString(), s.GetProperty("status").GetString())).Should().Equal(
            ("problemTicket", "breached"), ("engineerAssignment", "met"), ("periodicUpdates", "breached"), ("fixInitiation", "breached"), ("userNotification", "pending"));

        // No update by 00:10 (2 hours and the 40-minute pause after 21:30): one missed, the next due 02:10.
        var updates = line.GetProperty("periodicUpdates");
        updates.GetProperty("cadence").GetString().Should().Be("2:00:00");
        updates.GetProperty("missed").GetInt32().Should().Be(1);
        updates.GetProperty("missedDeadlines").EnumerateArray().Select(d => d.GetString()).Should().Equal("2026-11-25T08:10:00Z");
        updates.GetProperty("nextDueAt").GetString().Should().Be("2026-11-25T10:10:00Z");
        line.GetProperty("nextDue").GetProperty("kind").GetString().Should().Be("periodicUpdates");
        line.GetProperty("nextDue").GetProperty("dueAt").GetString().Should().Be("2026-11-25T10:10:00Z");
        line.GetProperty("audit").EnumerateArray().Select(a => a.GetString()).Should().Contain("2026-11-25T06:10:00Z (2026-11-24 22:10 PST) paused: waiting on customer");
    }

    [Fact]
    public void Audit_false_leaves_the_audit_out()
    {
        Lines(Batch(Outage, "--audit", "false")).Single().TryGetProperty("audit", out _).Should().BeFalse();
    }

    [Fact]
    public void A_line_without_now_is_evaluated_at_the_run_s_now_option_or_the_system_clock()
    {
        var line = """{"severity":"critical","reportedAt":"2026-11-24T09:00:00Z"}""";

        Lines(Batch(line, "--audit", "false")).Single().GetProperty("evaluatedAt").GetString().Should().Be(InstantPattern.ExtendedIso.Format(CliRunner.Now.GetCurrentInstant()));
        Lines(Batch(line, "--now", "2026-11-24T10:00:00Z")).Single().GetProperty("evaluatedAt").GetString().Should().Be("2026-11-24T10:00:00Z");
    }

    [Fact]
    public void A_tier_without_periodic_updates_gets_null_and_a_missing_id_is_null()
    {
        var line = Lines(Batch("""{"severity":3,"reportedAt":"2026-11-24T09:00:00Z","now":"2026-11-24T10:00:00Z"}""")).Single();

        line.GetProperty("id").ValueKind.Should().Be(JsonValueKind.Null);
        line.GetProperty("periodicUpdates").ValueKind.Should().Be(JsonValueKind.Null);
        line.GetProperty("steps")[0].GetProperty("deadline").GetString().Should().Be("bestEffort");
    }

    [Theory]
    [InlineData("""{"id":"N","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","events":{"type":"paused"}}""", "'events' must be an array of {\"type\", \"at\"} objects.")]
    [InlineData("""{"id":"T","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","events":[{"type":"escalated","at":"2026-11-24T22:00:00Z"}]}""", "'events[0].type' is 'escalated', which is not an event type; expected one of ticketCreated, engineerAssigned, firstResponse, statusUpdate, fixStarted, fixApplied, usersNotified, releasedInMajorVersion, resolved, reopened, paused, resumed, severityChanged.")]
    [InlineData("""{"id":"A","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","events":[{"type":"paused"}]}""", "'events[0]' needs both 'type' and 'at'.")]
    [InlineData("""{"id":"I","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","events":[{"type":"paused","at":"2026-11-24T22:00:00"}]}""", "'events[0].at' is '2026-11-24T22:00:00', which is not an ISO-8601 instant with an offset or Z (such as \"2026-11-24T21:30:00-08:00\").")]
    [InlineData("""{"id":"D","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","events":[{"type":"paused","at":"2026-11-24T22:00:00Z","at":"2026-11-24T23:00:00Z"}]}""", "'events[0].at' appears more than once.")]
    [InlineData("""{"id":"Z","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00\u0000junk"}""", "'reportedAt' is '2026-11-24T21:30:00-08:00\u0000junk', which is not an ISO-8601 instant with an offset or Z (such as \"2026-11-24T21:30:00-08:00\").")]
    [InlineData("""{"id":"W","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","now":"soon"}""", "'now' is 'soon', which is not an ISO-8601 instant with an offset or Z (such as \"2026-11-24T21:30:00-08:00\").")]
    [InlineData("""{"id":"U","severity":"blocker","reportedAt":"2026-11-24T21:30:00-08:00"}""", "Unknown severity 'blocker'; expected one of critical (1), major (2), minor (3).")]
    [InlineData("""{"id":"P","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","pauses":[]}""", "'pauses' is not read by evaluate: give each pause as a \"paused\" and a \"resumed\" event.")]
    [InlineData("""{"id":"V","severity":"critical","reportedAt":"2026-11-25T05:30:00Z","evaluatedAt":"2026-11-25T17:00:00Z","status":"met"}""", "The line carries 'evaluatedAt': it is an answer of evaluate, not a ticket's history; give the tickets' histories (the lines evaluate --input reads).")]
    [InlineData("""{"id":"E","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","events":[],"events":[]}""", "The property 'events' appears more than once.")]
    [InlineData("""{"id":"H","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","events":[{"type":"resumed","at":"2026-11-24T22:00:00-08:00"},{"type":"severityChanged","at":"2026-11-24T21:00:00-08:00","severity":"urgent"}]}""", "The ticket's history cannot have happened (3 problems): events[1] (severityChanged at 2026-11-25T05:00:00Z): happened before the ticket was reported (2026-11-25T05:30:00Z). events[1] (severityChanged at 2026-11-25T05:00:00Z): Unknown severity 'urgent'; expected one of critical (1), major (2), minor (3). events[0] (resumed at 2026-11-25T06:00:00Z): resumed while the clock was not paused.")]
    [InlineData("""{"id":"R","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","now":"9999-12-31T00:00:00Z"}""", "'now' is '9999-12-31T00:00:00Z', which is outside the instants the SLA clock supports")]
    public void A_bad_line_gets_an_error_line_in_its_place_and_every_other_line_is_answered(string bad, string error)
    {
        var result = Batch(Outage + "\n" + bad + "\n\n" + Outage);

        result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed);
        result.Error.Should().Contain("1 of 3 lines failed");
        var lines = Lines(result);
        lines.Should().HaveCount(3);
        lines[0].GetProperty("status").GetString().Should().Be("breached");
        lines[1].EnumerateObject().Select(p => p.Name).Should().Equal("line", "id", "error");
        lines[1].GetProperty("line").GetInt32().Should().Be(2);
        lines[1].GetProperty("id").GetString().Should().Be(JsonDocument.Parse(bad).RootElement.GetProperty("id").GetString());
        lines[1].GetProperty("error").GetString().Should().StartWith(error);
        lines[2].GetProperty("id").GetString().Should().Be("T-1");
    }

    [Fact]
    public void A_long_event_type_is_cut_in_its_error_line()
    {
        // A 100,000-character type came back whole in the error (and a report kept a thousand such errors).
        var bad = $$"""{"id":"L","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","events":[{"type":"{{new string('t', 100_000)}}","at":"2026-11-24T22:00:00Z"}]}""";

        var lines = Lines(Batch(bad));

        lines.Single().GetProperty("error").GetString().Should().Be(
            $"'events[0].type' is '{new string('t', 48)}… (100000 characters)', which is not an event type; expected one of ticketCreated, engineerAssigned, firstResponse, statusUpdate, fixStarted, fixApplied, usersNotified, releasedInMajorVersion, resolved, reopened, paused, resumed, severityChanged.");
    }

    [Fact]
    public void Lines_that_cannot_be_read_get_the_same_errors_as_in_due()
    {
        var input = Encoding.UTF8.GetBytes("{\"severity\":\"critical\"\n").Concat(new byte[] { 0xFF, 0xFE, (byte)'\n' }).ToArray();

        var result = CliRunner.RunWithInput(input, "evaluate", "--input", "-");
        var due = CliRunner.RunWithInput(input, "due", "--input", "-");

        result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed);
        result.OutLines.Should().Equal(due.OutLines);
        result.OutLines[1].Should().Be("""{"line":2,"error":"The line is not valid UTF-8."}""");
    }

    [Fact]
    public void A_missing_input_file_is_exit_4_and_batch_with_ticket_options_is_a_usage_error()
    {
        CliRunner.Run("evaluate", "--input", "/no/such/file.jsonl").ExitCode.Should().Be(ExitCodes.IoError);
        CliRunner.Run("evaluate", "--input", "-", "--severity", "critical").ExitCode.Should().Be(ExitCodes.UsageError);
        CliRunner.Run("evaluate", "--input", "-", "--format", "text").ExitCode.Should().Be(ExitCodes.UsageError);
    }

    [Fact]
    public void The_help_lists_exit_4_which_the_batch_returns_when_its_input_or_output_fails()
    {
        // The due --input contract, exit codes included; the help said 0 to 3 only.
        CliRunner.Run("evaluate", "--help").Out.Should().Contain("4 input or output failed");
    }

    [Fact]
    public void One_ticket_prints_the_audit_trail_then_the_figures()
    {
        var result = CliRunner.Run(
            "evaluate", "--severity", "major", "--reported-at", "2026-03-02T10:00:00Z",
            "--event", "engineerAssigned@2026-03-02T11:00:00Z", "--event", "paused@2026-03-02T11:30:00Z=waiting on customer",
            "--now", "2026-03-02T12:00:00Z");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
        result.OutLines[0].Should().StartWith("2026-03-02T10:00:00Z (2026-03-02 02:00 PST) clock started: Level 2 - Major");
        result.OutLines.Should().Contain("2026-03-02T11:30:00Z (2026-03-02 03:30 PST) paused: waiting on customer");
        result.OutLines.Should().Contain("Level 2 - Major (Zenput Support SLA) as of 2026-03-02T12:00:00Z: breached");
        result.OutLines.Should().Contain("Next due:   PeriodicUpdates at 2026-03-02T14:30:00Z (2026-03-02T06:30:00-08:00)");
    }

    [Fact]
    public void One_ticket_as_json_is_the_batch_line_indented()
    {
        string[] ticket = ["--severity", "critical", "--reported-at", "2026-11-24T21:30:00-08:00", "--event", "engineerAssigned@2026-11-24T23:55:00-08:00", "--event", "paused@2026-11-24T22:10:00-08:00=waiting on customer", "--event", "resumed@2026-11-24T22:50:00-08:00", "--now", "2026-11-25T00:30:00-08:00"];

        var single = CliRunner.Run(["evaluate", .. ticket, "--format", "json"]);
        var batch = Batch(Outage.Replace("\"id\":\"T-1\",", string.Empty));

        single.ExitCode.Should().Be(ExitCodes.Success);
        single.Out.Should().Contain("\n  \"response\": {");
        JsonSerializer.Serialize(JsonDocument.Parse(single.Out).RootElement).Should().Be(JsonSerializer.Serialize(JsonDocument.Parse(batch.Out).RootElement));
    }

    [Fact]
    public void One_impossible_ticket_is_a_usage_error_listing_each_problem_by_its_event_option()
    {
        var result = CliRunner.Run("evaluate", "--severity", "critical", "--reported-at", "2026-03-02T10:00:00Z", "--event", "fixStarted@2026-03-02T10:30:00Z", "--event", "resumed@2026-03-02T11:00:00Z", "--event", "reopened@2026-03-02T11:30:00Z");

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().Contain("--event #2 (resumed at 2026-03-02T11:00:00Z): resumed while the clock was not paused.")
            .And.Contain("--event #3 (reopened at 2026-03-02T11:30:00Z): reopened, but the ticket was open (not resolved).")
            .And.Contain("error: The ticket's history cannot have happened (2 problems); nothing was evaluated.");
        result.Out.Should().BeEmpty();
    }

    [Theory]
    [InlineData("engineerAssigned", "not TYPE@INSTANT")]
    [InlineData("escalated@2026-03-02T11:00:00Z", "'escalated' is not an event type")]
    [InlineData("paused@11:00", "is not an ISO-8601 instant")]
    public void A_malformed_event_option_is_a_usage_error_that_names_it(string value, string message)
    {
        var result = CliRunner.Run("evaluate", "--severity", "critical", "--reported-at", "2026-03-02T10:00:00Z", "--event", value);

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().Contain(message);
    }

    [Theory]
    [InlineData(0, "0:00:00")]
    [InlineData(-600, "-0:10:00")]
    [InlineData(90061, "25:01:01")]
    public void Durations_are_written_as_NodaTime_round_trip_text(long seconds, string expected)
    {
        var line = new Zenput.Sla.Cli.Evaluate.JsonLineBuilder();
        var writer = line.Reserve(64);
        writer.Raw("{\"d\":"u8);
        writer.Duration(Duration.FromSeconds(seconds) + Duration.FromNanoseconds(seconds == 0 ? 1_500_000 : 0));
        writer.Raw((byte)'}');
        line.Advance(writer.Written, inMember: false);

        var text = JsonDocument.Parse(line.Written.ToArray()).RootElement.GetProperty("d").GetString()!;

        text.Should().Be(seconds == 0 ? "0:00:00.0015" : expected);
        DurationPattern.JsonRoundtrip.Parse(text).Value.Should().Be(Duration.FromSeconds(seconds) + Duration.FromNanoseconds(seconds == 0 ? 1_500_000 : 0));
    }

    [Fact]
    public void A_line_whose_next_update_is_past_the_supported_range_fails_naming_that_update_as_the_library_does()
    {
        // README rule 12: Critical reported at 9999-12-20T10:00Z, updates every 2 hours: the one due 9999-12-24T22:00Z is
        // missed by 23:00 and the next, 9999-12-25T00:00Z, is after the last supported instant. The line fails with the
        // library's message (SupportedRangeEvaluationTests), and the next line is still answered.
        const string Message = "The next periodic update (every 2 hours until the fix is applied or the ticket is resolved, counted on the 24×7 clock from 9999-12-24T22:00:00Z) would be due after 9999-12-24T23:59:59.999999999Z, the last instant the SLA clock supports, so the ticket cannot be evaluated.";
        var input = """{"id":1,"severity":"critical","reportedAt":"9999-12-20T10:00:00Z","events":[],"now":"9999-12-24T23:00:00Z"}""" + "\n" + Outage + "\n";

        var result = Batch(input, "--audit", "false");

        result.ExitCode.Should().Be(ExitCodes.SomeLinesFailed, result.Error);
        var lines = Lines(result);
        lines.Should().HaveCount(2);
        lines[0].GetProperty("line").GetInt32().Should().Be(1);
        lines[0].GetProperty("error").GetString().Should().Be(Message);
        lines[1].GetProperty("id").GetString().Should().Be("T-1");

        var library = () => EvaluationKit.Evaluator.Evaluate(new Zenput.Sla.Evaluation.TicketTimeline(Instant.FromUtc(9999, 12, 20, 10, 0), "critical"), Instant.FromUtc(9999, 12, 24, 23, 0));
        library.Should().Throw<Zenput.Sla.Clock.SlaClockException>().WithMessage(Message);

        // One ticket: the same message, as the clock's documented failure (exit 2), never an internal error.
        var single = CliRunner.Run("evaluate", "--severity", "critical", "--reported-at", "9999-12-20T10:00:00Z", "--now", "9999-12-24T23:00:00Z");
        single.ExitCode.Should().Be(ExitCodes.UsageError);
        single.Error.Should().Be("error: " + Message + "\n");
    }

    [Fact]
    public void A_line_that_held_a_severity_whose_goal_ends_past_the_range_is_answered_with_its_audit_trail()
    {
        // Critical at 9999-12-22T00:00Z, Minor from 00:30Z (3 calendar days: past the range), Critical again from 00:40Z:
        // every figure is Critical's. Building the audit trail threw SlaClockException, which stopped the whole batch
        // (exit 2) though the evaluation had succeeded.
        var input = """{"id":1,"severity":"critical","reportedAt":"9999-12-22T00:00:00Z","events":[{"type":"severityChanged","at":"9999-12-22T00:30:00Z","severity":"minor"},{"type":"severityChanged","at":"9999-12-22T00:40:00Z","severity":"critical"}],"now":"9999-12-22T01:00:00Z"}""" + "\n" + Outage + "\n";

        var result = Batch(input);

        result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
        var lines = Lines(result);
        lines.Should().HaveCount(2);
        lines[0].GetProperty("response").GetProperty("dueAt").GetString().Should().Be("9999-12-22T02:00:00Z");
        lines[0].GetProperty("audit").EnumerateArray().Select(a => a.ToString()).Should().Contain(a => a.Contains("response now due after 9999-12-24T23:59:59.999999999Z, the last instant the SLA clock supports", System.StringComparison.Ordinal));
    }
}
