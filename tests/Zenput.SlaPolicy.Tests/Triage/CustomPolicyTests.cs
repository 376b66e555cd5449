using System.Linq;
using NodaTime;
using Zenput.Sla.Triage;

namespace Zenput.Sla.Tests.Triage;

/// <summary>Thresholds and rules come from the policy: custom policies change them, and a policy without rules still classifies.</summary>
public sealed class CustomPolicyTests
{
    private static TriageRules SlowdownThreshold(decimal percent)
    {
        var rules = ZenputSla.TriageRules;
        var below = rules.FindRule("server-slowdown")!;
        var beyond = rules.FindRule("slowdown-beyond-threshold")!;
        return rules
            .WithRule(below with { When = below.When with { AffectedPercentBelow = percent } })
            .WithRule(beyond with { When = beyond.When with { AffectedPercentAtLeast = percent } });
    }

    [Fact]
    public void Custom_policy_with_a_10_percent_slowdown_threshold_keeps_a_7_percent_slowdown_at_Level_2()
    {
        var policy = SlaPolicyBuilder.From(ZenputSla.Default).WithName("Relaxed").WithTriageRules(SlowdownThreshold(10)).Build();
        var custom = new SeverityClassifier(policy);

        Triage.Classify(Triage.SlowdownFor(7)).Severity.Rank.Should().Be(1, "the article's threshold is 5%");
        var result = custom.Classify(Triage.SlowdownFor(7));
        result.Severity.Rank.Should().Be(2);
        result.IsOutsideDefinitions.Should().BeFalse();
        result.Reasons.Single().MatchedOn.Should().Contain("affected users: 7% (fewer than 10%)");
        custom.Classify(Triage.SlowdownFor(10)).Severity.Rank.Should().Be(1);
    }

    [Fact]
    public void Custom_rules_can_recommend_a_fourth_level_the_policy_adds()
    {
        var cosmetic = new SeverityLevel(4, "Cosmetic", "No functional impact.", ["Cosmetic: a visual defect with no functional impact."], ["A misaligned button."]);
        var rules = ZenputSla.TriageRules.WithRule(
            new TriageRule("cosmetic", 4, "Cosmetic: a visual defect with no functional impact.", new TriageCondition
            {
                FunctionLosses = [FunctionLoss.None],
                PerformanceDegradations = [PerformanceDegradation.None],
                DataImpacts = [DataImpact.None],
                Categories = [IssueCategory.General],
            }));
        var minor = ZenputSla.Default.GetTier(3);
        var policy = SlaPolicyBuilder.From(ZenputSla.Default)
            .AddTier(cosmetic, GoalTarget.CalendarDays(10), minor.ResolutionProcess)
            .WithTriageRules(rules)
            .Build();

        var result = new SeverityClassifier(policy).Classify(new ImpactAssessment { Scope = ImpactScope.AllUsers, AffectedFunction = "button alignment" });

        result.Severity.Should().Be(ZenputSla.Minor, "the most severe matching rule wins, and the article's minimal-impact rule still matches");
        result.Matches.Select(m => m.Severity.Rank).Should().Equal(3, 4);

        var withoutMinimal = SlaPolicyBuilder.From(policy).WithTriageRules(rules.WithoutRule("minimal-service-impact")).Build();
        new SeverityClassifier(withoutMinimal).Classify(new ImpactAssessment { Scope = ImpactScope.AllUsers }).Severity.Should().Be(cosmetic);
    }

