using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Tests.Generators;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// "No working time" when maintenance covers all time is proved from the rules, at once, instead of by
/// compiling centuries of windows; and the proof is sound: every instant it claims is under maintenance.
/// </summary>
public sealed class MaintenanceCoverageTests
{
    private static readonly string[] Zones = ["America/Los_Angeles", "Australia/Lord_Howe", "Pacific/Apia", "Africa/Casablanca", "America/Santiago", "Pacific/Chatham", "UTC"];

    private static MaintenanceRecurrence Daily(IsoDayOfWeek day, LocalTime start, Duration length, string prefix = "all") =>
        MaintenanceRecurrence.Weekly($"{prefix}-{day}", "Always", day, start, length);

    private static IEnumerable<MaintenanceRecurrence> AlwaysOn(Duration length) => AllDays.Select(d => Daily(d, LocalTime.Midnight, length));

    /// <summary>Five thousand other half-hour rules: the reported policy, where compiling one chunk took half a second.</summary>
    private static IEnumerable<MaintenanceRecurrence> ManyOtherRules() =>
        Enumerable.Range(0, 5000).Select(i => MaintenanceRecurrence.Weekly($"r{i}", "Other", AllDays[i % 7], new LocalTime(i / 7 % 24, i * 7 % 60), Duration.FromMinutes(30)));

    [Fact]
    public void A_24x7_clock_always_in_maintenance_has_no_working_time_proved_from_the_rules_without_compiling_any_chunk()
    {
        var schedule = new MaintenanceSchedule(Zone("America/Los_Angeles"), AlwaysOn(Duration.FromHours(25)).Concat(ManyOtherRules()));
        var clock = new SlaClock(UncheckedPolicy(clockStopsDuringMaintenance: true, schedule));

        var act = () => clock.DueAt(Utc(2026, 1, 1), GoalTarget.Elapsed(Duration.FromHours(2)));

        act.Should().Throw<SlaClockException>().Which.Failure.Should().Be(SlaClockFailure.NoWorkingTime);
        clock.CompiledSize(null).Chunks.Should().Be(0);
    }

    [Fact]
    public void A_one_off_in_the_year_9990_does_not_defer_the_proof_to_then()
    {
        var late = new MaintenanceOneOff("late", "Late", MaintenanceKind.Emergency, new LocalDateTime(9990, 1, 1, 0, 0), Duration.FromHours(1), "r");
        var schedule = new MaintenanceSchedule(Zone("America/Los_Angeles"), AlwaysOn(Duration.FromHours(25)).Concat(ManyOtherRules()), [late]);
        var clock = new SlaClock(UncheckedPolicy(clockStopsDuringMaintenance: true, schedule));

        var act = () => clock.Status(Utc(2026, 1, 1), GoalTarget.Elapsed(Duration.FromHours(2)), Utc(2026, 1, 2));

        act.Should().Throw<SlaClockException>().Which.Failure.Should().Be(SlaClockFailure.NoWorkingTime);
        clock.CompiledSize(null).Chunks.Should().Be(0);
    }

    [Fact]
    public void A_business_calendar_under_permanent_maintenance_has_no_working_time_proved_from_the_rules()
    {
        var schedule = new MaintenanceSchedule(Zone("America/Los_Angeles"), AlwaysOn(Duration.FromHours(26)));
        var clock = new SlaClock(UncheckedPolicy(clockStopsDuringMaintenance: true, schedule, NineToFive("Europe/London")));

        var act = () => clock.DueAt(Utc(2026, 1, 1), GoalTarget.BusinessTime(Duration.FromHours(8), "office"));

        // Proved for all time, so the error says the search reached the end of the supported range.
        var failure = act.Should().Throw<SlaClockException>().Which;
        failure.Failure.Should().Be(SlaClockFailure.NoWorkingTime);
        failure.Message.Should().Contain("(searched until 9999-12-24T23:59:59.999999999Z)", "the last supported instant, to the nanosecond (README, resource contract)");
        clock.CompiledSize("office").Chunks.Should().Be(0);
    }

