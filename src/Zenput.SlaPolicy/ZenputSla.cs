using NodaTime;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Triage;

namespace Zenput.Sla;

/// <summary>
/// The built-in Zenput support SLA, exactly as the Zenput SLA article states it, with the points the
/// article leaves open filled by documented assumptions.
/// </summary>
/// <remarks>
/// <para>Severity levels and response goals (the article's summary table):</para>
/// <list type="table">
/// <listheader><term>Level</term><description>Response goal</description></listheader>
/// <item><term>Level 1 - Critical</term><description>2 hours (elapsed, 24×7)</description></item>
/// <item><term>Level 2 - Major</term><description>4 hours (elapsed, 24×7)</description></item>
/// <item><term>Level 3 - Minor</term><description>3 calendar days in America/Los_Angeles</description></item>
/// </list>
/// <para>Assumptions where the article is silent (also in <see cref="SlaPolicy.Assumptions"/>):</para>
/// <list type="bullet">
/// <item><description>The weekly maintenance window (Tuesdays 21:00 America/Los_Angeles) lasts 2 hours.</description></item>
/// <item><description>The SLA clock does not stop during scheduled maintenance (the article states no exclusion).</description></item>
/// <item><description>"3 days" for Level 3 means 3 calendar days on the wall clock of America/Los_Angeles.</description></item>
/// <item><description>"Periodic updates" for Levels 1 and 2 are owed at a cadence equal to the level's response goal (2 hours, 4 hours).</description></item>
/// <item><description>"Immediately" for the problem ticket means within 15 minutes of notification.</description></item>
/// <item><description>The response goal is met by the first of engineer assignment or first response.</description></item>
/// <item><description>"Promptly" / "without delay" for the initiation of a fix means by the response goal.</description></item>
/// </list>
/// <para>Not from the article, stated for ticket evaluation: warnings at 50 %, 75 % and 90 % of the
/// response goal (<see cref="SlaPolicy.WarningThresholds"/>), and resolution steps counted on their
/// tier's response-goal clock (<see cref="SlaPolicy.StepClock"/>; every Zenput tier counts around the clock).</para>
/// </remarks>
public static class ZenputSla
{
    /// <summary>The id of the weekly maintenance recurrence in <see cref="MaintenanceSchedule"/>.</summary>
    public const string WeeklyMaintenanceId = "weekly-maintenance";

    /// <summary>The support zone of the Zenput policy: Pacific time, as the article's "9 pm PT".</summary>
    public const string SupportZoneId = "America/Los_Angeles";

    /// <summary>How long the problem ticket may take after notification ("immediately"): 15 minutes.</summary>
    public static readonly Duration TicketCreationAllowance = Duration.FromMinutes(15);

    /// <summary>The assumed length of the weekly maintenance window: 2 hours.</summary>
    public static readonly Duration MaintenanceWindowLength = Duration.FromHours(2);

    /// <summary>Gets Level 1 - Critical, as the article defines it.</summary>
    public static SeverityLevel Critical { get; } = new(
        1,
        "Critical",
        "Complete service or core component failure with no workaround, major data loss, or business impact.",
        [
            "Service Failure: Complete loss of functionality affecting all Zenput users in an account.",
            "Core Component Failure: Significant loss of function in critical components (e.g., web or mobile app), where no workaround exists.",
            "Major Data Impact: Widespread issues in data gathering or presentation, resulting in severe business impact.",
        ],
        ["App is entirely non-functional."]);

    /// <summary>Gets Level 2 - Major, as the article defines it.</summary>
    public static SeverityLevel Major { get; } = new(
        2,
        "Major",
        "Partial service degradation with minor impact; workaround may be possible.",
        [
            "Substantial Performance Degradation: Partial or temporary loss of function in one or more components of Zenput, with a possible workaround.",
            "Server Slowdown: Minor service slowdowns affecting user workflow, impacting fewer than 5% of users in a customer account.",
        ],
        ["Form uploads are blocked.", "Tasks fail to send."]);

    /// <summary>Gets Level 3 - Minor, as the article defines it.</summary>
    public static SeverityLevel Minor { get; } = new(
        3,
        "Minor",
        "Minimal impact issues, often isolated to single users or non-urgent configurations.",
        [
            "Minimal Service Impact: Issues with minimal impact on service availability or performance.",
            "Non-urgent Configuration Issues: Minor internal configurations that only administrators can resolve.",
        ],
        ["Training-related issues.", "Customer device issues.", "Password resets.", "Problems isolated to a single user."]);