    [Fact]
    public void When_no_rule_matches_the_case_is_outside_the_definitions_and_gets_the_most_severe_level()
    {
        var onlyOutages = new TriageRules([new TriageRule("outage", 2, "Outage.", new TriageCondition { FunctionLosses = [FunctionLoss.Complete] })]);
        var policy = SlaPolicyBuilder.From(ZenputSla.Default).WithTriageRules(onlyOutages).Build();

        var result = new SeverityClassifier(policy).Classify(Triage.Share(10) with { FunctionLoss = FunctionLoss.Minimal });

        result.Severity.Should().Be(ZenputSla.Critical);
        result.Matches.Should().BeEmpty();
        result.Reasons.Should().BeEmpty();
        result.IsOutsideDefinitions.Should().BeTrue();
        result.Notes.Should().Equal("No triage rule matches this assessment, so it falls outside every definition. Erring toward the more severe level, it is classified Level 1 - Critical, the policy's most severe level.");
        result.ToString().Should().Be("Level 1 - Critical [outside the definitions]: no rule matched");
    }

    [Fact]
    public void The_fallback_rank_of_the_rules_replaces_the_most_severe_level_when_nothing_matches()
    {
        var rules = new TriageRules([new TriageRule("outage", 1, "Outage.", new TriageCondition { FunctionLosses = [FunctionLoss.Complete] })], fallbackRank: 2);
        var policy = SlaPolicyBuilder.From(ZenputSla.Default).WithTriageRules(rules).Build();

        var result = new SeverityClassifier(policy).Classify(Triage.Share(10));

        result.Severity.Should().Be(ZenputSla.Major);
        result.IsOutsideDefinitions.Should().BeTrue();
        result.Notes.Single().Should().EndWith("it is classified Level 2 - Major, the level the policy's triage rules fall back to.");
    }

    [Fact]
    public void Policy_without_triage_rules_is_classified_with_the_article_rules()
    {
        var policy = SlaPolicyBuilder.From(ZenputSla.Default).WithTriageRules(null).Build();
        var classifier = new SeverityClassifier(policy);

        policy.TriageRules.Should().BeNull();
        classifier.UsesArticleRules.Should().BeTrue();
        classifier.Rules.Should().Be(ZenputSla.TriageRules);
        var result = classifier.Classify(Triage.SlowdownFor(3));
        result.Severity.Should().Be(ZenputSla.Major);
        result.Notes.Should().Equal("The policy defines no triage rules, so the Zenput SLA article's rules are used.");
        new SeverityClassifier(ZenputSla.Default).UsesArticleRules.Should().BeFalse();
    }

    [Fact]
    public void Policy_without_triage_rules_and_without_Level_3_classifies_the_article_Level_3_cases_at_its_least_severe_level()
    {
        var critical = ZenputSla.Default.GetTier(1);
        var standard = new SeverityLevel(2, "Standard", "Everything else.", [], []);
        var policy = new SlaPolicyBuilder("Two levels")
            .AddTier(critical)
            .AddTier(standard, GoalTarget.Elapsed(Duration.FromHours(8)), ZenputSla.Default.GetTier(2).ResolutionProcess)
            .Build();

        var classifier = new SeverityClassifier(policy);
        var reset = classifier.Classify(new ImpactAssessment { Scope = ImpactScope.SingleUser, Category = IssueCategory.PasswordReset });
        var outage = classifier.Classify(new ImpactAssessment { Scope = ImpactScope.AllUsers, FunctionLoss = FunctionLoss.Complete });

        reset.Severity.Should().Be(standard);
        reset.Notes.Should().Contain("The article's rule 'password-reset' names Level 3, which this policy lacks; it counts as Level 2 - Standard, the nearest level that is at least as severe.");
        outage.Severity.Should().Be(critical.Severity);
    }

    [Fact]
    public void Policy_whose_ranks_start_below_the_article_ranks_maps_Level_1_rules_to_its_most_severe_level()
    {
        var urgent = new SeverityLevel(2, "Urgent", "Urgent.", [], []);
        var policy = new SlaPolicyBuilder("Starts at two").AddTier(urgent, GoalTarget.Elapsed(Duration.FromHours(1)), ZenputSla.Default.GetTier(2).ResolutionProcess).Build();

        var result = new SeverityClassifier(policy).Classify(new ImpactAssessment { Scope = ImpactScope.AllUsers, FunctionLoss = FunctionLoss.Complete });

        result.Severity.Should().Be(urgent);
    }
}
