using System.Linq;
using System.Text.Json;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Tests.Maintenance;

/// <summary>The JSON the CLI prints for <c>maintenance --format json</c>.</summary>
public sealed class MaintenanceWindowJsonTests
{
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    [Fact]
    public void Each_window_is_written_with_UTC_and_local_times_and_its_kind()
    {
        var schedule = new MaintenanceSchedule(
            Pacific,
            ZenputSla.MaintenanceSchedule.Recurrences,
            oneOffs: [new MaintenanceOneOff("db", "Database", MaintenanceKind.Planned, new LocalDateTime(2026, 7, 1, 22, 0), Duration.FromMinutes(90), "Upgrade.")],
            moves: [new MovedOccurrence(ZenputSla.WeeklyMaintenanceId, new LocalDate(2026, 7, 7), new LocalDateTime(2026, 7, 8, 21, 0))]);

        var json = MaintenanceWindowJson.ToJson(schedule.WindowsOverlapping(Instant.FromUtc(2026, 6, 30, 0, 0), Instant.FromUtc(2026, 7, 10, 0, 0)));

        using var document = JsonDocument.Parse(json);
        var items = document.RootElement.EnumerateArray().ToList();
        items.Select(i => string.Join(",", i.EnumerateObject().Select(p => p.Name))).Should().AllBe("start,end,localStart,localEnd,kind");
        items.Select(i => (i.GetProperty("start").GetString(), i.GetProperty("end").GetString(), i.GetProperty("localStart").GetString(), i.GetProperty("localEnd").GetString(), i.GetProperty("kind").GetString()))
            .Should().Equal(
                ("2026-07-01T04:00:00Z", "2026-07-01T06:00:00Z", "2026-06-30T21:00:00-07:00", "2026-06-30T23:00:00-07:00", "recurring"),
                ("2026-07-02T05:00:00Z", "2026-07-02T06:30:00Z", "2026-07-01T22:00:00-07:00", "2026-07-01T23:30:00-07:00", "one-off"),
                ("2026-07-09T04:00:00Z", "2026-07-09T06:00:00Z", "2026-07-08T21:00:00-07:00", "2026-07-08T23:00:00-07:00", "recurring"));
    }

    [Fact]
    public void Winter_local_times_carry_the_minus_08_00_offset()
    {
        var window = ZenputSla.MaintenanceSchedule.NextWindow(Instant.FromUtc(2026, 1, 1, 0, 0))!;

        using var document = JsonDocument.Parse(MaintenanceWindowJson.ToJson([window], indented: false));

        document.RootElement[0].GetProperty("localStart").GetString().Should().Be("2026-01-06T21:00:00-08:00");
        document.RootElement[0].GetProperty("start").GetString().Should().Be("2026-01-07T05:00:00Z");
    }

    [Fact]
    public void An_empty_range_writes_an_empty_array()
    {
        MaintenanceWindowJson.ToJson([], indented: false).Should().Be("[]");
    }
}
