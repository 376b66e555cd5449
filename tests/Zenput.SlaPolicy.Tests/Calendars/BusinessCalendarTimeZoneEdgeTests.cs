using NodaTime;
using Zenput.Sla.Calendars;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Calendars;

/// <summary>
/// DESIGN.md's time-zone edge cases, each with its expected instants written out by hand from the
/// tz database (2025–2026 releases): a local boundary maps to the first instant at which the wall
/// clock reads that local time or later.
/// </summary>
public sealed class BusinessCalendarTimeZoneEdgeTests
{
    [Fact]
    public void Los_Angeles_window_00_to_08_on_spring_forward_day_is_7_hours()
    {
        var calendar = Calendar("America/Los_Angeles", [Window(IsoDayOfWeek.Sunday, 0, 0, 8, 0)]);

        // 00:00 PST = 08:00Z; 08:00 PDT = 15:00Z.
        ClockOn(calendar).Elapsed(Utc(2026, 3, 7), Utc(2026, 3, 9)).Should().Be(Duration.FromHours(7));
        ClockOn(calendar).RunningIntervals(Utc(2026, 3, 7), Utc(2026, 3, 9))
            .Should().Equal(new Interval(Utc(2026, 3, 8, 8), Utc(2026, 3, 8, 15)));
        ClockOn(calendar).DueAt(Utc(2026, 3, 8, 8), Duration.FromHours(7)).Should().Be(Utc(2026, 3, 8, 15));
    }

    [Fact]
    public void Los_Angeles_window_00_to_08_on_fall_back_day_is_9_hours()
    {
        var calendar = Calendar("America/Los_Angeles", [Window(IsoDayOfWeek.Sunday, 0, 0, 8, 0)]);

        // 00:00 PDT = 07:00Z; 08:00 PST = 16:00Z.
        ClockOn(calendar).Elapsed(Utc(2026, 10, 31), Utc(2026, 11, 2)).Should().Be(Duration.FromHours(9));
        ClockOn(calendar).DueAt(Utc(2026, 11, 1, 7), Duration.FromHours(9)).Should().Be(Utc(2026, 11, 1, 16));
    }

    [Fact]
    public void Los_Angeles_window_starting_0230_in_the_gap_opens_at_0300_PDT()
    {
        var calendar = Calendar("America/Los_Angeles", [Window(IsoDayOfWeek.Sunday, 2, 30, 5, 0)]);

        ClockOn(calendar).IsRunningAt(Utc(2026, 3, 8, 9, 59)).Should().BeFalse();
        ClockOn(calendar).IsRunningAt(Utc(2026, 3, 8, 10, 0)).Should().BeTrue();
        ClockOn(calendar).Elapsed(Utc(2026, 3, 8), Utc(2026, 3, 9)).Should().Be(Duration.FromHours(2));
        ClockOn(calendar).DueAt(Utc(2026, 3, 8, 8), Duration.FromMinutes(1)).Should().Be(Utc(2026, 3, 8, 10, 1));
    }

    [Fact]
    public void Los_Angeles_boundary_in_the_repeated_hour_takes_the_earlier_instant()
    {
        // 01:30 happens at 08:30Z (PDT) and 09:30Z (PST): the window opens at the first; 02:30 PST = 10:30Z.
        var calendar = Calendar("America/Los_Angeles", [Window(IsoDayOfWeek.Sunday, 1, 30, 2, 30)]);

        ClockOn(calendar).RunningIntervals(Utc(2026, 11, 1), Utc(2026, 11, 2))
            .Should().Equal(new Interval(Utc(2026, 11, 1, 8, 30), Utc(2026, 11, 1, 10, 30)));
    }