    /// <summary>Gets the weekly maintenance schedule: Tuesdays 21:00 America/Los_Angeles for 2 hours, announced on the Zenput Status Page as affecting the component <c>Zenput service</c>.</summary>
    public static MaintenanceSchedule MaintenanceSchedule { get; } = new(
        DateTimeZoneProviders.Tzdb[SupportZoneId],
        [MaintenanceRecurrence.Weekly(WeeklyMaintenanceId, "Weekly scheduled maintenance", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), MaintenanceWindowLength)],
        affectedComponents: ["Zenput service"]);

    /// <summary>
    /// Gets the triage rules that encode the article's definitions of the levels, each citing the article's
    /// wording, plus two that fill its gaps toward the more severe level: a slowdown affecting 5% or more of
    /// users, and a lasting, complete loss of function for only a share of users (both Level 1).
    /// </summary>
    public static TriageRules TriageRules { get; } = ArticleTriageRules.Create();

    // Declared after the levels and the schedule: static initializers run in textual order.
    /// <summary>Gets the built-in Zenput policy. The same instance is returned every time; it is immutable and thread-safe.</summary>
    public static SlaPolicy Default { get; } = DefaultBuilder().BuildProvenValid();

    /// <summary>A builder holding the built-in policy, not yet built.</summary>
    /// <remarks>
    /// <see cref="Default"/> is built from it without running the validators (a third of a native tool's start-up):
    /// the policy is a constant, and <c>ZenputSlaValidityTests</c> validates this same builder.
    /// </remarks>
    internal static SlaPolicyBuilder DefaultBuilder()
    {
        var critical = Duration.FromHours(2);
        var major = Duration.FromHours(4);
        return new SlaPolicyBuilder("Zenput Support SLA")
            .WithDescription("Response goals, severity levels and resolution processes for all Zenput customers with support contracts.")
            .WithSupportZone(SupportZoneId)
            .WithResponseSatisfiedBy(TicketEventKind.EngineerAssigned, TicketEventKind.FirstResponse)
            .AddTier(Critical, GoalTarget.Elapsed(critical),
            [
                Step(ResolutionStepKind.ProblemTicket, "A ticket is immediately created upon notification of the issue.", StepDeadline.Within(TicketCreationAllowance), TicketEventKind.TicketCreated),
                Step(ResolutionStepKind.EngineerAssignment, "An engineer is assigned to diagnose and correct the error.", StepDeadline.WithResponseGoal(), TicketEventKind.EngineerAssigned),
                Step(ResolutionStepKind.PeriodicUpdates, "Regular updates are provided on the status of the correction.", StepDeadline.Every(critical), TicketEventKind.StatusUpdate),
                Step(ResolutionStepKind.FixInitiation, "Work on error correction begins promptly.", StepDeadline.WithResponseGoal(), TicketEventKind.FixStarted),
                Step(ResolutionStepKind.UserNotification, "Users affected by the error are informed once the fix is applied.", StepDeadline.After(TicketEventKind.FixApplied), TicketEventKind.UsersNotified),
            ])
            .AddTier(Major, GoalTarget.Elapsed(major),
            [
                Step(ResolutionStepKind.ProblemTicket, "A ticket is created upon notification.", StepDeadline.Within(TicketCreationAllowance), TicketEventKind.TicketCreated),
                Step(ResolutionStepKind.EngineerAssignment, "An engineer is assigned to resolve the issue.", StepDeadline.WithResponseGoal(), TicketEventKind.EngineerAssigned),
                Step(ResolutionStepKind.PeriodicUpdates, "Updates on correction progress are provided.", StepDeadline.Every(major), TicketEventKind.StatusUpdate),
                Step(ResolutionStepKind.FixInitiation, "Work on the fix begins without delay.", StepDeadline.WithResponseGoal(), TicketEventKind.FixStarted),
            ])
            .AddTier(Minor, GoalTarget.CalendarDays(3),
            [
                Step(ResolutionStepKind.NextReleaseEffort, "Zenput makes commercially reasonable efforts to address these issues in the next major service release.", StepDeadline.BestEffort(), TicketEventKind.ReleasedInMajorVersion),
            ])
            .WithMaintenance(MaintenanceSchedule, clockStopsDuringMaintenance: false)
            .WithTriageRules(TriageRules)
            .WithWarningThresholds(50, 75, 90)
            .WithStepClock(StepClock.ResponseGoal)
            .WithAssumption("The weekly maintenance window (Tuesdays 21:00 America/Los_Angeles) lasts 2 hours.")
            .WithAssumption("The SLA clock does not stop during scheduled maintenance: the article states no exclusion.")
            .WithAssumption("\"3 days\" for Level 3 means 3 calendar days on the wall clock of America/Los_Angeles.")
            .WithAssumption("\"Periodic updates\" for Levels 1 and 2 are owed at a cadence equal to the level's response goal (2 hours, 4 hours).")
            .WithAssumption("\"Immediately\" for the problem ticket means within 15 minutes of notification.")
            .WithAssumption("The response goal is met by the first of engineer assignment or first response.")
            .WithAssumption("\"Promptly\" and \"without delay\" for the initiation of a fix mean by the response goal.");
    }

    private static ResolutionStep Step(ResolutionStepKind kind, string description, StepDeadline deadline, TicketEventKind satisfiedBy) =>
        new(kind, description, [satisfiedBy], deadline);
}
