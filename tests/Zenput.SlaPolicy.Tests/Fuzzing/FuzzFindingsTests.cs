using System.Linq;
using System.Text.Json;
using NodaTime;
using Zenput.Sla.Cli;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Serialization;
using Zenput.Sla.Validation;
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
        var result = SlaPolicyDocument.Read("\"x\\udfff\""u8);

        result.Findings.Should().ContainSingle().Which.Path.Should().Be("$");
    }

    /// <summary>
    /// PolicyDocumentFuzzTests (long run, 100,000 documents): a business-time or business-days goal whose
    /// <c>calendarName</c> is empty or blank reached the goal's constructor, whose ArgumentException escaped
    /// <c>SlaPolicyDocument.Read</c> (exit 5 from <c>validate</c>) instead of a finding.
    /// </summary>
    [Theory]
    [InlineData("""{"kind":"businessTime","workingTime":"8:00:00","calendarName":" "}""")]
    [InlineData("""{"kind":"businessDays","days":2,"calendarName":""}""")]
    public void A_goal_with_a_blank_calendar_name_threw_from_the_reader_and_is_now_a_finding_at_its_path(string goal)
    {
        var document = BuiltInWithGoals(goal);

        var result = SlaPolicyDocument.Read(document);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle(f => f.Path == "$.tiers[0].responseGoal.calendarName")
            .Which.Should().Match<PolicyFinding>(f => f.Code == PolicyErrorCodes.Required && f.Message == "'calendarName' must not be empty.");
        CliExitCodeOfValidate(document).Should().Be(ExitCodes.InvalidPolicy);
    }

    /// <summary>
    /// PolicyDocumentFuzzTests (long run): a calendar-days (or business-days) goal beyond what a NodaTime
    /// Duration holds (about 45,000 years, here int.MaxValue and int.MinValue days) made the cross-tier check
    /// throw from Duration.FromDays inside validation (exit 5) instead of judging the goals.
    /// </summary>
    [Fact]
    public void Goals_of_more_days_than_a_Duration_holds_threw_from_the_validator_and_are_now_judged()
    {
        var document = BuiltInWithGoals(
            """{"kind":"calendarDays","days":2147483647}""",
            """{"kind":"elapsed","duration":"4:00:00"}""",
            """{"kind":"calendarDays","days":-2147483648}""");

        var result = SlaPolicyDocument.Read(document);

        result.Findings.Should().Contain(f => f.Path == "$.tiers[1].responseGoal" && f.Code == PolicyErrorCodes.ShorterGoalForLessSevereLevel,
            "4 hours for Level 2 is shorter than 2,147,483,647 days for Level 1");
        result.Errors.Should().Contain(f => f.Path == "$.tiers[2].responseGoal" && f.Code == PolicyErrorCodes.NegativeGoal);
        CliExitCodeOfValidate(document).Should().Be(ExitCodes.InvalidPolicy);
    }

    /// <summary>The built-in policy's document with the response goals of its first tiers replaced.</summary>
    private static byte[] BuiltInWithGoals(params string[] goals)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(SlaPolicyDocument.Save(ZenputSla.Default))!;
        for (var i = 0; i < goals.Length; i++)
        {
            root["tiers"]![i]!["responseGoal"] = System.Text.Json.Nodes.JsonNode.Parse(goals[i]);
        }

        return System.Text.Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    /// <summary>
    /// ValidPolicyFuzzTests (long run): a ticket that held, for a while, a severity whose response goal is counted on a
    /// calendar with no working time left (here: its only window, Monday 09:00-10:00 UTC, lies inside a weekly maintenance
    /// window, Monday 08:00-11:00 UTC, that stops that goal's clock) had a valid evaluation whose audit trail threw
    /// SlaClockException (NoWorkingTime): <c>TicketEvaluation.Audit</c> threw, and <c>evaluate --input</c> stopped the
    /// whole batch with exit 2. Such a level is no figure of the result (README rule 12): its audit line now says the
    /// response under it would never be due, and why.
    /// </summary>
    /// <remarks>
    /// The maintenance rule takes effect on 2026-01-01: as first found (in force at every date) the policy is now refused
    /// by validation (that calendar has no working time at any instant once maintenance is taken out); with working time
    /// before 2026 it stays valid, and from the ticket's report on there is still none left, which is what this pins.
    /// </remarks>
    [Fact]
    public void A_severity_held_for_a_while_on_a_calendar_with_no_working_time_made_the_audit_trail_throw_and_is_now_told_in_it()
    {
        var policy = SlaPolicyDocument.Read(NoWorkingTimePolicy).Policy!;
        policy.Should().NotBeNull();

        // L1 (2 hours elapsed) reported Monday 2026-01-05T00:00Z, L2 from 00:30Z, L1 again from 00:40Z: the figures are L1's
        // (goals recomputed from the report, rule 8), so the response is due at 02:00Z.
        var ticket = new TicketTimeline(
            Instant.FromUtc(2026, 1, 5, 0, 0),
            "L1",
            TicketEvent.SeverityChanged(Instant.FromUtc(2026, 1, 5, 0, 30), "L2"),
            TicketEvent.SeverityChanged(Instant.FromUtc(2026, 1, 5, 0, 40), "L1"));
        var evaluation = new TicketEvaluator(policy).Evaluate(ticket, Instant.FromUtc(2026, 1, 5, 1, 0));

        evaluation.Response.DueAt.Should().Be(Instant.FromUtc(2026, 1, 5, 2, 0));
        var toL2 = evaluation.Audit.Single(e => e.At == Instant.FromUtc(2026, 1, 5, 0, 30));
        toL2.Description.Should().Contain("from Level 1 - L1 to Level 2 - L2: goals recomputed from the report; response now due never (business calendar 'office' (UTC) less the maintenance windows has no working time left to count it on) (originally 2026-01-05T02:00:00Z");
        evaluation.Audit.Single(e => e.At == Instant.FromUtc(2026, 1, 5, 0, 40)).Description.Should().Contain("response now due 2026-01-05T02:00:00Z");

        var file = System.IO.Path.GetTempFileName();
        try
        {
            System.IO.File.WriteAllBytes(file, NoWorkingTimePolicy);
            var line = """{"id":1,"severity":"L1","reportedAt":"2026-01-05T00:00:00Z","events":[{"type":"severityChanged","at":"2026-01-05T00:30:00Z","severity":"L2"},{"type":"severityChanged","at":"2026-01-05T00:40:00Z","severity":"L1"}],"now":"2026-01-05T01:00:00Z"}""" + "\n";
            var result = CliRunner.RunWithInput(line, "evaluate", "--policy", file, "--input", "-");

            result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
            var answer = JsonDocument.Parse(result.OutLines.Single()).RootElement;
            answer.GetProperty("response").GetProperty("dueAt").GetString().Should().Be("2026-01-05T02:00:00Z");
            answer.GetProperty("audit").EnumerateArray().Select(a => a.ToString()).Should().Contain(a => a.Contains("response now due never (business calendar 'office' (UTC) less the maintenance windows has no working time left to count it on)", System.StringComparison.Ordinal));
        }
        finally
        {
            System.IO.File.Delete(file);
        }
    }

    private static byte[] NoWorkingTimePolicy => """
        {"schemaVersion":2,"name":"No working time","supportZone":"UTC","responseSatisfiedBy":["firstResponse"],"clockStopsDuringMaintenance":false,
         "tiers":[
          {"severity":{"rank":1,"name":"L1"},"responseGoal":{"kind":"elapsed","duration":"2:00:00"},
           "resolutionProcess":[{"kind":"nextReleaseEffort","satisfiedBy":["releasedInMajorVersion"],"deadline":{"kind":"bestEffort"}}]},
          {"severity":{"rank":2,"name":"L2"},"responseGoal":{"kind":"businessTime","workingTime":"1:00:00","calendarName":"office","clockStopsDuringMaintenance":true},
           "resolutionProcess":[{"kind":"nextReleaseEffort","satisfiedBy":["releasedInMajorVersion"],"deadline":{"kind":"bestEffort"}}]}],
         "calendars":[{"name":"office","zone":"UTC","windows":[{"day":"monday","start":"09:00","end":"10:00"}]}],
         "maintenance":{"zone":"UTC","recurrences":[{"id":"m","title":"Weekly","pattern":"weekly","dayOfWeek":"monday","startTime":"08:00","length":"3:00:00","effectiveFrom":"2026-01-01"}]}}
        """u8.ToArray();

    private static int CliExitCodeOfValidate(byte[] document)
    {
        var file = System.IO.Path.GetTempFileName();
        try
        {
            System.IO.File.WriteAllBytes(file, document);
            return CliRunner.Run("validate", file).ExitCode;
        }
        finally
        {
            System.IO.File.Delete(file);
        }
    }
}
