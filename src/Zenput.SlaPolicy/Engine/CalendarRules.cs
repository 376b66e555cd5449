using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Engine;

/// <summary>
/// A business calendar's rules indexed for compilation: which opening hours start on a local date,
/// which partial closures apply on it, each found in constant time instead of by scanning lists.
/// Rule-based holidays are expanded only for the years a chunk covers.
/// </summary>
/// <remarks>Gives the same answer as <see cref="BusinessCalendar.HoursStartingOn(LocalDate)"/>, which stays the readable statement of the rule.</remarks>
internal sealed class CalendarRules : IWorkingSpanSource, IWorkingDaySource
{
    private readonly DateTimeZone _zone;
    private readonly OpeningHours[][] _weekly;
    private readonly Schedule[] _schedules;
    private readonly Dictionary<LocalDate, IReadOnlyList<OpeningHours>> _extraDays = [];
    private readonly HashSet<LocalDate> _datedHolidays = [];
    private readonly HashSet<int> _annualHolidays = [];
    private readonly Dictionary<LocalDate, List<Holiday>> _datedClosures = [];
    private readonly Dictionary<int, List<Holiday>> _annualClosures = [];
    private readonly Holiday[] _ruleHolidays;
    private readonly Instant? _closedFrom;
    private readonly Instant? _closedBefore;
    private readonly Lazy<CalendarRules>? _withoutEaster;

    public CalendarRules(BusinessCalendar calendar)
        : this(calendar, withoutEaster: false)
    {
    }

    /// <summary>Indexes <paramref name="calendar"/>'s rules, leaving its Easter holidays out when <paramref name="withoutEaster"/> is set.</summary>
    private CalendarRules(BusinessCalendar calendar, bool withoutEaster)
    {
        _zone = calendar.Zone;
        CalendarName = calendar.Name;
        Description = $"business calendar '{calendar.Name}' ({calendar.Zone.Id})";
        _weekly = ByWeekday(calendar.Windows);
        _schedules = [.. calendar.Schedules.Select(s => new Schedule(s.EffectiveFrom, s.EffectiveUntil, ByWeekday(s.Windows)))];

        // Every dated item: after the last one (and before the first) only weekly and annual rules apply.
        var dated = new List<LocalDate>();
        foreach (var extra in calendar.ExtraWorkingDays)
        {
            // The first entry for a date wins (the validator refuses two for one date).
            _extraDays.TryAdd(extra.Date, extra.Hours);
            dated.Add(extra.Date);
        }

        foreach (var schedule in calendar.Schedules)
        {
            dated.Add(schedule.EffectiveFrom);
            if (schedule.EffectiveUntil is { } until)
            {
                dated.Add(until);
            }
        }

        var weeklyChanges = dated.ToList();
        foreach (var holiday in calendar.Holidays)
        {
            if (holiday.Date is { } date)
            {
                dated.Add(date);
                if (holiday.IsWholeDay)
                {
                    _datedHolidays.Add(date);
                }
                else
                {
                    Add(_datedClosures, date, holiday);
                }
            }
            else if (holiday.AnnualDate is { } annual)
            {
                var key = AnnualKey(annual.Month, annual.Day);
                if (holiday.IsWholeDay)
                {
                    _annualHolidays.Add(key);
                }
                else
                {
                    Add(_annualClosures, key, holiday);
                }
            }
        }

        _ruleHolidays = [.. calendar.Holidays.Where(h => h.Rule is not null && !(withoutEaster && h.Rule is EasterHolidayRule))];

        // Easter does not repeat with the Gregorian calendar's 400 years, so with an Easter rule no empty
        // stretch of this calendar proves it empty; the same calendar without its Easter holidays does repeat,
        // and has at least this one's working time (see PeriodicOverApproximation).
        var periodic = !_ruleHolidays.Any(h => h.Rule is EasterHolidayRule);
        _withoutEaster = periodic ? null : new Lazy<CalendarRules>(() => new CalendarRules(calendar, withoutEaster: true));
        RegularFrom = !periodic ? ClockRange.Max : dated.Count == 0 ? ClockRange.Min : DateBounds.EndOfDateAnywhere(dated.Max());
        RegularUntil = !periodic ? ClockRange.Min : dated.Count == 0 ? ClockRange.Max : DateBounds.StartOfDateAnywhere(dated.Min());

        // Weekly hours never apply once every month-day (29 February included) is a whole-day holiday,
        // or where the windows in force are none: after the last change (the open-ended schedule that
        // took effect last, else the calendar's own windows) and before the first (the calendar's own).
        var everyDayAHoliday = _annualHolidays.Count == 366;
        var finalWeekly = _schedules.Where(s => s.Until is null).OrderBy(s => s.From).LastOrDefault()?.Weekly ?? _weekly;
        if (everyDayAHoliday || IsEmpty(finalWeekly))
        {
            _closedFrom = weeklyChanges.Count == 0 ? ClockRange.Min : DateBounds.EndOfDateAnywhere(weeklyChanges.Max());
        }

        if (everyDayAHoliday || IsEmpty(_weekly))
        {
            _closedBefore = weeklyChanges.Count == 0 ? ClockRange.Max : DateBounds.StartOfDateAnywhere(weeklyChanges.Min());
        }
    }

