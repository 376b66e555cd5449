using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Engine;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Clock;

/// <summary>
/// The SLA clock of one policy: due instants, elapsed SLA time and status for goals of every kind,
/// with per-ticket pauses and, when the policy says so, scheduled maintenance excluded.
/// </summary>
/// <remarks>
/// <para>One definition is used everywhere: with <c>W(a, b)</c> the SLA time in <c>[a, b)</c> (working
/// time on the goal's calendar, less pauses, less maintenance windows when
/// <see cref="SlaPolicy.ClockStopsDuringMaintenance"/> is set), a goal is due at
/// <c>min { t ≥ start : W(start, t) ≥ goal }</c>. A zero goal is due at its start; a goal that runs out
/// exactly at closing time is due at the closing instant.</para>
/// <para>Goal kinds: <see cref="ElapsedGoalTarget"/> counts on the 24×7 clock;
/// <see cref="CalendarDaysGoalTarget"/> adds the days to the local date-time of the start in
/// <see cref="SlaPolicy.SupportZone"/> (a result in a DST gap moves forward by the gap, an ambiguous
/// one takes the earlier instant), turns that into a concrete duration and counts it like an elapsed
/// goal; <see cref="BusinessTimeGoalTarget"/> counts working time on the named business calendar.</para>
/// <para>Pauses: any order, may overlap (they are merged), may be open at either end. Only the part of a
/// pause at or after the goal's start counts; a pause with no start counts from the start. A pause
/// with no end stops the clock for good: <see cref="DueAt(Instant, GoalTarget, ReadOnlySpan{Interval})"/>
/// throws if the goal is not met before it, and <see cref="SlaStatus.DueAt"/> is <see langword="null"/>.
/// Up to 32 pauses are merged on the stack; more borrow a buffer from the shared array pool.</para>
/// <para>Cost: business calendars (and the 24×7 clock when maintenance is excluded) are compiled
/// lazily, about 21 months at a time, into working intervals with running totals, cached for the life of
/// the clock; a call is then a binary search in a chunk plus one step per chunk a long goal crosses, and
/// allocates nothing. Maintenance windows are cut out when a chunk compiles, so they cost nothing per call.</para>
/// <para>Termination: a calendar with no working time in the reachable future, or a goal that would end
/// after the supported range (about the year 9999), throws <see cref="SlaClockException"/>; the clock
/// never loops without bound and never materialises more than the chunks it visits.</para>
/// <para>Instances are immutable and thread-safe: create one per policy and share it.</para>
/// </remarks>
public sealed partial class SlaClock
{
    private readonly Timelines _elapsed;
    private readonly WorkingTimeline _own;
    private readonly Dictionary<string, (BusinessCalendar? Calendar, Timelines Timelines)> _calendars;
    private readonly Dictionary<string, ChunkedTimeline> _workingDays;
    private readonly string _owner;

    /// <summary>Creates the clock of <paramref name="policy"/>. Nothing is compiled until a calendar is first used.</summary>
    /// <remarks>The clock's own time (what <see cref="DueAt(Instant, Duration)"/> and the other overloads without a goal count) is the 24×7 clock, less maintenance windows when <see cref="SlaPolicy.ClockStopsDuringMaintenance"/> is set.</remarks>
    /// <param name="policy">The policy whose calendars, support zone and maintenance rules the clock follows.</param>
    public SlaClock(SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
        SupportZone = policy.SupportZone;
        Maintenance = policy.Maintenance;
        ClockStopsDuringMaintenance = policy.ClockStopsDuringMaintenance && policy.Maintenance is not null;
        _owner = $"the policy '{policy.Name}'";
        _elapsed = Timelines.Of(null, Maintenance);
        _own = _elapsed.Pick(ClockStopsDuringMaintenance);
        _calendars = new Dictionary<string, (BusinessCalendar?, Timelines)>(StringComparer.Ordinal);
        _workingDays = new Dictionary<string, ChunkedTimeline>(StringComparer.Ordinal);
        foreach (var calendar in policy.Calendars)
        {
            _calendars.TryAdd(calendar.Name, (calendar, Timelines.Of(calendar, Maintenance)));
            _workingDays.TryAdd(calendar.Name, CompiledCalendars.WorkingDaysOf(calendar));
        }

        foreach (var intersection in policy.CalendarIntersections)
        {
            // An intersection is no single calendar, so a goal cannot carry it: it is known by name only.
            var calendars = intersection.CalendarNames.Select(policy.GetCalendar).ToList();
            var plain = CompiledCalendars.Intersection(intersection.Name, calendars, null);
            var stopped = Maintenance is null ? plain : CompiledCalendars.Intersection(intersection.Name, calendars, Maintenance);
            _calendars.TryAdd(intersection.Name, (null, new Timelines(plain, stopped)));
            _workingDays.TryAdd(intersection.Name, plain);
        }
    }

