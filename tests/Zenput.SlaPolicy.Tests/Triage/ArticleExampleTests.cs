using System.Linq;
using Zenput.Sla.Triage;

namespace Zenput.Sla.Tests.Triage;

/// <summary>Every example and definition of the Zenput SLA article, classified with the built-in policy.</summary>
public sealed class ArticleExampleTests
{
    private static void ShouldBe(TriageResult result, int rank, string ruleId)
    {
        result.Severity.Rank.Should().Be(rank, result.ToString());
        result.Severity.Should().Be(ZenputSla.Default.GetTier(rank).Severity);
        result.Reasons.Select(m => m.Rule.Id).Should().Contain(ruleId);
        result.IsOutsideDefinitions.Should().BeFalse("the article defines this case");
        result.DependsOnUnknowns.Should().BeFalse();
    }

    [Fact]
    public void App_entirely_non_functional_is_Level_1_service_failure()
    {
        var result = Triage.Classify(new ImpactAssessment { Scope = ImpactScope.AllUsers, FunctionLoss = FunctionLoss.Complete, AffectedFunction = "the whole app" });

        ShouldBe(result, 1, "service-failure");
        result.Reasons.Single().Criterion.Should().StartWith("Service Failure: Complete loss of functionality affecting all Zenput users in an account.");
        result.Reasons.Single().MatchedOn.Should().Equal("scope: all users in the account (the whole app)", "loss of function: complete", "the loss is not temporary");
        result.Tier.ResponseGoal.Should().Be(GoalTarget.Elapsed(NodaTime.Duration.FromHours(2)));
    }

    [Fact]
    public void Core_component_failure_with_no_workaround_is_Level_1()
    {
        var result = Triage.Classify(new ImpactAssessment
        {
            Scope = ImpactScope.CoreComponent,
            AffectedFunction = "mobile app",
            FunctionLoss = FunctionLoss.Complete,
            Workaround = WorkaroundStatus.Unavailable,
        });

        ShouldBe(result, 1, "core-component-failure");
        result.Reasons.Single().Criterion.Should().Contain("where no workaround exists");
        result.Reasons.Single().MatchedOn.Should().Contain("workaround: none");
    }

    [Fact]
    public void Significant_partial_failure_of_a_core_component_with_no_workaround_is_Level_1()
    {
        var result = Triage.Classify(new ImpactAssessment
        {
            Scope = ImpactScope.CoreComponent,
            AffectedFunction = "web app",
            FunctionLoss = FunctionLoss.Partial,
            Workaround = WorkaroundStatus.Unavailable,
        });

        ShouldBe(result, 1, "core-component-failure");
    }

    [Fact]
    public void Widespread_data_issue_is_Level_1_major_data_impact()
    {
        var result = Triage.Classify(new ImpactAssessment { Scope = ImpactScope.AllUsers, DataImpact = DataImpact.Widespread, AffectedFunction = "report data" });

        ShouldBe(result, 1, "major-data-impact");
        result.Reasons.Single().Criterion.Should().StartWith("Major Data Impact: Widespread issues in data gathering or presentation");
    }

    [Fact]
    public void Form_uploads_blocked_is_Level_2_substantial_performance_degradation()
    {
        var result = Triage.Classify(new ImpactAssessment
        {
            Scope = ImpactScope.AllUsers,
            AffectedFunction = "form uploads",
            FunctionLoss = FunctionLoss.Partial,
            Workaround = WorkaroundStatus.Available,
        });

        ShouldBe(result, 2, "partial-loss-of-function");
        result.Reasons.Single().Criterion.Should().Contain("Form uploads are blocked, or tasks fail to send.");
        result.Tier.ResponseGoal.Should().Be(GoalTarget.Elapsed(NodaTime.Duration.FromHours(4)));
    }

    [Fact]
    public void Tasks_failing_to_send_is_Level_2_whether_or_not_a_workaround_is_known()
    {
        var tasks = new ImpactAssessment { Scope = ImpactScope.ShareOfUsers, AffectedUsersPercent = 40, AffectedFunction = "task sending", FunctionLoss = FunctionLoss.Partial };

        ShouldBe(Triage.Classify(tasks), 2, "partial-loss-of-function");
        ShouldBe(Triage.Classify(tasks with { Workaround = WorkaroundStatus.Available }), 2, "partial-loss-of-function");
        ShouldBe(Triage.Classify(tasks with { Workaround = WorkaroundStatus.Unavailable }), 2, "partial-loss-of-function");
    }

