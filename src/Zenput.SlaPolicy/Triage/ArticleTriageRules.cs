namespace Zenput.Sla.Triage;

/// <summary>The triage rules of the Zenput SLA article, as <see cref="ZenputSla.TriageRules"/> exposes them.</summary>
/// <remarks>
/// Each rule cites the article's bullet word for word. Two rules fill gaps the article leaves, and say so:
/// a slowdown affecting 5% or more of users, and a complete loss of function for only a share of users.
/// </remarks>
internal static class ArticleTriageRules
{
    public const string ServiceFailure = "Service Failure: Complete loss of functionality affecting all Zenput users in an account. Example: App is entirely non-functional.";
    public const string CoreComponentFailure = "Core Component Failure: Significant loss of function in critical components (e.g., web or mobile app), where no workaround exists.";
    public const string MajorDataImpact = "Major Data Impact: Widespread issues in data gathering or presentation, resulting in severe business impact.";
    public const string SubstantialPerformanceDegradation = "Substantial Performance Degradation: Partial or temporary loss of function in one or more components of Zenput, with a possible workaround. Examples: Form uploads are blocked, or tasks fail to send.";
    public const string ServerSlowdown = "Server Slowdown: Minor service slowdowns affecting user workflow, impacting fewer than 5% of users in a customer account.";
    public const string MinimalServiceImpact = "Minimal Service Impact: Issues with minimal impact on service availability or performance. Examples include training-related issues, customer device issues, password resets, or problems isolated to a single user.";
    public const string NonUrgentConfiguration = "Non-urgent Configuration Issues: Minor internal configurations that only administrators can resolve.";

    /// <summary>The percentage below which the article's "Server Slowdown" is Level 2.</summary>
    public const decimal SlowdownThresholdPercent = 5m;

    private static readonly ImpactScope[] MoreThanOneUser = [ImpactScope.AllUsers, ImpactScope.CoreComponent, ImpactScope.ShareOfUsers];

    public static TriageRules Create() => new(
    [
        // Level 1 - Critical
        new("service-failure", 1, ServiceFailure, new TriageCondition
        {
            Scopes = [ImpactScope.AllUsers],
            FunctionLosses = [FunctionLoss.Complete],
            IsTemporary = false,
        }),
        new("core-component-failure", 1, CoreComponentFailure, new TriageCondition
        {
            Scopes = [ImpactScope.CoreComponent],
            FunctionLosses = [FunctionLoss.Partial, FunctionLoss.Complete],
            IsTemporary = false,
            Workarounds = [WorkaroundStatus.Unavailable],
        }),
        new("major-data-impact", 1, MajorDataImpact, new TriageCondition
        {
            DataImpacts = [DataImpact.Widespread],
        }),
        new("slowdown-beyond-threshold", 1, ServerSlowdown, new TriageCondition
        {
            Scopes = MoreThanOneUser,
            PerformanceDegradations = [PerformanceDegradation.Slowdown],
            AffectedPercentAtLeast = SlowdownThresholdPercent,
        })
        {
            IsOutsideDefinitions = true,
            Explanation = "The article defines a server slowdown only for fewer than 5% of users (Level 2 - Major) and says nothing of a slowdown that reaches more. Erring toward the more severe level, a slowdown affecting 5% or more of users is classified Level 1 - Critical.",
        },
        new("complete-loss-for-share-of-users", 1, ServiceFailure, new TriageCondition
        {
            Scopes = [ImpactScope.ShareOfUsers],
            FunctionLosses = [FunctionLoss.Complete],
            IsTemporary = false,
        })
        {
            IsOutsideDefinitions = true,
            Explanation = "The article defines a complete loss of functionality for all users (Level 1 - Critical) and a partial or temporary loss (Level 2 - Major), but not a lasting, complete loss for only a share of users. Erring toward the more severe level, it is classified Level 1 - Critical.",
        },

        // Level 2 - Major
        new("partial-loss-of-function", 2, SubstantialPerformanceDegradation, new TriageCondition
        {
            Scopes = MoreThanOneUser,
            FunctionLosses = [FunctionLoss.Partial],
        }),
        new("temporary-loss-of-function", 2, SubstantialPerformanceDegradation, new TriageCondition
        {
            Scopes = MoreThanOneUser,
            FunctionLosses = [FunctionLoss.Complete],
            IsTemporary = true,
        }),
        new("core-component-failure-with-workaround", 2, SubstantialPerformanceDegradation, new TriageCondition
        {
            Scopes = [ImpactScope.CoreComponent],
            FunctionLosses = [FunctionLoss.Complete],
            Workarounds = [WorkaroundStatus.Available],
        }),
        new("server-slowdown", 2, ServerSlowdown, new TriageCondition
        {
            Scopes = MoreThanOneUser,
            PerformanceDegradations = [PerformanceDegradation.Slowdown],
            AffectedPercentBelow = SlowdownThresholdPercent,
        }),

        // Level 3 - Minor
        new("minimal-service-impact", 3, MinimalServiceImpact, new TriageCondition
        {
            FunctionLosses = [FunctionLoss.None, FunctionLoss.Minimal],
            PerformanceDegradations = [PerformanceDegradation.None, PerformanceDegradation.Minimal],
            DataImpacts = [DataImpact.None, DataImpact.Isolated],
        }),
        new("single-user", 3, MinimalServiceImpact, new TriageCondition { Scopes = [ImpactScope.SingleUser] }),
        new("training-issue", 3, MinimalServiceImpact, new TriageCondition { Categories = [IssueCategory.Training] }),
        new("customer-device-issue", 3, MinimalServiceImpact, new TriageCondition { Categories = [IssueCategory.CustomerDevice] }),
        new("password-reset", 3, MinimalServiceImpact, new TriageCondition { Categories = [IssueCategory.PasswordReset] }),
        new("non-urgent-configuration", 3, NonUrgentConfiguration, new TriageCondition { Categories = [IssueCategory.AdministratorConfiguration] }),
    ]);
}
