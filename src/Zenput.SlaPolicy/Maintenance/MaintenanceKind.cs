namespace Zenput.Sla.Maintenance;

/// <summary>Whether a one-off maintenance window was planned ahead or called at short notice.</summary>
public enum MaintenanceKind
{
    /// <summary>Planned maintenance, which must be announced at least the schedule's notice lead time ahead.</summary>
    Planned = 0,

    /// <summary>Emergency maintenance: exempt from the notice rule, but flagged when announced late.</summary>
    Emergency = 1,
}
