using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.Contracts;
using NodaTime;

namespace Zenput.Sla.Evaluation;

/// <summary>
/// What happened on one ticket: when it was reported (the SLA clock starts on notification), the
/// severity it was reported with, and its events, in time order.
/// </summary>
/// <remarks>
/// <para>Events may be given in any order: the timeline sorts them by instant, keeping the given
/// order for events at the same instant (a stable sort), so <c>fixApplied</c> then <c>usersNotified</c>
/// at the same instant stay in that order. <see cref="GivenIndex"/> maps a position back to the order
/// the events were given in, which is how problems name them.</para>
/// <para>A timeline records what was reported and checks nothing about the policy: an impossible
/// history (an event before the report, a resume without a pause, a second pause while paused, a
/// second resolution without a reopening, a reopening while open, a severity the policy does not
/// define) is refused, with every problem listed, by <see cref="TicketEvaluator.Evaluate(TicketTimeline, Instant)"/>
/// and <see cref="TicketEvaluator.Check"/>, and is never evaluated.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class TicketTimeline
{
    private const int InsertionSortLimit = 32;

    // Every element is an event of the timeline, except in a reusable timeline (Reusable), whose events are the first _count.
    private TicketEvent[] _events;
    private int _count;

    // Null when the events were given in time order (the common case): position i was given at i.
    private int[]? _givenIndex;

    // A Reusable timeline's array for _givenIndex, kept while its tickets' events come in order.
    private int[]? _spareGivenIndex;

    // Made on first use: evaluation reads the array directly, so most timelines never need it.
    private IReadOnlyList<TicketEvent>? _view;

    /// <summary>Creates a timeline.</summary>
    /// <param name="reportedAt">When the customer notified support: the SLA clock starts here.</param>
    /// <param name="severity">The severity it was reported with: a level's name (any case) or rank, resolved against the policy at evaluation.</param>
    /// <param name="events">What happened, in any order.</param>
    public TicketTimeline(Instant reportedAt, string severity, params IEnumerable<TicketEvent> events)
        : this(reportedAt, severity, System.Linq.Enumerable.ToArray(events ?? throw new ArgumentNullException(nameof(events))))
    {
    }

    /// <summary>Creates a timeline from a span of events (copied), without going through an enumerator.</summary>
    /// <param name="reportedAt">When the customer notified support: the SLA clock starts here.</param>
    /// <param name="severity">The severity it was reported with: a level's name (any case) or rank, resolved against the policy at evaluation.</param>
    /// <param name="events">What happened, in any order.</param>
    public TicketTimeline(Instant reportedAt, string severity, params ReadOnlySpan<TicketEvent> events)
        : this(reportedAt, severity, events.ToArray())
    {
    }

    /// <summary>Creates a timeline with a severity level of the policy.</summary>
    /// <param name="reportedAt">When the customer notified support: the SLA clock starts here.</param>
    /// <param name="severity">The severity it was reported with.</param>
    /// <param name="events">What happened, in any order.</param>
    public TicketTimeline(Instant reportedAt, SeverityLevel severity, params IEnumerable<TicketEvent> events)
        : this(reportedAt, (severity ?? throw new ArgumentNullException(nameof(severity))).Name, events)
    {
    }

    private TicketTimeline(TicketTimeline source, TicketEvent[] events)
        : this(source.ReportedAt, source.Severity, events)
    {
        Id = source.Id;
        IdIsNumber = source.IdIsNumber;
    }

    /// <summary>Takes <paramref name="events"/> (owned from now on) and sorts them.</summary>
    private TicketTimeline(Instant reportedAt, string severity, TicketEvent[] events)
    {
        ArgumentNullException.ThrowIfNull(severity);
        ReportedAt = reportedAt;
        Severity = severity;
        _events = events;
        _count = events.Length;
        _givenIndex = Sort(_events);
    }

    /// <summary>
    /// A timeline that <see cref="Refill"/> fills again for each ticket: for a caller that evaluates tickets one after
    /// another on one thread and is done with each ticket's evaluation before the next (the tool's batch), so that
    /// reading a ticket allocates nothing. Never handed to users, for whom timelines are immutable.
    /// </summary>
    internal static TicketTimeline Reusable() => new(default, string.Empty, Array.Empty<TicketEvent>());

    /// <summary>Makes this <see cref="Reusable"/> timeline the history of another ticket (events copied, then sorted); it has no id.</summary>
    /// <param name="reportedAt">When the customer notified support.</param>
    /// <param name="severity">The severity it was reported with.</param>
    /// <param name="events">What happened, in any order.</param>
    /// <returns>This timeline.</returns>
    internal TicketTimeline Refill(Instant reportedAt, string severity, ReadOnlySpan<TicketEvent> events)
    {
        if (events.Length > _events.Length)
        {
            _events = new TicketEvent[Math.Max(events.Length, 2 * _events.Length)];
        }

        ReportedAt = reportedAt;
        Severity = severity;
        events.CopyTo(_events);
        _count = events.Length;
        _view = null;

        // The given positions of an earlier ticket's unsorted events are kept for the next one that needs them.
        var spare = _givenIndex ?? _spareGivenIndex;
        _givenIndex = Sort(_events.AsSpan(0, _count), spare);
        _spareGivenIndex = _givenIndex ?? spare;
        return this;
    }

    /// <summary>Gets the ticket's id, if the caller gave one (reports and error messages name the ticket by it).</summary>
    public string? Id { get; init; }

    /// <summary>
    /// Gets whether <see cref="Id"/> is a number's text, as a JSON source gave it (<c>"id": 12</c> rather than
    /// <c>"id": "12"</c>): the JSON of a report (<see cref="Reports.ComplianceReportJson"/>) writes it back as a
    /// number when it is a JSON number's text, and as a string otherwise.
    /// </summary>
    public bool IdIsNumber { get; init; }

    /// <summary>Gets when the customer notified support: the SLA clock starts here.</summary>
    public Instant ReportedAt { get; private set; }

    /// <summary>Gets the severity the ticket was reported with, as given (a name or a rank).</summary>
    public string Severity { get; private set; }

    /// <summary>Gets the events in time order (stable for equal instants).</summary>
    public IReadOnlyList<TicketEvent> Events => _view ??= _count == 0 ? [] : new ReadOnlyCollection<TicketEvent>(_count == _events.Length ? _events : _events[.._count]);

    /// <summary>Gets the events in time order, without a copy.</summary>
    internal ReadOnlySpan<TicketEvent> EventSpan => _events.AsSpan(0, _count);

    /// <summary>Gets the position, in the order the events were given, of the event at <paramref name="index"/> in <see cref="Events"/>.</summary>
    /// <param name="index">A position in <see cref="Events"/>.</param>
    /// <returns>Its position as given.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a position in <see cref="Events"/>.</exception>
    [Pure]
    public int GivenIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
        return _givenIndex is null ? index : _givenIndex[index];
    }

    /// <summary>Returns a timeline with <paramref name="event"/> added (as if given last), keeping this one unchanged.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The new timeline.</returns>
    [Pure]
    public TicketTimeline With(TicketEvent @event)
    {
        // Re-create the given order, so that positions keep naming events as their author listed them.
        var given = new TicketEvent[_count + 1];
        for (var i = 0; i < _count; i++)
        {
            given[GivenIndex(i)] = _events[i];
        }

        given[^1] = @event;
        return new TicketTimeline(this, given);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{(Id is null ? "ticket" : $"ticket {Id}")} reported {EventNames.Utc(ReportedAt)} as '{Severity}' with {_count} event{(_count == 1 ? string.Empty : "s")}";

    /// <summary>Sorts <paramref name="events"/> in place by instant, stably; returns the given positions, or null when already in order.</summary>
    private static int[]? Sort(Span<TicketEvent> events, int[]? spare = null)
    {
        var sorted = true;
        for (var i = 1; i < events.Length && sorted; i++)
        {
            sorted = events[i - 1].At <= events[i].At;
        }

        if (sorted)
        {
            return null;
        }

        var given = spare is not null && spare.Length >= events.Length ? spare : new int[events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            given[i] = i;
        }

        if (events.Length <= InsertionSortLimit)
        {
            // Insertion sort is stable and, for the few events of a ticket, faster than anything else.
            for (var i = 1; i < events.Length; i++)
            {
                var item = events[i];
                var index = given[i];
                var j = i - 1;
                while (j >= 0 && events[j].At > item.At)
                {
                    events[j + 1] = events[j];
                    given[j + 1] = given[j];
                    j--;
                }

                events[j + 1] = item;
                given[j + 1] = index;
            }
        }
        else
        {
            // Sorting is not stable: the given position breaks ties.
            var keys = new (Instant At, int Given)[events.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = (events[i].At, i);
            }

            keys.AsSpan().Sort(events, static (a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Given.CompareTo(b.Given));
            for (var i = 0; i < keys.Length; i++)
            {
                given[i] = keys[i].Given;
            }
        }

        return given;
    }
}
