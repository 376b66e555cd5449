using System;
using System.Collections.Generic;
using NodaTime;
using Zenput.SlaPolicy.Internal;

namespace Zenput.SlaPolicy.Maintenance;

/// <summary>
/// The scheduled-maintenance calendar of a policy: recurring windows, one-off windows, cancelled and
/// moved occurrences, and the notice rules for announcing them on the status page.
/// </summary>
/// <remarks>
/// <para>All local times are read in <see cref="Zone"/>: a Tuesday 21:00 window in
/// <c>America/Los_Angeles</c> starts at 05:00Z in winter and 04:00Z in summer.</para>
/// <para>Instances are immutable and thread-safe. Equality is structural (the zone by its id).</para>
/// </remarks>
public sealed class MaintenanceSchedule : IEquatable<MaintenanceSchedule>
{
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
    public IReadOnlyList<MaintenanceWindow> WindowsOverlapping(Instant from, Instant to) =>
        MaintenanceExpansion.WindowsOverlapping(this, from, to);

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