    /// <summary>Creates a clock that counts working time on <paramref name="calendar"/>, with no policy.</summary>
    /// <param name="calendar">The business calendar; validated here, so a mistake shows now rather than at the first call.</param>
    /// <exception cref="SlaPolicyValidationException">The calendar is invalid; the exception lists every error.</exception>
    /// <inheritdoc cref="SlaClock(BusinessCalendar, MaintenanceSchedule?)" path="/remarks"/>
    public SlaClock(BusinessCalendar calendar)
        : this(calendar, null)
    {
    }

    /// <summary>Creates a clock that counts working time on <paramref name="calendar"/> less the windows of <paramref name="excludedMaintenance"/>, with no policy.</summary>
    /// <remarks>
    /// <para>The clock's own time (what <see cref="DueAt(Instant, Duration)"/> and the other overloads without a
    /// goal count) is the calendar's working time; business-time goals on this calendar count the same,
    /// and elapsed and calendar-days goals count on the 24×7 clock in the calendar's zone. Maintenance
    /// windows, when given, are taken out of all of them.</para>
    /// <para>Nothing is compiled until first use, and the compiled calendar is shared with every other clock
    /// made from the same calendar instance.</para>
    /// </remarks>
    /// <param name="calendar">The business calendar; validated here, so a mistake shows now rather than at the first call.</param>
    /// <param name="excludedMaintenance">Maintenance windows during which the clock stops, or <see langword="null"/> for none; validated here by the rules a policy's schedule follows (<see cref="Validation.MaintenanceScheduleValidator"/>), so a one-off or move reaching past the supported instants is refused as it is in a policy.</param>
    /// <exception cref="SlaPolicyValidationException">The calendar or the maintenance schedule is invalid; the exception lists every error.</exception>
    public SlaClock(BusinessCalendar calendar, MaintenanceSchedule? excludedMaintenance)
        : this(calendar, excludedMaintenance, validate: true)
    {
    }

    /// <summary>Creates a calendar clock; <paramref name="validate"/> is off only in tests of shapes validation refuses.</summary>
    internal SlaClock(BusinessCalendar calendar, MaintenanceSchedule? excludedMaintenance, bool validate)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (validate)
        {
            CalendarCheck.ThrowIfInvalid(calendar);
            if (excludedMaintenance is not null)
            {
                CalendarCheck.ThrowIfInvalid(excludedMaintenance);
            }
        }

