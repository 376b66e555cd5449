using System.Linq;
using FluentValidation.TestHelper;
using Zenput.Sla.Triage;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Triage;

public sealed class TriageRulesValidatorTests
{
    private readonly TriageRulesValidator _validator = new(ZenputSla.Default.Severities);

    private static TriageRule Rule(string id = "rule", int rank = 1) =>
        new(id, rank, "A criterion.", new TriageCondition { Scopes = [ImpactScope.AllUsers] });

    [Fact]
    public void The_article_rules_are_valid_for_the_built_in_policy() =>
        _validator.TestValidate(ZenputSla.TriageRules).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void A_rule_set_needs_at_least_one_rule() =>
        _validator.TestValidate(new TriageRules([])).ShouldHaveValidationErrorFor(r => r.Rules).WithErrorCode(PolicyErrorCodes.NoTriageRules);

    [Fact]
    public void A_rule_must_recommend_a_rank_the_policy_defines()
    {
        var result = _validator.TestValidate(new TriageRules([Rule(rank: 4)]));

        result.ShouldHaveValidationErrorFor("Rules[0].TargetRank")
            .WithErrorCode(PolicyErrorCodes.UnknownTriageRank)
            .WithErrorMessage("The rule 'rule' recommends rank 4, which the policy does not define (its ranks are 1, 2, 3).");
    }

    [Fact]
    public void The_fallback_must_be_a_rank_the_policy_defines()
    {
        _validator.TestValidate(new TriageRules([Rule()], fallbackRank: 9))
            .ShouldHaveValidationErrorFor(r => r.FallbackRank).WithErrorCode(PolicyErrorCodes.UnknownTriageRank);
        _validator.TestValidate(new TriageRules([Rule()], fallbackRank: 3)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Rule_ids_are_unique() =>
        _validator.TestValidate(new TriageRules([Rule("same"), Rule("other"), Rule("same")]))
            .ShouldHaveValidationErrorFor("Rules[2].Id").WithErrorCode(PolicyErrorCodes.DuplicateId);

    [Fact]
    public void A_rule_needs_an_id_and_a_criterion()
    {
        var result = _validator.TestValidate(new TriageRules([new TriageRule(" ", 1, "", TriageCondition.Always)]));

        result.ShouldHaveValidationErrorFor("Rules[0].Id").WithErrorCode(PolicyErrorCodes.Required);
        result.ShouldHaveValidationErrorFor("Rules[0].Criterion").WithErrorCode(PolicyErrorCodes.Required);
    }

    [Fact]
    public void A_rule_outside_the_definitions_must_explain_the_gap()
    {
        var result = _validator.TestValidate(new TriageRules([Rule() with { IsOutsideDefinitions = true }]));

        result.ShouldHaveValidationErrorFor("Rules[0].Explanation").WithErrorCode(PolicyErrorCodes.Required);
    }

    [Fact]
    public void A_condition_cannot_name_an_unknown_workaround()
    {
        var rule = Rule() with { When = new TriageCondition { Workarounds = [WorkaroundStatus.Available, WorkaroundStatus.Unknown] } };

        _validator.TestValidate(new TriageRules([rule]))
            .ShouldHaveValidationErrorFor("Rules[0].When.Workarounds[1]").WithErrorCode(PolicyErrorCodes.InvalidTriageCondition);
    }

    [Fact]
    public void A_condition_with_an_empty_range_of_shares_can_never_apply()
    {
        var rule = Rule() with { When = new TriageCondition { AffectedPercentAtLeast = 10, AffectedPercentBelow = 5 } };

        _validator.TestValidate(new TriageRules([rule]))
            .ShouldHaveValidationErrorFor("Rules[0].When.AffectedPercentBelow")
            .WithErrorCode(PolicyErrorCodes.InvalidTriageCondition)
            .WithErrorMessage("No share of users is at least 10% and below 5%, so the rule can never apply.");
    }

    [Theory]
    [InlineData(-1.0, null, "Rules[0].When.AffectedPercentAtLeast")]
    [InlineData(101.0, null, "Rules[0].When.AffectedPercentAtLeast")]
    [InlineData(null, 0.0, "Rules[0].When.AffectedPercentBelow")]
    [InlineData(null, 100.5, "Rules[0].When.AffectedPercentBelow")]
    public void Share_bounds_are_percentages(double? atLeast, double? below, string path)
    {
        var rule = Rule() with { When = new TriageCondition { AffectedPercentAtLeast = (decimal?)atLeast, AffectedPercentBelow = (decimal?)below } };

        _validator.TestValidate(new TriageRules([rule])).ShouldHaveValidationErrorFor(path).WithErrorCode(PolicyErrorCodes.OutOfRange);
    }

    [Fact]
    public void Undefined_enum_values_in_a_condition_are_out_of_range()
    {
        var rule = Rule() with { When = new TriageCondition { Scopes = [(ImpactScope)9], Categories = [(IssueCategory)9] } };

        var result = _validator.TestValidate(new TriageRules([rule]));

        result.ShouldHaveValidationErrorFor("Rules[0].When.Scopes[0]").WithErrorCode(PolicyErrorCodes.OutOfRange);
        result.ShouldHaveValidationErrorFor("Rules[0].When.Categories[0]").WithErrorCode(PolicyErrorCodes.OutOfRange);
    }

    [Fact]
    public void Building_a_policy_reports_triage_rule_errors_under_the_TriageRules_path()
    {
        var builder = SlaPolicyBuilder.From(ZenputSla.Default)
            .WithTriageRules(ZenputSla.TriageRules.WithRule(Rule("cosmetic", rank: 4)).WithFallbackRank(0));

        var act = () => builder.Build();

        act.Should().Throw<SlaPolicyValidationException>().Which.Errors.Select(f => (f.Path, f.Code)).Should().BeEquivalentTo(new[]
        {
            ("TriageRules.Rules[15].TargetRank", PolicyErrorCodes.UnknownTriageRank),
            ("TriageRules.FallbackRank", PolicyErrorCodes.UnknownTriageRank),
        });
    }

    [Fact]
    public void Removing_a_tier_that_the_copied_rules_point_to_fails_the_build_with_a_clear_error()
    {
        var builder = new SlaPolicyBuilder("Two levels").WithTriageRules(ZenputSla.TriageRules);
        builder.AddTier(ZenputSla.Default.GetTier(1)).AddTier(ZenputSla.Default.GetTier(2));

        var act = () => builder.Build();

        act.Should().Throw<SlaPolicyValidationException>().Which.Errors
            .Should().OnlyContain(f => f.Code == PolicyErrorCodes.UnknownTriageRank && f.Message.Contains("its ranks are 1, 2"))
            .And.HaveCount(ZenputSla.TriageRules.Rules.Count(r => r.TargetRank == 3));
    }
}
