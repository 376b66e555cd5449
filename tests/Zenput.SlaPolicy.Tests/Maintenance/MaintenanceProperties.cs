using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Tests.Generators;
using Interval = NodaTime.Interval;

namespace Zenput.Sla.Tests.Maintenance;

/// <summary>
/// Properties of the queries over random schedules (weekly and monthly rules at awkward local times in
/// zones with DST, one-offs, cancellations and moves) and random ranges. Each case is built from
/// FsCheck's shrinkable <see cref="Choices"/>, so a failure prints a small schedule and range.
/// </summary>
public sealed class MaintenanceProperties
{
    private static readonly string[] Zones = ["America/Los_Angeles", "Europe/London", "Europe/Berlin", "Australia/Lord_Howe", "America/Santiago", "UTC"];

    /// <summary>Random schedules and ranges.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Drawn<(MaintenanceSchedule Schedule, Instant From, Instant To)>> Cases() =>
        Choices.Arbitrary(Case, c => Describe(c.Schedule, c.From, c.To));

    internal static string Describe(MaintenanceSchedule schedule, Instant from, Instant to) =>
        $"[{from}, {to}) in {schedule.Zone.Id}; rules: {string.Join("; ", schedule.Recurrences)}; one-offs: {string.Join("; ", schedule.OneOffs)}; "
        + $"cancelled: {string.Join("; ", schedule.Cancellations)}; moved: {string.Join("; ", schedule.Moves)}";

    internal static (MaintenanceSchedule Schedule, Instant From, Instant To) Case(Choices random)
    {
        var zone = DateTimeZoneProviders.Tzdb[Zones[random.Next(Zones.Length)]];
        var rules = new List<MaintenanceRecurrence>();
        var ruleCount = random.Next(1, 4);
        for (var i = 0; i < ruleCount; i++)
        {
            var time = new LocalTime(random.Next(0, 24), random.Next(0, 4) * 15);
            var length = Duration.FromMinutes(random.Next(1, 48) * 15);
            var day = (IsoDayOfWeek)random.Next(1, 8);
            LocalDate? from = random.Next(3) == 0 ? new LocalDate(2026, 1, 1).PlusDays(random.Next(0, 400)) : null;
            LocalDate? until = random.Next(3) == 0 ? new LocalDate(2026, 6, 1).PlusDays(random.Next(0, 400)) : null;
            rules.Add(random.Next(2) == 0
                ? new MaintenanceRecurrence($"w{i}", "Weekly", RecurrencePattern.Weekly, day, null, time, length, from, until)
                : new MaintenanceRecurrence($"m{i}", "Monthly", RecurrencePattern.MonthlyNthWeekday, day, new[] { 1, 2, 3, 4, 5, -1 }[random.Next(6)], time, length, from, until));
        }

        var rangeStart = Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(random.Next(0, 60 * 24 * 700));
        var rangeEnd = rangeStart + Duration.FromMinutes(random.Next(0, 60 * 24 * 90));

        // Cancel and move some of the real occurrences near the range.
        var occurrences = new MaintenanceSchedule(zone, rules).WindowsOverlapping(rangeStart - Duration.FromDays(30), rangeEnd + Duration.FromDays(30));
        var cancellations = new List<CancelledOccurrence>();
        var moves = new List<MovedOccurrence>();
        foreach (var occurrence in occurrences)
        {
            switch (random.Next(6))
            {
                case 0:
                    cancellations.Add(new CancelledOccurrence(occurrence.SourceId, occurrence.OccurrenceDate));
                    break;
                case 1:
                    moves.Add(new MovedOccurrence(
                        occurrence.SourceId,
                        occurrence.OccurrenceDate,
                        occurrence.LocalStart.LocalDateTime.PlusMinutes(random.Next(-20, 20) * 60),
                        random.Next(2) == 0 ? null : Duration.FromMinutes(random.Next(1, 20) * 15)));
                    break;
            }
        }

        var oneOffs = Enumerable.Range(0, random.Next(0, 4))
            .Select(i => new MaintenanceOneOff(
                $"o{i}", "One-off", random.Next(2) == 0 ? MaintenanceKind.Planned : MaintenanceKind.Emergency,
                (rangeStart + Duration.FromMinutes(random.Next(-2000, 60 * 24 * 90))).InZone(zone).LocalDateTime,
                Duration.FromMinutes(random.Next(1, 40) * 15),
                "Reason."))
            .ToList();

        return (new MaintenanceSchedule(zone, rules, oneOffs, cancellations, moves), rangeStart, rangeEnd);
    }

