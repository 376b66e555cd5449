using System;
using System.Linq;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Serialization;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Maintenance;

/// <summary>
/// Maintenance is expanded over the whole range the SLA clock supports (not cut off a decade early),
/// nothing a schedule holds makes a query overflow, and validation refuses windows outside the range.
/// </summary>
public sealed class SupportedRangeTests
{
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly MaintenanceSchedule Zenput = ZenputSla.MaintenanceSchedule;

    /// <summary>The last instant the clock supports: a week before NodaTime's end of time.</summary>
    private static readonly Instant LastSupported = Instant.MaxValue - Duration.FromDays(7);

    [Fact]
    public void Maintenance_is_not_silently_cut_off_after_the_year_9990()
    {
        var windows = Zenput.WindowsOverlapping(Instant.FromUtc(9995, 1, 1, 0, 0), Instant.FromUtc(9995, 2, 1, 0, 0));

        windows.Select(w => w.OccurrenceDate).Should().Equal(
            new LocalDate(9995, 1, 3), new LocalDate(9995, 1, 10), new LocalDate(9995, 1, 17), new LocalDate(9995, 1, 24));
    }

    [Fact]
    public void Maintenance_is_not_silently_cut_off_before_the_year_minus_9800()
    {
        Zenput.WindowsOverlapping(Instant.FromUtc(-9900, 1, 1, 0, 0), Instant.FromUtc(-9900, 1, 15, 0, 0)).Should().HaveCount(2);
    }

    [Fact]
    public void The_last_window_is_the_last_occurrence_that_starts_within_the_supported_range()
    {
        // Tuesday 9999-12-21 21:00 PST is 9999-12-22 05:00Z; the next Tuesday would start after 9999-12-24.
        var last = Zenput.WindowsFrom(Instant.FromUtc(9999, 12, 1, 0, 0)).Last();

        last.Start.Should().Be(Instant.FromUtc(9999, 12, 22, 5, 0));
        Zenput.NextWindow(last.End).Should().BeNull();
        Zenput.WindowAt(LastSupported).Should().BeNull();
    }

    [Fact]
    public void A_window_that_runs_past_the_end_of_the_supported_range_is_clipped_there()
    {
        var schedule = new MaintenanceSchedule(Pacific, [], [new MaintenanceOneOff("late", "Late", MaintenanceKind.Planned, new LocalDateTime(9999, 12, 20, 0, 0), Duration.FromDays(30), "r")]);

        var window = schedule.WindowsOverlapping(Instant.FromUtc(9999, 1, 1, 0, 0), Instant.MaxValue).Single();

        window.End.Should().Be(LastSupported);
        schedule.WindowAt(LastSupported - Duration.Epsilon).Should().Be(window);
    }

    public static TheoryData<string, MaintenanceSchedule> UnvalidatedSchedules => new()
    {
        { "a weekly rule of Duration.MaxValue", new MaintenanceSchedule(Pacific, [MaintenanceRecurrence.Weekly("w", "W", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.MaxValue)]) },
        { "a weekly rule of Duration.MinValue", new MaintenanceSchedule(Pacific, [MaintenanceRecurrence.Weekly("w", "W", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.MinValue)]) },
        { "a one-off at LocalDateTime.MaxIsoValue", new MaintenanceSchedule(Pacific, [], [new MaintenanceOneOff("o", "O", MaintenanceKind.Planned, LocalDateTime.MaxIsoValue, Duration.FromHours(1), "r")]) },
        { "a one-off at LocalDateTime.MinIsoValue lasting Duration.MaxValue", new MaintenanceSchedule(Pacific, [], [new MaintenanceOneOff("o", "O", MaintenanceKind.Planned, LocalDateTime.MinIsoValue, Duration.MaxValue, "r")]) },
        { "a one-off at 9999-12-31T23:00", new MaintenanceSchedule(Pacific, [], [new MaintenanceOneOff("o", "O", MaintenanceKind.Planned, new LocalDateTime(9999, 12, 31, 23, 0), Duration.FromHours(1), "r")]) },
        { "a one-off of 400,000,000 hours", new MaintenanceSchedule(Pacific, [], [new MaintenanceOneOff("o", "O", MaintenanceKind.Planned, new LocalDateTime(2026, 1, 1, 0, 0), Duration.FromHours(400_000_000), "r")]) },
        {
            "a move to 9999-12-31T23:30",
            new MaintenanceSchedule(Pacific, Zenput.Recurrences, moves: [new MovedOccurrence(ZenputSla.WeeklyMaintenanceId, new LocalDate(2026, 1, 6), new LocalDateTime(9999, 12, 31, 23, 30))])
        },
        {
            "monthly rules in the last month NodaTime supports",
            new MaintenanceSchedule(Pacific, new[] { 5, -1 }.Select(week => MaintenanceRecurrence.MonthlyNthWeekday($"m{week}", "M", week, IsoDayOfWeek.Friday, new LocalTime(23, 0), Duration.FromDays(3))))
        },
        { "a rule effective from LocalDate.MaxIsoValue", new MaintenanceSchedule(Pacific, [new MaintenanceRecurrence("w", "W", RecurrencePattern.Weekly, IsoDayOfWeek.Friday, null, new LocalTime(23, 0), Duration.FromHours(2), LocalDate.MaxIsoValue)]) },
        { "a notice lead time of Duration.MaxValue", new MaintenanceSchedule(Pacific, [], [new MaintenanceOneOff("o", "O", MaintenanceKind.Planned, new LocalDateTime(2026, 1, 1, 0, 0), Duration.FromHours(1), "r")], noticeLeadTime: Duration.MaxValue) },
    };

