namespace Zenput.Sla.Maintenance;

/// <summary>Where a scheduled maintenance stands on a status page, as Atlassian Statuspage names it.</summary>
public enum StatusPageMaintenanceStatus
{
    /// <summary>Announced and not started yet (<c>scheduled</c>).</summary>
    Scheduled = 0,

    /// <summary>Running now (<c>in_progress</c>).</summary>
    InProgress = 1,

    /// <summary>Over (<c>completed</c>).</summary>
    Completed = 2,
}
