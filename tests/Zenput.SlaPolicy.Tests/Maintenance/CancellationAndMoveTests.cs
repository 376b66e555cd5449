using System.Linq;
using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Tests.Maintenance;

public sealed class CancellationAndMoveTests
{
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly MaintenanceRecurrence Weekly = MaintenanceRecurrence.Weekly("weekly", "Weekly maintenance", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2));

    // January 2026: Tuesdays 6, 13, 20, 27.
    private static readonly Instant JanuaryStart = Instant.FromUtc(2026, 1, 1, 8, 0);
    private static readonly Instant FebruaryStart = Instant.FromUtc(2026, 2, 1, 8, 0);

    private static MaintenanceSchedule With(CancelledOccurrence[]? cancellations = null, MovedOccurrence[]? moves = null) =>
        new(Pacific, [Weekly], cancellations: cancellations, moves: moves);

    [Fact]
    public void A_cancelled_occurrence_is_left_out_and_the_others_stay()
    {
        var schedule = With(cancellations: [new CancelledOccurrence("weekly", new LocalDate(2026, 1, 13))]);

        schedule.WindowsOverlapping(JanuaryStart, FebruaryStart).Select(w => w.OccurrenceDate.Day).Should().Equal(6, 20, 27);
    }

    [Fact]
    public void A_moved_occurrence_appears_once_at_its_new_time_with_its_original_date()
    {
        var schedule = With(moves: [new MovedOccurrence("weekly", new LocalDate(2026, 1, 20), new LocalDateTime(2026, 1, 22, 22, 0), Duration.FromMinutes(90))]);

        var windows = schedule.WindowsOverlapping(JanuaryStart, FebruaryStart);

        windows.Select(w => w.OccurrenceDate.Day).Should().Equal(6, 13, 20, 27);
        var moved = windows[2];
        moved.Origin.Should().Be(MaintenanceWindowOrigin.Moved);
        moved.Start.Should().Be(Instant.FromUtc(2026, 1, 23, 6, 0)); // 22:00 PST
        moved.End.Should().Be(Instant.FromUtc(2026, 1, 23, 7, 30));
        windows.Where(w => w != moved).Should().OnlyContain(w => w.Origin == MaintenanceWindowOrigin.Recurring);
    }

    [Fact]
    public void A_move_without_a_new_length_keeps_the_rule_length()
    {
        var schedule = With(moves: [new MovedOccurrence("weekly", new LocalDate(2026, 1, 20), new LocalDateTime(2026, 1, 21, 1, 0))]);

        var moved = schedule.WindowsOverlapping(JanuaryStart, FebruaryStart).Single(w => w.Origin == MaintenanceWindowOrigin.Moved);

        (moved.End - moved.Start).Should().Be(Duration.FromHours(2));
    }

    [Fact]
    public void A_move_into_the_range_from_an_occurrence_outside_it_is_included_and_a_move_out_of_it_is_not()
    {
        var schedule = With(moves:
        [
            new MovedOccurrence("weekly", new LocalDate(2026, 2, 3), new LocalDateTime(2026, 1, 30, 21, 0)),
            new MovedOccurrence("weekly", new LocalDate(2026, 1, 27), new LocalDateTime(2026, 2, 5, 21, 0)),
        ]);

        var windows = schedule.WindowsOverlapping(JanuaryStart, FebruaryStart);

        windows.Select(w => w.OccurrenceDate).Should().Equal(
            new LocalDate(2026, 1, 6), new LocalDate(2026, 1, 13), new LocalDate(2026, 1, 20), new LocalDate(2026, 2, 3));
    }

    [Fact]
    public void A_cancellation_wins_over_a_move_of_the_same_occurrence()
    {
        var schedule = With(
            cancellations: [new CancelledOccurrence("weekly", new LocalDate(2026, 1, 13))],
            moves: [new MovedOccurrence("weekly", new LocalDate(2026, 1, 13), new LocalDateTime(2026, 1, 14, 21, 0))]);

        schedule.WindowsOverlapping(JanuaryStart, FebruaryStart).Select(w => w.OccurrenceDate.Day).Should().Equal(6, 20, 27);
    }

    [Fact]
    public void A_cancellation_or_move_of_a_date_the_rule_does_not_occur_on_changes_nothing()
    {
        var schedule = With(
            cancellations: [new CancelledOccurrence("weekly", new LocalDate(2026, 1, 14))],
            moves: [new MovedOccurrence("weekly", new LocalDate(2026, 1, 21), new LocalDateTime(2026, 1, 24, 21, 0)), new MovedOccurrence("nope", new LocalDate(2026, 1, 20), new LocalDateTime(2026, 1, 24, 21, 0))]);

        schedule.WindowsOverlapping(JanuaryStart, FebruaryStart).Should().Equal(ZenputSchedule().WindowsOverlapping(JanuaryStart, FebruaryStart));
    }

    [Fact]
    public void One_offs_are_listed_among_the_occurrences_in_start_order()
    {
        var schedule = new MaintenanceSchedule(Pacific, [Weekly], oneOffs:
        [
            new MaintenanceOneOff("db", "Database upgrade", MaintenanceKind.Planned, new LocalDateTime(2026, 1, 10, 6, 0), Duration.FromHours(4), "Upgrade to the new database version."),
        ]);

        var windows = schedule.WindowsOverlapping(JanuaryStart, FebruaryStart);

        windows.Select(w => w.SourceId).Should().Equal("weekly", "db", "weekly", "weekly", "weekly");
        windows[1].Origin.Should().Be(MaintenanceWindowOrigin.OneOff);
        windows[1].Reason.Should().Be("Upgrade to the new database version.");
        windows.Select(w => w.Start).Should().BeInAscendingOrder();
    }

    private static MaintenanceSchedule ZenputSchedule() => new(Pacific, [Weekly]);
}
