using System;
using System.Linq;
using FluentValidation.TestHelper;
using Zenput.Sla.Triage;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Triage;

/// <summary>
/// Tests for the mutants of <c>Triage/</c> that the session-12 mutation run left undetected (docs/mutation.md,
/// "Root files R-Z, Triage/ and Validation/ (session 12)"). Expected values come from the XML docs of
/// <see cref="SeverityClassifier"/>, <see cref="ImpactAssessmentValidator"/> and <see cref="TriageCondition"/>.
/// </summary>
public sealed class TriageMutantTests
{
    private static TriageRule Rule(string id, int rank, TriageCondition when) => new(id, rank, $"Criterion {id}.", when);

    private static SeverityClassifier With(params TriageRule[] rules) =>
        new(SlaPolicyBuilder.From(ZenputSla.Default).WithTriageRules(new TriageRules(rules)).Build());

    private static readonly TriageCondition WithWorkaround = new() { Workarounds = [WorkaroundStatus.Available] };
    private static readonly TriageCondition WithoutWorkaround = new() { Workarounds = [WorkaroundStatus.Unavailable] };

    private static ImpactAssessment Unknown(ImpactScope scope = ImpactScope.AllUsers) => new() { Scope = scope, Workaround = WorkaroundStatus.Unknown };

    // ---- the unknown workaround: the more severe answer is kept ----

