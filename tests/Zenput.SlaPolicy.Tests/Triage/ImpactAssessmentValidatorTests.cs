using System;
using System.Linq;
using FluentValidation;
using FluentValidation.TestHelper;
using Zenput.Sla.Triage;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Triage;

public sealed class ImpactAssessmentValidatorTests
{
    private readonly ImpactAssessmentValidator _validator = new();

    [Theory]
    [InlineData(-1)]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    [InlineData(250)]
    public void Percentage_of_affected_users_must_be_within_0_and_100(double percent)
    {
        var result = _validator.TestValidate(Triage.Share((decimal)percent));

        result.ShouldHaveValidationErrorFor(a => a.AffectedUsersPercent)
            .WithErrorCode(PolicyErrorCodes.OutOfRange)
            .WithErrorMessage($"The percentage of affected users must be from 0 to 100, but is {((decimal)percent).ToString(System.Globalization.CultureInfo.InvariantCulture)}%.");
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(5)]
    [InlineData(99.99)]
    public void Share_of_users_within_the_range_is_valid(double percent) =>
        _validator.TestValidate(Triage.Share((decimal)percent)).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Share_of_users_needs_a_percentage()
    {
        var result = _validator.TestValidate(new ImpactAssessment { Scope = ImpactScope.ShareOfUsers });

        result.ShouldHaveValidationErrorFor(a => a.AffectedUsersPercent).WithErrorCode(PolicyErrorCodes.Required)
            .WithErrorMessage("A share of users needs the percentage of the account's users affected.");
    }

    [Fact]
    public void Single_user_with_80_percent_affected_is_contradictory()
    {
        var result = _validator.TestValidate(new ImpactAssessment { Scope = ImpactScope.SingleUser, AffectedUsersPercent = 80 });

        result.ShouldHaveValidationErrorFor(a => a.AffectedUsersPercent)
            .WithErrorCode(PolicyErrorCodes.AffectedShareContradictsScope)
            .WithErrorMessage("A single user cannot be 80% of the account's users: one user is more than half only in an account with no other user, where the issue affects all users. Use the scope AllUsers, or ShareOfUsers with the percentage.");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(50)]
    public void Single_user_may_be_up_to_half_of_the_account(double percent) =>
        _validator.TestValidate(new ImpactAssessment { Scope = ImpactScope.SingleUser, AffectedUsersPercent = (decimal)percent }).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Single_user_is_more_than_0_percent()
    {
        var result = _validator.TestValidate(new ImpactAssessment { Scope = ImpactScope.SingleUser, AffectedUsersPercent = 0 });

        result.ShouldHaveValidationErrorFor(a => a.AffectedUsersPercent).WithErrorCode(PolicyErrorCodes.AffectedShareContradictsScope);
    }

    [Fact]
    public void All_users_with_3_percent_affected_is_contradictory()
    {
        var result = _validator.TestValidate(new ImpactAssessment { Scope = ImpactScope.AllUsers, AffectedUsersPercent = 3 });

        result.ShouldHaveValidationErrorFor(a => a.AffectedUsersPercent)
            .WithErrorCode(PolicyErrorCodes.AffectedShareContradictsScope)
            .WithErrorMessage("An issue that affects all users affects 100% of them, but 3% is given. Use the scope ShareOfUsers for a share, or leave the percentage out.");
    }

    [Fact]
    public void All_users_may_state_100_percent_or_nothing()
    {
        _validator.TestValidate(new ImpactAssessment { Scope = ImpactScope.AllUsers, AffectedUsersPercent = 100 }).ShouldNotHaveAnyValidationErrors();
        _validator.TestValidate(new ImpactAssessment { Scope = ImpactScope.AllUsers }).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Share_of_0_percent_affects_no_user_and_is_contradictory()
    {
        var result = _validator.TestValidate(Triage.Share(0));

        result.ShouldHaveValidationErrorFor(a => a.AffectedUsersPercent).WithErrorCode(PolicyErrorCodes.AffectedShareContradictsScope);
    }

    [Fact]
    public void Share_of_100_percent_is_only_a_warning_that_it_is_all_users()
    {
        var result = _validator.TestValidate(Triage.Share(100));

        result.Errors.Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);
        result.ShouldHaveValidationErrorFor(a => a.AffectedUsersPercent).WithErrorCode(PolicyErrorCodes.AffectedShareIsAllUsers);
        result.IsValid.Should().BeFalse("FluentValidation counts warnings as failures; the classifier does not");
        SeverityClassifier.Validate(Triage.Share(100)).Should().ContainSingle().Which.IsWarning.Should().BeTrue();
    }

