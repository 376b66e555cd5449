namespace Zenput.Sla;

/// <summary>Things that happen on a support ticket and can satisfy a resolution step or the response goal.</summary>
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
}
