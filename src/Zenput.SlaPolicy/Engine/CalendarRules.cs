using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Engine;

/// <summary>
/// A business calendar's rules indexed for compilation: which opening hours start on a local date,
/// which partial closures apply on it, each found in constant time instead of by scanning lists.
/// </summary>
/// <remarks>Gives the same answer as <see cref="BusinessCalendar.HoursStartingOn(LocalDate)"/>, which stays the readable statement of the rule.</remarks>
internal sealed class CalendarRules : IWorkingSpanSource
{
    private readonly DateTimeZone _zone;
    private readonly OpeningHours[][] _weekly;
    private readonly Dictionary<LocalDate, IReadOnlyList<OpeningHours>> _extraDays = [];
    private readonly HashSet<LocalDate> _datedHolidays = [];
    private readonly HashSet<int> _annualHolidays = [];
    private readonly Dictionary<LocalDate, List<Holiday>> _datedClosures = [];
    private readonly Dictionary<int, List<Holiday>> _annualClosures = [];
    private readonly bool _weeklyHoursNeverApply;
    private readonly LocalDate? _lastExtraDay;

    public CalendarRules(BusinessCalendar calendar)
    {
        _zone = calendar.Zone;
        CalendarName = calendar.Name;
        Description = $"business calendar '{calendar.Name}' ({calendar.Zone.Id})";

        _weekly = new OpeningHours[8][];
        for (var day = 0; day < _weekly.Length; day++)
        {
            _weekly[day] = calendar.Windows.Where(w => (int)w.Day == day).Select(w => w.Hours).ToArray();
        }

        LocalDate? lastDated = null;
        foreach (var extra in calendar.ExtraWorkingDays)
        {
            // The first entry for a date wins, as in BusinessCalendar.HoursStartingOn.
            _extraDays.TryAdd(extra.Date, extra.Hours);
            _lastExtraDay = Later(_lastExtraDay, extra.Date);
        }

        foreach (var holiday in calendar.Holidays)
        {
            if (holiday.Date is { } date)
            {
                lastDated = Later(lastDated, date);
                if (holiday.IsWholeDay)
                {
                    _datedHolidays.Add(date);
                }
                else
                {
                    Add(_datedClosures, date, holiday);
                }
            }
            else
            {
                var key = AnnualKey(holiday.AnnualDate!.Value.Month, holiday.AnnualDate.Value.Day);
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

        lastDated = Later(lastDated, _lastExtraDay);
        RegularFrom = lastDated is { } last ? DateBounds.EndOfDateAnywhere(last) : ClockRange.Min;

        // Every month-day (29 February included) a whole-day holiday: weekly windows never apply.
        _weeklyHoursNeverApply = _annualHolidays.Count == 366 || _weekly.All(hours => hours.Length == 0);
    }

    public string? CalendarName { get; }

    public string Description { get; }

    public Instant RegularFrom { get; }

    public bool ProvablyClosedFrom(Instant from) =>
        _weeklyHoursNeverApply && (_lastExtraDay is not { } last || DateBounds.EndOfDateAnywhere(last) <= from);

    public IReadOnlyList<OpeningHours> HoursStartingOn(LocalDate date)
    {
        if (_extraDays.TryGetValue(date, out var extra))
        {
            return extra;
        }

        if (_datedHolidays.Contains(date) || _annualHolidays.Contains(AnnualKey(date.Month, date.Day)))
        {
            return [];
        }

        return _weekly[(int)date.DayOfWeek];
    }

    public void Collect(Instant from, Instant to, List<InstantSpan> working, List<InstantSpan> closed)
    {
        // A window starting on date D lies within local [D 00:00, D+2 00:00); clock changes move
        // local time by less than a day, so three days either side cover every span that can reach the range.
        var first = from.InZone(_zone).Date.PlusDays(-3);
        var last = to.InZone(_zone).Date.PlusDays(3);
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            foreach (var hours in HoursStartingOn(date))
            {
                var span = Resolve(date, hours.Start, hours.End);
                if (span.End > span.Start && span.End > from && span.Start < to)
                {
                    working.Add(span);
                }
            }

            AddClosures(_datedClosures.GetValueOrDefault(date), date, closed);
            if (_annualClosures.Count > 0)
            {
                AddClosures(_annualClosures.GetValueOrDefault(AnnualKey(date.Month, date.Day)), date, closed);
            }
        }
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
    /// is next midnight), and each end maps to an instant by DESIGN.md rule 5.
    /// </summary>
    private InstantSpan Resolve(LocalDate date, LocalTime start, LocalTime end) =>
        new(ToInstant(date + start), ToInstant((end <= start ? date.PlusDays(1) : date) + end));

    private Instant ToInstant(LocalDateTime local) => LocalResolution.ToInstant(local, _zone);

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

    private static LocalDate? Later(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
