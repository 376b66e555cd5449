using Zenput.Sla.Triage;

namespace Zenput.Sla.Tests.Triage;

/// <summary>Shared helpers: the built-in policy's classifier and short-hand assessments.</summary>
internal static class Triage
{
    public static SeverityClassifier Zenput { get; } = new(ZenputSla.Default);

    public static TriageResult Classify(ImpactAssessment assessment) => Zenput.Classify(assessment);

    public static ImpactAssessment Share(decimal percent) => new() { Scope = ImpactScope.ShareOfUsers, AffectedUsersPercent = percent };

    public static ImpactAssessment SlowdownFor(decimal percent) =>
        Share(percent) with { PerformanceDegradation = PerformanceDegradation.Slowdown, AffectedFunction = "server response" };
}
