using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zenput.Sla.Triage;
using Zenput.Sla.Tests.Generators;

namespace Zenput.Sla.Tests.Triage;

/// <summary>Properties of the built-in classification that must hold for every assessment.</summary>
public sealed class TriagePropertyTests
{
    [ScaledProperty(10_000, Arbitrary = [typeof(TriageArbitraries)])]
    public void Classification_never_gets_less_severe_when_the_impact_only_grows(ImpactGrowth growth)
    {
        var before = Triage.Classify(growth.Before);
        var after = Triage.Classify(growth.After);

        after.Severity.Rank.Should().BeLessThanOrEqualTo(before.Severity.Rank, $"{growth}: {before} then {after}");
    }

    [ScaledProperty(10_000, Arbitrary = [typeof(TriageArbitraries)])]
    public void An_unknown_workaround_is_classified_as_the_more_severe_of_the_two_answers(ImpactGrowth growth)
    {
        var unknown = growth.Before with { Workaround = WorkaroundStatus.Unknown };

        var rank = Triage.Classify(unknown).Severity.Rank;
        var with = Triage.Classify(unknown with { Workaround = WorkaroundStatus.Available }).Severity.Rank;
        var without = Triage.Classify(unknown with { Workaround = WorkaroundStatus.Unavailable }).Severity.Rank;

        rank.Should().Be(Math.Min(with, without));
        Triage.Classify(unknown).DependsOnUnknowns.Should().Be(with != without);
    }
}

/// <summary>An assessment and another one that reaches at least as far on every ordered fact, with the same category.</summary>
/// <param name="Before">The smaller impact.</param>
/// <param name="After">The grown impact.</param>
public sealed record ImpactGrowth(ImpactAssessment Before, ImpactAssessment After);

/// <summary>FsCheck generators for triage properties.</summary>
public static class TriageArbitraries
{
    // Two chains of reach, each ordered from the fewest users to the most, with the article's 5% boundary on both sides.
    private static readonly (ImpactScope Scope, decimal? Percent)[] Users =
    [
        (ImpactScope.SingleUser, null), (ImpactScope.ShareOfUsers, 0.5m), (ImpactScope.ShareOfUsers, 3m), (ImpactScope.ShareOfUsers, 4.99m),
        (ImpactScope.ShareOfUsers, 5m), (ImpactScope.ShareOfUsers, 30m), (ImpactScope.ShareOfUsers, 99.5m), (ImpactScope.AllUsers, null),
    ];

    private static readonly (ImpactScope Scope, decimal? Percent)[] Component =
    [
        (ImpactScope.CoreComponent, 1m), (ImpactScope.CoreComponent, 4.99m), (ImpactScope.CoreComponent, 5m), (ImpactScope.CoreComponent, 60m), (ImpactScope.CoreComponent, null),
    ];

    // From the least severe to the most: a workaround, not knowing, no workaround.
    private static readonly WorkaroundStatus[] Workarounds = [WorkaroundStatus.Available, WorkaroundStatus.Unknown, WorkaroundStatus.Unavailable];

    /// <summary>Generates a growing pair of valid assessments.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ImpactGrowth> ImpactGrowths() => Arb.From(
        from chain in Gen.Elements(Users, Component)
        from reach in Growing(chain.Length)
        from loss in Growing(4)
        from temporary in Gen.Elements(false, true).Two()
        from performance in Growing(3)
        from data in Growing(3)
        from workaround in Growing(3)
        from category in Gen.Elements(Enum.GetValues<IssueCategory>())
        select Build(chain, reach, loss, temporary, performance, data, workaround, category));

    private static Gen<(int Before, int After)> Growing(int count) =>
        from before in Gen.Choose(0, count - 1)
        from after in Gen.Choose(before, count - 1)
        select (before, after);

    private static ImpactGrowth Build(
        (ImpactScope Scope, decimal? Percent)[] chain,
        (int Before, int After) reach,
        (int Before, int After) loss,
        (bool, bool) temporary,
        (int Before, int After) performance,
        (int Before, int After) data,
        (int Before, int After) workaround,
        IssueCategory category)
    {
        // A lasting loss is worse than a temporary one, so growth may only clear the flag; no loss is never temporary.
        var temporaryBefore = temporary.Item1 && loss.Before > 0;
        var temporaryAfter = temporary.Item2 && temporaryBefore;

        // A single user's data impact cannot be widespread.
        var dataBefore = chain[reach.Before].Scope == ImpactScope.SingleUser ? Math.Min(data.Before, 1) : data.Before;
        var dataAfter = chain[reach.After].Scope == ImpactScope.SingleUser ? Math.Min(data.After, 1) : data.After;

        ImpactAssessment Assessment(int reachIndex, int lossIndex, bool isTemporary, int performanceIndex, int dataIndex, int workaroundIndex) => new()
        {
            Scope = chain[reachIndex].Scope,
            AffectedUsersPercent = chain[reachIndex].Percent,
            FunctionLoss = (FunctionLoss)lossIndex,
            IsTemporary = isTemporary,
            PerformanceDegradation = (PerformanceDegradation)performanceIndex,
            DataImpact = (DataImpact)dataIndex,
            Workaround = Workarounds[workaroundIndex],
            Category = category,
        };

        return new ImpactGrowth(
            Assessment(reach.Before, loss.Before, temporaryBefore, performance.Before, dataBefore, workaround.Before),
            Assessment(reach.After, loss.After, temporaryAfter, performance.After, dataAfter, workaround.After));
    }
}
