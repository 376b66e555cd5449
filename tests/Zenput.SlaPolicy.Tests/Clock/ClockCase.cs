using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using Interval = NodaTime.Interval;
using Zenput.Sla.Calendars;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// One random scenario for the property tests: a calendar in one zone (split and overnight shifts,
/// whole-day and partial holidays, extra days, all near a clock change), a start inside, outside or on
/// a boundary, a goal (sometimes zero), pauses in any order, and whether maintenance stops the clock.
/// </summary>
internal sealed record ClockCase(
    string ZoneId,
    WorkingWindow[] Windows,
    Holiday[] Holidays,
    ExtraWorkingDay[] ExtraDays,
    bool StopsForMaintenance,
    Instant Start,
    int GoalMinutes,
    Interval[] Pauses,
    int SpanMinutes,
    int LaterStartMinutes,
    int OtherGoalMinutes)
{
    public const string CalendarName = "random";

    public Duration Goal => Duration.FromMinutes(GoalMinutes);

    public Duration OtherGoal => Duration.FromMinutes(OtherGoalMinutes);

    public Instant End => Start + Duration.FromMinutes(SpanMinutes);

    public Instant LaterStart => Start + Duration.FromMinutes(LaterStartMinutes);

    public BusinessCalendar Calendar() =>
        new(CalendarName, DateTimeZoneProviders.Tzdb[ZoneId], Windows, Holidays, ExtraDays);

    public override string ToString()
    {
        var instant = InstantPattern.General;
        return string.Join(
            Environment.NewLine,
            $"zone {ZoneId}, clock stops during maintenance: {StopsForMaintenance}",
            $"windows: {string.Join("; ", Windows.Select(w => w.ToString()))}",
            $"holidays: {string.Join("; ", Holidays.Select(h => h.ToString()))}",
            $"extra days: {string.Join("; ", ExtraDays.Select(e => e.ToString()))}",
            $"start {instant.Format(Start)} ({Start.InZone(DateTimeZoneProviders.Tzdb[ZoneId]):uuuu-MM-dd HH:mm o<g> dddd}), goal {GoalMinutes} min, span {SpanMinutes} min, later start +{LaterStartMinutes} min, other goal {OtherGoalMinutes} min",
            $"pauses: {string.Join("; ", Pauses.Select(p => p.ToString()))}");
    }

    /// <summary>The generator for scenarios in <paramref name="zoneId"/>, around the clock changes of the given years.</summary>
    public static Arbitrary<ClockCase> In(string zoneId, params int[] years)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var anchors = years.SelectMany(y => Anchors(zone, y)).ToArray();
        return Arb.From(
            from anchor in Gen.Elements(anchors)
            from c in For(zoneId, zone, anchor)
            select c);
    }

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

        var quarterIndex = Gen.Frequency((3, Gen.Choose(0, 95)), (2, Gen.Elements(changeQuarters)));
        var nearDate = Gen.Frequency(
            (3, Gen.Choose(-4, 6).Select(d => anchorDate.PlusDays(d))),
            (1, Gen.Elements(before.Date, after.Date)));

        var window =
            from day in Gen.Frequency((2, Gen.Choose(1, 7)), (1, Gen.Elements(changeDays)))
            from start in quarterIndex
            from end in Gen.Frequency((1, Gen.Constant(start)), (2, quarterIndex), (4, Gen.Choose(1, 48).Select(l => (start + l) % 96)), (2, Gen.Choose(49, 95).Select(l => (start + l) % 96)))
            select new WorkingWindow((IsoDayOfWeek)day, Quarter(start), Quarter(end));

        var wholeDay = nearDate.Select(d => Holiday.On("closed " + d.ToString("MM-dd", CultureInfo.InvariantCulture), d));
        var annual = nearDate.Select(d => Holiday.EveryYear("annual " + d.ToString("MM-dd", CultureInfo.InvariantCulture), new AnnualDate(d.Month, d.Day)));
        var partial =
            from d in nearDate
            from x in quarterIndex
            from y in quarterIndex
            where x != y
            let a = Math.Min(x, y)
            let b = Math.Max(x, y)
            select Holiday.PartOf("part " + d.ToString("MM-dd", CultureInfo.InvariantCulture), d, Quarter(a), Quarter(b));
        var extra =
            from d in nearDate
            from start in quarterIndex
            from length in Gen.Choose(1, 60)
            select new ExtraWorkingDay(d, [new OpeningHours(Quarter(start), Quarter((start + length) % 96))]);

        return
            from windows in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(window, n))
            from wholeDays in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf<Holiday>(wholeDay, n))
            from annuals in Gen.Choose(0, 1).SelectMany(n => Gen.ArrayOf<Holiday>(annual, n))
            from partials in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf<Holiday>(partial, n))
            from extras in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(extra, n))
            from stops in Gen.Elements(false, true)
            from start in StartGen(zone, anchor, windows, nearDate)
            let bound = GoalBound(windows)
            from goal in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Choose(1, bound)))
            from otherGoal in Gen.Choose(0, bound)
            from pauses in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(PauseGen(start), n))
            from span in Gen.Choose(0, 5 * 24 * 60)
            from later in Gen.Choose(0, 3 * 24 * 60)
            select new ClockCase(
                zoneId,
                windows,
                [.. wholeDays, .. annuals, .. partials],
                DistinctByDate(extras),
                stops,
                start,
                goal,
                pauses,
                span,
                later,
                otherGoal);
    }

    private static Gen<Instant> StartGen(DateTimeZone zone, Instant anchor, WorkingWindow[] windows, Gen<LocalDate> nearDate)
    {
        var anywhere = Gen.Choose(-4 * 24 * 60, 4 * 24 * 60).Select(m => anchor + Duration.FromMinutes(m));
        var nearChange = Gen.Choose(-120, 120).Select(m => anchor + Duration.FromMinutes(m));
        var onBoundary =
            from date in nearDate
            from w in Gen.Elements(windows)
            from atEnd in Gen.Elements(false, true)
            select (date + (atEnd ? w.End : w.Start)).InZoneLeniently(zone).ToInstant();
        return Gen.Frequency((3, anywhere), (1, nearChange), (2, onBoundary));
    }

    private static Gen<Interval> PauseGen(Instant start) =>
        from offset in Gen.Choose(-180, 4 * 24 * 60)
        from length in Gen.Choose(1, 12 * 60)
        from open in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new Interval(start + Duration.FromMinutes(offset), open ? null : start + Duration.FromMinutes(offset + length));

    // Keeps the reference's walk short: about two weeks of the nominal weekly working time, at most 10 hours.
    private static int GoalBound(WorkingWindow[] windows)
    {
        var weekly = windows.Sum(w => (int)w.Hours.NominalLength.TotalMinutes);
        return Math.Clamp(2 * weekly, 1, 10 * 60);
    }

    private static ExtraWorkingDay[] DistinctByDate(ExtraWorkingDay[] days) =>
        [.. days.GroupBy(d => d.Date).Select(g => g.First())];

    private static LocalTime Quarter(int quarter) => new(quarter / 4, quarter % 4 * 15);
}
