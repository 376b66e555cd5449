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
/// a policy document allows (intersected, in one case in four, with a second calendar), placed around a
/// clock change or an engine chunk boundary, with a start, a goal, pauses, a span to measure, a later
/// start, another goal and a number of business days.
/// </summary>
/// <remarks>
/// The calendar has weekly windows (split, overnight, ending at 24:00, 24-hour) and schedules that
/// replace them for a span of dates or from a date on; whole-day holidays on one date, every year
/// (29 February included) or by rule (nth or last weekday, a fixed date moved off the weekend, days from
/// Easter), on both dates of an overnight shift too; partial-day closures (crossing midnight, ending at
/// 24:00 or 00:00, lining up with window edges, midnight to midnight, by rule); and extra working days
/// (inside DST gaps too). Local times are whole minutes, as documents write them; starts, goals and
/// pauses may carry nanoseconds. Failures shrink: <see cref="Shrink"/> drops parts one at a time.
/// </remarks>
internal sealed record ClockCase(
    string ZoneId,
    CalendarParts Site,
    CalendarParts? Desk,
    bool StopsForMaintenance,
    Instant Start,
    Duration Goal,
    Interval[] Pauses,
    Duration Span,
    Duration Later,
    Duration OtherGoal,
    int BusinessDays)
{
    /// <summary>The name goals use: the site calendar, or the intersection of site and desk.</summary>
    public string CalendarName => Desk is null ? "site" : "both";

    private static readonly Duration Nanosecond = Duration.FromNanoseconds(1);

    public Instant End => Start + Span;

    public Instant LaterStart => Start + Later;

    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[ZoneId];

    /// <summary>The longest goal the reference is sure to walk to on this case's calendar.</summary>
    public Duration GoalLimit => Duration.FromMinutes(GoalBound(Site, Desk is not null));

    public override string ToString()
    {
        var instant = InstantPattern.ExtendedIso;
        return string.Join(
            Environment.NewLine,
            $"zone {ZoneId}, clock stops during maintenance: {StopsForMaintenance}",
            "site:",
            Site.ToString(),
            Desk is null ? "no desk" : "desk (the goals count on site ∩ desk):",
            Desk?.ToString() ?? string.Empty,
            $"start {instant.Format(Start)} ({Start.InZone(Zone):uuuu-MM-dd HH:mm:ss.fffffffff o<g> dddd}), goal {Goal}, span {Span}, later start +{Later}, other goal {OtherGoal}, {BusinessDays} business days",
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

    /// <summary>Smaller cases: one part fewer, no desk, a shorter goal or span, no maintenance.</summary>
    public static IEnumerable<ClockCase> Shrink(ClockCase c)
    {
        if (c.Desk is not null)
        {
            yield return c with { Desk = null };
        }

        foreach (var site in Smaller(c.Site))
        {
            // Fewer windows lower the goal the reference can walk to: keep the goals within it.
            var bound = Duration.FromMinutes(GoalBound(site, c.Desk is not null));
            yield return c with { Site = site, Goal = Min(c.Goal, bound), OtherGoal = Min(c.OtherGoal, bound) };
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

        if (c.BusinessDays > 0)
        {
            yield return c with { BusinessDays = c.BusinessDays - 1 };
        }

        if (c.Span > Duration.Zero)
        {
            yield return c with { Span = Duration.FromMinutes((long)c.Span.TotalMinutes / 2) };
        }
    }

    private static IEnumerable<CalendarParts> Smaller(CalendarParts parts)
    {
        for (var i = 0; parts.Windows.Length > 1 && i < parts.Windows.Length; i++)
        {
            yield return parts with { Windows = Without(parts.Windows, i) };
        }

        for (var i = 0; i < parts.Holidays.Length; i++)
        {
            yield return parts with { Holidays = Without(parts.Holidays, i) };
        }

        for (var i = 0; i < parts.ExtraDays.Length; i++)
        {
            yield return parts with { ExtraDays = Without(parts.ExtraDays, i) };
        }

        for (var i = 0; i < parts.Schedules.Length; i++)
        {
            yield return parts with { Schedules = Without(parts.Schedules, i) };
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

        var site =
            from windows in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(window, n))
            from holidays in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(HolidayGen(windows, nearDate, quarter), n))
            from extras in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(ExtraDayGen(nearDate, quarter), n))
            from schedules in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(ScheduleGen(window, nearDate), n))
            select new CalendarParts(windows, holidays, DistinctByDate(extras), DistinctByStart(schedules));

        return
            from parts in site
            from desk in Gen.Frequency((3, Gen.Constant<CalendarParts?>(null)), (1, DeskGen(parts, nearDate, quarter).Select(d => (CalendarParts?)d)))
            from stops in Gen.Elements(false, true)
            from start in StartGen(zone, anchor, parts, nearDate)
            let bound = GoalBound(parts, desk is not null)
            from goal in GoalGen(bound)
            from otherGoal in GoalGen(bound)
            from pauses in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(PauseGen(start), n))
            from span in Gen.Choose(0, 5 * 24 * 60).Select(m => Duration.FromMinutes(m))
            from later in Gen.Choose(0, 3 * 24 * 60).Select(m => Duration.FromMinutes(m))
            from days in Gen.Frequency((3, Gen.Choose(0, 1)), (2, Gen.Choose(2, 3)))
            select new ClockCase(zoneId, parts, desk, stops, start, goal, pauses, span, later, otherGoal, days);
    }

    /// <summary>A second calendar whose windows overlap each of the site's, its own or a schedule's, by at least a third, with holidays of its own.</summary>
    private static Gen<CalendarParts> DeskGen(CalendarParts site, Gen<LocalDate> nearDate, Gen<int> quarter)
    {
        var shifted = site.Windows.Concat(site.Schedules.SelectMany(s => s.Windows)).Select(w =>
        {
            var length = (int)(w.Hours.NominalLength.TotalMinutes / 15);
            return
                from later in Gen.Choose(0, length / 3)
                from longer in Gen.Choose(-(length / 3), Math.Min(8, 96 - length + later))
                select new WorkingWindow(Next(w.Day, (Index(w.Start) + later) / 96), Quarter(Index(w.Start) + later), Quarter(Index(w.Start) + length + longer));
        });
        return
            from windows in Gen.CollectToArray(shifted, g => g)
            from holidays in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(HolidayGen([.. windows], nearDate, quarter), n))
            select new CalendarParts([.. windows], holidays, [], []);
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

        // Closure edges: any quarter, a window's own start or end, or midnight; an end at or before the start crosses midnight.
        var edge = Gen.Frequency(
            (3, quarter),
            (2, Gen.Elements(windows).SelectMany(w => Gen.Elements(Index(w.Start), Index(w.End)))));
        var closure =
            from from_ in edge
            from until in Gen.Frequency((3, edge), (1, Gen.Constant(0)))
            select (From: Quarter(from_), Until: Quarter(until));

        return Gen.Frequency(
            (3, date.Select(d => Holiday.On(Name("closed", d), d))),
            (1, date.Select(d => Holiday.EveryYear(Name("annual", d), new AnnualDate(d.Month, d.Day)))),
            (1, Gen.Constant(Holiday.EveryYear("leap day", new AnnualDate(2, 29)))),
            (3, date.SelectMany(RuleOn).Select(r => Holiday.ByRule($"by rule {r}", r))),
            (3, from d in date from c in closure select Holiday.PartOf(Name("part", d), d, c.From, c.Until)),
            (1, from d in date from c in closure select Holiday.PartOfEveryYear(Name("annual part", d), new AnnualDate(d.Month, d.Day), c.From, c.Until)),
            (1, from d in date from r in RuleOn(d) from c in closure select Holiday.PartByRule($"part by rule {r}", r, c.From, c.Until)));
    }

    /// <summary>A rule whose date this year is <paramref name="date"/> (or, observed off a weekend, near it).</summary>
    private static Gen<HolidayRule> RuleOn(LocalDate date)
    {
        var week = ((date.Day - 1) / 7) + 1;
        var isLast = date.PlusDays(7).Month != date.Month;
        var easterOffset = Period.Between(ReferenceCalendar.Easter(date.Year), date, PeriodUnits.Days).Days;
        var observed = new[] { IsoDayOfWeek.Friday, IsoDayOfWeek.Monday };
        var rules = new List<(int, Gen<HolidayRule>)>
        {
            (2, Gen.Constant<HolidayRule>(HolidayRule.NthWeekday(date.Month, date.DayOfWeek, week))),
            (2, from saturday in Gen.Elements([.. observed, IsoDayOfWeek.Saturday])
                from sunday in Gen.Elements([.. observed, IsoDayOfWeek.Sunday])
                select (HolidayRule)HolidayRule.FixedDate(new AnnualDate(date.Month, date.Day), saturday, sunday)),
        };
        if (isLast)
        {
            rules.Add((1, Gen.Constant<HolidayRule>(HolidayRule.LastWeekday(date.Month, date.DayOfWeek))));
        }

        if (Math.Abs(easterOffset) <= EasterHolidayRule.MaxOffsetDays)
        {
            rules.Add((2, Gen.Constant<HolidayRule>(HolidayRule.Easter(easterOffset))));
        }

        return Gen.Frequency(rules.ToArray());
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

    /// <summary>Windows in force for a few days (possibly none), or from a date on (then some, or nothing would ever be due).</summary>
    private static Gen<WeeklySchedule> ScheduleGen(Gen<WorkingWindow> window, Gen<LocalDate> nearDate) =>
        from from_ in nearDate
        from openEnded in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from days in Gen.Choose(0, 6)
        from windows in Gen.Choose(openEnded ? 1 : 0, 3).SelectMany(n => Gen.ArrayOf(window, n))
        select new WeeklySchedule(from_, windows, openEnded ? null : from_.PlusDays(days));

    private static Gen<Instant> StartGen(DateTimeZone zone, Instant anchor, CalendarParts parts, Gen<LocalDate> nearDate)
    {
        var anywhere = Gen.Choose(-4 * 24 * 60, 4 * 24 * 60).Select(m => anchor + Duration.FromMinutes(m));
        var nearAnchor = Gen.Choose(-120, 120).Select(m => anchor + Duration.FromMinutes(m));
        var withinNanoseconds = Gen.Choose(-3, 3).Select(ns => anchor + (Nanosecond * ns));
        var localEdges = parts.Windows.SelectMany(w => new[] { w.Start, w.End })
            .Concat(parts.Holidays.Where(h => !h.IsWholeDay).SelectMany(h => new[] { h.ClosedFrom!.Value, h.ClosedUntil!.Value }))
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

    /// <summary>
    /// Keeps the reference's walks short: about two weeks of the nominal weekly working time of the
    /// thinnest weekly hours the calendar keeps for good (its own, or a schedule's from a date on), at
    /// most 10 hours; a third of that on an intersection, which keeps at least a third of each window.
    /// </summary>
    private static int GoalBound(CalendarParts parts, bool intersected)
    {
        var weekly = parts.Schedules.Where(s => s.EffectiveUntil is null).Select(s => s.Windows)
            .Append(parts.Windows)
            .Min(windows => windows.Sum(w => (int)w.Hours.NominalLength.TotalMinutes));
        return Math.Clamp(2 * weekly / (intersected ? 3 : 1), 1, 10 * 60);
    }

    private static ExtraWorkingDay[] DistinctByDate(ExtraWorkingDay[] days) =>
        [.. days.GroupBy(d => d.Date).Select(g => g.First())];

    private static WeeklySchedule[] DistinctByStart(WeeklySchedule[] schedules) =>
        [.. schedules.GroupBy(s => s.EffectiveFrom).Select(g => g.First())];

    private static string Name(string kind, LocalDate date) => $"{kind} {date.ToString("MM-dd", CultureInfo.InvariantCulture)}";

    private static IsoDayOfWeek Next(IsoDayOfWeek day, int days) => (IsoDayOfWeek)((((int)day - 1 + days) % 7) + 1);

    private static int Index(LocalTime time) => (time.Hour * 4) + (time.Minute / 15);

    private static LocalTime Quarter(int quarter) => new(((quarter % 96) + 96) % 96 / 4, ((quarter % 96) + 96) % 96 % 4 * 15);
}
