namespace Zenput.Sla;

/// <summary>The steps of the SLA's resolution process, in the order the article lists them.</summary>
public enum ResolutionStepKind
{
    /// <summary>"Problem Ticket: A ticket is immediately created upon notification of the issue."</summary>
    ProblemTicket = 0,

    /// <summary>"Engineer Assignment: An engineer is assigned to diagnose and correct the error."</summary>
    EngineerAssignment = 1,

    /// <summary>"Periodic Updates: Regular updates are provided on the status of the correction."</summary>
    PeriodicUpdates = 2,

    /// <summary>"Initiation of Fix: Work on error correction begins promptly."</summary>
    FixInitiation = 3,

    /// <summary>"User Notification: Users affected by the error are informed once the fix is applied." (Level 1 only.)</summary>
    UserNotification = 4,

    /// <summary>"Effort for Next Release: commercially reasonable efforts to address these issues in the next major service release." (Level 3.)</summary>
    NextReleaseEffort = 5,
}
