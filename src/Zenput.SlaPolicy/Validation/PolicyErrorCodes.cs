namespace Zenput.Sla.Validation;

/// <summary>
/// The stable codes of <see cref="PolicyFinding"/>s. Programs may match on them; they do not change
/// between versions (new codes may be added).
/// </summary>
public static class PolicyErrorCodes
{
    /// <summary>A required value is missing or empty.</summary>
    public const string Required = "Required";

    /// <summary>The policy defines no severity tier.</summary>
    public const string NoTiers = "NoTiers";

    /// <summary>Two severity levels share a rank.</summary>
    public const string DuplicateRank = "DuplicateRank";

    /// <summary>Two severity levels share a name (compared case-insensitively).</summary>
    public const string DuplicateName = "DuplicateName";

    /// <summary>
    /// A severity name is a whole number (digits only) other than its level's rank: a severity given as that number
    /// (<c>--severity 2</c>, <c>"severity": 2</c>) would pick this level by its name, not the level of that rank.
    /// </summary>
    public const string AmbiguousSeverityName = "AmbiguousSeverityName";

    /// <summary>A rank is zero or negative.</summary>
    public const string NonPositiveRank = "NonPositiveRank";

    /// <summary>A goal is negative (a zero goal is allowed: it is due at its start).</summary>
    public const string NegativeGoal = "NegativeGoal";

    /// <summary>(Warning) a less severe level has a shorter response goal than a more severe one.</summary>
    public const string ShorterGoalForLessSevereLevel = "ShorterGoalForLessSevereLevel";

    /// <summary>A business-time goal names a calendar the policy does not define.</summary>
    public const string UnknownCalendar = "UnknownCalendar";

    /// <summary>Two calendars share a name.</summary>
    public const string DuplicateCalendarName = "DuplicateCalendarName";

    /// <summary>A goal carries a business calendar that differs from the policy's calendar of the same name.</summary>
    public const string ConflictingCalendar = "ConflictingCalendar";

    /// <summary>A time-zone id is not a known IANA zone.</summary>
    public const string UnknownTimeZone = "UnknownTimeZone";

    /// <summary>A resolution process has no steps.</summary>
    public const string MissingResolutionProcess = "MissingResolutionProcess";

    /// <summary>A step that another step depends on is missing (a problem ticket before anything else, fix initiation before user notification).</summary>
    public const string MissingRequiredStep = "MissingRequiredStep";

    /// <summary>The same step appears twice in one process.</summary>
    public const string DuplicateStep = "DuplicateStep";

    /// <summary>The steps are not in the SLA's order (ticket, assignment, updates, fix, notification, next release).</summary>
    public const string StepsOutOfOrder = "StepsOutOfOrder";

    /// <summary>A step lists no event that satisfies it, or lists one that cannot.</summary>
    public const string InvalidSatisfyingEvent = "InvalidSatisfyingEvent";

    /// <summary>A step's deadline does not suit the step (periodic updates without a cadence, for example).</summary>
    public const string InvalidDeadline = "InvalidDeadline";

    /// <summary>
    /// Periodic updates are counted from the fix being applied or the ticket being resolved, the very events at which
    /// updates stop being owed (README E9): no update would ever be owed before a reopening.
    /// </summary>
    public const string UpdatesNeverOwed = "UpdatesNeverOwed";

    /// <summary>A periodic-update cadence is zero or negative.</summary>
    public const string NonPositiveCadence = "NonPositiveCadence";

    /// <summary>
    /// A periodic-update cadence is positive but shorter than one second, the shortest allowed: one second bounds the
    /// update deadlines a ticket's evaluation counts (about 6.3e11 across the range of instants the SLA clock supports).
    /// </summary>
    public const string CadenceTooShort = "CadenceTooShort";

    /// <summary>A duration that must be positive is zero or negative.</summary>
    public const string NonPositiveDuration = "NonPositiveDuration";

    /// <summary>
    /// A business calendar has no weekly working time; or a tier's response goal counts on a clock that provably has
    /// no working time at any instant: its calendar, an intersection of calendars never open at once, or either less the maintenance
    /// windows when the clock stops during them.
    /// </summary>
    public const string NoWorkingTime = "NoWorkingTime";

    /// <summary>Two extra working days, or two schedules taking effect, on the same date of one calendar.</summary>
    public const string DuplicateDate = "DuplicateDate";