    [Fact]
    public void An_unknown_workaround_keeps_the_answer_with_a_workaround_when_that_one_is_the_more_severe()
    {
        // "When the workaround is Unknown, both answers are tried and the more severe outcome is kept."
        var classifier = With(Rule("with", 1, WithWorkaround), Rule("any", 3, TriageCondition.Always));

        var result = classifier.Classify(Unknown());

        result.Severity.Rank.Should().Be(1);
        result.DependsOnUnknowns.Should().BeTrue();
        result.Notes.Should().Contain(n => n.Contains("a workaround is assumed", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_workaround_keeps_the_answer_without_one_when_that_one_is_the_more_severe()
    {
        var classifier = With(Rule("without", 1, WithoutWorkaround), Rule("any", 3, TriageCondition.Always));

        var result = classifier.Classify(Unknown());

        result.Severity.Rank.Should().Be(1);
        result.Notes.Should().Contain(n => n.Contains("no workaround is assumed", StringComparison.Ordinal));
    }

    // ---- the same level either way: the reasons that hold whatever the workaround is ----

    [Fact]
    public void With_the_same_level_either_way_the_reasons_are_those_that_hold_whatever_the_workaround_is()
    {
        // Level 2 with or without a workaround; "always-2" and "always-3" hold both ways, "without" only without.
        var classifier = With(Rule("always-2", 2, TriageCondition.Always), Rule("always-3", 3, TriageCondition.Always), Rule("without", 2, WithoutWorkaround));

        var result = classifier.Classify(Unknown());

        result.Severity.Rank.Should().Be(2);
        result.DependsOnUnknowns.Should().BeFalse();
        result.Matches.Select(m => m.Rule.Id).Should().Equal("always-2", "always-3");
    }

    [Fact]
    public void With_the_same_level_either_way_but_no_common_reason_at_that_level_the_answer_without_a_workaround_stands()
    {
        // Level 2 both ways, each time for a different reason; the only common reason is at Level 3.
        var classifier = With(Rule("always-3", 3, TriageCondition.Always), Rule("without", 2, WithoutWorkaround), Rule("with", 2, WithWorkaround));

        var result = classifier.Classify(Unknown());

        result.Severity.Rank.Should().Be(2);
        result.Matches.Select(m => m.Rule.Id).Should().Equal("without", "always-3");
    }

    // ---- notes ----

    [Fact]
    public void A_core_component_without_a_percentage_is_noted_as_all_users_when_any_reason_rests_on_a_percentage()
    {
        var classifier = With(
            Rule("core-half", 1, new TriageCondition { Scopes = [ImpactScope.CoreComponent], AffectedPercentAtLeast = 50m }),
            Rule("core", 1, new TriageCondition { Scopes = [ImpactScope.CoreComponent] }));

        var result = classifier.Classify(new ImpactAssessment { Scope = ImpactScope.CoreComponent, Workaround = WorkaroundStatus.Unavailable });

        result.Reasons.Select(m => m.Rule.Id).Should().Equal("core-half", "core");
        result.Notes.Should().Contain("No percentage of users is given for the core component, so every user of the account is assumed affected (100%).");
    }

    // ---- argument checks ----

    [Fact]
    public void The_classifier_names_a_null_policy_or_assessment()
    {
        var noPolicy = () => new SeverityClassifier(null!);
        var noAssessment = () => SeverityClassifier.Validate(null!);

        noPolicy.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("policy");
        noAssessment.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("assessment");
    }

    // ---- ImpactAssessmentValidator ----

    [Fact]
    public void A_share_of_0_percent_is_in_range_and_contradicts_only_the_scope()
    {
        // "The percentage of affected users must be from 0 to 100"; "A share of users ... of 0%" is the scope contradiction.
        var findings = SeverityClassifier.Validate(Triage.Share(0));

        findings.Select(f => f.Code).Should().Equal(PolicyErrorCodes.AffectedShareContradictsScope);
    }

    [Fact]
    public void A_percentage_over_100_is_out_of_range_and_no_scope_rule_runs_on_it()
    {
        var findings = SeverityClassifier.Validate(new ImpactAssessment { Scope = ImpactScope.AllUsers, AffectedUsersPercent = 150m });

        findings.Select(f => f.Code).Should().Equal(PolicyErrorCodes.OutOfRange);
        findings[0].Message.Should().Contain("from 0 to 100");
    }

    [Fact]
    public void A_single_user_at_0_percent_is_told_to_leave_the_percentage_out()
    {
        var findings = SeverityClassifier.Validate(new ImpactAssessment { Scope = ImpactScope.SingleUser, AffectedUsersPercent = 0m });

        findings.Should().ContainSingle().Which.Message.Should().Be(
            "A single user is more than 0% of the account's users. Leave the percentage out, or give the user's share.");
    }

    [Fact]
    public void An_invalid_assessment_with_several_errors_counts_them_in_the_message()
    {
        // Single user at 80 % and a widespread data impact: two errors.
        var assessment = new ImpactAssessment { Scope = ImpactScope.SingleUser, AffectedUsersPercent = 80m, DataImpact = DataImpact.Widespread };

        var act = () => Triage.Classify(assessment);

        act.Should().Throw<InvalidImpactAssessmentException>().Which.Message.Should().StartWith("The impact assessment is invalid (2 errors):");
    }

    // ---- texts: conditions and matched facts ----

    [Fact]
    public void A_condition_reads_as_every_constraint_it_sets()
    {
        var condition = new TriageCondition
        {
            Scopes = [ImpactScope.ShareOfUsers],
            FunctionLosses = [FunctionLoss.Partial],
            IsTemporary = true,
            PerformanceDegradations = [PerformanceDegradation.Slowdown],
            DataImpacts = [DataImpact.Isolated],
            Workarounds = [WorkaroundStatus.Unavailable],
            Categories = [IssueCategory.Training],
            AffectedPercentAtLeast = 5m,
            AffectedPercentBelow = 50m,
        };

        condition.ToString().Should().Be(
            "scope in [ShareOfUsers]; function loss in [Partial]; temporary; performance degradation in [Slowdown]; data impact in [Isolated]; " +
            "workaround in [Unavailable]; category in [Training]; affected users at least 5%; affected users below 50%");
    }

    [Fact]
    public void A_match_on_scope_and_a_temporary_loss_states_exactly_those_facts()
    {
        var classifier = With(Rule("temp", 2, new TriageCondition { Scopes = [ImpactScope.AllUsers], FunctionLosses = [FunctionLoss.Partial], IsTemporary = true }));

        var result = classifier.Classify(new ImpactAssessment { Scope = ImpactScope.AllUsers, FunctionLoss = FunctionLoss.Partial, IsTemporary = true, Workaround = WorkaroundStatus.Unavailable });

        result.Matches.Should().ContainSingle().Which.MatchedOn.Should().Equal(
            "scope: all users in the account", "loss of function: partial", "the loss is temporary");
    }

    [Fact]
    public void A_match_on_degradation_data_impact_and_category_states_each_of_them()
    {
        var classifier = With(Rule("all", 2, new TriageCondition
        {
            PerformanceDegradations = [PerformanceDegradation.Slowdown],
            DataImpacts = [DataImpact.Isolated],
            Categories = [IssueCategory.Training],
        }));

        var result = classifier.Classify(new ImpactAssessment
        {
            Scope = ImpactScope.AllUsers,
            PerformanceDegradation = PerformanceDegradation.Slowdown,
            DataImpact = DataImpact.Isolated,
            Category = IssueCategory.Training,
            Workaround = WorkaroundStatus.Unavailable,
        });

        var facts = result.Matches.Should().ContainSingle().Which.MatchedOn;
        facts.Should().HaveCount(3);
        facts[0].Should().Be("performance degradation: a slowdown");
        facts[1].Should().Be("data impact: isolated");
        facts[2].Should().StartWith("category: ").And.NotBe("category: ");
    }

    [Fact]
    public void A_single_user_with_a_given_share_is_matched_on_that_share_and_one_without_on_being_a_single_user()
    {
        var classifier = With(Rule("few", 3, new TriageCondition { AffectedPercentBelow = 50m }));
        var single = new ImpactAssessment { Scope = ImpactScope.SingleUser, Workaround = WorkaroundStatus.Unavailable };

        classifier.Classify(single with { AffectedUsersPercent = 10m }).Matches.Should().ContainSingle()
            .Which.MatchedOn.Should().Equal("affected users: 10% (fewer than 50%)");
        classifier.Classify(single).Matches.Should().ContainSingle()
            .Which.MatchedOn.Should().Equal("affected users: a single user (fewer than 50%)");
    }

    [Fact]
    public void An_invalid_assessment_with_one_error_says_1_error()
    {
        var act = () => Triage.Classify(new ImpactAssessment { Scope = ImpactScope.SingleUser, AffectedUsersPercent = 80m });

        act.Should().Throw<InvalidImpactAssessmentException>().Which.Message.Should().StartWith("The impact assessment is invalid (1 error):");
    }

    // ---- TriageResult, TriageRules ----

    [Fact]
    public void A_result_reads_as_its_level_its_flag_and_its_first_reason()
    {
        var classifier = With(Rule("a", 2, new TriageCondition { Scopes = [ImpactScope.AllUsers] }));

        classifier.Classify(new ImpactAssessment { Scope = ImpactScope.AllUsers, Workaround = WorkaroundStatus.Unavailable }).ToString()
            .Should().Be("Level 2 - Major: Criterion a.");
        classifier.Classify(new ImpactAssessment { Scope = ImpactScope.SingleUser, Workaround = WorkaroundStatus.Unavailable }).ToString()
            .Should().Be("Level 1 - Critical [outside the definitions]: no rule matched");
    }

    [Fact]
    public void Rules_are_found_by_id_replaced_in_place_and_refuse_a_null_rule()
    {
        var rules = new TriageRules([Rule("a", 1, TriageCondition.Always), Rule("b", 2, TriageCondition.Always)]);

        rules.FindRule("missing").Should().BeNull();
        rules.FindRule("b")!.TargetRank.Should().Be(2);
        rules.WithRule(Rule("a", 3, TriageCondition.Always)).Rules.Select(r => (r.Id, r.TargetRank)).Should().Equal(("a", 3), ("b", 2));
        var act = () => rules.WithRule(null!);
        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("rule");
        var noLevels = () => new TriageRulesValidator(null!);
        noLevels.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("severities");
    }

    // ---- TriageRulesValidator ----

    private static readonly TriageRulesValidator RulesValidator = new(ZenputSla.Default.Severities);

    private static TriageRule Plain(string id = "rule", int rank = 1) => Rule(id, rank, new TriageCondition { Scopes = [ImpactScope.AllUsers] });

    [Fact]
    public void The_rules_validator_explains_an_unknown_fallback_a_missing_explanation_and_a_repeated_id()
    {
        RulesValidator.TestValidate(new TriageRules([Plain()], fallbackRank: 9)).Errors.Should().ContainSingle()
            .Which.ErrorMessage.Should().Be("The triage fallback recommends rank 9, which the policy does not define (its ranks are 1, 2, 3).");
        RulesValidator.TestValidate(new TriageRules([Plain("gap") with { IsOutsideDefinitions = true }])).Errors.Should().ContainSingle()
            .Which.ErrorMessage.Should().Be("The rule 'gap' covers a case outside the definitions, so it must explain the gap it fills and which way it decides.");
        RulesValidator.TestValidate(new TriageRules([Plain("same"), Plain("same")])).Errors.Should().ContainSingle()
            .Which.ErrorMessage.Should().Be("The rule id 'same' is used more than once.");
    }

    [Fact]
    public void A_condition_naming_a_value_outside_its_enum_is_out_of_range_in_every_list()
    {
        var conditions = new[]
        {
            new TriageCondition { FunctionLosses = [(FunctionLoss)99] },
            new TriageCondition { PerformanceDegradations = [(PerformanceDegradation)99] },
            new TriageCondition { DataImpacts = [(DataImpact)99] },
        };

        foreach (var condition in conditions)
        {
            RulesValidator.TestValidate(new TriageRules([Rule("odd", 1, condition)])).Errors.Should().ContainSingle()
                .Which.ErrorCode.Should().Be(PolicyErrorCodes.OutOfRange, condition.ToString());
        }
    }

    [Fact]
    public void A_lower_bound_from_0_to_100_percent_is_allowed_and_any_other_is_refused_with_its_value()
    {
        // "'Affected Percent At Least' must be from 0 to 100".
        RulesValidator.TestValidate(new TriageRules([Rule("any-share", 1, new TriageCondition { AffectedPercentAtLeast = 0m })]))
            .ShouldNotHaveAnyValidationErrors();
        RulesValidator.TestValidate(new TriageRules([Rule("everyone", 1, new TriageCondition { AffectedPercentAtLeast = 100m })]))
            .ShouldNotHaveAnyValidationErrors();
        RulesValidator.TestValidate(new TriageRules([Rule("too-many", 1, new TriageCondition { AffectedPercentAtLeast = 150m })])).Errors
            .Should().ContainSingle().Which.ErrorMessage.Should().Be("'Affected Percent At Least' must be from 0 to 100, but is 150%.");
    }

    [Fact]
    public void An_upper_bound_up_to_100_percent_is_allowed_and_an_empty_band_is_refused()
    {
        // "'Affected Percent Below' must be more than 0 and at most 100"; a band [at least, below) must hold some share.
        RulesValidator.TestValidate(new TriageRules([Rule("all-but", 1, new TriageCondition { AffectedPercentBelow = 100m })]))
            .ShouldNotHaveAnyValidationErrors();
        RulesValidator.TestValidate(new TriageRules([Rule("none", 1, new TriageCondition { AffectedPercentBelow = 0m })])).Errors
            .Should().ContainSingle().Which.ErrorMessage.Should().Be("'Affected Percent Below' must be more than 0 and at most 100, but is 0%.");
        RulesValidator.TestValidate(new TriageRules([Rule("empty", 1, new TriageCondition { AffectedPercentAtLeast = 50m, AffectedPercentBelow = 50m })])).Errors
            .Should().ContainSingle().Which.ErrorMessage.Should().Be("No share of users is at least 50% and below 50%, so the rule can never apply.");
    }

    // ---- TriageText: the words matched facts use ----

    [Fact]
    public void Every_assessment_value_reads_as_the_README_names_it()
    {
        // README, "An assessment has a scope (all users, a core component, a share of users ..., a single user), a loss of
        // function (none, minimal, partial, complete) ..., a performance degradation (none, minimal, slowdown), a data impact
        // (none, isolated, widespread), whether a workaround exists (unknown, available, unavailable), a category (general,
        // training, customer device, password reset, administrator configuration)"; facts write "a slowdown" and a missing
        // workaround as "workaround: none" (README's triage example), and all users as the article's "all Zenput users in
        // an account".
        Enum.GetValues<ImpactScope>().Select(TriageText.Label).Should().Equal("all users in the account", "a core component", "a share of users", "a single user");
        Enum.GetValues<FunctionLoss>().Select(TriageText.Label).Should().Equal("none", "minimal", "partial", "complete");
        Enum.GetValues<PerformanceDegradation>().Select(TriageText.Label).Should().Equal("none", "minimal", "a slowdown");
        Enum.GetValues<DataImpact>().Select(TriageText.Label).Should().Equal("none", "isolated", "widespread");
        Enum.GetValues<WorkaroundStatus>().Select(TriageText.Label).Should().Equal("unknown", "available", "none");
        Enum.GetValues<IssueCategory>().Select(TriageText.Label).Should().Equal("general", "training", "customer device", "password reset", "administrator configuration");
    }

    [Fact]
    public void Percentages_read_without_trailing_zeros()
    {
        // README: "affected users: 30% (5% or more)".
        TriageText.Percent(5.0m).Should().Be("5%");
        TriageText.Percent(12.50m).Should().Be("12.5%");
    }

    // ---- mutants no test reached in the run (not covered) ----

    [Fact]
    public void The_message_only_constructors_of_the_triage_exception_leave_no_findings()
    {
        new InvalidImpactAssessmentException("Invalid.").Findings.Should().BeEmpty();
        new InvalidImpactAssessmentException("Invalid.", new InvalidOperationException()).Findings.Should().BeEmpty();
    }

    [Fact]
    public void A_condition_on_a_lasting_loss_reads_not_temporary()
    {
        new TriageCondition { IsTemporary = false }.ToString().Should().Be("not temporary");
    }

    [Fact]
    public void Matches_rules_and_rule_sets_read_as_what_they_are()
    {
        var classifier = With(Rule("a", 2, new TriageCondition { Scopes = [ImpactScope.AllUsers] }));
        var match = classifier.Classify(new ImpactAssessment { Scope = ImpactScope.AllUsers, Workaround = WorkaroundStatus.Unavailable }).Matches.Single();

        match.ToString().Should().Be("Level 2 - Major: Criterion a.");
        Plain("a", 2).ToString().Should().Be("a -> rank 2");
        (Plain("gap", 1) with { IsOutsideDefinitions = true, Explanation = "Why." }).ToString().Should().Be("gap -> rank 1 (outside the definitions)");
        new TriageRules([Plain("a"), Plain("b")]).ToString().Should().Be("2 triage rules");
    }

    [Fact]
    public void The_rule_set_inequality_operator_is_the_negation_of_equality()
    {
        (new TriageRules([Plain("a")]) != new TriageRules([Plain("a")])).Should().BeFalse();
        (new TriageRules([Plain("a")]) != new TriageRules([Plain("b")])).Should().BeTrue();
    }

    [Fact]
    public void A_share_between_two_bounds_is_stated_with_both()
    {
        var classifier = With(Rule("band", 2, new TriageCondition { AffectedPercentAtLeast = 5m, AffectedPercentBelow = 50m }));

        classifier.Classify(Triage.Share(10m) with { Workaround = WorkaroundStatus.Unavailable }).Matches.Should().ContainSingle()
            .Which.MatchedOn.Should().Equal("affected users: 10% (at least 5% and fewer than 50%)");
    }

    [Fact]
    public void A_single_user_of_unknown_share_is_below_every_positive_bound_and_above_none()
    {
        // TriageMatching: "One user of an unknown number is the smallest share there is: below every positive bound."
        var single = new ImpactAssessment { Scope = ImpactScope.SingleUser, Workaround = WorkaroundStatus.Unavailable };

        With(Rule("any", 2, new TriageCondition { AffectedPercentAtLeast = 0m })).Classify(single).Matches.Should().ContainSingle()
            .Which.MatchedOn.Should().Equal("affected users: a single user (0% or more)");
        With(Rule("some", 2, new TriageCondition { AffectedPercentAtLeast = 5m })).Classify(single).Matches.Should().BeEmpty();
        With(Rule("band", 2, new TriageCondition { AffectedPercentAtLeast = 5m, AffectedPercentBelow = 50m })).Classify(single).Matches.Should().BeEmpty();
    }
}
