using System;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Zenput.Sla.Cli;

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
}
