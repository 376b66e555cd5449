using System.Linq;
using System.Text.Json;
using NodaTime;
using Zenput.Sla.Cli.Json;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Tests.Cli;

/// <summary>The tool's JSON output formats (DTOs with a source-generated serializer), written by the commands that own them.</summary>
public sealed class OutputFormatTests
{
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    [Fact]
    public void Each_maintenance_window_is_written_with_UTC_and_local_times_and_its_kind()
    {
        var schedule = new MaintenanceSchedule(
            Pacific,
            ZenputSla.MaintenanceSchedule.Recurrences,
            oneOffs: [new MaintenanceOneOff("db", "Database", MaintenanceKind.Planned, new LocalDateTime(2026, 7, 1, 22, 0), Duration.FromMinutes(90), "Upgrade.")],
            moves: [new MovedOccurrence(ZenputSla.WeeklyMaintenanceId, new LocalDate(2026, 7, 7), new LocalDateTime(2026, 7, 8, 21, 0))]);

        var items = schedule.WindowsOverlapping(Instant.FromUtc(2026, 6, 30, 0, 0), Instant.FromUtc(2026, 7, 10, 0, 0))
            .Select(w => JsonSerializer.SerializeToElement(MaintenanceWindowJson.From(w), CliJsonContext.Default.MaintenanceWindowJson))
            .ToList();

        items.Select(i => string.Join(",", i.EnumerateObject().Select(p => p.Name))).Should().AllBe("start,end,localStart,localEnd,kind");
        items.Select(i => (i.GetProperty("start").GetString(), i.GetProperty("end").GetString(), i.GetProperty("localStart").GetString(), i.GetProperty("localEnd").GetString(), i.GetProperty("kind").GetString()))
            .Should().Equal(
                ("2026-07-01T04:00:00Z", "2026-07-01T06:00:00Z", "2026-06-30T21:00:00-07:00", "2026-06-30T23:00:00-07:00", "recurring"),
                ("2026-07-02T05:00:00Z", "2026-07-02T06:30:00Z", "2026-07-01T22:00:00-07:00", "2026-07-01T23:30:00-07:00", "one-off"),
                ("2026-07-09T04:00:00Z", "2026-07-09T06:00:00Z", "2026-07-08T21:00:00-07:00", "2026-07-08T23:00:00-07:00", "recurring"));
    }

    [Fact]
    public void An_empty_maintenance_range_writes_an_empty_array()
    {
        var result = CliRunner.Run("maintenance", "--from", "2026-01-07T05:00:00Z", "--to", "2026-01-07T05:00:00Z", "--format", "json");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Be("[]\n");
    }

    [Fact]
    public void A_status_page_notice_has_exactly_the_Statuspage_snake_case_fields()
    {
        var result = CliRunner.Run("maintenance", "--from", "2026-01-06", "--to", "2026-01-27", "--format", "statuspage", "--as-of", "2026-01-07T05:00:00Z");

        using var json = JsonDocument.Parse(result.Out);
        var notices = json.RootElement.EnumerateArray().ToList();
        notices[0].EnumerateObject().Select(p => p.Name).Should().Equal("name", "status", "impact", "body", "scheduled_for", "scheduled_until", "affected_components");
        notices.Select(e => e.GetProperty("scheduled_for").GetString()).Should().Equal("2026-01-07T05:00:00Z", "2026-01-14T05:00:00Z", "2026-01-21T05:00:00Z");
        notices.Select(e => e.GetProperty("status").GetString()).Should().Equal("in_progress", "scheduled", "scheduled");
        notices[0].GetProperty("impact").GetString().Should().Be("maintenance");
        notices[0].GetProperty("scheduled_until").GetString().Should().Be("2026-01-07T07:00:00Z");
        notices[0].GetProperty("affected_components").EnumerateArray().Select(e => e.GetString()).Should().Equal("Zenput service");
    }

    [Fact]
    public void Before_1883_local_times_keep_the_seconds_of_their_offset_so_they_name_the_same_instant_as_UTC()
    {
        // Los Angeles kept local mean time (-07:52:58) until 1883; cutting it to -07:52 moved the local field by 58 seconds.
        var result = CliRunner.Run("due", "--severity", "critical", "--reported-at", "1850-01-01T12:00:00Z", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("reportedAtLocal").GetString().Should().Be("1850-01-01T04:07:02-07:52:58");
        OffsetDateTimePatternRoundTrip(json.RootElement.GetProperty("responseDueLocal").GetString()!)
            .Should().Be(NodaTime.Text.InstantPattern.ExtendedIso.Parse(json.RootElement.GetProperty("responseDueAt").GetString()!).Value);
    }

    [Fact]
    public void Before_1883_the_batch_writes_the_offset_seconds_too()
    {
        var result = CliRunner.RunWithInput("{\"severity\":1,\"reportedAt\":\"1850-01-01T12:00:00Z\"}\n", "due", "--input", "-");

        result.Out.Should().Contain("\"responseDueLocal\":\"1850-01-01T06:07:02-07:52:58\"");
    }

    private static Instant OffsetDateTimePatternRoundTrip(string text) =>
        NodaTime.Text.OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm:ss>").Parse(text).Value.ToInstant();
}
