namespace Zenput.Sla.Triage;

/// <summary>
/// What a reported issue does to a customer's use of Zenput: the facts a support agent gathers to
/// choose a severity. <see cref="SeverityClassifier"/> turns it into a recommended severity with its reasons.
/// </summary>
/// <remarks>
/// <para>Only <see cref="Scope"/> is required; every other fact defaults to "no impact" (and the
/// workaround to <see cref="WorkaroundStatus.Unknown"/>). For example, "form uploads are blocked
/// for everyone, and users can email their forms meanwhile" is
/// <c>new ImpactAssessment { Scope = ImpactScope.AllUsers, FunctionLoss = FunctionLoss.Partial, Workaround = WorkaroundStatus.Available, AffectedFunction = "form uploads" }</c>.</para>
/// <para>Constructing an assessment checks nothing: <see cref="ImpactAssessmentValidator"/> reports
/// every out-of-range or contradictory fact at once, and the classifier refuses an invalid assessment.</para>
/// <para>Instances are immutable and thread-safe. Equality is structural.</para>
/// </remarks>
public sealed record ImpactAssessment
{
    /// <summary>Gets who or what the issue reaches.</summary>
    public required ImpactScope Scope { get; init; }

    /// <summary>
    /// Gets the percentage (0 to 100) of the account's users affected, or <see langword="null"/> when not given.
    /// Required for <see cref="ImpactScope.ShareOfUsers"/>; for <see cref="ImpactScope.AllUsers"/> it can only be 100.
    /// </summary>
    /// <remarks>
    /// When it is not given, <see cref="ImpactScope.AllUsers"/> and <see cref="ImpactScope.CoreComponent"/>
    /// count as 100% (a core component of unknown reach is assumed to reach everyone), and
    /// <see cref="ImpactScope.SingleUser"/> counts as the smallest possible share: below every positive threshold.
    /// </remarks>
    public decimal? AffectedUsersPercent { get; init; }

    /// <summary>Gets how much of the affected function no longer works. Default <see cref="Triage.FunctionLoss.None"/>.</summary>
    public FunctionLoss FunctionLoss { get; init; }

    /// <summary>Gets whether the loss of function is temporary: it comes and goes, or recovers by itself (the article's "partial or temporary loss of function" is Level 2). Default <see langword="false"/>.</summary>
    public bool IsTemporary { get; init; }

    /// <summary>Gets how much slower the service is. Default <see cref="Triage.PerformanceDegradation.None"/>.</summary>
    public PerformanceDegradation PerformanceDegradation { get; init; }

    /// <summary>Gets whether data gathering or presentation is affected, and how widely. Default <see cref="Triage.DataImpact.None"/>.</summary>
    public DataImpact DataImpact { get; init; }

    /// <summary>Gets whether a workaround exists. Default <see cref="WorkaroundStatus.Unknown"/>.</summary>
    public WorkaroundStatus Workaround { get; init; }

    /// <summary>Gets the kind of request, where the article names it as an example. Default <see cref="IssueCategory.General"/>.</summary>
    public IssueCategory Category { get; init; }

    /// <summary>Gets the function or component affected, in the reporter's words (for example <c>form uploads</c> or <c>mobile app</c>), or <see langword="null"/>. It is descriptive only: it never changes the severity.</summary>
    public string? AffectedFunction { get; init; }
}