    public string? CalendarName { get; }

    public string Description { get; }

    public Instant RegularFrom { get; }

    public Instant RegularUntil { get; }

    public IWorkingSpanSource? PeriodicOverApproximation => WithoutEasterHolidays;

    /// <summary>Gets whether the calendar has Easter holidays (so that its rules do not repeat with the Gregorian 400 years).</summary>
    public bool HasEasterHolidays => _withoutEaster is not null;

    /// <summary>Gets this calendar without its Easter holidays (built on first use), or <see langword="null"/> when it has none.</summary>
    public CalendarRules? WithoutEasterHolidays => _withoutEaster?.Value;

    public bool ProvablyClosedFrom(Instant from) => _closedFrom is { } closed && from >= closed;

    public bool ProvablyClosedBefore(Instant to) => _closedBefore is { } closed && to <= closed;

    public void Collect(Instant from, Instant to, List<InstantSpan> working, List<InstantSpan> closed) =>
        Collect(from, to, working, owners: null, closed);

    public void CollectWorkingDayCloses(Instant from, Instant to, List<Instant> closes)
    {
        var spans = new List<InstantSpan>();
        var owners = new List<LocalDate>();
        var closed = new List<InstantSpan>();
        var (wideFrom, wideTo) = WorkingDays.Around(from, to);
        Collect(wideFrom, wideTo, spans, owners, closed);
        WorkingDays.AddCloses(spans, owners, OpenTime(spans, closed), from, to, closes);
    }