    [ScaledProperty(10_000, Arbitrary = [typeof(MaintenanceProperties)])]
    public void Merged_windows_are_ordered_disjoint_non_touching_and_within_the_range(Drawn<(MaintenanceSchedule Schedule, Instant From, Instant To)> drawn)
    {
        var (schedule, from, to) = drawn.Value;

        var merged = schedule.MergedWindowsWithin(from, to);

        merged.Where(i => i.Start < from || i.End > to || i.Start >= i.End).Should().BeEmpty();
        merged.Zip(merged.Skip(1)).Where(p => p.First.End >= p.Second.Start).Should().BeEmpty();
    }

    /// <summary>
    /// The maintenance time is the measure of the union of the reference's windows within the range,
    /// measured here without merging anything: cut the range at every window edge and add up the pieces
    /// some window covers. (It used to be compared with the sum of <c>MergedWindowsWithin</c>, which is
    /// how it is defined, so a merge that lost time passed.)
    /// </summary>
    [ScaledProperty(10_000, Arbitrary = [typeof(MaintenanceProperties)])]
    public void Maintenance_time_and_the_merged_windows_measure_the_union_of_the_reference_windows(Drawn<(MaintenanceSchedule Schedule, Instant From, Instant To)> drawn)
    {
        var (schedule, from, to) = drawn.Value;
        var windows = DayByDayReference(schedule, from, to).Select(w => new Interval(w.Item4, w.Item5)).ToList();

        var cuts = windows.SelectMany(w => new[] { w.Start, w.End }).Append(from).Append(to)
            .Where(t => t >= from && t <= to).Distinct().Order().ToList();
        var expected = cuts.Zip(cuts.Skip(1))
            .Where(piece => windows.Any(w => w.Start <= piece.First && piece.Second <= w.End))
            .Aggregate(Duration.Zero, (sum, piece) => sum + (piece.Second - piece.First));

        schedule.MaintenanceTimeWithin(from, to).Should().Be(expected);
        schedule.MergedWindowsWithin(from, to).Aggregate(Duration.Zero, (sum, i) => sum + i.Duration).Should().Be(expected);
    }

    [ScaledProperty(10_000, Arbitrary = [typeof(MaintenanceProperties)])]
    public void Maintenance_time_is_additive_over_adjacent_ranges(Drawn<(MaintenanceSchedule Schedule, Instant From, Instant To)> drawn)
    {
        var (schedule, from, to) = drawn.Value;
        var middle = from + ((to - from) / 3);

        (schedule.MaintenanceTimeWithin(from, middle) + schedule.MaintenanceTimeWithin(middle, to))
            .Should().Be(schedule.MaintenanceTimeWithin(from, to));
    }

    [ScaledProperty(10_000, Arbitrary = [typeof(MaintenanceProperties)])]
    public void An_instant_is_under_maintenance_exactly_when_a_listed_window_or_a_merged_interval_contains_it(Drawn<(MaintenanceSchedule Schedule, Instant From, Instant To)> drawn)
    {
        var (schedule, from, to) = drawn.Value;
        var windows = schedule.WindowsOverlapping(from, to);
        var merged = schedule.MergedWindowsWithin(from, to);

        // Probe every window edge (and a tick either side) plus a sweep through the range.
        var probes = windows.SelectMany(w => new[] { w.Start - Duration.Epsilon, w.Start, w.End - Duration.Epsilon, w.End })
            .Concat(Enumerable.Range(0, 50).Select(i => from + ((to - from) * i / 50)))
            .Where(t => t >= from && t < to);
        foreach (var t in probes)
        {
            var expected = windows.Any(w => w.Contains(t));
            schedule.IsUnderMaintenance(t).Should().Be(expected, "at {0}", t);
            merged.Any(i => i.Contains(t)).Should().Be(expected, "at {0}", t);
            if (expected)
            {
                schedule.WindowAt(t)!.Contains(t).Should().BeTrue();
            }
        }
    }

