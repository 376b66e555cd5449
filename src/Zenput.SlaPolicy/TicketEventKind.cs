namespace Zenput.Sla;

/// <summary>
/// Things that happen on a support ticket: work that can satisfy a resolution step or the response goal
/// (<see cref="TicketCreated"/> to <see cref="Resolved"/>), and lifecycle events that change how the
/// ticket is measured (<see cref="Reopened"/>, <see cref="Paused"/>, <see cref="Resumed"/>,
/// <see cref="SeverityChanged"/>), which never satisfy anything.
/// </summary>
/// <remarks>In JSON (policy documents, the <c>zenput-sla evaluate</c> input) each value is written by its camelCase name, such as <c>severityChanged</c>.</remarks>
public enum TicketEventKind
{
    /// <summary>The customer notified Zenput of the issue (the ticket's start).</summary>
    Reported = 0,

    /// <summary>A problem ticket was created.</summary>
    TicketCreated = 1,

    /// <summary>An engineer was assigned to diagnose and correct the error.</summary>
    EngineerAssigned = 2,

    /// <summary>Support responded to the customer for the first time.</summary>
    FirstResponse = 3,

    /// <summary>A status update on the correction was given to the customer.</summary>
    StatusUpdate = 4,

    /// <summary>Work on the fix began.</summary>
    FixStarted = 5,

    /// <summary>The fix was applied.</summary>
    FixApplied = 6,

    /// <summary>The affected users were told that the fix is applied.</summary>
    UsersNotified = 7,

    /// <summary>The fix shipped in a major service release.</summary>
    ReleasedInMajorVersion = 8,

    /// <summary>The ticket was resolved.</summary>
    Resolved = 9,

    /// <summary>A resolved ticket was reopened: the issue is back and periodic updates are owed again.</summary>
    Reopened = 10,

    /// <summary>The SLA clock was paused for the ticket (for example while waiting on the customer).</summary>
    Paused = 11,

    /// <summary>The SLA clock was resumed after a pause.</summary>
    Resumed = 12,

    /// <summary>The ticket's severity was changed; its goals are recomputed from the report under the new level.</summary>
    SeverityChanged = 13,
}
