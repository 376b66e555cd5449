using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Tests.Maintenance;

/// <summary>
/// Tests written for the mutants of <c>Maintenance/</c> that the session-11 Stryker run left undetected
/// (docs/mutation.md, "<c>Maintenance/</c> run (session 11)"): the coverage proof's soundness, the spans a
/// compiling chunk collects, rules that name no valid day or pattern, the two ends of the supported range,
/// the order of windows that differ only by date or origin, and status-page notices.
/// </summary>
public sealed class MaintenanceMutantTests
{
    private static readonly DateTimeZone Utc = DateTimeZone.Utc;
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private static readonly IsoDayOfWeek[] AllDays =
    [
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    ];

    /// <summary>The first instant the library supports: a week after NodaTime's start of time.</summary>
    private static readonly Instant SupportedStart = Instant.MinValue + Duration.FromDays(7);

    private static MaintenanceRecurrence Daily(IsoDayOfWeek day, LocalTime start, Duration length, LocalDate? effectiveFrom = null) =>
        MaintenanceRecurrence.Weekly($"all-{day}", "Always", day, start, length, effectiveFrom);

    private static List<Interval> Collected(MaintenanceSchedule schedule, Instant from, Instant to)
    {
        var spans = new List<Interval>();
        schedule.Expansion.CollectSpans(from, to, (start, end) => spans.Add(new Interval(start, end)));
        return [.. spans.OrderBy(s => s.Start).ThenBy(s => s.End)];
    }

    // ---- MaintenanceCoverage: the "maintenance covers all time" proof ----

    [Fact]
    public void Daily_windows_from_noon_that_run_into_the_next_day_are_proved_to_cover_all_time()
    {
        // In UTC each day's window covers 12:00 to 13:00 the next day, so Monday 00:00-12:00 is covered
        // only by Sunday's window running into the next week.
        var schedule = new MaintenanceSchedule(Utc, AllDays.Select(d => Daily(d, new LocalTime(12, 0), Duration.FromHours(25))));

        schedule.IsUnderMaintenance(Instant.FromUtc(2026, 1, 5, 6, 0)).Should().BeTrue();
        MaintenanceCoverage.CoversEverythingFrom(schedule).Should().NotBeNull();
    }

    [Fact]
    public void The_proof_of_full_coverage_waits_for_the_latest_effective_date_among_the_rules_in_any_order()
    {
        // 25-hour daily windows in UTC; Tuesday's rule starts on Tuesday 2030-01-01, listed between two rules
        // that start earlier and before four that have no start date. Until then Tuesday 01:00 to Wednesday
        // 00:00 is uncovered every week; the last such gap ends on Wednesday 2029-12-26 00:00 UTC.
        var early = new LocalDate(2026, 1, 1);
        var rules = new[]
        {
            Daily(IsoDayOfWeek.Monday, LocalTime.Midnight, Duration.FromHours(25), early),
            Daily(IsoDayOfWeek.Tuesday, LocalTime.Midnight, Duration.FromHours(25), new LocalDate(2030, 1, 1)),
            Daily(IsoDayOfWeek.Wednesday, LocalTime.Midnight, Duration.FromHours(25), early),
        }.Concat(AllDays.Skip(3).Select(d => Daily(d, LocalTime.Midnight, Duration.FromHours(25))));
        var schedule = new MaintenanceSchedule(Utc, rules);
        var lastGapEnd = Instant.FromUtc(2029, 12, 26, 0, 0);

        schedule.IsUnderMaintenance(lastGapEnd - Duration.FromHours(12)).Should().BeFalse();
        var from = MaintenanceCoverage.CoversEverythingFrom(schedule);

        from.Should().NotBeNull("from 2030 every rule is in effect and the windows overlap by an hour");
        from!.Value.Should().BeGreaterThanOrEqualTo(lastGapEnd);
    }

