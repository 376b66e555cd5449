using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Zenput.Sla.Engine;

/// <summary>
/// The working time of several business calendars at once (a calendar intersection): each calendar's
/// opening hours less its closures, intersected. Its working days are those of the first calendar.
/// </summary>
internal sealed class IntersectionSource : IWorkingDaySource
{
    private readonly CalendarRules[] _calendars;
    private readonly Lazy<IntersectionSource>? _over;

    public IntersectionSource(string name, IReadOnlyList<CalendarRules> calendars)
    {
        _calendars = [.. calendars];
        CalendarName = name;
        Description = $"calendar intersection '{name}' ({string.Join(" ∩ ", _calendars.Select(c => c.Description))})";
        RegularFrom = _calendars.Max(c => c.RegularFrom);
        RegularUntil = _calendars.Min(c => c.RegularUntil);
        // The intersection of the calendars' periodic over-approximations (each calendar's own where it has none) holds at least the intersection's time.
        _over = _calendars.Any(c => c.HasEasterHolidays)
            ? new Lazy<IntersectionSource>(() => new IntersectionSource(name, [.. _calendars.Select(c => c.WithoutEasterHolidays ?? c)]))
            : null;
    }

    public string? CalendarName { get; }

    public string Description { get; }

    public Instant RegularFrom { get; }

    public Instant RegularUntil { get; }

    public IWorkingSpanSource? PeriodicOverApproximation => _over?.Value;

    public bool ProvablyClosedFrom(Instant from) => _calendars.Any(c => c.ProvablyClosedFrom(from));

    public bool ProvablyClosedBefore(Instant to) => _calendars.Any(c => c.ProvablyClosedBefore(to));

    public void Collect(Instant from, Instant to, List<InstantSpan> working, List<InstantSpan> closed) =>
        working.AddRange(OpenTimeOfOthers(from, to, OpenTimeOf(_calendars[0], from, to)));

    public void CollectWorkingDayCloses(Instant from, Instant to, List<Instant> closes)
    {
        var spans = new List<InstantSpan>();
        var owners = new List<LocalDate>();
        var closed = new List<InstantSpan>();
        var (wideFrom, wideTo) = WorkingDays.Around(from, to);
        _calendars[0].Collect(wideFrom, wideTo, spans, owners, closed);
        var open = OpenTimeOfOthers(wideFrom, wideTo, CalendarRules.OpenTime(spans, closed));
        WorkingDays.AddCloses(spans, owners, open, from, to, closes);
    }

    /// <summary><paramref name="open"/> (the first calendar's open time) intersected with every other calendar's.</summary>
    private List<InstantSpan> OpenTimeOfOthers(Instant from, Instant to, List<InstantSpan> open)
    {
        for (var i = 1; i < _calendars.Length; i++)
        {
            open = SpanSets.Intersect(open, OpenTimeOf(_calendars[i], from, to));
        }

        return open;
    }

    private static List<InstantSpan> OpenTimeOf(CalendarRules calendar, Instant from, Instant to)
    {
        var working = new List<InstantSpan>();
        var closed = new List<InstantSpan>();
        calendar.Collect(from, to, working, closed);
        return CalendarRules.OpenTime(working, closed);
    }
}
