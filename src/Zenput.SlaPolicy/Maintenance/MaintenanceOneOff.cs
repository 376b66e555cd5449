using System.Diagnostics.Contracts;
using System.Globalization;
using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Maintenance;

/// <summary>A single maintenance window outside the recurring rules, planned or emergency.</summary>
/// <remarks><see cref="Start"/> is local in the schedule's zone and resolved like a recurrence's start.</remarks>
public sealed record MaintenanceOneOff
{
    /// <summary>Creates a one-off window.</summary>
    /// <param name="id">A stable identifier, unique within the schedule.</param>
    /// <param name="title">A human-readable title.</param>
    /// <param name="kind">Planned or emergency.</param>
    /// <param name="start">The local start in the schedule's zone.</param>
    /// <param name="length">How long it lasts.</param>
    /// <param name="reason">Why the window is needed.</param>
    /// <param name="announcedAt">When customers were told, or <see langword="null"/> if not yet announced.</param>
    public MaintenanceOneOff(string id, string title, MaintenanceKind kind, LocalDateTime start, Duration length, string reason, Instant? announcedAt = null)
    {
        Id = Guard.NotBlank(id, nameof(id));
        Title = Guard.NotBlank(title, nameof(title));
        Kind = kind;
        Start = start;
        Length = length;
        Reason = reason ?? string.Empty;
        AnnouncedAt = announcedAt;
    }

    /// <summary>The title of a window made with <see cref="At"/>.</summary>
    public const string DefaultTitle = "Maintenance";

    /// <summary>
    /// Creates a planned window with nothing but a time: the light way to take a range out of SLA time.
    /// Its id is made from its start (<c>one-off-2026-12-24T09:00</c>), its title is <see cref="DefaultTitle"/>,
    /// it gives no reason and it is not announced (a policy's validation warns about that).
    /// </summary>
    /// <param name="start">The local start in the schedule's zone.</param>
    /// <param name="length">How long it lasts.</param>
    /// <returns>The window.</returns>
    [Pure]
    public static MaintenanceOneOff At(LocalDateTime start, Duration length) =>
        new(string.Create(CultureInfo.InvariantCulture, $"one-off-{start:uuuu-MM-dd'T'HH:mm}"), DefaultTitle, MaintenanceKind.Planned, start, length, string.Empty);

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets whether the window is planned or an emergency.</summary>
    public MaintenanceKind Kind { get; }

    /// <summary>Gets the local start in the schedule's zone.</summary>
    public LocalDateTime Start { get; }

    /// <summary>Gets how long the window lasts.</summary>
    public Duration Length { get; }

    /// <summary>Gets why the window is needed.</summary>
    public string Reason { get; }

    /// <summary>Gets when customers were told of the window, if they have been.</summary>
    public Instant? AnnouncedAt { get; }
}