    [Fact]
    public void Core_component_may_give_any_share()
    {
        _validator.TestValidate(new ImpactAssessment { Scope = ImpactScope.CoreComponent }).ShouldNotHaveAnyValidationErrors();
        _validator.TestValidate(new ImpactAssessment { Scope = ImpactScope.CoreComponent, AffectedUsersPercent = 100 }).ShouldNotHaveAnyValidationErrors();
        _validator.TestValidate(new ImpactAssessment { Scope = ImpactScope.CoreComponent, AffectedUsersPercent = 0.5m }).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Widespread_data_impact_for_a_single_user_is_contradictory()
    {
        var result = _validator.TestValidate(new ImpactAssessment { Scope = ImpactScope.SingleUser, DataImpact = DataImpact.Widespread });

        result.ShouldHaveValidationErrorFor(a => a.DataImpact).WithErrorCode(PolicyErrorCodes.ContradictoryImpact);
    }

    [Fact]
    public void Temporary_loss_without_any_loss_of_function_is_contradictory()
    {
        var result = _validator.TestValidate(new ImpactAssessment { Scope = ImpactScope.AllUsers, IsTemporary = true });

        result.ShouldHaveValidationErrorFor(a => a.IsTemporary).WithErrorCode(PolicyErrorCodes.ContradictoryImpact);
        _validator.TestValidate(new ImpactAssessment { Scope = ImpactScope.AllUsers, IsTemporary = true, FunctionLoss = FunctionLoss.Minimal })
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Undefined_enum_values_are_out_of_range()
    {
        var result = _validator.TestValidate(new ImpactAssessment
        {
            Scope = (ImpactScope)42,
            FunctionLoss = (FunctionLoss)42,
            PerformanceDegradation = (PerformanceDegradation)42,
            DataImpact = (DataImpact)42,
            Workaround = (WorkaroundStatus)42,
            Category = (IssueCategory)42,
        });

        result.ShouldHaveValidationErrorFor(a => a.Scope).WithErrorCode(PolicyErrorCodes.OutOfRange);
        result.ShouldHaveValidationErrorFor(a => a.FunctionLoss).WithErrorCode(PolicyErrorCodes.OutOfRange);
        result.ShouldHaveValidationErrorFor(a => a.PerformanceDegradation).WithErrorCode(PolicyErrorCodes.OutOfRange);
        result.ShouldHaveValidationErrorFor(a => a.DataImpact).WithErrorCode(PolicyErrorCodes.OutOfRange);
        result.ShouldHaveValidationErrorFor(a => a.Workaround).WithErrorCode(PolicyErrorCodes.OutOfRange);
        result.ShouldHaveValidationErrorFor(a => a.Category).WithErrorCode(PolicyErrorCodes.OutOfRange);
    }

    [Fact]
    public void Classifier_refuses_an_invalid_assessment_listing_every_error()
    {
        var contradictory = new ImpactAssessment { Scope = ImpactScope.SingleUser, AffectedUsersPercent = 80, DataImpact = DataImpact.Widespread };

        var act = () => Triage.Classify(contradictory);

        var thrown = act.Should().Throw<InvalidImpactAssessmentException>().Which;
        thrown.Errors.Select(f => (f.Path, f.Code)).Should().BeEquivalentTo(new[]
        {
            ("AffectedUsersPercent", PolicyErrorCodes.AffectedShareContradictsScope),
            ("DataImpact", PolicyErrorCodes.ContradictoryImpact),
        });
        thrown.Message.Should().StartWith("The impact assessment is invalid (2 errors):" + Environment.NewLine + " - AffectedUsersPercent: A single user cannot be 80%");
        thrown.Should().BeAssignableTo<ArgumentException>();
    }

    [Fact]
    public void Classifier_accepts_an_assessment_with_only_warnings_and_reports_them_in_the_notes()
    {
        var result = Triage.Classify(Triage.Share(100) with { FunctionLoss = FunctionLoss.Partial });

        result.Severity.Rank.Should().Be(2);
        result.Notes.Should().Contain("A share of 100% of users is all users: the scope AllUsers says so directly.");
    }
}
