using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Zenput.Sla.Cli;
using Zenput.Sla.Serialization;

namespace Zenput.Sla.Tests.Cli;

public sealed class MaintenanceCommandTests
{
    [Fact]
    public void Ten_years_as_json_lists_every_Tuesday_21_00_Pacific_window_with_utc_and_local_times()
    {
        var result = CliRunner.Run("maintenance", "--from", "2026-01-01", "--to", "2036-01-01", "--format", "json");

        result.ExitCode.Should().Be(ExitCodes.Success);
        var windows = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        var tuesdays = 0;
        for (var date = new LocalDate(2026, 1, 1); date < new LocalDate(2036, 1, 1); date = date.PlusDays(1))
        {
            tuesdays += date.DayOfWeek == IsoDayOfWeek.Tuesday ? 1 : 0;
        }

        windows.Should().HaveCount(tuesdays);
        windows.Should().OnlyContain(w => w.GetProperty("kind").GetString() == "recurring");
        windows.Select(w => w.GetProperty("localStart").GetString()!).Should().OnlyContain(s => s.Contains("T21:00:00-0"));
        windows[0].GetProperty("start").GetString().Should().Be("2026-01-07T05:00:00Z");
        windows[0].GetProperty("localStart").GetString().Should().Be("2026-01-06T21:00:00-08:00");
        windows[0].GetProperty("end").GetString().Should().Be("2026-01-07T07:00:00Z");
        windows.Single(w => w.GetProperty("localStart").GetString() == "2026-07-07T21:00:00-07:00")
            .GetProperty("start").GetString().Should().Be("2026-07-08T04:00:00Z");
    }

    [Fact]
    public void Ics_output_is_an_iCalendar_file_with_the_weekly_rule()
    {
        var result = CliRunner.Run("maintenance", "--from", "2026-01-01", "--to", "2036-01-01", "--format", "ics");

        result.ExitCode.Should().Be(ExitCodes.Success);
        var lines = result.Out.Split("\r\n");
        lines[0].Should().Be("BEGIN:VCALENDAR");
        lines.Should().Contain("VERSION:2.0").And.Contain("BEGIN:VTIMEZONE").And.Contain("TZID:America/Los_Angeles");
        lines.Should().Contain(l => l.StartsWith("RRULE:FREQ=WEEKLY", StringComparison.Ordinal) && l.Contains("BYDAY=TU"));
        lines.Should().Contain("DTSTART;TZID=America/Los_Angeles:20260106T210000");
        lines.Where(l => l.Length > 0).Last().Should().Be("END:VCALENDAR");
    }

    [Fact]
    public void Statuspage_notices_have_their_status_as_of_the_given_instant()
    {
        var result = CliRunner.Run("maintenance", "--from", "2026-11-24", "--to", "2026-12-02", "--format", "statuspage", "--as-of", "2026-11-25T06:00:00Z");

        var notices = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        notices.Should().HaveCount(2);
        notices[0].GetProperty("scheduled_for").GetString().Should().Be("2026-11-25T05:00:00Z");
        notices[0].GetProperty("status").GetString().Should().Be("in_progress");
        notices[1].GetProperty("status").GetString().Should().Be("scheduled");
    }

    [Theory]
    [InlineData("2026-13-01", "2027-01-01", "--from '2026-13-01'")]
    [InlineData("2027-01-01", "2026-01-01", "is before --from")]
    public void Bad_ranges_are_usage_errors(string from, string to, string message)
    {
        var result = CliRunner.Run("maintenance", "--from", from, "--to", to);

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().Contain(message);
    }

    [Fact]
    public void Ics_refuses_a_range_before_the_year_1_as_a_usage_error_and_writes_nothing()
    {
        // Found by hand: the file said DTSTART;TZID=UTC:-99980108T000000, which no reader can open. By hand: midnight of
        // -9998-01-09 in Los Angeles (LMT, -07:52:58 before 1883) is -9998-01-09T07:52:58Z, and midnight of 0001-01-01
        // there is 0001-01-01T07:52:58Z, the first --from date at or after 0001-01-01T00:00:00Z.
        var result = CliRunner.Run("maintenance", "--from", "-9998-01-09", "--to", "0002-01-01", "--format", "ics");

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().Be("error: --from is -9998-01-09T07:52:58Z, before 0001-01-01T00:00:00Z: an iCalendar file (--format ics) holds no earlier date (RFC 5545 years have four digits, and readers start at year 1); give --from 0001-01-01 or later.\n");
        result.Out.Should().BeEmpty();

        var first = CliRunner.Run("maintenance", "--from", "0001-01-01", "--to", "0001-01-08", "--format", "ics");
        first.ExitCode.Should().Be(ExitCodes.Success);
        first.Out.Split("\r\n").Should().Contain("DTSTART;TZID=America/Los_Angeles:00010102T210000", "0001-01-02 is the first Tuesday");
    }

    [Fact]
    public void Ics_refuses_a_valid_document_s_window_before_the_year_1_and_rounds_a_sub_second_window_outward()
    {
        // validate accepts both one-offs (the supported range starts in -9998; lengths may have fractions of a second).
        // By hand: 'old' starts 0000-12-31T20:00 in Los Angeles (-07:52:58) = 0001-01-01T03:52:58Z and ends 6 h later,
        // 09:52:58Z; 'tiny' runs 10:00:00.3 to 10:00:00.7 local, so DTSTART 10:00:00 and DURATION PT1S (was PT0S).
        var document = JsonNode.Parse(SlaPolicyDocument.Save(ZenputSla.Default))!;
        document["maintenance"]!["oneOffs"] = new JsonArray(
            new JsonObject { ["id"] = "old", ["title"] = "Old", ["kind"] = "planned", ["start"] = "0000-12-31T20:00:00", ["length"] = "6:00:00" },
            new JsonObject { ["id"] = "tiny", ["title"] = "Tiny", ["kind"] = "planned", ["start"] = "2026-01-07T10:00:00.3", ["length"] = "0:00:00.4" });
        var policy = Path.Combine(Path.GetTempPath(), $"zenput-sla-ics-{Guid.NewGuid():N}.json");
        File.WriteAllText(policy, document.ToJsonString());
        try
        {
            CliRunner.Run("validate", policy).ExitCode.Should().Be(ExitCodes.Success);

            var old = CliRunner.Run("maintenance", "--policy", policy, "--from", "0001-01-01", "--to", "0001-02-01", "--format", "ics");
            old.ExitCode.Should().Be(ExitCodes.UsageError);
            old.Error.Should().Be("error: --format ics: The maintenance window 'Old' starts at 0000-12-31T20:00:00 (America/Los_Angeles), before 0001-01-01: an iCalendar file holds no earlier date (RFC 5545 years have four digits, and readers start at year 1), so the range must start after that window ends (0001-01-01T09:52:58Z).\n");
            old.Out.Should().BeEmpty();

            var tiny = CliRunner.Run("maintenance", "--policy", policy, "--from", "2026-01-07", "--to", "2026-01-08", "--format", "ics");
            tiny.ExitCode.Should().Be(ExitCodes.Success);
            var lines = tiny.Out.Split("\r\n");
            var uid = Array.IndexOf(lines, "UID:one-off.tiny@maintenance.zenput-sla");
            var begin = Array.LastIndexOf(lines, "BEGIN:VEVENT", uid);
            lines[begin..uid].Should().Contain("DTSTART;TZID=America/Los_Angeles:20260107T100000").And.Contain("DURATION:PT1S");
        }
        finally
        {
            File.Delete(policy);
        }
    }
}
