using System.Linq;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Tests.Maintenance;

public sealed class QueryTests
{
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly MaintenanceSchedule Zenput = ZenputSla.MaintenanceSchedule;

    // 2026-01-06 21:00–23:00 PST.
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 7, 5, 0);
    private static readonly Instant End = Instant.FromUtc(2026, 1, 7, 7, 0);

    [Fact]
    public void An_instant_is_under_maintenance_from_the_window_start_inclusive_to_its_end_exclusive()
    {
        Zenput.IsUnderMaintenance(Start - Duration.Epsilon).Should().BeFalse();
        Zenput.IsUnderMaintenance(Start).Should().BeTrue();
        Zenput.IsUnderMaintenance(End - Duration.Epsilon).Should().BeTrue();
        Zenput.IsUnderMaintenance(End).Should().BeFalse();
        Zenput.WindowAt(Start + Duration.FromHours(1))!.OccurrenceDate.Should().Be(new LocalDate(2026, 1, 6));
        Zenput.WindowAt(End).Should().BeNull();
    }

    [Fact]
    public void The_next_window_is_the_first_to_start_at_or_after_the_instant()
    {
        Zenput.NextWindow(Start)!.Start.Should().Be(Start);
        Zenput.NextWindow(Start + Duration.Epsilon)!.Start.Should().Be(Start + Duration.FromDays(7));
        Zenput.NextWindow(Instant.FromUtc(2026, 1, 1, 0, 0))!.Start.Should().Be(Start);
    }

    [Fact]
    public void The_next_window_skips_cancelled_occurrences_and_finds_an_earlier_one_off()
    {
        var schedule = new MaintenanceSchedule(
            Pacific,
            Zenput.Recurrences,
            oneOffs: [new MaintenanceOneOff("emergency", "Emergency patch", MaintenanceKind.Emergency, new LocalDateTime(2026, 1, 16, 3, 0), Duration.FromHours(1), "Security patch.")],
            cancellations: [new CancelledOccurrence(ZenputSla.WeeklyMaintenanceId, new LocalDate(2026, 1, 6)), new CancelledOccurrence(ZenputSla.WeeklyMaintenanceId, new LocalDate(2026, 1, 13))]);

        schedule.NextWindow(Instant.FromUtc(2026, 1, 1, 0, 0))!.SourceId.Should().Be("emergency");
        schedule.NextWindow(Instant.FromUtc(2026, 1, 17, 0, 0))!.OccurrenceDate.Should().Be(new LocalDate(2026, 1, 20));
    }

    [Fact]
    public void There_is_no_next_window_after_every_rule_has_ended()
    {
        var rule = new MaintenanceRecurrence("r", "R", RecurrencePattern.Weekly, IsoDayOfWeek.Tuesday, null, new LocalTime(21, 0), Duration.FromHours(2), effectiveUntil: new LocalDate(2026, 1, 6));
        var schedule = new MaintenanceSchedule(Pacific, [rule]);

        schedule.NextWindow(Instant.FromUtc(2026, 1, 1, 0, 0))!.Start.Should().Be(Start);
        schedule.NextWindow(Start + Duration.Epsilon).Should().BeNull();
        new MaintenanceSchedule(Pacific, []).NextWindow(Start).Should().BeNull();
    }

    [Fact]
    public void Queries_near_the_ends_of_time_terminate_without_overflow()
    {
        Zenput.NextWindow(Instant.FromUtc(9999, 12, 23, 0, 0)).Should().BeNull();
        Zenput.WindowsOverlapping(Instant.FromUtc(9990, 1, 1, 0, 0), Instant.MaxValue).Should().NotBeEmpty();
        Zenput.WindowsOverlapping(Instant.MinValue, Instant.FromUtc(-9700, 1, 1, 0, 0)).Should().NotBeEmpty();
        Zenput.WindowAt(Instant.MaxValue).Should().BeNull();
        Zenput.WindowAt(Instant.MinValue).Should().BeNull();
    }

    [Fact]
    public void The_lazy_enumeration_lists_the_same_windows_as_the_range_query()
    {
        var from = Instant.FromUtc(2026, 1, 7, 6, 0);
        var to = Instant.FromUtc(2030, 1, 1, 0, 0);

        Zenput.WindowsFrom(from).TakeWhile(w => w.Start < to).Should().Equal(Zenput.WindowsOverlapping(from, to));
    }

    [Fact]
    public void Overlapping_windows_merge_into_one_exclusion_and_their_time_is_counted_once()
    {
        // A one-off from 20:00 to 22:00 PST on 6 January overlaps the 21:00–23:00 window by an hour.
        var schedule = new MaintenanceSchedule(Pacific, Zenput.Recurrences, oneOffs:
        [
            new MaintenanceOneOff("extra", "Extra", MaintenanceKind.Planned, new LocalDateTime(2026, 1, 6, 20, 0), Duration.FromHours(2), "More work."),
        ]);
        var from = Instant.FromUtc(2026, 1, 6, 0, 0);
        var to = Instant.FromUtc(2026, 1, 8, 0, 0);

        schedule.WindowsOverlapping(from, to).Should().HaveCount(2);
        schedule.MergedWindowsWithin(from, to).Should().Equal(new Interval(Start - Duration.FromHours(1), End));
        schedule.MaintenanceTimeWithin(from, to).Should().Be(Duration.FromHours(3));
    }

    [Fact]
    public void Touching_windows_merge_and_merged_intervals_are_clipped_to_the_range()
    {
        var schedule = new MaintenanceSchedule(Pacific, Zenput.Recurrences, oneOffs:
        [
            new MaintenanceOneOff("after", "After", MaintenanceKind.Planned, new LocalDateTime(2026, 1, 6, 23, 0), Duration.FromHours(1), "Follow-up."),
        ]);

        schedule.MergedWindowsWithin(Start + Duration.FromMinutes(30), End + Duration.FromMinutes(30))
            .Should().Equal(new Interval(Start + Duration.FromMinutes(30), End + Duration.FromMinutes(30)));
        schedule.MaintenanceTimeWithin(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 1, 8, 0, 0)).Should().Be(Duration.FromHours(3));
        schedule.MergedWindowsWithin(End, Start).Should().BeEmpty();
        schedule.MaintenanceTimeWithin(End, End).Should().Be(Duration.Zero);
    }

    [Fact]
    public void A_fresh_schedule_answers_the_same_from_many_threads_at_once()
    {
        var schedule = new MaintenanceSchedule(Pacific, Zenput.Recurrences, cancellations: [new CancelledOccurrence(ZenputSla.WeeklyMaintenanceId, new LocalDate(2026, 1, 13))]);
        var expected = new MaintenanceSchedule(Pacific, Zenput.Recurrences, cancellations: [new CancelledOccurrence(ZenputSla.WeeklyMaintenanceId, new LocalDate(2026, 1, 13))])
            .WindowsOverlapping(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2027, 1, 1, 0, 0));

        var results = new System.Collections.Concurrent.ConcurrentBag<System.Collections.Generic.IReadOnlyList<MaintenanceWindow>>();
        System.Threading.Tasks.Parallel.For(0, 16, _ => results.Add(schedule.WindowsOverlapping(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2027, 1, 1, 0, 0))));

        results.Should().HaveCount(16).And.OnlyContain(r => r.SequenceEqual(expected));
    }

    [Fact]
    public void A_year_of_the_built_in_schedule_is_52_or_53_two_hour_windows()
    {
        var from = Instant.FromUtc(2026, 1, 1, 8, 0);
        var to = Instant.FromUtc(2027, 1, 1, 8, 0);

        Zenput.MaintenanceTimeWithin(from, to).Should().Be(Duration.FromHours(2 * 52));
    }
}
