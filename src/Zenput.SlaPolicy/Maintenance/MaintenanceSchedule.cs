using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Threading;
using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Maintenance;

/// <summary>
/// The scheduled-maintenance calendar of a policy: recurring windows, one-off windows, cancelled and
/// moved occurrences, and the notice rules for announcing them on the status page.
/// </summary>
/// <remarks>
/// <para>All local times are read in <see cref="Zone"/>: a Tuesday 21:00 window in
/// <c>America/Los_Angeles</c> starts at 05:00Z in winter and 04:00Z in summer.</para>
/// <para>Queries are lazy and exact: windows are expanded from the rules only for the range asked for,
/// every boundary is an <see cref="Instant"/>, and intervals are half-open <c>[start, end)</c>. A
/// cancelled occurrence is left out, a moved one appears once at its new time, and one-offs are
/// included. Windows are listed in start order (then end); they may overlap, and the views that
/// measure time (<see cref="MergedWindowsWithin"/>, <see cref="MaintenanceTimeWithin"/>) merge them.</para>
/// <para>Instances are immutable and thread-safe. Equality is structural (the zone by its id).</para>
/// </remarks>
public sealed class MaintenanceSchedule : IEquatable<MaintenanceSchedule>
{
    private MaintenanceExpansion? _expansion;

    /// <summary>Creates a schedule.</summary>
    /// <param name="zone">The zone in which the local times are read.</param>
    /// <param name="recurrences">The recurring windows.</param>
    /// <param name="oneOffs">Single windows outside the rules.</param>
    /// <param name="cancellations">Occurrences of recurring windows that will not take place.</param>
    /// <param name="moves">Occurrences of recurring windows that were rescheduled.</param>
    /// <param name="noticeLeadTime">How far ahead a planned window must be announced.</param>
    /// <param name="affectedComponents">The service components that maintenance affects, as named on the status page.</param>
    public MaintenanceSchedule(
        DateTimeZone zone,
        IEnumerable<MaintenanceRecurrence> recurrences,
        IEnumerable<MaintenanceOneOff>? oneOffs = null,
        IEnumerable<CancelledOccurrence>? cancellations = null,
        IEnumerable<MovedOccurrence>? moves = null,
        Duration? noticeLeadTime = null,
        IEnumerable<string>? affectedComponents = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Zone = zone;
        Recurrences = Guard.Freeze(recurrences, nameof(recurrences));
        OneOffs = Guard.Freeze(oneOffs ?? [], nameof(oneOffs));
        Cancellations = Guard.Freeze(cancellations ?? [], nameof(cancellations));
        Moves = Guard.Freeze(moves ?? [], nameof(moves));
        NoticeLeadTime = noticeLeadTime ?? Duration.Zero;
        AffectedComponents = Guard.Freeze(affectedComponents ?? [], nameof(affectedComponents));
    }

    /// <summary>Gets the zone in which local times are read.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the recurring windows.</summary>
    public IReadOnlyList<MaintenanceRecurrence> Recurrences { get; }

    /// <summary>Gets the one-off windows.</summary>
    public IReadOnlyList<MaintenanceOneOff> OneOffs { get; }

    /// <summary>Gets the cancelled occurrences.</summary>
    public IReadOnlyList<CancelledOccurrence> Cancellations { get; }

    /// <summary>Gets the moved occurrences.</summary>
    public IReadOnlyList<MovedOccurrence> Moves { get; }

    /// <summary>Gets how far ahead a planned window must be announced.</summary>
    public Duration NoticeLeadTime { get; }

    /// <summary>Gets the service components that maintenance affects.</summary>
    public IReadOnlyList<string> AffectedComponents { get; }

    /// <summary>Gets every maintenance window that overlaps <c>[from, to)</c>, in start order.</summary>
    /// <remarks>
    /// Windows are expanded lazily from the rules for just this range: cancelled occurrences are left
    /// out, moved ones appear at their new time, and one-offs are included. Windows are not merged;
    /// two windows may overlap.
    /// </remarks>
    /// <param name="from">The start of the range (inclusive).</param>
    /// <param name="to">The end of the range (exclusive).</param>
    /// <returns>The windows, ordered by start; empty when <paramref name="to"/> is not after <paramref name="from"/>.</returns>
    [Pure]
    public IReadOnlyList<MaintenanceWindow> WindowsOverlapping(Instant from, Instant to) =>
        Expansion.WindowsOverlapping(from, to);

    /// <summary>Gets every window that is running at or starts after <paramref name="from"/>, in start order, expanded one at a time as the sequence is read.</summary>
    /// <remarks>
    /// The sequence is infinite while a rule has no <see cref="MaintenanceRecurrence.EffectiveUntil"/>:
    /// bound it with <c>TakeWhile</c> or <c>Take</c>. It lists the same windows, in the same order, as
    /// <see cref="WindowsOverlapping"/> does for any range starting at <paramref name="from"/>.
    /// </remarks>
    /// <param name="from">The instant from which to list windows; a window that started earlier but ends after it is included.</param>
    /// <returns>The windows that end after <paramref name="from"/>, ordered by start.</returns>
    [Pure]
    public IEnumerable<MaintenanceWindow> WindowsFrom(Instant from) => Expansion.WindowsFrom(from);