    [Fact]
    public void Temporary_complete_loss_for_all_users_is_Level_2_temporary_loss_of_function()
    {
        var result = Triage.Classify(new ImpactAssessment { Scope = ImpactScope.AllUsers, FunctionLoss = FunctionLoss.Complete, IsTemporary = true });

        ShouldBe(result, 2, "temporary-loss-of-function");
        result.Reasons.Single().Criterion.Should().Contain("Partial or temporary loss of function");
    }

    [Fact]
    public void Core_component_failure_with_a_workaround_is_Level_2()
    {
        var result = Triage.Classify(new ImpactAssessment
        {
            Scope = ImpactScope.CoreComponent,
            AffectedFunction = "web app",
            FunctionLoss = FunctionLoss.Complete,
            Workaround = WorkaroundStatus.Available,
        });

        ShouldBe(result, 2, "core-component-failure-with-workaround");
    }

    [Fact]
    public void Slowdown_for_3_percent_of_users_is_Level_2_server_slowdown()
    {
        var result = Triage.Classify(Triage.SlowdownFor(3));

        ShouldBe(result, 2, "server-slowdown");
        result.Reasons.Single().Criterion.Should().Contain("impacting fewer than 5% of users");
        result.Reasons.Single().MatchedOn.Should().Contain("affected users: 3% (fewer than 5%)");
    }

    [Fact]
    public void Password_reset_is_Level_3()
    {
        var result = Triage.Classify(new ImpactAssessment { Scope = ImpactScope.SingleUser, Category = IssueCategory.PasswordReset });

        ShouldBe(result, 3, "password-reset");
        result.Reasons.Single(m => m.Rule.Id == "password-reset").Criterion.Should().Contain("password resets");
        result.Tier.ResponseGoal.Should().Be(GoalTarget.CalendarDays(3));
    }

    [Fact]
    public void Training_question_is_Level_3()
    {
        var result = Triage.Classify(new ImpactAssessment { Scope = ImpactScope.AllUsers, Category = IssueCategory.Training });

        ShouldBe(result, 3, "training-issue");
        result.Reasons.Select(m => m.Rule.Id).Should().Equal("minimal-service-impact", "training-issue");
    }

    [Fact]
    public void Customer_device_issue_is_Level_3()
    {
        var result = Triage.Classify(new ImpactAssessment
        {
            Scope = ImpactScope.SingleUser,
            Category = IssueCategory.CustomerDevice,
            FunctionLoss = FunctionLoss.Complete,
            AffectedFunction = "app on the user's phone",
        });

        ShouldBe(result, 3, "customer-device-issue");
    }

    [Fact]
    public void Problem_isolated_to_a_single_user_is_Level_3_however_much_it_breaks_for_them()
    {
        var result = Triage.Classify(new ImpactAssessment
        {
            Scope = ImpactScope.SingleUser,
            FunctionLoss = FunctionLoss.Complete,
            PerformanceDegradation = PerformanceDegradation.Slowdown,
            Workaround = WorkaroundStatus.Unavailable,
        });

        ShouldBe(result, 3, "single-user");
    }

    [Fact]
    public void Non_urgent_configuration_only_administrators_can_change_is_Level_3()
    {
        var result = Triage.Classify(new ImpactAssessment
        {
            Scope = ImpactScope.AllUsers,
            Category = IssueCategory.AdministratorConfiguration,
            FunctionLoss = FunctionLoss.Minimal,
            AffectedFunction = "default report layout",
        });

        ShouldBe(result, 3, "non-urgent-configuration");
        result.Reasons.Single(m => m.Rule.Id == "non-urgent-configuration").Criterion.Should().Be("Non-urgent Configuration Issues: Minor internal configurations that only administrators can resolve.");
    }

    [Fact]
    public void Issue_with_minimal_impact_on_availability_or_performance_is_Level_3()
    {
        var result = Triage.Classify(Triage.Share(20) with { FunctionLoss = FunctionLoss.Minimal, PerformanceDegradation = PerformanceDegradation.Minimal, DataImpact = DataImpact.Isolated });

        ShouldBe(result, 3, "minimal-service-impact");
    }

    [Fact]
    public void A_Level_3_category_never_lowers_the_severity_the_impact_calls_for()
    {
        var result = Triage.Classify(new ImpactAssessment { Scope = ImpactScope.AllUsers, FunctionLoss = FunctionLoss.Complete, Category = IssueCategory.PasswordReset });

        result.Severity.Rank.Should().Be(1);
        result.Matches.Select(m => m.Rule.Id).Should().Equal("service-failure", "password-reset");
        result.Reasons.Select(m => m.Rule.Id).Should().Equal("service-failure");
    }
}
