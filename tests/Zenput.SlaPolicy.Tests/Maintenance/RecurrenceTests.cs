using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Tests.Maintenance;

/// <summary>Monthly nth-weekday rules (including the last and the 5th) and effective from/until bounds, against dates counted with <see cref="DateTime"/>.</summary>
public sealed class RecurrenceTests
{
    private static readonly DateTimeZone Utc = DateTimeZone.Utc;

    private static MaintenanceSchedule Only(MaintenanceRecurrence rule) => new(Utc, [rule]);

    private static List<LocalDate> Dates(MaintenanceSchedule schedule, int fromYear, int toYear) =>
        [.. schedule.WindowsOverlapping(Instant.FromUtc(fromYear, 1, 1, 0, 0), Instant.FromUtc(toYear, 1, 1, 0, 0)).Select(w => w.OccurrenceDate)];

    /// <summary>The dates in [fromYear, toYear) that are the nth given weekday of their month, counted day by day.</summary>
    private static List<LocalDate> ExpectedNth(int n, DayOfWeek day, int fromYear, int toYear)
    {
        var dates = new List<LocalDate>();
        for (var d = new DateTime(fromYear, 1, 1); d.Year < toYear; d = d.AddDays(1))
        {
            if (d.DayOfWeek != day)
            {
                continue;
            }

            var nth = ((d.Day - 1) / 7) + 1;
            var isLast = d.AddDays(7).Month != d.Month;
            if (nth == n || (n == -1 && isLast))
            {
                dates.Add(new LocalDate(d.Year, d.Month, d.Day));
            }
        }

        return dates;
    }

    [Theory]
    [InlineData(1, IsoDayOfWeek.Monday, DayOfWeek.Monday)]
    [InlineData(2, IsoDayOfWeek.Tuesday, DayOfWeek.Tuesday)]
    [InlineData(4, IsoDayOfWeek.Saturday, DayOfWeek.Saturday)]
    [InlineData(-1, IsoDayOfWeek.Sunday, DayOfWeek.Sunday)]
    [InlineData(-1, IsoDayOfWeek.Friday, DayOfWeek.Friday)]
    public void Monthly_nth_weekday_occurs_on_exactly_the_dates_counted_day_by_day(int week, IsoDayOfWeek isoDay, DayOfWeek day)
    {
        var rule = MaintenanceRecurrence.MonthlyNthWeekday("monthly", "Monthly", week, isoDay, new LocalTime(22, 0), Duration.FromHours(1));

        Dates(Only(rule), 2026, 2036).Should().Equal(ExpectedNth(week, day, 2026, 2036)).And.HaveCount(120);
    }

    [Fact]
    public void A_fifth_weekday_rule_skips_the_months_that_have_only_four()
    {
        var rule = MaintenanceRecurrence.MonthlyNthWeekday("fifth", "Fifth Tuesday", 5, IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2));

        var dates = Dates(Only(rule), 2026, 2027);

        // 2026 has 5 Tuesdays in March, June, September and December.
        dates.Should().Equal(new LocalDate(2026, 3, 31), new LocalDate(2026, 6, 30), new LocalDate(2026, 9, 29), new LocalDate(2026, 12, 29));
        Dates(Only(rule), 2026, 2036).Should().Equal(ExpectedNth(5, DayOfWeek.Tuesday, 2026, 2036));
    }

    [Fact]
    public void Effective_from_and_until_are_inclusive_local_dates()
    {
        var rule = new MaintenanceRecurrence(
            "bounded", "Bounded", RecurrencePattern.Weekly, IsoDayOfWeek.Tuesday, null, new LocalTime(21, 0), Duration.FromHours(2),
            effectiveFrom: new LocalDate(2026, 2, 3), effectiveUntil: new LocalDate(2026, 3, 3));

        Dates(Only(rule), 2026, 2027).Should().Equal(
            new LocalDate(2026, 2, 3), new LocalDate(2026, 2, 10), new LocalDate(2026, 2, 17), new LocalDate(2026, 2, 24), new LocalDate(2026, 3, 3));
    }

    [Fact]
    public void Effective_from_on_another_weekday_starts_at_the_next_matching_day()
    {
        var rule = new MaintenanceRecurrence(
            "bounded", "Bounded", RecurrencePattern.Weekly, IsoDayOfWeek.Tuesday, null, new LocalTime(21, 0), Duration.FromHours(2),
            effectiveFrom: new LocalDate(2026, 2, 4), effectiveUntil: new LocalDate(2026, 2, 16));

        Dates(Only(rule), 2026, 2027).Should().Equal(new LocalDate(2026, 2, 10));
    }

    [Fact]
    public void A_rule_replaced_by_another_from_a_date_hands_over_without_gap_or_double()
    {
        var old = new MaintenanceRecurrence("old", "Old", RecurrencePattern.Weekly, IsoDayOfWeek.Tuesday, null, new LocalTime(21, 0), Duration.FromHours(2), effectiveUntil: new LocalDate(2026, 6, 30));
        var next = new MaintenanceRecurrence("new", "New", RecurrencePattern.Weekly, IsoDayOfWeek.Wednesday, null, new LocalTime(22, 0), Duration.FromHours(1), effectiveFrom: new LocalDate(2026, 7, 1));
        var schedule = new MaintenanceSchedule(Utc, [old, next]);

        var windows = schedule.WindowsOverlapping(Instant.FromUtc(2026, 6, 20, 0, 0), Instant.FromUtc(2026, 7, 10, 0, 0));

        windows.Select(w => (w.SourceId, w.OccurrenceDate)).Should().Equal(
            ("old", new LocalDate(2026, 6, 23)), ("old", new LocalDate(2026, 6, 30)), ("new", new LocalDate(2026, 7, 1)), ("new", new LocalDate(2026, 7, 8)));
    }

    [Fact]
    public void A_window_that_started_before_the_range_but_is_still_running_is_included()
    {
        var schedule = ZenputSla.MaintenanceSchedule;

        // 2026-01-06 21:00 PST = 2026-01-07T05:00Z, running until 07:00Z.
        var windows = schedule.WindowsOverlapping(Instant.FromUtc(2026, 1, 7, 6, 0), Instant.FromUtc(2026, 1, 7, 6, 30));

        windows.Should().ContainSingle().Which.Start.Should().Be(Instant.FromUtc(2026, 1, 7, 5, 0));
    }

    [Fact]
    public void A_range_ending_exactly_at_a_window_start_excludes_it_and_one_starting_at_its_end_excludes_it_too()
    {
        var schedule = ZenputSla.MaintenanceSchedule;

        schedule.WindowsOverlapping(Instant.FromUtc(2026, 1, 7, 0, 0), Instant.FromUtc(2026, 1, 7, 5, 0)).Should().BeEmpty();
        schedule.WindowsOverlapping(Instant.FromUtc(2026, 1, 7, 7, 0), Instant.FromUtc(2026, 1, 7, 9, 0)).Should().BeEmpty();
    }
}