    [Fact]
    public void Havana_midnight_gap_moves_the_opening_to_0100_CDT_and_the_previous_close_with_it()
    {
        // 2026-03-08 00:00 CST does not exist: clocks go to 01:00 CDT at 05:00Z.
        var calendar = Calendar(
            "America/Havana",
            [Window(IsoDayOfWeek.Saturday, 22, 0, 24, 0), Window(IsoDayOfWeek.Sunday, 0, 0, 8, 0)]);

        // Saturday 22:00 CST = 03:00Z up to Sunday's first instant 05:00Z; Sunday to 08:00 CDT = 12:00Z.
        ClockOn(calendar).RunningIntervals(Utc(2026, 3, 7), Utc(2026, 3, 9))
            .Should().Equal(new Interval(Utc(2026, 3, 8, 3), Utc(2026, 3, 8, 12)));
        ClockOn(calendar).Elapsed(Utc(2026, 3, 8, 5), Utc(2026, 3, 9)).Should().Be(Duration.FromHours(7));
    }

    [Fact]
    public void Santiago_spring_forward_day_at_midnight_is_23_hours()
    {
        // 2026-09-06 00:00 -04 does not exist: 04:00Z is 01:00 -03; the next midnight is 03:00Z.
        var calendar = Calendar("America/Santiago", [Window(IsoDayOfWeek.Sunday, 0, 0, 24, 0)]);

        ClockOn(calendar).RunningIntervals(Utc(2026, 9, 5), Utc(2026, 9, 8))
            .Should().Equal(new Interval(Utc(2026, 9, 6, 4), Utc(2026, 9, 7, 3)));
    }

    [Fact]
    public void Santiago_fall_back_day_at_midnight_is_25_hours()
    {
        // At 2026-04-05T03:00Z clocks go from 00:00 -03 back to 23:00 -04: 2026-04-04 runs from 03:00Z to 04:00Z next day.
        var calendar = Calendar("America/Santiago", [Window(IsoDayOfWeek.Saturday, 0, 0, 24, 0)]);

        ClockOn(calendar).RunningIntervals(Utc(2026, 4, 3), Utc(2026, 4, 6))
            .Should().Equal(new Interval(Utc(2026, 4, 4, 3), Utc(2026, 4, 5, 4)));
        ClockOn(calendar).Elapsed(Utc(2026, 4, 3), Utc(2026, 4, 6)).Should().Be(Duration.FromHours(25));
    }

    [Fact]
    public void Cairo_midnight_gap_on_2026_04_24_makes_00_to_08_seven_hours()
    {
        // 2026-04-24 00:00 +02 does not exist: 2026-04-23T22:00Z is 01:00 +03; 08:00 +03 = 05:00Z.
        var calendar = Calendar("Africa/Cairo", [Window(IsoDayOfWeek.Friday, 0, 0, 8, 0)]);

        ClockOn(calendar).RunningIntervals(Utc(2026, 4, 23), Utc(2026, 4, 25))
            .Should().Equal(new Interval(Utc(2026, 4, 23, 22), Utc(2026, 4, 24, 5)));
    }

    [Fact]
    public void Cairo_repeated_hour_on_2026_10_29_lengthens_the_evening_and_ambiguous_boundaries_take_the_first()
    {
        // At 21:00Z clocks go from 2026-10-30 00:00 +03 back to 23:00 +02; next midnight is 22:00Z.
        var evening = Calendar("Africa/Cairo", [Window(IsoDayOfWeek.Thursday, 20, 0, 24, 0)]);
        ClockOn(evening).RunningIntervals(Utc(2026, 10, 29), Utc(2026, 10, 31))
            .Should().Equal(new Interval(Utc(2026, 10, 29, 17), Utc(2026, 10, 29, 22)));

        var repeated = Calendar("Africa/Cairo", [Window(IsoDayOfWeek.Thursday, 23, 30, 23, 45)]);
        ClockOn(repeated).RunningIntervals(Utc(2026, 10, 29), Utc(2026, 10, 31))
            .Should().Equal(new Interval(Utc(2026, 10, 29, 20, 30), Utc(2026, 10, 29, 20, 45)));
    }

