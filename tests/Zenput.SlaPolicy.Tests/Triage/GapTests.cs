using System.Linq;
using Zenput.Sla.Triage;

namespace Zenput.Sla.Tests.Triage;

/// <summary>The boundary of the article's one threshold, and the cases its definitions leave open.</summary>
public sealed class GapTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(4)]
    [InlineData(4.99)]
    public void Slowdown_for_fewer_than_5_percent_of_users_is_Level_2_within_the_definitions(double percent)
    {
        var result = Triage.Classify(Triage.SlowdownFor((decimal)percent));

        result.Severity.Rank.Should().Be(2);
        result.IsOutsideDefinitions.Should().BeFalse();
        result.Matches.Select(m => m.Rule.Id).Should().Equal(["server-slowdown"], "the share is below the threshold, so the gap rule does not match");
    }

    [Fact]
    public void Slowdown_for_exactly_5_percent_of_users_is_not_fewer_than_5_percent_so_it_is_outside_the_definitions_at_Level_1()
    {
        var result = Triage.Classify(Triage.SlowdownFor(5));

        result.Severity.Rank.Should().Be(1);
        result.IsOutsideDefinitions.Should().BeTrue();
        result.Matches.Select(m => m.Rule.Id).Should().Equal(["slowdown-beyond-threshold"], "5% is not fewer than 5%, so the Level 2 server slowdown does not match");
        result.Reasons.Single().MatchedOn.Should().Contain("affected users: 5% (5% or more)");
    }

    [Fact]
    public void Slowdown_for_30_percent_of_users_is_flagged_outside_the_definitions_and_errs_toward_Level_1()
    {
        var result = Triage.Classify(Triage.SlowdownFor(30));

        result.Severity.Should().Be(ZenputSla.Critical);
        result.IsOutsideDefinitions.Should().BeTrue();
        result.DependsOnUnknowns.Should().BeFalse();
        var reason = result.Reasons.Single();
        reason.IsOutsideDefinitions.Should().BeTrue();
        reason.Criterion.Should().StartWith("Server Slowdown:", "a gap rule cites the nearest definition");
        result.Notes[0].Should().Contain("fewer than 5% of users").And.Contain("Erring toward the more severe level");
        result.ToString().Should().Contain("[outside the definitions]");
    }

    [Fact]
    public void Slowdown_for_all_users_is_outside_the_definitions_at_Level_1()
    {
        var result = Triage.Classify(new ImpactAssessment { Scope = ImpactScope.AllUsers, PerformanceDegradation = PerformanceDegradation.Slowdown });

        result.Severity.Rank.Should().Be(1);
        result.IsOutsideDefinitions.Should().BeTrue();
    }

    [Fact]
    public void Core_component_slowdown_without_a_percentage_assumes_every_user_is_affected_and_says_so()
    {
        var result = Triage.Classify(new ImpactAssessment { Scope = ImpactScope.CoreComponent, AffectedFunction = "web app", PerformanceDegradation = PerformanceDegradation.Slowdown });

        result.Severity.Rank.Should().Be(1);
        result.IsOutsideDefinitions.Should().BeTrue();
        result.Reasons.Single().MatchedOn.Should().Contain("affected users: 100% assumed (5% or more)");
        result.Notes.Should().Contain(n => n.Contains("every user of the account is assumed affected"));
    }

    [Fact]
    public void Core_component_slowdown_for_a_given_small_share_is_Level_2()
    {
        var result = Triage.Classify(new ImpactAssessment { Scope = ImpactScope.CoreComponent, AffectedUsersPercent = 2, PerformanceDegradation = PerformanceDegradation.Slowdown });

        result.Severity.Rank.Should().Be(2);
        result.IsOutsideDefinitions.Should().BeFalse();
        result.Notes.Should().BeEmpty();
    }

    [Fact]
    public void Lasting_complete_loss_for_a_share_of_users_is_outside_the_definitions_at_Level_1()
    {
        var result = Triage.Classify(Triage.Share(40) with { FunctionLoss = FunctionLoss.Complete, Workaround = WorkaroundStatus.Available });

        result.Severity.Rank.Should().Be(1);
        result.IsOutsideDefinitions.Should().BeTrue();
        result.Reasons.Select(m => m.Rule.Id).Should().Equal("complete-loss-for-share-of-users");
        result.Notes[0].Should().Contain("not a lasting, complete loss for only a share of users");
    }

    [Fact]
    public void A_gap_rule_does_not_flag_the_result_when_a_defined_criterion_reaches_the_same_level()
    {
        var result = Triage.Classify(Triage.SlowdownFor(30) with { DataImpact = DataImpact.Widespread });

        result.Severity.Rank.Should().Be(1);
        result.IsOutsideDefinitions.Should().BeFalse();
        result.Reasons.Select(m => m.Rule.Id).Should().Equal("major-data-impact", "slowdown-beyond-threshold");
        result.Notes.Should().BeEmpty();
    }

    [Fact]
    public void A_gap_decides_over_a_less_severe_defined_criterion_and_both_are_reported()
    {
        var result = Triage.Classify(Triage.SlowdownFor(30) with { FunctionLoss = FunctionLoss.Partial, Workaround = WorkaroundStatus.Available });

        result.Severity.Rank.Should().Be(1);
        result.IsOutsideDefinitions.Should().BeTrue();
        result.Matches.Select(m => (m.Rule.Id, m.Severity.Rank)).Should().Equal(("slowdown-beyond-threshold", 1), ("partial-loss-of-function", 2));
    }

    [Fact]
    public void Unknown_workaround_for_a_core_component_failure_errs_toward_Level_1_and_says_so()
    {
        var failure = new ImpactAssessment { Scope = ImpactScope.CoreComponent, AffectedFunction = "mobile app", FunctionLoss = FunctionLoss.Complete };

        var result = Triage.Classify(failure);

        result.Severity.Rank.Should().Be(1);
        result.DependsOnUnknowns.Should().BeTrue();
        result.IsOutsideDefinitions.Should().BeFalse("the assumed answer is one the article defines");
        result.Reasons.Single().MatchedOn.Should().Contain("workaround: unknown, assumed none");
        result.Notes.Should().ContainSingle().Which.Should()
            .Be("Whether a workaround exists is unknown: with one this is Level 2 - Major, without one Level 1 - Critical. Erring toward the more severe level, no workaround is assumed.");
    }

    [Fact]
    public void Unknown_workaround_that_does_not_change_the_level_is_not_flagged_and_reasons_do_not_depend_on_it()
    {
        var result = Triage.Classify(new ImpactAssessment { Scope = ImpactScope.AllUsers, FunctionLoss = FunctionLoss.Complete });

        result.Severity.Rank.Should().Be(1);
        result.DependsOnUnknowns.Should().BeFalse();
        result.Matches.SelectMany(m => m.MatchedOn).Should().NotContain(f => f.Contains("workaround"));
        result.Notes.Should().BeEmpty();
    }

    [Fact]
    public void The_article_rules_cover_every_combination_of_facts_so_the_fallback_is_never_needed()
    {
        var scopes = new (ImpactScope Scope, decimal? Percent)[]
        {
            (ImpactScope.AllUsers, null), (ImpactScope.CoreComponent, null), (ImpactScope.CoreComponent, 3),
            (ImpactScope.ShareOfUsers, 3), (ImpactScope.ShareOfUsers, 5), (ImpactScope.SingleUser, null),
        };
        var count = 0;
        foreach (var (scope, percent) in scopes)
        {
            foreach (var loss in System.Enum.GetValues<FunctionLoss>())
            {
                foreach (var temporary in new[] { false, true })
                {
                    foreach (var performance in System.Enum.GetValues<PerformanceDegradation>())
                    {
                        foreach (var data in System.Enum.GetValues<DataImpact>())
                        {
                            foreach (var workaround in System.Enum.GetValues<WorkaroundStatus>())
                            {
                                var assessment = new ImpactAssessment
                                {
                                    Scope = scope, AffectedUsersPercent = percent, FunctionLoss = loss, IsTemporary = temporary,
                                    PerformanceDegradation = performance, DataImpact = data, Workaround = workaround,
                                };
                                if (SeverityClassifier.Validate(assessment).Any(f => !f.IsWarning))
                                {
                                    continue;
                                }

                                count++;
                                Triage.Classify(assessment).Matches.Should().NotBeEmpty(assessment.ToString());
                            }
                        }
                    }
                }
            }
        }

        count.Should().BeGreaterThan(500);
    }
}
