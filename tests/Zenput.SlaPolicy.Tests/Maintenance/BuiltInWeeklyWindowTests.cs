using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Tests.Maintenance;

/// <summary>The article's "weekly on Tuesdays at 9 pm PT", checked against the operating system's tz data rather than NodaTime's.</summary>
public sealed class BuiltInWeeklyWindowTests
{
    private static readonly MaintenanceSchedule Schedule = ZenputSla.MaintenanceSchedule;

    [Fact]
    public void Ten_years_of_Tuesday_21_00_Pacific_windows_match_instants_computed_with_TimeZoneInfo()
    {
        var pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        var expected = new List<(Instant Start, Instant End)>();
        for (var day = new DateTime(2026, 1, 1); day < new DateTime(2036, 1, 1); day = day.AddDays(1))
        {
            if (day.DayOfWeek == DayOfWeek.Tuesday)
            {
                var utc = TimeZoneInfo.ConvertTimeToUtc(day.AddHours(21), pacific);
                var start = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
                expected.Add((start, start + Duration.FromHours(2)));
            }
        }

        var actual = Schedule.WindowsOverlapping(Instant.FromUtc(2026, 1, 1, 8, 0), Instant.FromUtc(2036, 1, 1, 8, 0));

        // 2026-01-06 to 2035-12-25 is exactly 520 weeks (2036-01-01 is itself a Tuesday, outside the range).
        expected.Should().HaveCount(521);
        actual.Select(w => (w.Start, w.End)).Should().Equal(expected);
        actual.Should().OnlyContain(w => w.Origin == MaintenanceWindowOrigin.Recurring && w.SourceId == ZenputSla.WeeklyMaintenanceId);
    }

    [Fact]
    public void Every_start_in_ten_years_is_05_00Z_in_standard_time_and_04_00Z_in_daylight_time()
    {
        var pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        foreach (var window in Schedule.WindowsOverlapping(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2036, 1, 1, 0, 0)))
        {
            var utc = window.Start.ToDateTimeUtc();
            var local = TimeZoneInfo.ConvertTimeFromUtc(utc, pacific);
            local.DayOfWeek.Should().Be(DayOfWeek.Tuesday);
            local.TimeOfDay.Should().Be(TimeSpan.FromHours(21));
            utc.Hour.Should().Be(pacific.IsDaylightSavingTime(local) ? 4 : 5);
        }
    }

    [Theory]
    [InlineData(2026, 1, 6, 2026, 1, 7, 5)] // winter: PST, UTC-8
    [InlineData(2026, 7, 7, 2026, 7, 8, 4)] // summer: PDT, UTC-7
    [InlineData(2026, 3, 3, 2026, 3, 4, 5)] // the Tuesday before clocks go forward on 8 March
    [InlineData(2026, 3, 10, 2026, 3, 11, 4)] // the Tuesday after
    [InlineData(2026, 10, 27, 2026, 10, 28, 4)] // the Tuesday before clocks go back on 1 November
    [InlineData(2026, 11, 3, 2026, 11, 4, 5)] // the Tuesday after
    public void Tuesday_21_00_Pacific_is_the_expected_UTC_instant_around_DST_changes(int y, int m, int d, int utcY, int utcM, int utcD, int utcHour)
    {
        var window = Schedule.NextWindow(Instant.FromUtc(y, m, d, 0, 0))!;

        window.OccurrenceDate.Should().Be(new LocalDate(y, m, d));
        window.Start.Should().Be(Instant.FromUtc(utcY, utcM, utcD, utcHour, 0));
        window.End.Should().Be(Instant.FromUtc(utcY, utcM, utcD, utcHour + 2, 0));
        window.LocalStart.LocalDateTime.Should().Be(new LocalDateTime(y, m, d, 21, 0));
    }
}
