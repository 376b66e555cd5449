using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Calendars;
using Interval = NodaTime.Interval;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// One random scenario for the reference properties: a calendar in one zone built from every construct
/// a policy document allows, placed around a clock change or an engine chunk boundary, with a start, a
/// goal, pauses, a span to measure, a later start and another goal.
/// </summary>
/// <remarks>
/// The calendar has weekly windows (split, overnight, ending at 24:00, 24-hour), whole-day holidays on
/// one date or every year (29 February included, and on both dates of an overnight shift), partial-day
/// closures (ending at 24:00 or 00:00, lining up with window edges, midnight to midnight) and extra
/// working days (inside DST gaps too). Local times are whole minutes, as documents write them; starts,
/// goals and pauses may carry nanoseconds. Failures shrink: <see cref="Shrink"/> drops parts one at a time.
/// </remarks>
internal sealed record ClockCase(
    string ZoneId,
    WorkingWindow[] Windows,
    Holiday[] Holidays,
    ExtraWorkingDay[] ExtraDays,
    bool StopsForMaintenance,
    Instant Start,
    Duration Goal,
    Interval[] Pauses,
    Duration Span,
    Duration Later,
    Duration OtherGoal)
{
    public const string CalendarName = "random";

    private static readonly Duration Nanosecond = Duration.FromNanoseconds(1);

    public Instant End => Start + Span;

    public Instant LaterStart => Start + Later;

    public BusinessCalendar Calendar() =>
        new(CalendarName, DateTimeZoneProviders.Tzdb[ZoneId], Windows, Holidays, ExtraDays);

    public override string ToString()
    {
        var instant = InstantPattern.ExtendedIso;
        var zone = DateTimeZoneProviders.Tzdb[ZoneId];
        return string.Join(
            Environment.NewLine,
            $"zone {ZoneId}, clock stops during maintenance: {StopsForMaintenance}",
            $"windows: {string.Join("; ", Windows.Select(w => w.ToString()))}",
            $"holidays: {string.Join("; ", Holidays.Select(h => h.ToString()))}",
            $"extra days: {string.Join("; ", ExtraDays.Select(e => e.ToString()))}",
            $"start {instant.Format(Start)} ({Start.InZone(zone):uuuu-MM-dd HH:mm:ss.fffffffff o<g> dddd}), goal {Goal}, span {Span}, later start +{Later}, other goal {OtherGoal}",
            $"pauses: {string.Join("; ", Pauses.Select(p => p.ToString()))}");
    }

    /// <summary>Scenarios in <paramref name="zoneId"/>, around the clock changes and chunk boundaries of the given years.</summary>
    public static Arbitrary<ClockCase> In(string zoneId, params int[] years)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var anchors = years.SelectMany(y => Anchors(zone, y)).Distinct().ToArray();
        return Arb.From(
            from anchor in Gen.Elements(anchors)
            from c in For(zoneId, zone, anchor)
            select c,
            Shrink);
    }

    /// <summary>Smaller cases: one part fewer, a shorter goal or span, no maintenance.</summary>
    public static IEnumerable<ClockCase> Shrink(ClockCase c)
    {
        for (var i = 0; c.Windows.Length > 1 && i < c.Windows.Length; i++)
        {
            // Fewer windows lower the goal the reference can walk to: keep the goals within it.
            var windows = Without(c.Windows, i);
            var bound = Duration.FromMinutes(GoalBound(windows));
            yield return c with { Windows = windows, Goal = Min(c.Goal, bound), OtherGoal = Min(c.OtherGoal, bound) };
        }

        for (var i = 0; i < c.Holidays.Length; i++)
        {
            yield return c with { Holidays = Without(c.Holidays, i) };
        }

        for (var i = 0; i < c.ExtraDays.Length; i++)
        {
            yield return c with { ExtraDays = Without(c.ExtraDays, i) };
        }

        for (var i = 0; i < c.Pauses.Length; i++)
        {
            yield return c with { Pauses = Without(c.Pauses, i) };
        }

        if (c.StopsForMaintenance)
        {
            yield return c with { StopsForMaintenance = false };
        }

        if (c.Goal > Duration.Zero)
        {
            yield return c with { Goal = Duration.Zero };
            yield return c with { Goal = Duration.FromMinutes((long)c.Goal.TotalMinutes / 2) };
        }

        if (c.Span > Duration.Zero)
        {
            yield return c with { Span = Duration.FromMinutes((long)c.Span.TotalMinutes / 2) };
        }
    }

    private static Duration Min(Duration a, Duration b) => a < b ? a : b;

    private static T[] Without<T>(T[] items, int index) => [.. items.Where((_, i) => i != index)];

    /// <summary>Mid-June, every clock change of the year, and every engine chunk boundary (k · 2^49 ticks) in it.</summary>
    private static IEnumerable<Instant> Anchors(DateTimeZone zone, int year)
    {
        var from = Instant.FromUtc(year, 1, 1, 0, 0);
        var to = Instant.FromUtc(year + 1, 1, 1, 0, 0);
        yield return Instant.FromUtc(year, 6, 15, 12, 0);
        foreach (var interval in zone.GetZoneIntervals(from, to))
        {
            if (interval.HasStart && interval.Start >= from)
            {
                yield return interval.Start;
            }
        }

        for (var k = (from.ToUnixTimeTicks() >> 49) + 1; Instant.FromUnixTimeTicks(k << 49) < to; k++)
        {
            yield return Instant.FromUnixTimeTicks(k << 49);
        }
    }

    private static Gen<ClockCase> For(string zoneId, DateTimeZone zone, Instant anchor)
    {
        var anchorDate = anchor.InZone(zone).Date;

        // Around a clock change, boundaries and days are drawn often from the wall-clock readings just
        // before and after it, so gaps and repeated hours are hit rather than merely nearby.
        var before = (anchor - Duration.FromMinutes(1)).InZone(zone).LocalDateTime.PlusMinutes(1);
        var after = anchor.InZone(zone).LocalDateTime;
        var changeQuarters = new[] { before.TimeOfDay, after.TimeOfDay }
            .SelectMany(t => new[] { -2, -1, 0, 1, 2 }.Select(q => ((t.Hour * 4) + (t.Minute / 15) + q + 96) % 96))
            .Distinct()
            .ToArray();
        var changeDays = new[] { before.Date.PlusDays(-1), before.Date, after.Date }.Select(d => (int)d.DayOfWeek).Distinct().ToArray();

        var quarter = Gen.Frequency((3, Gen.Choose(0, 95)), (2, Gen.Elements(changeQuarters)));
        var nearDate = Gen.Frequency(
            (3, Gen.Choose(-4, 6).Select(d => anchorDate.PlusDays(d))),
            (1, Gen.Elements(before.Date, after.Date)));

        var window =
            from day in Gen.Frequency((2, Gen.Choose(1, 7)), (1, Gen.Elements(changeDays)))
            from start in quarter
            from end in Gen.Frequency(
                (1, Gen.Constant(start)), // 24 hours
                (1, Gen.Constant(0)), // 24:00
                (2, quarter),
                (4, Gen.Choose(1, 48).Select(l => (start + l) % 96)),
                (2, Gen.Choose(49, 95).Select(l => (start + l) % 96)))
            select new WorkingWindow((IsoDayOfWeek)day, Quarter(start), Quarter(end));

        return
            from windows in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(window, n))
            from holidays in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(HolidayGen(windows, nearDate, quarter), n))
            from extras in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(ExtraDayGen(nearDate, quarter), n))
            from stops in Gen.Elements(false, true)
            from start in StartGen(zone, anchor, windows, holidays, nearDate)
            let bound = GoalBound(windows)
            from goal in GoalGen(bound)
            from otherGoal in GoalGen(bound)
            from pauses in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(PauseGen(start), n))
            from span in Gen.Choose(0, 5 * 24 * 60).Select(m => Duration.FromMinutes(m))
            from later in Gen.Choose(0, 3 * 24 * 60).Select(m => Duration.FromMinutes(m))
            select new ClockCase(zoneId, windows, holidays, DistinctByDate(extras), stops, start, goal, pauses, span, later, otherGoal);
    }

    private static Gen<Holiday> HolidayGen(WorkingWindow[] windows, Gen<LocalDate> nearDate, Gen<int> quarter)
    {
        // A date on which a window starts, or the date after it (where an overnight shift ends).
        var shiftDate =
            from w in Gen.Elements(windows)
            from d in nearDate
            from next in Gen.Elements(0, 1)
            select d.PlusDays((((int)w.Day - (int)d.DayOfWeek) + 7) % 7).PlusDays(next);
        var date = Gen.Frequency((2, nearDate), (1, shiftDate));

        // Closure edges: any quarter, a window's own start or end, or midnight at either end of the day.
        var edge = Gen.Frequency(
            (3, quarter),
            (2, Gen.Elements(windows).SelectMany(w => Gen.Elements(Index(w.Start), Index(w.End)))));
        var closure =
            from from_ in edge
            from until in Gen.Frequency((3, edge), (1, Gen.Constant(0)))
            where until > from_ || until == 0
            select (From: Quarter(from_), Until: Quarter(until));

        return Gen.Frequency(
            (3, date.Select(d => Holiday.On(Name("closed", d), d))),
            (1, date.Select(d => Holiday.EveryYear(Name("annual", d), new AnnualDate(d.Month, d.Day)))),
            (1, Gen.Constant(Holiday.EveryYear("leap day", new AnnualDate(2, 29)))),
            (3, from d in date from c in closure select Holiday.PartOf(Name("part", d), d, c.From, c.Until)),
            (1, from d in date from c in closure select Holiday.PartOfEveryYear(Name("annual part", d), new AnnualDate(d.Month, d.Day), c.From, c.Until)));
    }

    private static Gen<ExtraWorkingDay> ExtraDayGen(Gen<LocalDate> nearDate, Gen<int> quarter)
    {
        var hours =
            from start in quarter
            from length in Gen.Frequency((4, Gen.Choose(1, 60)), (1, Gen.Constant(96)))
            select new OpeningHours(Quarter(start), Quarter((start + length) % 96));
        return
            from d in nearDate
            from spans in Gen.Choose(1, 2).SelectMany(n => Gen.ArrayOf(hours, n))
            select new ExtraWorkingDay(d, spans);
    }

    private static Gen<Instant> StartGen(DateTimeZone zone, Instant anchor, WorkingWindow[] windows, Holiday[] holidays, Gen<LocalDate> nearDate)
    {
        var anywhere = Gen.Choose(-4 * 24 * 60, 4 * 24 * 60).Select(m => anchor + Duration.FromMinutes(m));
        var nearAnchor = Gen.Choose(-120, 120).Select(m => anchor + Duration.FromMinutes(m));
        var withinNanoseconds = Gen.Choose(-3, 3).Select(ns => anchor + (Nanosecond * ns));
        var localEdges = windows.SelectMany(w => new[] { w.Start, w.End })
            .Concat(holidays.Where(h => !h.IsWholeDay).SelectMany(h => new[] { h.ClosedFrom!.Value, h.ClosedUntil!.Value }))
            .ToArray();
        var onEdge =
            from date in nearDate
            from time in Gen.Elements(localEdges)
            select (date + time).InZoneLeniently(zone).ToInstant();
        return Gen.Frequency((3, anywhere), (1, nearAnchor), (1, withinNanoseconds), (2, onEdge));
    }

    private static Gen<Duration> GoalGen(int boundMinutes) =>
        from minutes in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Choose(1, boundMinutes)))
        from nanoseconds in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 999_999_999)))
        select Duration.FromMinutes(minutes) + (minutes > 0 ? Nanosecond * nanoseconds : Duration.Zero);

    private static Gen<Interval> PauseGen(Instant start) =>
        from offset in Gen.Choose(-180, 4 * 24 * 60)
        from length in Gen.Choose(1, 12 * 60)
        from nanoseconds in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(-999_999_999, 999_999_999)))
        from shape in Gen.Frequency((20, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        let from_ = start + Duration.FromMinutes(offset) + (Nanosecond * nanoseconds)
        let to = start + Duration.FromMinutes(offset + length)
        select shape switch
        {
            1 => new Interval(from_, null), // no end: the clock stops for good
            2 => new Interval(null, to), // no start: counts from the goal's start
            _ => new Interval(from_, to),
        };

    // Keeps the reference's walk short: about two weeks of the nominal weekly working time, at most 10 hours.
    private static int GoalBound(WorkingWindow[] windows)
    {
        var weekly = windows.Sum(w => (int)w.Hours.NominalLength.TotalMinutes);
        return Math.Clamp(2 * weekly, 1, 10 * 60);
    }

    private static ExtraWorkingDay[] DistinctByDate(ExtraWorkingDay[] days) =>
        [.. days.GroupBy(d => d.Date).Select(g => g.First())];

    private static string Name(string kind, LocalDate date) => $"{kind} {date.ToString("MM-dd", CultureInfo.InvariantCulture)}";

    private static int Index(LocalTime time) => (time.Hour * 4) + (time.Minute / 15);

    private static LocalTime Quarter(int quarter) => new(quarter / 4 % 24, quarter % 4 * 15);
}
