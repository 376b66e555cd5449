using System.Linq;
using System.Text.Json;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Tests.Maintenance;

public sealed class StatusPageNoticeTests
{
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    // 2026-01-06 21:00–23:00 PST.
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 7, 5, 0);
    private static readonly Instant End = Instant.FromUtc(2026, 1, 7, 7, 0);

    private static StatusPageNotice NoticeAsOf(Instant asOf) =>
        ZenputSla.MaintenanceSchedule.StatusPageNotices(Start, End, asOf).Should().ContainSingle().Subject;

    [Fact]
    public void Status_is_scheduled_before_the_start_in_progress_from_the_start_and_completed_from_the_end()
    {
        NoticeAsOf(Start - Duration.Epsilon).Status.Should().Be(StatusPageMaintenanceStatus.Scheduled);
        NoticeAsOf(Start).Status.Should().Be(StatusPageMaintenanceStatus.InProgress);
        NoticeAsOf(End - Duration.Epsilon).Status.Should().Be(StatusPageMaintenanceStatus.InProgress);
        NoticeAsOf(End).Status.Should().Be(StatusPageMaintenanceStatus.Completed);
    }

    [Fact]
    public void The_JSON_object_has_exactly_the_Statuspage_snake_case_fields()
    {
        using var json = JsonDocument.Parse(NoticeAsOf(Start).ToJson());
        var root = json.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("name", "status", "impact", "body", "scheduled_for", "scheduled_until", "affected_components");
        root.GetProperty("name").GetString().Should().Be("Weekly scheduled maintenance");
        root.GetProperty("status").GetString().Should().Be("in_progress");
        root.GetProperty("impact").GetString().Should().Be("maintenance");
        root.GetProperty("scheduled_for").GetString().Should().Be("2026-01-07T05:00:00Z");
        root.GetProperty("scheduled_until").GetString().Should().Be("2026-01-07T07:00:00Z");
        root.GetProperty("affected_components").EnumerateArray().Select(e => e.GetString()).Should().Equal("Zenput service");
    }

    [Theory]
    [InlineData(StatusPageMaintenanceStatus.Scheduled, "scheduled")]
    [InlineData(StatusPageMaintenanceStatus.InProgress, "in_progress")]
    [InlineData(StatusPageMaintenanceStatus.Completed, "completed")]
    public void Statuses_have_the_Statuspage_names(StatusPageMaintenanceStatus status, string name)
    {
        StatusPageNotice.StatusName(status).Should().Be(name);
    }

    [Fact]
    public void The_body_of_a_recurring_window_gives_its_local_times_and_zone()
    {
        NoticeAsOf(Start).Body.Should().Be("Weekly scheduled maintenance on Tuesday, 6 January 2026 from 21:00 to 23:00 PST (America/Los_Angeles).");
    }

    [Fact]
    public void The_body_of_a_one_off_gives_its_kind_times_and_reason_and_of_a_move_its_original_date()
    {
        var schedule = new MaintenanceSchedule(
            Pacific,
            ZenputSla.MaintenanceSchedule.Recurrences,
            oneOffs: [new MaintenanceOneOff("db", "Database upgrade", MaintenanceKind.Emergency, new LocalDateTime(2026, 1, 9, 23, 0), Duration.FromHours(3), "Security fix for the database.")],
            moves: [new MovedOccurrence(ZenputSla.WeeklyMaintenanceId, new LocalDate(2026, 1, 13), new LocalDateTime(2026, 1, 14, 21, 0))],
            affectedComponents: ["Web app", "Mobile app"]);

        var notices = schedule.StatusPageNotices(Instant.FromUtc(2026, 1, 8, 0, 0), Instant.FromUtc(2026, 1, 16, 0, 0), Start);

        notices.Select(n => n.Body).Should().Equal(
            "Emergency maintenance from Friday, 9 January 2026 23:00 PST to Saturday, 10 January 2026 02:00 PST (America/Los_Angeles). Security fix for the database.",
            "Weekly scheduled maintenance on Wednesday, 14 January 2026 from 21:00 to 23:00 PST (America/Los_Angeles), moved from its usual time on Tuesday, 13 January 2026.");
        notices.Should().OnlyContain(n => n.Status == StatusPageMaintenanceStatus.Scheduled && n.AffectedComponents.SequenceEqual(new[] { "Web app", "Mobile app" }));
    }

    [Fact]
    public void A_window_across_a_DST_change_names_both_offsets()
    {
        var schedule = new MaintenanceSchedule(Pacific, [MaintenanceRecurrence.Weekly("sun", "Night work", IsoDayOfWeek.Sunday, new LocalTime(0, 30), Duration.FromHours(3))]);

        var notice = schedule.StatusPageNotices(Instant.FromUtc(2026, 3, 8, 0, 0), Instant.FromUtc(2026, 3, 9, 0, 0), Instant.FromUtc(2026, 1, 1, 0, 0)).Single();

        notice.Body.Should().Be("Night work on Sunday, 8 March 2026 from 00:30 PST to 04:30 PDT (America/Los_Angeles).");
    }

    [Fact]
    public void An_array_of_notices_is_written_in_order()
    {
        var notices = ZenputSla.MaintenanceSchedule.StatusPageNotices(Start, Start + Duration.FromDays(21), Start);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            StatusPageNotice.WriteArray(writer, notices);
        }

        using var json = JsonDocument.Parse(buffer.WrittenMemory);
        json.RootElement.EnumerateArray().Select(e => e.GetProperty("scheduled_for").GetString())
            .Should().Equal("2026-01-07T05:00:00Z", "2026-01-14T05:00:00Z", "2026-01-21T05:00:00Z");
        json.RootElement.EnumerateArray().Select(e => e.GetProperty("status").GetString())
            .Should().Equal("in_progress", "scheduled", "scheduled");
    }
}