    /// <summary>Gets the window running at <paramref name="instant"/>, or <see langword="null"/> when there is no maintenance then.</summary>
    /// <remarks>When windows overlap, the one that started first is returned (then the one that ends first); <see cref="WindowsOverlapping"/> lists them all.</remarks>
    /// <param name="instant">The instant.</param>
    /// <returns>The window whose <c>[start, end)</c> contains <paramref name="instant"/>, or <see langword="null"/>.</returns>
    [Pure]
    public MaintenanceWindow? WindowAt(Instant instant)
    {
        // The first window still running at or after the instant is the one that started first; it contains the instant if it has started.
        foreach (var window in Expansion.WindowsFrom(instant))
        {
            return window.Start <= instant ? window : null;
        }

        return null;
    }

    /// <summary>Gets whether the service is under scheduled maintenance at <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when a window's <c>[start, end)</c> contains <paramref name="instant"/>.</returns>
    [Pure]
    public bool IsUnderMaintenance(Instant instant) => WindowAt(instant) is not null;

    /// <summary>Gets the first window that starts at or after <paramref name="instant"/>, or <see langword="null"/> when the schedule has no more windows.</summary>
    /// <remarks>A window already running at <paramref name="instant"/> is not "next" (see <see cref="WindowAt"/>) unless it starts exactly then.</remarks>
    /// <param name="instant">The instant to search from.</param>
    /// <returns>The next window, or <see langword="null"/> when every rule has ended and no later one-off or move exists.</returns>
    [Pure]
    public MaintenanceWindow? NextWindow(Instant instant)
    {
        foreach (var window in Expansion.WindowsStartingFrom(instant))
        {
            return window;
        }

        return null;
    }

    /// <summary>Gets the maintenance time within <c>[from, to)</c> as merged intervals: overlapping or touching windows become one, and each is clipped to the range.</summary>
    /// <remarks>This is the view to subtract from SLA time when the clock stops during maintenance: no instant is counted twice.</remarks>
    /// <param name="from">The start of the range (inclusive).</param>
    /// <param name="to">The end of the range (exclusive).</param>
    /// <returns>Disjoint, non-touching intervals in order, each within <c>[from, to)</c>; empty when <paramref name="to"/> is not after <paramref name="from"/>.</returns>
    [Pure]
    public IReadOnlyList<Interval> MergedWindowsWithin(Instant from, Instant to)
    {
        var merged = new List<Interval>();
        foreach (var window in Expansion.WindowsOverlapping(from, to))
        {
            var start = window.Start < from ? from : window.Start;
            var end = window.End > to ? to : window.End;
            if (end <= start)
            {
                continue;
            }

            if (merged.Count > 0 && start <= merged[^1].End)
            {
                if (end > merged[^1].End)
                {
                    merged[^1] = new Interval(merged[^1].Start, end);
                }
            }
            else
            {
                merged.Add(new Interval(start, end));
            }
        }

        return merged;
    }

    /// <summary>Gets the total time under maintenance within <c>[from, to)</c>, counting overlapping windows once.</summary>
    /// <param name="from">The start of the range (inclusive).</param>
    /// <param name="to">The end of the range (exclusive).</param>
    /// <returns>The measure of the union of the windows within the range; zero when <paramref name="to"/> is not after <paramref name="from"/>.</returns>
    [Pure]
    public Duration MaintenanceTimeWithin(Instant from, Instant to)
    {
        var total = Duration.Zero;
        foreach (var interval in MergedWindowsWithin(from, to))
        {
            total += interval.Duration;
        }

        return total;
    }

    /// <summary>Gets the status-page notice for every window overlapping <c>[from, to)</c>, with its status as of <paramref name="asOf"/>.</summary>
    /// <param name="from">The start of the range (inclusive).</param>
    /// <param name="to">The end of the range (exclusive).</param>
    /// <param name="asOf">The instant at which each notice's status (scheduled, in progress, completed) is read.</param>
    /// <returns>One notice per window, in start order.</returns>
    [Pure]
    public IReadOnlyList<StatusPageNotice> StatusPageNotices(Instant from, Instant to, Instant asOf)
    {
        var windows = Expansion.WindowsOverlapping(from, to);
        var notices = new StatusPageNotice[windows.Count];
        for (var i = 0; i < notices.Length; i++)
        {
            notices[i] = StatusPageNotice.For(windows[i], AffectedComponents, asOf);
        }

        return notices;
    }

    /// <summary>Gets the expansion of this schedule, built on first use (a race builds it twice, harmlessly: it is immutable).</summary>
    internal MaintenanceExpansion Expansion => LazyInitializer.EnsureInitialized(ref _expansion, () => new MaintenanceExpansion(this));

    /// <inheritdoc />
    public bool Equals(MaintenanceSchedule? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Zone.Id == other.Zone.Id
                && Equality.Sequence(Recurrences, other.Recurrences)
                && Equality.Sequence(OneOffs, other.OneOffs)
                && Equality.Sequence(Cancellations, other.Cancellations)
                && Equality.Sequence(Moves, other.Moves)
                && NoticeLeadTime == other.NoticeLeadTime
                && Equality.Sequence(AffectedComponents, other.AffectedComponents)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MaintenanceSchedule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Zone.Id, Equality.SequenceHash(Recurrences), Equality.SequenceHash(OneOffs), NoticeLeadTime);

    /// <summary>Compares two schedules for structural equality.</summary>
    /// <param name="left">The first schedule.</param>
    /// <param name="right">The second schedule.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(MaintenanceSchedule? left, MaintenanceSchedule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two schedules for structural inequality.</summary>
    /// <param name="left">The first schedule.</param>
    /// <param name="right">The second schedule.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MaintenanceSchedule? left, MaintenanceSchedule? right) => !(left == right);
}
