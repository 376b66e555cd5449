namespace Zenput.Sla.Maintenance;

/// <summary>Where a concrete maintenance window comes from.</summary>
public enum MaintenanceWindowOrigin
{
    /// <summary>An occurrence of a recurring rule, at its usual time.</summary>
    Recurring = 0,

    /// <summary>An occurrence of a recurring rule, rescheduled by a <see cref="MovedOccurrence"/>.</summary>
    Moved = 1,

    /// <summary>A <see cref="MaintenanceOneOff"/> window.</summary>
    OneOff = 2,
}
