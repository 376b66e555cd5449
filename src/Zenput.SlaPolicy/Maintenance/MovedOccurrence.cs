using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Maintenance;

/// <summary>One occurrence of a recurring window rescheduled to another local time.</summary>
/// <param name="RecurrenceId">The <see cref="MaintenanceRecurrence.Id"/> of the rule.</param>
/// <param name="OriginalDate">The local date on which the occurrence would have started.</param>
/// <param name="NewStart">The new local start in the schedule's zone.</param>
/// <param name="NewLength">The new length, or <see langword="null"/> to keep the rule's length.</param>
/// <remarks>
/// A move is planned maintenance at a time customers do not expect, so it follows the notice rule of
/// planned one-offs: it must be announced at least <see cref="MaintenanceSchedule.NoticeLeadTime"/>
/// before the earlier of its original and its new start (see <see cref="Validation.MaintenanceScheduleValidator"/>).
/// </remarks>
public sealed record MovedOccurrence(string RecurrenceId, LocalDate OriginalDate, LocalDateTime NewStart, Duration? NewLength = null)
{
    /// <summary>Gets the id of the rule whose occurrence is moved.</summary>
    public string RecurrenceId { get; } = Guard.NotBlank(RecurrenceId, nameof(RecurrenceId));

    /// <summary>Gets when customers were told of the new time, or <see langword="null"/> if not yet announced.</summary>
    public Instant? AnnouncedAt { get; init; }
}