    [Fact]
    public void Beirut_midnight_gap_on_2026_03_29_ends_saturday_evening_and_starts_sunday_at_0100()
    {
        // At 2026-03-28T22:00Z clocks go from 00:00 +02 to 01:00 +03.
        var calendar = Calendar(
            "Asia/Beirut",
            [Window(IsoDayOfWeek.Saturday, 20, 0, 24, 0), Window(IsoDayOfWeek.Sunday, 0, 0, 2, 0)]);

        // Saturday 20:00 +02 = 18:00Z to 22:00Z, Sunday 22:00Z to 02:00 +03 = 23:00Z: one interval, 5 hours.
        ClockOn(calendar).RunningIntervals(Utc(2026, 3, 28), Utc(2026, 3, 30))
            .Should().Equal(new Interval(Utc(2026, 3, 28, 18), Utc(2026, 3, 28, 23)));
    }

    [Fact]
    public void Lord_Howe_half_hour_spring_forward_makes_02_to_03_thirty_minutes()
    {
        // 2026-10-04 02:00 +10:30 → 02:30 +11 at 2026-10-03T15:30Z.
        var calendar = Calendar("Australia/Lord_Howe", [Window(IsoDayOfWeek.Sunday, 2, 0, 3, 0), Window(IsoDayOfWeek.Saturday, 1, 0, 2, 0)]);

        ClockOn(calendar).Elapsed(Utc(2026, 10, 3, 12), Utc(2026, 10, 4, 12)).Should().Be(Duration.FromMinutes(30));
        ClockOn(calendar).DueAt(Utc(2026, 10, 3, 12), Duration.FromMinutes(10)).Should().Be(Utc(2026, 10, 3, 15, 40));
    }

    [Fact]
    public void Kathmandu_quarter_hour_offset_shifts_a_nine_to_five_day_to_0315Z()
    {
        var calendar = NineToFive("Asia/Kathmandu");

        // Monday 2026-06-01 09:00 +05:45 = 03:15Z.
        ClockOn(calendar).DueAt(Utc(2026, 6, 1), Duration.FromHours(1)).Should().Be(Utc(2026, 6, 1, 4, 15));
        ClockOn(calendar).RunningIntervals(Utc(2026, 6, 1), Utc(2026, 6, 2))
            .Should().Equal(new Interval(Utc(2026, 6, 1, 3, 15), Utc(2026, 6, 1, 11, 15)));
    }

    [Fact]
    public void Chatham_quarter_hour_spring_forward_skips_0245_to_0345()
    {
        // 2026-09-27 02:45 +12:45 → 03:45 +13:45 at 2026-09-26T14:00Z. 02:00 +12:45 = 13:15Z; 04:00 +13:45 = 14:15Z.
        var calendar = Calendar("Pacific/Chatham", [Window(IsoDayOfWeek.Sunday, 2, 0, 4, 0)]);

        ClockOn(calendar).RunningIntervals(Utc(2026, 9, 26), Utc(2026, 9, 27))
            .Should().Equal(new Interval(Utc(2026, 9, 26, 13, 15), Utc(2026, 9, 26, 14, 15)));
    }

    [Fact]
    public void Casablanca_negative_DST_repeats_02_to_03_on_2026_02_15()
    {
        // At 02:00Z clocks go from 03:00 +01 back to 02:00 +00. 01:00 +01 = 00:00Z; 04:00 +00 = 04:00Z.
        var calendar = Calendar("Africa/Casablanca", [Window(IsoDayOfWeek.Sunday, 1, 0, 4, 0)]);

        ClockOn(calendar).RunningIntervals(Utc(2026, 2, 14), Utc(2026, 2, 16))
            .Should().Equal(new Interval(Utc(2026, 2, 15, 0), Utc(2026, 2, 15, 4)));
    }

