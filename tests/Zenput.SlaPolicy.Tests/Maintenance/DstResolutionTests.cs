using System.Linq;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Tests.Maintenance;

/// <summary>
/// Local starts that fall in a DST gap or overlap resolve as DESIGN.md §5 says: the first instant at
/// which the wall clock reads that time or later. In Europe/London the gap and the overlap are
/// 01:00–02:00 on the last Sundays of March and October (02:30 is an ordinary time there); in
/// Europe/Berlin they are 02:00–03:00.
/// </summary>
public sealed class DstResolutionTests
{
    private static MaintenanceSchedule WeeklySunday(string zone, int hour, int minute, Duration length) =>
        new(DateTimeZoneProviders.Tzdb[zone], [MaintenanceRecurrence.Weekly("sunday", "Sunday maintenance", IsoDayOfWeek.Sunday, new LocalTime(hour, minute), length)]);

    private static MaintenanceWindow On(MaintenanceSchedule schedule, LocalDate date) =>
        schedule.WindowsOverlapping(Instant.FromUtc(date.Year, date.Month, date.Day, 0, 0) - Duration.FromDays(1), Instant.FromUtc(date.Year, date.Month, date.Day, 0, 0) + Duration.FromDays(2))
            .Should().ContainSingle(w => w.OccurrenceDate == date).Subject;

    [Fact]
    public void A_start_in_the_London_spring_gap_moves_to_the_end_of_the_gap()
    {
        // 2026-03-29 01:30 does not exist in London: 01:00 GMT jumps to 02:00 BST (01:00Z).
        var window = On(WeeklySunday("Europe/London", 1, 30, Duration.FromHours(1)), new LocalDate(2026, 3, 29));

        window.Start.Should().Be(Instant.FromUtc(2026, 3, 29, 1, 0));
        window.End.Should().Be(Instant.FromUtc(2026, 3, 29, 2, 0));
        window.LocalStart.LocalDateTime.Should().Be(new LocalDateTime(2026, 3, 29, 2, 0));
    }

    [Fact]
    public void A_start_in_the_London_autumn_overlap_takes_the_earlier_instant()
    {
        // 2026-10-25 01:30 happens at 00:30Z (BST) and again at 01:30Z (GMT).
        var window = On(WeeklySunday("Europe/London", 1, 30, Duration.FromHours(1)), new LocalDate(2026, 10, 25));

        window.Start.Should().Be(Instant.FromUtc(2026, 10, 25, 0, 30));
        window.LocalStart.Offset.Should().Be(Offset.FromHours(1));
    }

    [Theory]
    [InlineData(3, 29, 1, 30)] // 02:30 BST
    [InlineData(10, 25, 2, 30)] // 02:30 GMT
    public void A_02_30_start_in_London_is_unaffected_on_the_DST_Sundays(int month, int day, int utcHour, int utcMinute)
    {
        var window = On(WeeklySunday("Europe/London", 2, 30, Duration.FromHours(1)), new LocalDate(2026, month, day));

        window.Start.Should().Be(Instant.FromUtc(2026, month, day, utcHour, utcMinute));
    }

    [Fact]
    public void A_02_30_start_in_the_Berlin_spring_gap_opens_at_03_00_CEST()
    {
        var window = On(WeeklySunday("Europe/Berlin", 2, 30, Duration.FromHours(2)), new LocalDate(2026, 3, 29));

        window.Start.Should().Be(Instant.FromUtc(2026, 3, 29, 1, 0));
        window.End.Should().Be(Instant.FromUtc(2026, 3, 29, 3, 0));
    }

    [Fact]
    public void A_02_30_start_in_the_Berlin_autumn_overlap_is_the_first_02_30()
    {
        var window = On(WeeklySunday("Europe/Berlin", 2, 30, Duration.FromHours(2)), new LocalDate(2026, 10, 25));

        window.Start.Should().Be(Instant.FromUtc(2026, 10, 25, 0, 30));
    }

    [Fact]
    public void A_monthly_last_Sunday_of_March_rule_in_the_London_gap_resolves_like_a_weekly_one()
    {
        var schedule = new MaintenanceSchedule(
            DateTimeZoneProviders.Tzdb["Europe/London"],
            [MaintenanceRecurrence.MonthlyNthWeekday("last-sunday", "Last Sunday", -1, IsoDayOfWeek.Sunday, new LocalTime(1, 30), Duration.FromHours(1))]);

        var windows = schedule.WindowsOverlapping(Instant.FromUtc(2026, 3, 1, 0, 0), Instant.FromUtc(2026, 5, 1, 0, 0));

        windows.Select(w => w.Start).Should().Equal(Instant.FromUtc(2026, 3, 29, 1, 0), Instant.FromUtc(2026, 4, 26, 0, 30));
    }

    [Fact]
    public void A_window_length_is_elapsed_time_even_across_the_autumn_change()
    {
        // 00:30 BST on 2026-10-25 is 23:30Z the day before; three hours later it is 02:30Z, 02:30 GMT on the wall clock.
        var window = On(WeeklySunday("Europe/London", 0, 30, Duration.FromHours(3)), new LocalDate(2026, 10, 25));

        window.Start.Should().Be(Instant.FromUtc(2026, 10, 24, 23, 30));
        window.End.Should().Be(Instant.FromUtc(2026, 10, 25, 2, 30));
        window.LocalEnd.LocalDateTime.Should().Be(new LocalDateTime(2026, 10, 25, 2, 30));
    }

    [Fact]
    public void A_02_30_start_on_the_Los_Angeles_spring_change_opens_at_03_00_PDT()
    {
        var window = On(WeeklySunday("America/Los_Angeles", 2, 30, Duration.FromHours(1)), new LocalDate(2026, 3, 8));

        window.Start.Should().Be(Instant.FromUtc(2026, 3, 8, 10, 0));
    }
}