    /// <summary>
    /// Adds the opening hours that may overlap <c>[from, to)</c> to <paramref name="working"/> (and, when
    /// <paramref name="owners"/> is given, the date each starts on), and the closures near it to <paramref name="closed"/>.
    /// </summary>
    public void Collect(Instant from, Instant to, List<InstantSpan> working, List<LocalDate>? owners, List<InstantSpan> closed)
    {
        // A span starting on date D lies within local [D 00:00, D+2 00:00); clock changes move
        // local time by less than a day, so three days either side cover every span that can reach the range.
        var first = from.InZone(_zone).Date.PlusDays(-3);
        var last = to.InZone(_zone).Date.PlusDays(3);
        var byRule = RuleDates.Expand(_ruleHolidays, first, last);
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            foreach (var hours in HoursStartingOn(date, byRule))
            {
                var span = Resolve(date, hours.Start, hours.End);
                if (span.End > span.Start && span.End > from && span.Start < to)
                {
                    working.Add(span);
                    owners?.Add(date);
                }
            }

            AddClosures(_datedClosures.GetValueOrDefault(date), date, closed);
            if (_annualClosures.Count > 0)
            {
                AddClosures(_annualClosures.GetValueOrDefault(AnnualKey(date.Month, date.Day)), date, closed);
            }

            AddClosures(byRule.Closures.GetValueOrDefault(date), date, closed);
        }
    }

    /// <summary>The working time of spans less closures, sorted and merged (the lists are left as they were).</summary>
    public static List<InstantSpan> OpenTime(List<InstantSpan> spans, List<InstantSpan> closed)
    {
        var working = new List<InstantSpan>(spans);
        var removed = new List<InstantSpan>(closed);
        SpanSets.SortAndMerge(working);
        SpanSets.SortAndMerge(removed);
        return SpanSets.Subtract(working, removed, ClockRange.Min, ClockRange.Max);
    }

    private IReadOnlyList<OpeningHours> HoursStartingOn(LocalDate date, RuleDates byRule)
    {
        if (_extraDays.TryGetValue(date, out var extra))
        {
            return extra;
        }

        if (_datedHolidays.Contains(date) || _annualHolidays.Contains(AnnualKey(date.Month, date.Day)) || byRule.WholeDays.Contains(date))
        {
            return [];
        }

        return WeeklyOn(date)[(int)date.DayOfWeek];
    }

    /// <summary>The weekly hours in force on <paramref name="date"/>, as <see cref="BusinessCalendar.WindowsOn(LocalDate)"/> states it.</summary>
    private OpeningHours[][] WeeklyOn(LocalDate date)
    {
        Schedule? latest = null;
        foreach (var schedule in _schedules)
        {
            if (date >= schedule.From && (schedule.Until is not { } until || date <= until) && (latest is null || schedule.From > latest.From))
            {
                latest = schedule;
            }
        }

        return latest?.Weekly ?? _weekly;
    }

    private void AddClosures(List<Holiday>? closures, LocalDate date, List<InstantSpan> closed)
    {
        if (closures is null)
        {
            return;
        }

        foreach (var closure in closures)
        {
            closed.Add(Resolve(date, closure.ClosedFrom!.Value, closure.ClosedUntil!.Value));
        }
    }

    /// <summary>
    /// The one rule for a local span that starts on <paramref name="date"/>, whether opening hours or a
    /// closure: an end at or before the start is on the next date (so <c>24:00</c>, stored as midnight,
    /// is next midnight, and a closure may cross midnight), and each end maps to an instant by DESIGN.md rule 5.
    /// </summary>
    private InstantSpan Resolve(LocalDate date, LocalTime start, LocalTime end) =>
        new(ToInstant(date + start), ToInstant((end <= start ? date.PlusDays(1) : date) + end));

    private Instant ToInstant(LocalDateTime local) => LocalResolution.ToInstant(local, _zone);

    private static OpeningHours[][] ByWeekday(IReadOnlyList<WorkingWindow> windows)
    {
        var weekly = new OpeningHours[8][];
        for (var day = 0; day < weekly.Length; day++)
        {
            weekly[day] = [.. windows.Where(w => (int)w.Day == day).Select(w => w.Hours)];
        }

        return weekly;
    }

    private static bool IsEmpty(OpeningHours[][] weekly) => weekly.All(hours => hours.Length == 0);

    private static int AnnualKey(int month, int day) => (month * 32) + day;

    private static void Add<TKey>(Dictionary<TKey, List<Holiday>> map, TKey key, Holiday holiday)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(holiday);
    }

    /// <summary>A schedule's dates and its hours by weekday.</summary>
    private sealed record Schedule(LocalDate From, LocalDate? Until, OpeningHours[][] Weekly);

    /// <summary>The dates rule-based holidays fall on within the dates one compilation covers.</summary>
    private sealed class RuleDates
    {
        private static readonly RuleDates None = new();

        public HashSet<LocalDate> WholeDays { get; } = [];

        public Dictionary<LocalDate, List<Holiday>> Closures { get; } = [];

        public static RuleDates Expand(Holiday[] rules, LocalDate first, LocalDate last)
        {
            if (rules.Length == 0)
            {
                return None;
            }

            // A rule's occurrence of one year may fall in the year before or after (an observed New Year's Day).
            var dates = new RuleDates();
            foreach (var holiday in rules)
            {
                for (var year = first.Year - 1; year <= last.Year + 1; year++)
                {
                    if (holiday.Rule!.DateIn(year) is { } date && date >= first && date <= last)
                    {
                        if (holiday.IsWholeDay)
                        {
                            dates.WholeDays.Add(date);
                        }
                        else
                        {
                            Add(dates.Closures, date, holiday);
                        }
                    }
                }
            }

            return dates;
        }
    }
}
