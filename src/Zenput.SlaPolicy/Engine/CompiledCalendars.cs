using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Zenput.Sla.Calendars;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Engine;

/// <summary>
/// The compiled timelines of business calendars and of the 24×7 clock, shared by every clock that
/// counts on the same calendar and maintenance schedule instances.
/// </summary>
/// <remarks>
/// <para>Calendars and schedules are immutable data, so a timeline compiled from one instance serves
/// every clock built from it: a second clock over the same policy starts warm. The tables are keyed by
/// identity and hold their timelines only as long as the calendar (or schedule) itself is alive, so the
/// data types carry no engine state and nothing outlives its data.</para>
/// <para>Thread-safe: a race may create a timeline twice, one is kept.</para>
/// </remarks>
internal static class CompiledCalendars
{
    private static readonly ConditionalWeakTable<BusinessCalendar, Entry> Calendars = new();
    private static readonly ConditionalWeakTable<MaintenanceSchedule, WorkingTimeline> AlwaysOpenLessMaintenance = new();

    /// <summary>Gets the working time of <paramref name="calendar"/>, less the windows of <paramref name="excludedMaintenance"/> when given.</summary>
    public static WorkingTimeline For(BusinessCalendar calendar, MaintenanceSchedule? excludedMaintenance)
    {
        var entry = EntryOf(calendar);
        return excludedMaintenance is null
            ? entry.Plain
            : entry.LessMaintenance.GetValue(excludedMaintenance, entry.Compile);
    }

    /// <summary>Gets the working days of <paramref name="calendar"/> (its plain timeline, which knows them; maintenance never changes a day).</summary>
    public static ChunkedTimeline WorkingDaysOf(BusinessCalendar calendar) => EntryOf(calendar).Plain;

    /// <summary>Compiles the intersection of <paramref name="calendars"/>, less the windows of <paramref name="excludedMaintenance"/> when given.</summary>
    /// <remarks>Not shared between clocks: an intersection names its calendars, and which calendars those are depends on the policy.</remarks>
    public static ChunkedTimeline Intersection(string name, IReadOnlyList<BusinessCalendar> calendars, MaintenanceSchedule? excludedMaintenance) =>
        new(new IntersectionSource(name, [.. calendars.Select(c => EntryOf(c).Rules)]), excludedMaintenance);

    /// <summary>Gets the 24×7 clock, less the windows of <paramref name="excludedMaintenance"/> when given.</summary>
    public static WorkingTimeline AlwaysOpen(MaintenanceSchedule? excludedMaintenance) =>
        excludedMaintenance is null
            ? ContinuousTimeline.Instance
            : AlwaysOpenLessMaintenance.GetValue(excludedMaintenance, static m => new ChunkedTimeline(AlwaysWorkingSource.Instance, m));

    private static Entry EntryOf(BusinessCalendar calendar) => Calendars.GetValue(calendar, static c => new Entry(new CalendarRules(c)));

    /// <summary>One calendar's indexed rules, its plain timeline and its timelines less each maintenance schedule.</summary>
    private sealed class Entry
    {
        public Entry(CalendarRules rules)
        {
            Rules = rules;
            Plain = new ChunkedTimeline(rules, null);
            Compile = m => new ChunkedTimeline(Rules, m);
        }

        public CalendarRules Rules { get; }

        public ChunkedTimeline Plain { get; }

        public ConditionalWeakTable<MaintenanceSchedule, WorkingTimeline> LessMaintenance { get; } = new();

        public ConditionalWeakTable<MaintenanceSchedule, WorkingTimeline>.CreateValueCallback Compile { get; }
    }
}
