using System.Linq;
using Zenput.Sla.Triage;

namespace Zenput.Sla.Tests.Triage;

/// <summary>The rules as policy data: the built-in set cites the article, and rule sets are immutable values.</summary>
public sealed class TriageRulesTests
{
    [Fact]
    public void Built_in_policy_carries_the_article_rules()
    {
        ZenputSla.Default.TriageRules.Should().BeSameAs(ZenputSla.TriageRules);
        ZenputSla.TriageRules.Rules.Select(r => r.Id).Should().OnlyHaveUniqueItems().And.HaveCount(15);
        ZenputSla.TriageRules.FallbackRank.Should().BeNull();
    }

    [Fact]
    public void Every_article_rule_cites_word_for_word_a_criterion_of_the_built_in_levels()
    {
        var criteria = ZenputSla.Default.Severities.SelectMany(s => s.Criteria).ToList();

        foreach (var rule in ZenputSla.TriageRules.Rules)
        {
            criteria.Should().Contain(c => rule.Criterion.StartsWith(c, System.StringComparison.Ordinal), rule.Id);
        }
    }

    [Fact]
    public void Every_rule_within_the_definitions_recommends_the_level_whose_criterion_it_cites()
    {
        foreach (var rule in ZenputSla.TriageRules.Rules.Where(r => !r.IsOutsideDefinitions))
        {
            ZenputSla.Default.GetTier(rule.TargetRank).Severity.Criteria
                .Should().Contain(c => rule.Criterion.StartsWith(c, System.StringComparison.Ordinal), rule.Id);
        }
    }

    [Fact]
    public void Every_gap_rule_errs_toward_a_level_at_least_as_severe_as_the_definition_it_cites_and_explains_itself()
    {
        var gaps = ZenputSla.TriageRules.Rules.Where(r => r.IsOutsideDefinitions).ToList();

        gaps.Select(r => r.Id).Should().BeEquivalentTo("slowdown-beyond-threshold", "complete-loss-for-share-of-users");
        foreach (var rule in gaps)
        {
            var cited = ZenputSla.Default.Severities.Single(s => s.Criteria.Any(c => rule.Criterion.StartsWith(c, System.StringComparison.Ordinal)));
            rule.TargetRank.Should().BeLessThanOrEqualTo(cited.Rank, rule.Id);
            rule.Explanation.Should().Contain("Erring toward the more severe level");
        }
    }

    [Fact]
    public void Builder_From_copies_the_triage_rules_and_they_take_part_in_policy_equality()
    {
        var copy = SlaPolicyBuilder.From(ZenputSla.Default).Build();
        var withoutRules = SlaPolicyBuilder.From(ZenputSla.Default).WithTriageRules(null).Build();
        var otherRules = SlaPolicyBuilder.From(ZenputSla.Default).WithTriageRules(ZenputSla.TriageRules.WithoutRule("password-reset")).Build();

        copy.TriageRules.Should().Be(ZenputSla.TriageRules);
        copy.Should().Be(ZenputSla.Default);
        withoutRules.Should().NotBe(ZenputSla.Default);
        otherRules.Should().NotBe(ZenputSla.Default);
    }

    [Fact]
    public void Rule_sets_and_conditions_are_equal_by_value()
    {
        var a = new TriageCondition { Scopes = [ImpactScope.AllUsers], AffectedPercentBelow = 5m };
        var b = new TriageCondition { Scopes = [ImpactScope.AllUsers], AffectedPercentBelow = 5.0m };

        b.Should().Be(a);
        b.GetHashCode().Should().Be(a.GetHashCode());
        (a with { Scopes = [ImpactScope.SingleUser] }).Should().NotBe(a);
        new TriageRules([new TriageRule("x", 1, "X.", a)]).Should().Be(new TriageRules([new TriageRule("x", 1, "X.", b)]));
        (new TriageRules([new TriageRule("x", 1, "X.", a)]) == new TriageRules([new TriageRule("x", 2, "X.", a)])).Should().BeFalse();
    }

    [Fact]
    public void A_condition_keeps_its_own_copy_of_the_lists_it_is_given()
    {
        var scopes = new System.Collections.Generic.List<ImpactScope> { ImpactScope.AllUsers };
        var condition = new TriageCondition { Scopes = scopes };

        scopes.Add(ImpactScope.SingleUser);

        condition.Scopes.Should().Equal(ImpactScope.AllUsers);
    }

    [Fact]
    public void WithRule_replaces_the_rule_of_the_same_id_in_place_or_appends_a_new_one()
    {
        var rules = ZenputSla.TriageRules;
        var replaced = rules.WithRule(rules.Rules[1] with { TargetRank = 2 });
        var appended = rules.WithRule(new TriageRule("new", 3, "New.", TriageCondition.Always));

        replaced.Rules.Should().HaveCount(rules.Rules.Count);
        replaced.Rules[1].TargetRank.Should().Be(2);
        appended.Rules[^1].Id.Should().Be("new");
        rules.Rules[1].TargetRank.Should().Be(1, "rule sets are immutable");
    }

    [Fact]
    public void A_condition_describes_itself_in_plain_words()
    {
        ZenputSla.TriageRules.FindRule("server-slowdown")!.When.ToString()
            .Should().Be("scope in [AllUsers, CoreComponent, ShareOfUsers]; performance degradation in [Slowdown]; affected users below 5%");
        TriageCondition.Always.ToString().Should().Be("always");
    }
}
