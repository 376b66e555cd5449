using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.ICalendar;

/// <summary>Options for <see cref="MaintenanceICalendar"/>. Every default gives the same bytes for the same schedule and range.</summary>
public sealed record MaintenanceCalendarOptions
{
    /// <summary>The product identifier written as <c>PRODID</c>.</summary>
    public const string DefaultProductId = "-//Zenput.SlaPolicy//Maintenance calendar//EN";

    /// <summary>The domain part written after <c>@</c> in every <c>UID</c>.</summary>
    public const string DefaultUidDomain = "maintenance.zenput-sla";

    /// <summary>
    /// Gets the instant written as every event's <c>DTSTAMP</c>, or <see langword="null"/> (the
    /// default) for the start of the exported range, so that the output does not depend on when it was made.
    /// </summary>
    /// <remarks>Pass the publication instant (from an <see cref="IClock"/>) when serving a feed that clients poll for changes.</remarks>
    public Instant? Stamp { get; init; }

    /// <summary>
    /// Gets the domain part of every <c>UID</c>: <c>recurrence.{id}@{domain}</c> for a
    /// <see cref="MaintenanceRecurrence"/> (its moved occurrences share it, as RFC 5545 requires) and
    /// <c>one-off.{id}@{domain}</c> for a <see cref="MaintenanceOneOff"/>. Default
    /// <see cref="DefaultUidDomain"/>; give each schedule you publish its own, so that UIDs stay unique
    /// across calendars.
    /// </summary>
    public string UidDomain { get; init; } = DefaultUidDomain;

    /// <summary>Gets the <c>PRODID</c>. Default <see cref="DefaultProductId"/>.</summary>
    public string ProductId { get; init; } = DefaultProductId;

    /// <summary>Gets a display name for the calendar, written as <c>X-WR-CALNAME</c> (which most clients show), or <see langword="null"/> (the default) for none.</summary>
    public string? CalendarName { get; init; }
}
