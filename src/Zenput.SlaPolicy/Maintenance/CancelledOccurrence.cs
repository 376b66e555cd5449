using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Maintenance;

/// <summary>One occurrence of a recurring window that will not take place.</summary>
/// <param name="RecurrenceId">The <see cref="MaintenanceRecurrence.Id"/> of the rule.</param>
/// <param name="Date">The local date on which the cancelled occurrence would have started.</param>
public sealed record CancelledOccurrence(string RecurrenceId, LocalDate Date)
{
    /// <summary>Gets the id of the rule whose occurrence is cancelled.</summary>
    public string RecurrenceId { get; } = Guard.NotBlank(RecurrenceId, nameof(RecurrenceId));
}