        Calendar = calendar;
        SupportZone = calendar.Zone;
        Maintenance = excludedMaintenance;
        ClockStopsDuringMaintenance = excludedMaintenance is not null;
        _owner = $"this clock (made from the calendar '{calendar.Name}')";
        _elapsed = Timelines.Of(null, excludedMaintenance);
        var own = Timelines.Of(calendar, excludedMaintenance);
        _own = own.Pick(ClockStopsDuringMaintenance);
        _calendars = new Dictionary<string, (BusinessCalendar?, Timelines)>(StringComparer.Ordinal) { [calendar.Name] = (calendar, own) };
        _workingDays = new Dictionary<string, ChunkedTimeline>(StringComparer.Ordinal) { [calendar.Name] = CompiledCalendars.WorkingDaysOf(calendar) };
    }

    /// <summary>Gets the instants every clock works with, both ends included: NodaTime's range less its first and last week (about -9998-01-08 to 9999-12-24).</summary>
    /// <remarks>Starts, ends and "now" outside it throw <see cref="ArgumentOutOfRangeException"/>; check input against it first to report it as the caller's own error.
    /// Its <see cref="Interval.End"/> is the last supported instant and is supported itself, whereas <see cref="Interval.Contains(Instant)"/>
    /// leaves an interval's end out: check with <c>instant &gt;= SupportedInstants.Start &amp;&amp; instant &lt;= SupportedInstants.End</c>.</remarks>
    public static Interval SupportedInstants { get; } = new(ClockRange.Min, ClockRange.Max);

    /// <summary>Gets the policy this clock follows, or <see langword="null"/> for a clock made from a calendar.</summary>
    public SlaPolicy? Policy { get; }

    /// <summary>Gets the calendar this clock was made from, or <see langword="null"/> for a policy's clock.</summary>
    public BusinessCalendar? Calendar { get; }

    /// <summary>Gets the zone calendar-days goals are counted in and local times are shown in: the policy's support zone, or the calendar's zone.</summary>
    public DateTimeZone SupportZone { get; }

    /// <summary>Gets the maintenance schedule the clock knows, or <see langword="null"/>.</summary>
    public MaintenanceSchedule? Maintenance { get; }

    /// <summary>Gets whether the clock stops during the windows of <see cref="Maintenance"/>.</summary>
    public bool ClockStopsDuringMaintenance { get; }

    /// <summary>Gets the length of <paramref name="goal"/> as SLA time for a goal starting at <paramref name="start"/>.</summary>
    /// <remarks>Elapsed and business-time goals are their duration; a calendar-days goal is the elapsed time to the same local time that many days later in the support zone (71 or 73 hours for 3 days across a DST change).</remarks>
    /// <param name="start">The instant the goal starts.</param>
    /// <param name="goal">The goal.</param>
    /// <returns>The goal's length; not negative.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The goal is negative, or <paramref name="start"/> lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the policy does not define.</exception>
    /// <exception cref="SlaClockException">A calendar-days goal ends beyond the supported range.</exception>
    [Pure]
    public Duration GoalLength(Instant start, GoalTarget goal)
    {
        ClockRange.Check(start, nameof(start));
        _ = TimelineFor(start, goal, out var length);
        return length;
    }

    /// <summary>Gets the instant <paramref name="goal"/> is due when it starts at <paramref name="start"/>, with no pauses.</summary>
    /// <param name="start">The instant the goal starts counting (for a response goal, when the issue was reported).</param>
    /// <param name="goal">The goal.</param>
    /// <returns><c>min { t ≥ start : W(start, t) ≥ goal }</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The goal is negative, or <paramref name="start"/> lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the policy does not define.</exception>
    /// <exception cref="SlaClockException">The calendar has no working time in the reachable future, or the due instant lies beyond the supported range.</exception>
    [Pure]
    public Instant DueAt(Instant start, GoalTarget goal) => DueAt(start, goal, default);

    /// <summary>Gets the instant <paramref name="goal"/> is due when it starts at <paramref name="start"/>.</summary>
    /// <param name="start">The instant the goal starts counting (for a response goal, when the issue was reported).</param>
    /// <param name="goal">The goal.</param>
    /// <param name="pauses">Spans during which the clock is stopped for this ticket; any order, may overlap.</param>
    /// <returns><c>min { t ≥ start : W(start, t) ≥ goal }</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The goal is negative, or <paramref name="start"/> lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the policy does not define.</exception>
    /// <exception cref="SlaClockException">The calendar has no working time in the reachable future, the due instant lies beyond the supported range, or a pause without an end stops the clock before the goal is met.</exception>
    [Pure]
    public Instant DueAt(Instant start, GoalTarget goal, ReadOnlySpan<Interval> pauses)
    {
        ClockRange.Check(start, nameof(start));
        var timeline = TimelineFor(start, goal, out var length);
        return DueAt(timeline, start, length, pauses);
    }

    /// <summary>Gets the instant the response goal of <paramref name="tier"/> is due when it starts at <paramref name="start"/>, with no pauses.</summary>
    /// <param name="start">The instant the goal starts counting.</param>
    /// <param name="tier">The severity tier whose <see cref="SeverityTier.ResponseGoal"/> is used.</param>
    /// <returns>The due instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The goal is negative, or <paramref name="start"/> lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the policy does not define.</exception>
    /// <exception cref="SlaClockException">See <see cref="DueAt(Instant, GoalTarget, ReadOnlySpan{Interval})"/>.</exception>
    [Pure]
    public Instant DueAt(Instant start, SeverityTier tier) => DueAt(start, tier, default);

    /// <summary>Gets the instant the response goal of <paramref name="tier"/> is due when it starts at <paramref name="start"/>.</summary>
    /// <param name="start">The instant the goal starts counting.</param>
    /// <param name="tier">The severity tier whose <see cref="SeverityTier.ResponseGoal"/> is used.</param>
    /// <param name="pauses">Spans during which the clock is stopped for this ticket; any order, may overlap.</param>
    /// <returns>The due instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The goal is negative, or <paramref name="start"/> lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the policy does not define.</exception>
    /// <exception cref="SlaClockException">See <see cref="DueAt(Instant, GoalTarget, ReadOnlySpan{Interval})"/>.</exception>
    [Pure]
    public Instant DueAt(Instant start, SeverityTier tier, ReadOnlySpan<Interval> pauses)
    {
        ArgumentNullException.ThrowIfNull(tier);
        return DueAt(start, tier.ResponseGoal, pauses);
    }

    /// <summary>Gets the SLA time counted from <paramref name="start"/> to <paramref name="end"/> on the clock of <paramref name="goal"/>, with no pauses.</summary>
    /// <param name="start">The instant counting starts.</param>
    /// <param name="end">The instant counting ends; not before <paramref name="start"/>.</param>
    /// <param name="goal">The goal whose clock to count on.</param>
    /// <returns><c>W(start, end)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or an instant lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the policy does not define.</exception>
    [Pure]
    public Duration Elapsed(Instant start, Instant end, GoalTarget goal) => Elapsed(start, end, goal, default);

    /// <summary>Gets the SLA time counted from <paramref name="start"/> to <paramref name="end"/> on the clock of <paramref name="goal"/>.</summary>
    /// <remarks>The goal's length does not matter, only the clock it is counted on: working time on its business calendar, or the 24×7 clock for elapsed and calendar-days goals; less pauses, and less maintenance windows when the policy says the clock stops during them.</remarks>
    /// <param name="start">The instant counting starts.</param>
    /// <param name="end">The instant counting ends; not before <paramref name="start"/>.</param>
    /// <param name="goal">The goal whose clock to count on.</param>
    /// <param name="pauses">Spans during which the clock is stopped for this ticket; any order, may overlap.</param>
    /// <returns><c>W(start, end)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or an instant lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the policy does not define.</exception>
    [Pure]
    public Duration Elapsed(Instant start, Instant end, GoalTarget goal, ReadOnlySpan<Interval> pauses)
    {
        CheckSpan(start, end);
        return Measure(TimelineFor(goal), start, end, pauses);
    }

    /// <summary>Gets the SLA time counted from <paramref name="start"/> to <paramref name="end"/> on the clock of the response goal of <paramref name="tier"/>, with no pauses.</summary>
    /// <param name="start">The instant counting starts.</param>
    /// <param name="end">The instant counting ends; not before <paramref name="start"/>.</param>
    /// <param name="tier">The severity tier whose <see cref="SeverityTier.ResponseGoal"/> is used.</param>
    /// <returns><c>W(start, end)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or an instant lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the policy does not define.</exception>
    [Pure]
    public Duration Elapsed(Instant start, Instant end, SeverityTier tier) => Elapsed(start, end, tier, default);

    /// <summary>Gets the SLA time counted from <paramref name="start"/> to <paramref name="end"/> on the clock of the response goal of <paramref name="tier"/>.</summary>
    /// <param name="start">The instant counting starts.</param>
    /// <param name="end">The instant counting ends; not before <paramref name="start"/>.</param>
    /// <param name="tier">The severity tier whose <see cref="SeverityTier.ResponseGoal"/> is used.</param>
    /// <param name="pauses">Spans during which the clock is stopped for this ticket; any order, may overlap.</param>
    /// <returns><c>W(start, end)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or an instant lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the policy does not define.</exception>
    [Pure]
    public Duration Elapsed(Instant start, Instant end, SeverityTier tier, ReadOnlySpan<Interval> pauses)
    {
        ArgumentNullException.ThrowIfNull(tier);
        return Elapsed(start, end, tier.ResponseGoal, pauses);
    }

    /// <summary>Gets where <paramref name="goal"/>, started at <paramref name="start"/>, stands at <paramref name="at"/>, with no pauses.</summary>
    /// <param name="start">The instant the goal starts counting.</param>
    /// <param name="goal">The goal.</param>
    /// <param name="at">The instant to describe; may be before <paramref name="start"/> (nothing used yet).</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The goal is negative, or an instant lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the policy does not define.</exception>
    /// <exception cref="SlaClockException">The calendar has no working time in the reachable future, or the due instant lies beyond the supported range.</exception>
    [Pure]
    public SlaStatus Status(Instant start, GoalTarget goal, Instant at) => Status(start, goal, at, default);

    /// <summary>Gets where <paramref name="goal"/>, started at <paramref name="start"/>, stands at <paramref name="at"/>.</summary>
    /// <param name="start">The instant the goal starts counting.</param>
    /// <param name="goal">The goal.</param>
    /// <param name="at">The instant to describe; may be before <paramref name="start"/> (nothing used yet).</param>
    /// <param name="pauses">Spans during which the clock is stopped for this ticket; any order, may overlap. A pause still going on at <paramref name="at"/> may have no end.</param>
    /// <returns>The status: goal, elapsed, remaining, fraction used, due instant, breached or not.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The goal is negative, or an instant lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the policy does not define.</exception>
    /// <exception cref="SlaClockException">The calendar has no working time in the reachable future, or the due instant lies beyond the supported range.</exception>
    [Pure]
    public SlaStatus Status(Instant start, GoalTarget goal, Instant at, ReadOnlySpan<Interval> pauses)
    {
        ClockRange.Check(start, nameof(start));
        ClockRange.Check(at, nameof(at));
        var timeline = TimelineFor(start, goal, out var length);
        return Status(timeline, start, length, at, pauses);
    }

    /// <summary>Gets where the response goal of <paramref name="tier"/>, started at <paramref name="start"/>, stands at <paramref name="at"/>, with no pauses.</summary>
    /// <param name="start">The instant the goal starts counting.</param>
    /// <param name="tier">The severity tier whose <see cref="SeverityTier.ResponseGoal"/> is used.</param>
    /// <param name="at">The instant to describe.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The goal is negative, or an instant lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the policy does not define.</exception>
    /// <exception cref="SlaClockException">See <see cref="Status(Instant, GoalTarget, Instant, ReadOnlySpan{Interval})"/>.</exception>
    [Pure]
    public SlaStatus Status(Instant start, SeverityTier tier, Instant at) => Status(start, tier, at, default);

    /// <summary>Gets where the response goal of <paramref name="tier"/>, started at <paramref name="start"/>, stands at <paramref name="at"/>.</summary>
    /// <param name="start">The instant the goal starts counting.</param>
    /// <param name="tier">The severity tier whose <see cref="SeverityTier.ResponseGoal"/> is used.</param>
    /// <param name="at">The instant to describe.</param>
    /// <param name="pauses">Spans during which the clock is stopped for this ticket; any order, may overlap.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The goal is negative, or an instant lies outside the supported range.</exception>
    /// <exception cref="ArgumentException">A business-time goal names a calendar the policy does not define.</exception>
    /// <exception cref="SlaClockException">See <see cref="Status(Instant, GoalTarget, Instant, ReadOnlySpan{Interval})"/>.</exception>
    [Pure]
    public SlaStatus Status(Instant start, SeverityTier tier, Instant at, ReadOnlySpan<Interval> pauses)
    {
        ArgumentNullException.ThrowIfNull(tier);
        return Status(start, tier.ResponseGoal, at, pauses);
    }

    /// <summary>Diagnostics for benchmarks: how much of a calendar's timeline has been compiled, and its size.</summary>
    internal (int Chunks, long Bytes, int Intervals) CompiledSize(string? calendarName) =>
        (calendarName is null ? _elapsed : _calendars[calendarName].Timelines).Pick(ClockStopsDuringMaintenance) is ChunkedTimeline chunked ? chunked.CompiledSize() : (0, 0, 0);

    /// <summary>Diagnostics for tests: the length of time one compiled chunk of a calendar's timeline covers, or null when it is not compiled in chunks.</summary>
    internal Duration? ChunkLength(string? calendarName) =>
        (calendarName is null ? _elapsed : _calendars[calendarName].Timelines).Pick(ClockStopsDuringMaintenance) is ChunkedTimeline chunked ? chunked.ChunkLength : null;

    private static void CheckSpan(Instant start, Instant end)
    {
        ClockRange.Check(start, nameof(start));
        ClockRange.Check(end, nameof(end));
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "The end must not be before the start.");
        }
    }

    private static Instant DueAt(WorkingTimeline timeline, Instant start, Duration length, ReadOnlySpan<Interval> pauses)
    {
        try
        {
            if (pauses.IsEmpty)
            {
                return timeline.Advance(start, length);
            }

            return TryAdvance(timeline, start, length, pauses, out var due, out var stoppedAt)
                ? due
                : throw Failures.ClockStopped(timeline, start, stoppedAt);
        }
        catch (TimelineException e)
        {
            throw Public(e);
        }
    }

    private static SlaStatus Status(WorkingTimeline timeline, Instant start, Duration length, Instant at, ReadOnlySpan<Interval> pauses)
    {
        try
        {
            var elapsed = at > start ? Measure(timeline, start, at, pauses) : Duration.Zero;
            Instant? due = TryAdvance(timeline, start, length, pauses, out var d, out _) ? d : null;
            return new SlaStatus(start, at, length, elapsed, due);
        }
        catch (TimelineException e)
        {
            throw Public(e);
        }
    }

    /// <summary>The engine's failure as the clock's public exception, same message; the engine's is kept as the inner exception.</summary>
    internal static SlaClockException Public(TimelineException failure) =>
        new(
            failure.Failure switch
            {
                TimelineFailure.NoWorkingTime => SlaClockFailure.NoWorkingTime,
                TimelineFailure.BeyondRange => SlaClockFailure.BeyondRepresentableRange,
                _ => SlaClockFailure.ClockStoppedIndefinitely,
            },
            failure.CalendarName,
            failure.Message,
            failure);

    private WorkingTimeline TimelineFor(GoalTarget goal) => goal switch
    {
        null => throw new ArgumentNullException(nameof(goal)),
        BusinessTimeGoalTarget business => CalendarTimeline(business),
        BusinessDaysGoalTarget days => CalendarTimeline(days.CalendarName, days.ClockStopsDuringMaintenance),
        ElapsedGoalTarget or CalendarDaysGoalTarget => _elapsed.Pick(goal.ClockStopsDuringMaintenance ?? ClockStopsDuringMaintenance),
        _ => throw new ArgumentException($"Unsupported goal target kind {goal.Kind}.", nameof(goal)),
    };

    private WorkingTimeline TimelineFor(Instant start, GoalTarget goal, out Duration length)
    {
        switch (goal)
        {
            case null:
                throw new ArgumentNullException(nameof(goal));
            case ElapsedGoalTarget elapsed:
                length = NotNegative(elapsed.Duration);
                break;
            case BusinessTimeGoalTarget business:
                length = NotNegative(business.WorkingTime);
                break;
            case CalendarDaysGoalTarget days:
                length = CalendarDaysLength(start, days.Days);
                break;
            case BusinessDaysGoalTarget businessDays:
                var timeline = CalendarTimeline(businessDays.CalendarName, businessDays.ClockStopsDuringMaintenance);
                length = BusinessDaysLength(timeline, start, businessDays);
                return timeline;
            default:
                throw new ArgumentException($"Unsupported goal target kind {goal.Kind}.", nameof(goal));
        }

        return TimelineFor(goal);
    }

    /// <summary>The calendar a business-time goal counts on: the clock's calendar of that name, else the one the goal carries.</summary>
    private WorkingTimeline CalendarTimeline(BusinessTimeGoalTarget goal)
    {
        var stops = goal.ClockStopsDuringMaintenance ?? ClockStopsDuringMaintenance;
        if (_calendars.TryGetValue(goal.CalendarName, out var known))
        {
            // A carried calendar is normally the very instance the policy holds; an equal copy counts the same.
            return goal.Calendar is null || ReferenceEquals(goal.Calendar, known.Calendar) || goal.Calendar.Equals(known.Calendar)
                ? known.Timelines.Pick(stops)
                : throw new ArgumentException(
                    $"The goal carries a business calendar named '{goal.CalendarName}' that is not the calendar of that name {_owner} defines.",
                    "goal");
        }

        return goal.Calendar is { } carried
            ? CompiledCalendars.For(carried, stops ? Maintenance : null)
            : throw UnknownCalendar(goal.CalendarName);
    }

    /// <summary>The calendar (or intersection) of that name, by name only (a business-days goal carries no calendar).</summary>
    private WorkingTimeline CalendarTimeline(string name, bool? clockStopsDuringMaintenance) =>
        _calendars.TryGetValue(name, out var known)
            ? known.Timelines.Pick(clockStopsDuringMaintenance ?? ClockStopsDuringMaintenance)
            : throw UnknownCalendar(name);

    private ArgumentException UnknownCalendar(string name) =>
        new(
            $"{char.ToUpperInvariant(_owner[0])}{_owner[1..]} defines no business calendar named '{name}'"
            + (_calendars.Count == 0 ? "; it defines none." : $"; it defines: {string.Join(", ", _calendars.Keys.Select(k => $"'{k}'"))}."),
            "goal");

    private Duration CalendarDaysLength(Instant start, int days)
    {
        if (days < 0)
        {
            throw new ArgumentOutOfRangeException("goal", days, "A calendar-days goal must not be negative.");
        }

        // A goal is refused exactly when it would end after the last supported instant. More days than the
        // whole days left plus one (for a day shortened by a clock change) surely would: they are refused
        // before the local date arithmetic, which could leave NodaTime's range.
        if (days <= (ClockRange.Max - start).Days + 1)
        {
            var length = CalendarDayLength.Of(start, days, SupportZone);
            if (length <= ClockRange.Max - start)
            {
                return length;
            }
        }

        throw Public(Failures.BeyondRange(_elapsed.Running, start, string.Create(CultureInfo.InvariantCulture, $"{days} calendar days")));
    }

    /// <summary>The working time from <paramref name="start"/> to the close of the goal's last working day (see <see cref="BusinessDaysGoalTarget"/>).</summary>
    private Duration BusinessDaysLength(WorkingTimeline timeline, Instant start, BusinessDaysGoalTarget goal)
    {
        if (goal.Days < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(goal), goal.Days, "A business-days goal must not be negative.");
        }

        try
        {
            // Working days are the calendar's own; maintenance never changes a day, only the time counted to its close.
            var close = _workingDays[goal.CalendarName].WorkingDayClose(start, goal.Days);
            return timeline.Measure(start, close);
        }
        catch (TimelineException e)
        {
            throw Public(e);
        }
    }

    private static Duration NotNegative(Duration length, string paramName = "goal") =>
        length < Duration.Zero
            ? throw new ArgumentOutOfRangeException(paramName, length, "A goal must not be negative.")
            : length;

    private static Duration Measure(WorkingTimeline timeline, Instant start, Instant end, ReadOnlySpan<Interval> pauses)
    {
        if (pauses.IsEmpty)
        {
            return timeline.Measure(start, end);
        }

        InstantSpan[]? rented = null;
        var buffer = pauses.Length <= Pauses.StackLimit
            ? stackalloc InstantSpan[pauses.Length]
            : (rented = ArrayPool<InstantSpan>.Shared.Rent(pauses.Length));
        try
        {
            var count = Pauses.Normalize(pauses, start, buffer);
            return Measure(timeline, start, end, buffer[..count]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<InstantSpan>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// <c>W(start, end)</c> less sorted, disjoint <paramref name="pauses"/>; spans may lie partly or wholly
    /// before <paramref name="start"/> (only their part in <c>[start, end)</c> counts), so a caller can
    /// normalise a ticket's pauses once and measure from any instant.
    /// </summary>
    internal static Duration Measure(WorkingTimeline timeline, Instant start, Instant end, ReadOnlySpan<InstantSpan> pauses)
    {
        var total = timeline.Measure(start, end);
        foreach (var pause in pauses)
        {
            if (pause.Start >= end)
            {
                break;
            }

            var from = pause.Start > start ? pause.Start : start;
            var to = pause.End < end ? pause.End : end;
            if (to > from)
            {
                total -= timeline.Measure(from, to);
            }
        }

        return total;
    }

    private static bool TryAdvance(WorkingTimeline timeline, Instant start, Duration length, ReadOnlySpan<Interval> pauses, out Instant due, out Instant stoppedAt)
    {
        if (pauses.IsEmpty)
        {
            stoppedAt = default;
            due = timeline.Advance(start, length);
            return true;
        }

        InstantSpan[]? rented = null;
        var buffer = pauses.Length <= Pauses.StackLimit
            ? stackalloc InstantSpan[pauses.Length]
            : (rented = ArrayPool<InstantSpan>.Shared.Rent(pauses.Length));
        try
        {
            var count = Pauses.Normalize(pauses, start, buffer);
            return TryAdvance(timeline, start, length, buffer[..count], out due, out stoppedAt);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<InstantSpan>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// <c>min { t ≥ start : W(start, t) − paused ≥ length }</c> with sorted, disjoint <paramref name="pauses"/>
    /// that may lie partly or wholly before <paramref name="start"/>; false when a pause without an end
    /// (<see cref="Pauses.Open"/>) stops the clock first, with the instant it stopped.
    /// </summary>
    internal static bool TryAdvance(WorkingTimeline timeline, Instant start, Duration length, ReadOnlySpan<InstantSpan> pauses, out Instant due, out Instant stoppedAt)
    {
        var walk = new PausedAdvance(timeline, start, length);
        foreach (var pause in pauses)
        {
            if (!walk.Add(pause, out stoppedAt))
            {
                due = default;
                return false;
            }
        }

        stoppedAt = default;
        due = walk.Due;
        return true;
    }

    /// <summary>
    /// <see cref="TryAdvance(WorkingTimeline, Instant, Duration, ReadOnlySpan{InstantSpan}, out Instant, out Instant)"/>'s walk,
    /// kept between pauses: given the sorted, disjoint pauses one at a time, it answers the due instant with the pauses given
    /// so far, at the cost of the pause just given. The audit trail asks for the due instant after every resume: walking
    /// every pause again each time took time that grew with the square of the pauses (11,000 pauses: 14 s for one ticket).
    /// </summary>
    internal struct PausedAdvance(WorkingTimeline timeline, Instant start, Duration length)
    {
        private Instant _from = start;
        private Duration _remaining = length;
        private Instant? _due;

        /// <summary>Gets the due instant with the pauses given so far.</summary>
        public readonly Instant Due => _due ?? timeline.Advance(_from, _remaining);

        /// <summary>Takes <paramref name="pause"/> (after every pause given before) into account; false when it has no end (<see cref="Pauses.Open"/>) and stops the clock first, with the instant it stopped.</summary>
        public bool Add(InstantSpan pause, out Instant stoppedAt)
        {
            stoppedAt = default;
            if (_due is not null || pause.End <= _from)
            {
                return true;
            }

            var pauseStart = pause.Start > _from ? pause.Start : _from;

            // Pauses only take time away, so the unpaused answer is a lower bound; when it comes
            // before the next pause it is the answer, and measuring up to the pause stays within
            // chunks that advancing already compiled.
            if (TryAdvanceUnpaused(timeline, _from, _remaining, out var candidate) && candidate <= pauseStart)
            {
                _due = candidate;
                return true;
            }

            _remaining -= timeline.Measure(_from, pauseStart);
            if (pause.End == Pauses.Open)
            {
                stoppedAt = pauseStart;
                return false;
            }

            _from = pause.End;
            return true;
        }
    }

    /// <summary>
    /// The unpaused answer from <paramref name="from"/>, or false when there is none in the supported range (no working
    /// time left, or past <see cref="ClockRange.Max"/>).
    /// </summary>
    /// <remarks>
    /// Without an unpaused answer the goal is not met before the next pause either, so that pause decides (rule 9):
    /// an open-ended one stops the clock for good (found by the long reference run: a calendar whose every window the
    /// maintenance covers, with an open pause, was answered "no working time" instead of "stopped indefinitely").
    /// After a closed pause, advancing again reports why there is no answer.
    /// </remarks>
    private static bool TryAdvanceUnpaused(WorkingTimeline timeline, Instant from, Duration remaining, out Instant candidate)
    {
        try
        {
            candidate = timeline.Advance(from, remaining);
            return true;
        }
        catch (TimelineException)
        {
            candidate = default;
            return false;
        }
    }

    /// <summary>One calendar's (or the 24×7 clock's) working time with maintenance counted and with it excluded.</summary>
    private readonly record struct Timelines(WorkingTimeline Running, WorkingTimeline Stopped)
    {
        public static Timelines Of(BusinessCalendar? calendar, MaintenanceSchedule? maintenance)
        {
            var running = calendar is null ? CompiledCalendars.AlwaysOpen(null) : CompiledCalendars.For(calendar, null);
            var stopped = maintenance is null ? running : calendar is null ? CompiledCalendars.AlwaysOpen(maintenance) : CompiledCalendars.For(calendar, maintenance);
            return new Timelines(running, stopped);
        }

        public WorkingTimeline Pick(bool clockStopsDuringMaintenance) => clockStopsDuringMaintenance ? Stopped : Running;
    }
}
