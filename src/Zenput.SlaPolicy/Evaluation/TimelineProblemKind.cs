namespace Zenput.Sla.Evaluation;

/// <summary>Why a ticket's history cannot have happened (or cannot be read under the policy). Programs may match on these; values are only ever added.</summary>
public enum TimelineProblemKind
{
    /// <summary>An event happened before the ticket was reported.</summary>
    EventBeforeReport = 0,

    /// <summary>A <c>resumed</c> event while the clock was not paused.</summary>
    ResumedWithoutPause = 1,

    /// <summary>A second <c>paused</c> event while the clock was already paused.</summary>
    PausedWhilePaused = 2,

    /// <summary>A <c>resolved</c> event on a ticket already resolved, with no <c>reopened</c> between.</summary>
    ResolvedTwice = 3,

    /// <summary>A <c>reopened</c> event on a ticket that was open (not resolved).</summary>
    ReopenedWhileOpen = 4,

    /// <summary>A severity (the ticket's, or a <c>severityChanged</c> event's) that the policy does not define.</summary>
    UnknownSeverity = 5,

    /// <summary>A <c>severityChanged</c> event without the severity it changed to.</summary>
    MissingSeverity = 6,

    /// <summary>A severity on an event other than <c>severityChanged</c>, where it means nothing.</summary>
    UnexpectedSeverity = 7,

    /// <summary>An event of a kind that cannot appear in a history: <c>reported</c> (the report is the timeline's start, not an event) or a value the enumeration does not define.</summary>
    NotAnEvent = 8,

    /// <summary>An instant outside the range the SLA clock works in (about the years −9998 to 9999).</summary>
    InstantOutOfRange = 9,
}
