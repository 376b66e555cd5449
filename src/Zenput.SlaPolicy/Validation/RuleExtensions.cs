using FluentValidation;
using NodaTime;

namespace Zenput.Sla.Validation;

/// <summary>Validation rules the library's validators share (internal: FluentValidation's rule builders are not this package's API to keep).</summary>
internal static class RuleExtensions
{
    /// <summary>Requires a non-blank string (code <see cref="PolicyErrorCodes.Required"/>).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule builder.</param>
    /// <returns>The rule builder options.</returns>
    public static IRuleBuilderOptions<T, string> Required<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("'{PropertyName}' must not be empty.").WithErrorCode(PolicyErrorCodes.Required);

    /// <summary>Requires a strictly positive duration (code <paramref name="code"/>).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule builder.</param>
    /// <param name="code">The error code to report.</param>
    /// <returns>The rule builder options.</returns>
    public static IRuleBuilderOptions<T, Duration> Positive<T>(this IRuleBuilder<T, Duration> rule, string code = PolicyErrorCodes.NonPositiveDuration) =>
        rule.Must(d => d > Duration.Zero).WithMessage("'{PropertyName}' must be positive, but is {PropertyValue}.").WithErrorCode(code);

    /// <summary>Requires a goal target of positive length (code <see cref="PolicyErrorCodes.NonPositiveGoal"/>).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule builder.</param>
    /// <returns>The rule builder options.</returns>
    public static IRuleBuilderOptions<T, GoalTarget> PositiveGoal<T>(this IRuleBuilder<T, GoalTarget> rule) =>
        rule.Must(g => g switch
            {
                ElapsedGoalTarget e => e.Duration > Duration.Zero,
                CalendarDaysGoalTarget c => c.Days > 0,
                BusinessTimeGoalTarget b => b.WorkingTime > Duration.Zero,
                _ => false,
            })
            .WithMessage("'{PropertyName}' must be positive, but is {PropertyValue}.")
            .WithErrorCode(PolicyErrorCodes.NonPositiveGoal);

    /// <summary>
    /// Gets whether <paramref name="kind"/> is work done on a ticket (ticket creation to resolution),
    /// which can satisfy the response goal or a step, as opposed to the report itself or a lifecycle event
    /// (reopened, paused, resumed, severity changed).
    /// </summary>
    /// <param name="kind">The event kind.</param>
    /// <returns><see langword="true"/> for work events.</returns>
    internal static bool IsWork(TicketEventKind kind) => kind is > TicketEventKind.Reported and <= TicketEventKind.Resolved;
}