    [Fact]
    public void A_cancellation_in_the_last_days_of_the_supported_range_is_not_proved_away()
    {
        // Cancelling Thursday 9999-12-23 leaves 01:00 that day to Friday 00:00 uncovered, a day before the end.
        var schedule = new MaintenanceSchedule(
            Utc,
            AllDays.Select(d => Daily(d, LocalTime.Midnight, Duration.FromHours(25))),
            cancellations: [new CancelledOccurrence("all-Thursday", new LocalDate(9999, 12, 23))]);
        var gapEnd = Instant.FromUtc(9999, 12, 24, 0, 0);

        schedule.IsUnderMaintenance(Instant.FromUtc(9999, 12, 23, 12, 0)).Should().BeFalse();
        var from = MaintenanceCoverage.CoversEverythingFrom(schedule);

        if (from is { } claimed)
        {
            claimed.Should().BeGreaterThanOrEqualTo(gapEnd, "a claim of full coverage must not include the cancelled day");
        }
    }

    // ---- MaintenanceExpansion.CollectSpans: the spans a compiling chunk reads ----

    [Fact]
    public void Collected_spans_are_the_windows_overlapping_the_range_and_none_before_or_after_it()
    {
        // Monday and Wednesday 10:00-11:00 UTC; the range is Tuesday 2026-01-06 00:00 to Wednesday 10:30.
        var schedule = new MaintenanceSchedule(Utc, [
            MaintenanceRecurrence.Weekly("mon", "Mon", IsoDayOfWeek.Monday, new LocalTime(10, 0), Duration.FromHours(1)),
            MaintenanceRecurrence.Weekly("wed", "Wed", IsoDayOfWeek.Wednesday, new LocalTime(10, 0), Duration.FromHours(1)),
        ]);

        Collected(schedule, Instant.FromUtc(2026, 1, 6, 0, 0), Instant.FromUtc(2026, 1, 7, 10, 30)).Should().Equal(
            new Interval(Instant.FromUtc(2026, 1, 7, 10, 0), Instant.FromUtc(2026, 1, 7, 11, 0)));
        Collected(schedule, Instant.FromUtc(2026, 1, 6, 0, 0), Instant.FromUtc(2026, 1, 7, 0, 0)).Should().BeEmpty();
    }

    [Fact]
    public void Collected_spans_up_to_the_end_of_time_hold_every_window_to_the_end_of_the_supported_range()
    {
        // Tuesdays 21:00-23:00 UTC: 7, 14 and 21 December 9999; the 28th is after the supported range.
        var schedule = new MaintenanceSchedule(Utc, [MaintenanceRecurrence.Weekly("tue", "Tue", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2))]);

