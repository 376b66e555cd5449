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
}