    /// <summary>A calendar intersection names fewer than two calendars, or a calendar the policy does not define, or one twice.</summary>
    public const string InvalidIntersection = "InvalidIntersection";

    /// <summary>Two items that must have distinct ids share one.</summary>
    public const string DuplicateId = "DuplicateId";

    /// <summary>A maintenance window is not shorter than the interval at which it recurs.</summary>
    public const string WindowLongerThanRecurrence = "WindowLongerThanRecurrence";

    /// <summary>A monthly recurrence's week of month is not 1–5 or -1, or a weekly one has one.</summary>
    public const string InvalidWeekOfMonth = "InvalidWeekOfMonth";

    /// <summary>A date range ends before it starts.</summary>
    public const string InvalidRange = "InvalidRange";

    /// <summary>A cancelled or moved occurrence refers to a recurrence id the schedule does not define.</summary>
    public const string UnknownRecurrence = "UnknownRecurrence";

    /// <summary>(Warning) the clock (or one goal) is set to stop during maintenance but the policy has no maintenance schedule.</summary>
    public const string NoMaintenanceSchedule = "NoMaintenanceSchedule";

    /// <summary>A value is outside its allowed range.</summary>
    public const string OutOfRange = "OutOfRange";

    /// <summary>A JSON document is not well-formed, too large or too deeply nested.</summary>
    public const string MalformedDocument = "MalformedDocument";

    /// <summary>A JSON value has the wrong type or format.</summary>
    public const string InvalidValue = "InvalidValue";

    /// <summary>A JSON object has a property the schema does not define.</summary>
    public const string UnknownProperty = "UnknownProperty";

    /// <summary>A document's schema version is missing or not supported.</summary>
    public const string UnsupportedSchemaVersion = "UnsupportedSchemaVersion";

    /// <summary>A planned one-off window or a moved occurrence was announced less than the schedule's notice lead time ahead (or after it started). Record it as emergency maintenance if it was one.</summary>
    public const string LateMaintenanceNotice = "LateMaintenanceNotice";

    /// <summary>(Warning) a planned one-off window or a moved occurrence has not been announced yet; the message says by when it must be.</summary>
    public const string MaintenanceNotAnnounced = "MaintenanceNotAnnounced";

    /// <summary>(Warning) an emergency one-off window: exempt from the notice rule, flagged so that it is seen; the message says how much notice it had.</summary>
    public const string EmergencyMaintenance = "EmergencyMaintenance";

    /// <summary>A cancelled or moved occurrence names a date on which its recurrence has no occurrence (wrong weekday, week of month, or outside the effective range).</summary>
    public const string NotAnOccurrence = "NotAnOccurrence";

    /// <summary>The same occurrence of a recurrence is cancelled or moved more than once.</summary>
    public const string ConflictingOccurrenceChange = "ConflictingOccurrenceChange";

    /// <summary>A triage rule, or the triage fallback, recommends a severity rank the policy does not define.</summary>
    public const string UnknownTriageRank = "UnknownTriageRank";

    /// <summary>A policy's triage rule set holds no rule.</summary>
    public const string NoTriageRules = "NoTriageRules";

    /// <summary>A triage rule's condition can never be met (an empty range of shares, or a condition on an unknown workaround).</summary>
    public const string InvalidTriageCondition = "InvalidTriageCondition";

    /// <summary>An impact assessment's percentage of affected users contradicts its scope (all users with 3%, a single user with 80%, a share of 0%).</summary>
    public const string AffectedShareContradictsScope = "AffectedShareContradictsScope";

    /// <summary>Two facts of an impact assessment contradict each other (widespread data impact for a single user, a temporary loss with no loss of function).</summary>
    public const string ContradictoryImpact = "ContradictoryImpact";

    /// <summary>(Warning) an impact assessment gives a share of users of 100%, which is all users.</summary>
    public const string AffectedShareIsAllUsers = "AffectedShareIsAllUsers";

    /// <summary>A warning threshold of the response goal is not a percentage above 0 and below 100, or the thresholds are not in ascending order.</summary>
    public const string InvalidWarningThreshold = "InvalidWarningThreshold";

    /// <summary>A one-off window or a moved occurrence starts or ends outside the range of instants the SLA clock supports (about the years -9998 to 9999).</summary>
    public const string OutsideSupportedRange = "OutsideSupportedRange";
}