        Collected(schedule, Instant.FromUtc(9999, 12, 1, 0, 0), Instant.MaxValue).Should().Equal(
            new[] { 7, 14, 21 }.Select(day => new Interval(Instant.FromUtc(9999, 12, day, 21, 0), Instant.FromUtc(9999, 12, day, 23, 0))));
    }

    [Theory]
    [InlineData("Etc/GMT+12")]
    [InlineData("Pacific/Kiritimati")]
    public void Collected_spans_at_either_end_of_time_are_the_windows_there_in_zones_far_from_UTC(string zoneId)
    {
        // Etc/GMT+12 is 12 hours behind UTC throughout; Kiritimati starts 10:29 behind (local mean time) and
        // ends 14 hours ahead. Neither end of NodaTime's range has a local date-time in such a zone, so the
        // range is cut to the supported instants before reading it there. XML doc: CollectSpans passes the same
        // windows as WindowsOverlapping.
        var schedule = new MaintenanceSchedule(DateTimeZoneProviders.Tzdb[zoneId], [MaintenanceRecurrence.Weekly("tue", "Tue", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2))]);

        foreach (var (from, to) in new[] { (Instant.MinValue, Instant.MinValue + Duration.FromDays(30)), (Instant.MaxValue - Duration.FromDays(30), Instant.MaxValue) })
        {
            var windows = schedule.WindowsOverlapping(from, to).Select(w => w.Interval).ToList();

            windows.Should().NotBeEmpty();
            Collected(schedule, from, to).Should().Equal(windows);
        }
    }

    // ---- Rules that name no valid day, week or pattern ----

    [Fact]
    public void A_rule_that_names_no_valid_day_has_no_occurrences_and_no_windows()
    {
        foreach (var day in new[] { IsoDayOfWeek.None, (IsoDayOfWeek)8 })
        {
            var weekly = new MaintenanceRecurrence("w", "W", RecurrencePattern.Weekly, day, null, new LocalTime(21, 0), Duration.FromHours(2));
            var monthly = new MaintenanceRecurrence("m", "M", RecurrencePattern.MonthlyNthWeekday, day, 1, new LocalTime(21, 0), Duration.FromHours(2));
            var schedule = new MaintenanceSchedule(Utc, [weekly, monthly]);
            var from = Instant.FromUtc(2026, 1, 1, 0, 0);
            var to = Instant.FromUtc(2026, 3, 1, 0, 0);

            foreach (var rule in new[] { weekly, monthly })
            {
                Enumerable.Range(0, 7).Should().NotContain(i => rule.OccursOn(new LocalDate(2026, 1, 5).PlusDays(i)), "{0} names no day", day);
                rule.OccurrenceDates(new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 28)).Should().BeEmpty();
            }

            schedule.WindowsOverlapping(from, to).Should().BeEmpty();
            Collected(schedule, from, to).Should().BeEmpty();
        }
    }

    [Fact]
    public void A_rule_does_not_occur_outside_its_effective_dates()
    {
        var rule = MaintenanceRecurrence.Weekly("w", "W", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2), new LocalDate(2026, 2, 3), new LocalDate(2026, 3, 31));

        rule.OccursOn(new LocalDate(2026, 1, 27)).Should().BeFalse();
        rule.OccursOn(new LocalDate(2026, 2, 3)).Should().BeTrue();
        rule.OccursOn(new LocalDate(2026, 3, 31)).Should().BeTrue();
        rule.OccursOn(new LocalDate(2026, 4, 7)).Should().BeFalse();
    }

    [Fact]
    public void A_rule_with_a_pattern_the_library_does_not_know_occurs_on_no_date()
    {
        var rule = new MaintenanceRecurrence("p", "P", (RecurrencePattern)7, IsoDayOfWeek.Tuesday, null, new LocalTime(21, 0), Duration.FromHours(1));

        Enumerable.Range(0, 7).Should().NotContain(i => rule.OccursOn(new LocalDate(2026, 1, 5).PlusDays(i)));
        rule.OccurrenceDates(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31)).Should().BeEmpty();
    }

    [Fact]
    public void A_monthly_rule_for_week_0_or_6_has_no_occurrences_and_no_windows()
    {
        foreach (var week in new[] { 0, 6 })
        {
            var rule = MaintenanceRecurrence.MonthlyNthWeekday("m", "M", week, IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(1));
            var schedule = new MaintenanceSchedule(Utc, [rule]);

            Enumerable.Range(0, 31).Should().NotContain(i => rule.OccursOn(new LocalDate(2026, 1, 1).PlusDays(i)), "week {0} of a month does not exist", week);
            schedule.WindowsOverlapping(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 3, 1, 0, 0)).Should().BeEmpty();
        }
    }

    [Fact]
    public void Occurrence_dates_stop_at_the_last_date_asked_for()
    {
        var rule = MaintenanceRecurrence.Weekly("w", "W", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2));

        rule.OccurrenceDates(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31)).Should().Equal(
            new LocalDate(2026, 1, 6), new LocalDate(2026, 1, 13), new LocalDate(2026, 1, 20), new LocalDate(2026, 1, 27));
    }

    // ---- The two ends of the supported range ----

    [Fact]
    public void A_window_that_starts_before_the_supported_range_and_ends_in_it_is_clipped_to_its_start()
    {
        // One hour before the first supported instant, for two hours (UTC): [start, start + 1 h) remains.
        var local = SupportedStart.InUtc().LocalDateTime.PlusHours(-1);
        var schedule = new MaintenanceSchedule(Utc, [], [new MaintenanceOneOff("early", "Early", MaintenanceKind.Planned, local, Duration.FromHours(2), "r")]);

        var window = schedule.WindowsOverlapping(Instant.MinValue, SupportedStart + Duration.FromDays(1)).Should().ContainSingle().Subject;

        window.Start.Should().Be(SupportedStart);
        window.End.Should().Be(SupportedStart + Duration.FromHours(1));
    }

    [Fact]
    public void Windows_that_end_at_or_before_the_start_of_the_supported_range_are_left_out()
    {
        // One ends exactly at the first supported instant (half-open, so it holds none of it), one three hours before.
        var local = SupportedStart.InUtc().LocalDateTime;
        var schedule = new MaintenanceSchedule(Utc, [], [
            new MaintenanceOneOff("at", "At", MaintenanceKind.Planned, local.PlusHours(-1), Duration.FromHours(1), "r"),
            new MaintenanceOneOff("before", "Before", MaintenanceKind.Planned, local.PlusHours(-4), Duration.FromHours(1), "r"),
        ]);

        schedule.NextWindow(Instant.MinValue).Should().BeNull();
        schedule.WindowsOverlapping(Instant.MinValue, SupportedStart + Duration.FromDays(1)).Should().BeEmpty();
    }

    // ---- WindowOrder ----

    [Fact]
    public void Windows_with_the_same_interval_and_source_are_ordered_by_occurrence_date_then_origin()
    {
        // Rule "w", Tuesdays 21:00-22:00 UTC. The occurrence of 6 January is moved onto that of 13 January, and a
        // one-off also called "w" takes the same hour: three windows alike but for occurrence date and origin.
        var schedule = new MaintenanceSchedule(
            Utc,
            [MaintenanceRecurrence.Weekly("w", "W", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(1))],
            [new MaintenanceOneOff("w", "W", MaintenanceKind.Planned, new LocalDateTime(2026, 1, 13, 21, 0), Duration.FromHours(1), "r")],
            moves: [new MovedOccurrence("w", new LocalDate(2026, 1, 6), new LocalDateTime(2026, 1, 13, 21, 0))]);

        var windows = schedule.WindowsOverlapping(Instant.FromUtc(2026, 1, 13, 0, 0), Instant.FromUtc(2026, 1, 14, 0, 0));

        windows.Select(w => (w.OccurrenceDate, w.Origin)).Should().Equal(
            (new LocalDate(2026, 1, 6), MaintenanceWindowOrigin.Moved),
            (new LocalDate(2026, 1, 13), MaintenanceWindowOrigin.Recurring),
            (new LocalDate(2026, 1, 13), MaintenanceWindowOrigin.OneOff));
        WindowOrder.Instance.Compare(windows[1], windows[2]).Should().BeNegative();
        WindowOrder.Instance.Compare(windows[2], windows[1]).Should().BePositive();
        WindowOrder.Instance.Compare(windows[0], windows[1]).Should().BeNegative();
    }

    [Fact]
    public void The_window_order_puts_null_first_as_comparers_do()
    {
        var window = ZenputSla.MaintenanceSchedule.WindowsFrom(Instant.FromUtc(2026, 1, 1, 0, 0)).First();

        WindowOrder.Instance.Compare(null, window).Should().BeNegative();
        WindowOrder.Instance.Compare(window, null).Should().BePositive();
        WindowOrder.Instance.Compare(null, null).Should().Be(0);
    }

    // ---- MaintenanceSchedule ----

    [Fact]
    public void Schedules_are_equal_exactly_when_every_part_is_and_the_inequality_operator_says_the_opposite()
    {
        static MaintenanceSchedule Make(DateTimeZone? zone = null, Duration? leadTime = null, string component = "api") =>
            new(zone ?? Utc, [MaintenanceRecurrence.Weekly("w", "W", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2))], noticeLeadTime: leadTime, affectedComponents: [component]);

        Make().Should().Be(Make());
        (Make() != Make()).Should().BeFalse();

        // Each differs in one part only, with the same affected components.
        foreach (var other in new[] { Make(zone: Pacific), Make(leadTime: Duration.FromDays(7)) })
        {
            Make().Should().NotBe(other);
            (Make() != other).Should().BeTrue();
        }

        Make().Should().NotBe(Make(component: "web"));
        (Make() != null).Should().BeTrue();
    }

    // ---- StatusPageNotice ----

    [Fact]
    public void A_planned_one_off_without_a_reason_is_announced_as_planned_maintenance_with_its_times_only()
    {
        // Thursday 24 December 2026, 09:00-10:00 PST.
        var oneOff = new MaintenanceOneOff("db", "Database", MaintenanceKind.Planned, new LocalDateTime(2026, 12, 24, 9, 0), Duration.FromHours(1), null!);
        var schedule = new MaintenanceSchedule(Pacific, [], [oneOff]);

        var notice = schedule.StatusPageNotices(Instant.FromUtc(2026, 12, 24, 0, 0), Instant.FromUtc(2026, 12, 25, 0, 0), Instant.FromUtc(2026, 12, 1, 0, 0)).Should().ContainSingle().Subject;

        oneOff.Reason.Should().BeEmpty();
        notice.Body.Should().Be("Planned maintenance on Thursday, 24 December 2026 from 09:00 to 10:00 PST (America/Los_Angeles).");
    }

    [Fact]
    public void Notices_are_equal_exactly_when_every_field_is()
    {
        var start = Instant.FromUtc(2026, 1, 7, 5, 0);
        var end = Instant.FromUtc(2026, 1, 7, 7, 0);
        StatusPageNotice Notice(string name = "n", string body = "b", Instant? from = null, Instant? until = null, StatusPageMaintenanceStatus status = StatusPageMaintenanceStatus.Scheduled, string component = "api") =>
            new(name, body, from ?? start, until ?? end, status, [component]);

        var notice = Notice();

        notice.Equals(Notice()).Should().BeTrue();
        notice.Equals(null).Should().BeFalse();
        notice.Should().NotBe(Notice(name: "other"));
        notice.Should().NotBe(Notice(body: "other"));
        notice.Should().NotBe(Notice(from: start - Duration.FromMinutes(1)));
        notice.Should().NotBe(Notice(until: end + Duration.FromMinutes(1)));
        notice.Should().NotBe(Notice(status: StatusPageMaintenanceStatus.InProgress));
        notice.Should().NotBe(Notice(component: "web"));
    }

    [Fact]
    public void A_notice_that_ends_before_it_starts_is_refused_naming_the_end()
    {
        var start = Instant.FromUtc(2026, 1, 7, 5, 0);

        var act = () => new StatusPageNotice("n", "b", start, start - Duration.Epsilon, StatusPageMaintenanceStatus.Scheduled, []);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Should().Match<ArgumentOutOfRangeException>(
            e => e.ParamName == "scheduledUntil" && e.Message.StartsWith("The end must not be before the start.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_status_the_library_does_not_know_has_no_Statuspage_name()
    {
        var act = () => StatusPageNotice.StatusName((StatusPageMaintenanceStatus)3);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Should().Match<ArgumentOutOfRangeException>(
            e => e.ParamName == "status" && e.Message.StartsWith("Unknown status.", StringComparison.Ordinal));
    }

    [Fact]
    public void Occurrence_dates_are_listed_only_within_the_dates_of_the_supported_instants()
    {
        // The XML doc: only dates from -9998-01-07 to 9999-12-25 are listed. In the proleptic ISO calendar
        // -9998-01-01 is a Tuesday (so are the 8th, 15th, 22nd and 29th); 9999-12-24 is a Friday, so December
        // 9999's Tuesdays are the 7th, 14th, 21st and 28th.
        var tuesdays = new MaintenanceRecurrence("t", "T", RecurrencePattern.Weekly, IsoDayOfWeek.Tuesday, null, new LocalTime(21, 0), Duration.FromHours(2));

        tuesdays.OccursOn(new LocalDate(-9998, 1, 1)).Should().BeTrue("the pattern matches on any date");
        tuesdays.OccurrenceDates(new LocalDate(-9998, 1, 1), new LocalDate(-9998, 1, 31)).Should().Equal(
            new LocalDate(-9998, 1, 8), new LocalDate(-9998, 1, 15), new LocalDate(-9998, 1, 22), new LocalDate(-9998, 1, 29));
        tuesdays.OccurrenceDates(new LocalDate(9999, 12, 1), new LocalDate(9999, 12, 31)).Should().Equal(
            new LocalDate(9999, 12, 7), new LocalDate(9999, 12, 14), new LocalDate(9999, 12, 21));
    }
}
