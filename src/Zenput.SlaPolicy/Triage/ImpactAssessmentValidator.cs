using FluentValidation;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Triage;

/// <summary>
/// Validates an impact assessment: values in range, a percentage for a share of users, and no
/// facts that contradict each other.
/// </summary>
/// <remarks>
/// <para>Contradictions it reports (each with a stable code from <see cref="PolicyErrorCodes"/>):</para>
/// <list type="bullet">
/// <item><description>All users with a share other than 100% (<see cref="PolicyErrorCodes.AffectedShareContradictsScope"/>).</description></item>
/// <item><description>A single user with a share above 50%: one user is more than half of an account only when the account has
/// no other user, and then the issue affects all users (<see cref="PolicyErrorCodes.AffectedShareContradictsScope"/>).</description></item>
/// <item><description>A share of users, or a single user, of 0% (<see cref="PolicyErrorCodes.AffectedShareContradictsScope"/>).</description></item>
/// <item><description>Widespread data impact isolated to a single user (<see cref="PolicyErrorCodes.ContradictoryImpact"/>).</description></item>
/// <item><description>A temporary loss of function with no loss of function (<see cref="PolicyErrorCodes.ContradictoryImpact"/>).</description></item>
/// </list>
/// <para>A share of users of exactly 100% is only a warning (<see cref="PolicyErrorCodes.AffectedShareIsAllUsers"/>):
/// it is all users, said another way.</para>
/// <para>Validators are thread-safe once constructed; one instance can serve every call.</para>
/// </remarks>
public sealed class ImpactAssessmentValidator : AbstractValidator<ImpactAssessment>
{
    /// <summary>Creates the validator.</summary>
    public ImpactAssessmentValidator()
    {
        RuleFor(a => a.Scope).IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange);
        RuleFor(a => a.FunctionLoss).IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange);
        RuleFor(a => a.PerformanceDegradation).IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange);
        RuleFor(a => a.DataImpact).IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange);
        RuleFor(a => a.Workaround).IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange);
        RuleFor(a => a.Category).IsInEnum().WithErrorCode(PolicyErrorCodes.OutOfRange);

        RuleFor(a => a.AffectedUsersPercent)
            .Must(p => p is >= 0m and <= 100m)
            .When(a => a.AffectedUsersPercent is not null)
            .WithMessage(a => $"The percentage of affected users must be from 0 to 100, but is {TriageText.Percent(a.AffectedUsersPercent!.Value)}.")
            .WithErrorCode(PolicyErrorCodes.OutOfRange);

        RuleFor(a => a.AffectedUsersPercent)
            .NotNull()
            .When(a => a.Scope == ImpactScope.ShareOfUsers)
            .WithMessage("A share of users needs the percentage of the account's users affected.")
            .WithErrorCode(PolicyErrorCodes.Required);

        When(a => a.AffectedUsersPercent is >= 0m and <= 100m, () =>
        {
            RuleFor(a => a.AffectedUsersPercent)
                .Equal(100m)
                .When(a => a.Scope == ImpactScope.AllUsers)
                .WithMessage(a => $"An issue that affects all users affects 100% of them, but {TriageText.Percent(a.AffectedUsersPercent!.Value)} is given. Use the scope ShareOfUsers for a share, or leave the percentage out.")
                .WithErrorCode(PolicyErrorCodes.AffectedShareContradictsScope);

            RuleFor(a => a.AffectedUsersPercent)
                .Must(p => p is > 0m and <= 50m)
                .When(a => a.Scope == ImpactScope.SingleUser)
                .WithMessage(a => a.AffectedUsersPercent == 0m
                    ? "A single user is more than 0% of the account's users. Leave the percentage out, or give the user's share."
                    : $"A single user cannot be {TriageText.Percent(a.AffectedUsersPercent!.Value)} of the account's users: one user is more than half only in an account with no other user, where the issue affects all users. Use the scope AllUsers, or ShareOfUsers with the percentage.")
                .WithErrorCode(PolicyErrorCodes.AffectedShareContradictsScope);

            RuleFor(a => a.AffectedUsersPercent)
                .NotEqual(0m)
                .When(a => a.Scope == ImpactScope.ShareOfUsers)
                .WithMessage("A share of 0% affects no user. Use the scope SingleUser for an issue that affects one user.")
                .WithErrorCode(PolicyErrorCodes.AffectedShareContradictsScope);

            RuleFor(a => a.AffectedUsersPercent)
                .NotEqual(100m)
                .When(a => a.Scope == ImpactScope.ShareOfUsers)
                .WithMessage("A share of 100% of users is all users: the scope AllUsers says so directly.")
                .WithErrorCode(PolicyErrorCodes.AffectedShareIsAllUsers)
                .WithSeverity(Severity.Warning);
        });

        RuleFor(a => a.DataImpact)
            .NotEqual(DataImpact.Widespread)
            .When(a => a.Scope == ImpactScope.SingleUser)
            .WithMessage("A widespread data impact reaches more than a single user. Use the scope of everyone it reaches, or an isolated data impact.")
            .WithErrorCode(PolicyErrorCodes.ContradictoryImpact);

        RuleFor(a => a.IsTemporary)
            .Equal(false)
            .When(a => a.FunctionLoss == FunctionLoss.None)
            .WithMessage("A temporary loss of function needs a loss of function: set the function loss, or clear the temporary flag.")
            .WithErrorCode(PolicyErrorCodes.ContradictoryImpact);
    }
}