    [Fact]
    public void Exactly_24_hour_daily_windows_in_a_DST_zone_are_not_proved_because_the_fall_back_day_leaves_an_hour_uncovered()
    {
        var schedule = new MaintenanceSchedule(Zone("America/Los_Angeles"), AlwaysOn(Duration.FromHours(24)));

        MaintenanceCoverage.CoversEverythingFrom(schedule).Should().BeNull();

        // Sunday 2026-11-01 has 25 hours: the window from its midnight ends at 23:00 PST.
        schedule.IsUnderMaintenance(Instant.FromUtc(2026, 11, 2, 7, 30)).Should().BeFalse();
    }

    [Fact]
    public void Exactly_24_hour_daily_windows_are_proved_in_a_zone_whose_offset_no_longer_changes()
    {
        // Samoa stopped observing DST in 2021; the proof needs no margin from then on.
        var schedule = new MaintenanceSchedule(Zone("Pacific/Apia"), AlwaysOn(Duration.FromHours(24)), cancellations: [new CancelledOccurrence("all-Monday", new LocalDate(2021, 6, 7))]);

        MaintenanceCoverage.CoversEverythingFrom(schedule).Should().NotBeNull();
    }

    [Fact]
    public void A_cancelled_occurrence_defers_the_proof_until_after_it()
    {
        var cancelled = new LocalDate(2030, 3, 4);
        var schedule = new MaintenanceSchedule(Zone("UTC"), AlwaysOn(Duration.FromHours(25)), cancellations: [new CancelledOccurrence("all-Monday", cancelled)]);

        var from = MaintenanceCoverage.CoversEverythingFrom(schedule);

        from.Should().NotBeNull();
        from!.Value.Should().BeGreaterThan(cancelled.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        schedule.IsUnderMaintenance(Instant.FromUtc(2030, 3, 4, 12, 0)).Should().BeFalse();
    }

    [ScaledProperty(10_000)]
    public void When_the_rules_prove_full_coverage_every_later_instant_is_under_maintenance(int seed)
    {
        var random = new Random(seed);
        var zone = Zone(Zones[random.Next(Zones.Length)]);

        // Seven daily windows (sometimes one fewer) overlapping by -1 h to +4 h, at a shared or a random start.
        var start = new LocalTime(random.Next(0, 24), random.Next(0, 4) * 15);
        var rules = AllDays
            .Where(_ => random.Next(20) != 0)
            .Select(d => Daily(d, random.Next(3) == 0 ? new LocalTime(random.Next(0, 24), 0) : start, Duration.FromMinutes((24 * 60) + (random.Next(-4, 17) * 15))))
            .ToList();
        var cancellations = random.Next(3) == 0
            ? [new CancelledOccurrence(rules[0].Id, new LocalDate(2030, 1, 1).With(DateAdjusters.NextOrSame(rules[0].DayOfWeek)).PlusWeeks(random.Next(0, 500)))]
            : Array.Empty<CancelledOccurrence>();
        var schedule = new MaintenanceSchedule(zone, rules, cancellations: cancellations);

        if (MaintenanceCoverage.CoversEverythingFrom(schedule) is not { } from)
        {
            return;
        }

        // Probe from the claimed instant on: random instants, and a minute either side of every offset change for a decade.
        var probes = Enumerable.Range(0, 200).Select(_ => from + Duration.FromMinutes(random.NextInt64(0, 60L * 24 * 365 * 40)))
            .Concat(zone.GetZoneIntervals(from, from + Duration.FromDays(3660)).SelectMany(i => i.HasStart ? new[] { i.Start - Duration.FromMinutes(1), i.Start, i.Start + Duration.FromMinutes(1) } : []))
            .Prepend(from)
            .Where(t => t >= from);
        foreach (var t in probes)
        {
            schedule.IsUnderMaintenance(t).Should().BeTrue("the rules were proved to cover every instant from {0}, including {1} ({2})", from, t, zone.Id);
        }
    }
}