    [Theory]
    [MemberData(nameof(UnvalidatedSchedules))]
    public void Objects_built_without_validation_never_throw_OverflowException_from_queries(string what, MaintenanceSchedule schedule)
    {
        var probes = new[] { Instant.MinValue, SupportedRangeStart, Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(9999, 12, 20, 0, 0), LastSupported, Instant.MaxValue };
        var act = () =>
        {
            foreach (var t in probes)
            {
                _ = schedule.WindowAt(t);
                _ = schedule.NextWindow(t);
                _ = schedule.WindowsFrom(t).Take(3).ToList();
            }

            _ = schedule.WindowsOverlapping(Instant.MinValue, Instant.FromUtc(-9990, 1, 1, 0, 0));
            _ = schedule.MaintenanceTimeWithin(Instant.MinValue, Instant.FromUtc(-9990, 1, 1, 0, 0));
            _ = schedule.StatusPageNotices(Instant.MinValue, Instant.FromUtc(-9990, 1, 1, 0, 0), Instant.MaxValue);
            _ = new MaintenanceScheduleValidator().Validate(schedule);
        };

        act.Should().NotThrow(what);
    }

    [Theory]
    [MemberData(nameof(UnvalidatedSchedules))]
    public void A_clock_over_an_unvalidated_schedule_answers_or_refuses_without_overflow(string what, MaintenanceSchedule schedule)
    {
        var clock = new SlaClock(Unvalidated(schedule));
        var tier = ZenputSla.Default.GetTier("critical");

        foreach (var start in new[] { Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(9999, 12, 20, 0, 0) })
        {
            Answers(() => clock.Plan(tier, start)).Should().BeTrue(what);
        }
    }

    [Theory]
    [InlineData("""{"id": "o", "title": "Late", "kind": "planned", "start": "9999-12-31T23:00:00", "length": "1:00:00", "reason": "r"}""", "$.maintenance.oneOffs[0].start")]
    [InlineData("""{"id": "o", "title": "Long", "kind": "planned", "start": "2026-01-01T00:00:00", "length": "400000000:00:00", "reason": "r"}""", "$.maintenance.oneOffs[0].length")]
    [InlineData("""{"id": "o", "title": "Early", "kind": "planned", "start": "-9998-01-01T00:00:00", "length": "1:00:00", "reason": "r"}""", "$.maintenance.oneOffs[0].start")]
    public void A_one_off_outside_the_supported_range_is_refused_by_validate(string oneOff, string path)
    {
        var result = SlaPolicyDocument.Read(Document(oneOffs: oneOff));

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle(f => f.Code == PolicyErrorCodes.OutsideSupportedRange).Which.Path.Should().Be(path);
    }

    [Fact]
    public void A_move_to_after_the_supported_range_is_refused_by_validate()
    {
        var result = SlaPolicyDocument.Read(Document(moves: """{"recurrenceId": "weekly-maintenance", "originalDate": "2026-01-06", "newStart": "9999-12-31T23:30:00"}"""));

        result.Errors.Should().ContainSingle(f => f.Code == PolicyErrorCodes.OutsideSupportedRange)
            .Which.Path.Should().Be("$.maintenance.moves[0].newStart");
    }

    private static readonly Instant SupportedRangeStart = Instant.MinValue + Duration.FromDays(7);

    private static bool Answers(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (SlaClockException)
        {
            return true;
        }
    }

    /// <summary>A policy built around <paramref name="schedule"/> without validation, as code inside the library could.</summary>
    private static SlaPolicy Unvalidated(MaintenanceSchedule schedule)
    {
        var d = ZenputSla.Default;
        return new SlaPolicy(d.Name, d.Description, d.SupportZone, d.Tiers, d.ResponseSatisfiedBy, d.Calendars, schedule, clockStopsDuringMaintenance: true, d.Assumptions, d.TriageRules);
    }

    private static string Document(string oneOffs = "", string moves = "")
    {
        var json = SlaPolicyDocument.Save(ZenputSla.Default);
        return json.Replace("\"oneOffs\": []", $"\"oneOffs\": [{oneOffs}]", StringComparison.Ordinal)
            .Replace("\"moves\": []", $"\"moves\": [{moves}]", StringComparison.Ordinal);
    }
}