    [Fact]
    public void Casablanca_gap_on_2026_03_22_shortens_01_to_04_and_empties_02_to_03()
    {
        // At 02:00Z clocks go from 02:00 +00 to 03:00 +01. 01:00 +00 = 01:00Z; 04:00 +01 = 03:00Z.
        var calendar = Calendar("Africa/Casablanca", [Window(IsoDayOfWeek.Sunday, 1, 0, 4, 0)]);
        ClockOn(calendar).RunningIntervals(Utc(2026, 3, 21), Utc(2026, 3, 23))
            .Should().Equal(new Interval(Utc(2026, 3, 22, 1), Utc(2026, 3, 22, 3)));

        var insideGap = Calendar("Africa/Casablanca", [Window(IsoDayOfWeek.Sunday, 2, 0, 3, 0)]);
        ClockOn(insideGap).Elapsed(Utc(2026, 3, 21), Utc(2026, 3, 23)).Should().Be(Duration.Zero);
    }

    [Fact]
    public void Apia_2011_12_30_never_happened_so_its_windows_vanish_and_overnight_shifts_end_at_the_jump()
    {
        // At 2011-12-30T10:00Z Apia went from 2011-12-29 24:00 -10 to 2011-12-31 00:00 +14.
        var daily = Calendar("Pacific/Apia", Every(AllDays, 9, 0, 17, 0));

        // Thursday 29th: 19:00Z–03:00Z; Friday 30th: nothing; Saturday 31st 09:00 +14 = 30th 19:00Z.
        ClockOn(daily).RunningIntervals(Utc(2011, 12, 29, 12), Utc(2011, 12, 31, 12))
            .Should().Equal(
                new Interval(Utc(2011, 12, 29, 19), Utc(2011, 12, 30, 3)),
                new Interval(Utc(2011, 12, 30, 19), Utc(2011, 12, 31, 3)));
        ClockOn(daily).DueAt(Utc(2011, 12, 29, 19), Duration.FromHours(8) + Duration.FromMinutes(1))
            .Should().Be(Utc(2011, 12, 30, 19, 1));

        // Thursday 22:00 -10 = 08:00Z; its 06:00 end falls in the missing day, so it closes at the jump.
        var overnight = Calendar("Pacific/Apia", [Window(IsoDayOfWeek.Thursday, 22, 0, 6, 0)]);
        ClockOn(overnight).RunningIntervals(Utc(2011, 12, 29), Utc(2011, 12, 31))
            .Should().Equal(new Interval(Utc(2011, 12, 30, 8), Utc(2011, 12, 30, 10)));

        // Around the clock, the jump loses no instant: Thursday's midnight-to-midnight ends where Saturday's begins.
        ClockOn(BusinessCalendar.AlwaysOpen(Zone("Pacific/Apia"))).Elapsed(Utc(2011, 12, 29), Utc(2011, 12, 31)).Should().Be(Duration.FromHours(48));
    }

    [Theory]
    [InlineData("America/Los_Angeles", 2026, 3, 8, 23)]
    [InlineData("America/Los_Angeles", 2026, 11, 1, 25)]
    [InlineData("America/Havana", 2026, 3, 8, 23)]
    [InlineData("Australia/Lord_Howe", 2026, 10, 4, 23.5)]
    [InlineData("Pacific/Apia", 2011, 12, 31, 24)]
    public void Always_open_calendar_counts_every_instant_of_a_local_day_with_no_gap_at_midnight(string zoneId, int year, int month, int day, double hours)
    {
        var zone = Zone(zoneId);
        var calendar = BusinessCalendar.AlwaysOpen(zone);
        var date = new LocalDate(year, month, day);
        var start = date.AtStartOfDayInZone(zone).ToInstant();
        var end = date.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();

        ClockOn(calendar).Elapsed(start, end).Should().Be(Duration.FromMinutes((long)(hours * 60)));
        ClockOn(calendar).RunningIntervals(start - Duration.FromDays(2), end + Duration.FromDays(2))
            .Should().Equal(new Interval(start - Duration.FromDays(2), end + Duration.FromDays(2)));
    }
}