    [ScaledProperty(10_000, Arbitrary = [typeof(MaintenanceProperties)])]
    public void The_lazy_enumeration_and_the_next_window_agree_with_the_range_query(Drawn<(MaintenanceSchedule Schedule, Instant From, Instant To)> drawn)
    {
        var (schedule, from, to) = drawn.Value;
        var listed = schedule.WindowsOverlapping(from, to);

        schedule.WindowsFrom(from).TakeWhile(w => w.Start < to).Should().Equal(listed);
        listed.Should().BeInAscendingOrder(w => w.Start);
        var next = schedule.NextWindow(from);
        var expectedNext = listed.FirstOrDefault(w => w.Start >= from);
        if (expectedNext is not null)
        {
            next.Should().Be(expectedNext);
        }
        else if (next is not null)
        {
            next.Start.Should().BeGreaterThanOrEqualTo(to);
        }
    }

    [ScaledProperty(10_000, Arbitrary = [typeof(MaintenanceProperties)])]
    public void The_range_query_lists_exactly_the_windows_of_a_day_by_day_reference(Drawn<(MaintenanceSchedule Schedule, Instant From, Instant To)> drawn)
    {
        var (schedule, from, to) = drawn.Value;

        var expected = DayByDayReference(schedule, from, to);

        schedule.WindowsOverlapping(from, to).Select(w => (w.SourceId, w.Origin, w.OccurrenceDate, w.Start, w.End))
            .Should().Equal(expected);
    }

    /// <summary>
    /// The README's rules, applied to every local date near the range: an occurrence on each matching
    /// date within the effective range, a cancellation winning over a move and the first move winning,
    /// starts resolved to the first instant the wall clock reads them or later, lengths as elapsed time.
    /// </summary>
    internal static List<(string, MaintenanceWindowOrigin, LocalDate, Instant, Instant)> DayByDayReference(MaintenanceSchedule schedule, Instant from, Instant to)
    {
        var zone = schedule.Zone;
        var resolver = NodaTime.TimeZones.Resolvers.CreateMappingResolver(NodaTime.TimeZones.Resolvers.ReturnEarlier, NodaTime.TimeZones.Resolvers.ReturnStartOfIntervalAfter);
        Instant Resolve(LocalDateTime local) => zone.ResolveLocal(local, resolver).ToInstant();
        bool Matches(MaintenanceRecurrence rule, LocalDate date)
        {
            if ((rule.EffectiveFrom is { } f && date < f) || (rule.EffectiveUntil is { } u && date > u) || date.DayOfWeek != rule.DayOfWeek)
            {
                return false;
            }

            var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month);
            return rule.Pattern == RecurrencePattern.Weekly
                || (rule.WeekOfMonth == -1 ? date.Day + 7 > daysInMonth : ((date.Day - 1) / 7) + 1 == rule.WeekOfMonth);
        }

        var cancelled = schedule.Cancellations.Select(c => (c.RecurrenceId, c.Date)).ToHashSet();
        var windows = new List<(string Source, MaintenanceWindowOrigin Origin, LocalDate Date, Instant Start, Instant End)>();
        var moved = new HashSet<(string, LocalDate)>();
        foreach (var move in schedule.Moves)
        {
            var rule = schedule.Recurrences.First(r => r.Id == move.RecurrenceId);
            if (Matches(rule, move.OriginalDate) && !cancelled.Contains((rule.Id, move.OriginalDate)) && moved.Add((rule.Id, move.OriginalDate)))
            {
                var start = Resolve(move.NewStart);
                windows.Add((rule.Id, MaintenanceWindowOrigin.Moved, move.OriginalDate, start, start + (move.NewLength ?? rule.Length)));
            }
        }

        var firstDate = from.InUtc().Date.PlusDays(-40);
        for (var date = firstDate; date <= to.InUtc().Date.PlusDays(2); date = date.PlusDays(1))
        {
            foreach (var rule in schedule.Recurrences.Where(r => Matches(r, date) && !cancelled.Contains((r.Id, date)) && !moved.Contains((r.Id, date))))
            {
                var start = Resolve(date + rule.StartTime);
                windows.Add((rule.Id, MaintenanceWindowOrigin.Recurring, date, start, start + rule.Length));
            }
        }

        foreach (var oneOff in schedule.OneOffs)
        {
            var start = Resolve(oneOff.Start);
            windows.Add((oneOff.Id, MaintenanceWindowOrigin.OneOff, oneOff.Start.Date, start, start + oneOff.Length));
        }

        return windows
            .Where(w => w.Start < to && w.End > from)
            .OrderBy(w => w.Start).ThenBy(w => w.End).ThenBy(w => w.Source, StringComparer.Ordinal).ThenBy(w => w.Date).ThenBy(w => w.Origin)
            .Select(w => (w.Source, w.Origin, w.Date, w.Start, w.End))
            .ToList();
    }
}
