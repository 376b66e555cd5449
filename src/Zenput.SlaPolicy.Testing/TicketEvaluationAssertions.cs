using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using NodaTime;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Testing;

/// <summary>
/// Assertions on a <see cref="TicketEvaluation"/>: the verdict, each resolution step, missed updates,
/// warnings. Start with <c>evaluation.Should()</c>.
/// </summary>
/// <remarks>
/// A failure names the ticket (id, severity, report) and the instant evaluated at, states where the
/// response goal, every step and the periodic updates stand (with their due and met instants), and
/// ends with the evaluation's audit trail, whose lines give each instant in UTC and in the support
/// zone, so that the failure can be checked without a debugger.
/// </remarks>
public sealed class TicketEvaluationAssertions : ObjectAssertions<TicketEvaluation, TicketEvaluationAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The evaluation.</param>
    public TicketEvaluationAssertions(TicketEvaluation subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "evaluation";

    /// <summary>Asserts that the ticket is within the SLA: everything with a deadline met on time.</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<TicketEvaluationAssertions> BeMet(string because = "", params object[] becauseArgs) => Verdict(EvaluationStatus.Met, because, becauseArgs);

    /// <summary>Asserts that the ticket breached the SLA: a goal, a step or an update was late or is missed.</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<TicketEvaluationAssertions> BeBreached(string because = "", params object[] becauseArgs) => Verdict(EvaluationStatus.Breached, because, becauseArgs);

    /// <summary>Asserts that nothing is breached yet but something is still owed.</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<TicketEvaluationAssertions> BePending(string because = "", params object[] becauseArgs) => Verdict(EvaluationStatus.Pending, because, becauseArgs);

    /// <summary>Asserts that a resolution step was breached: met after its deadline, or not met and now past it.</summary>
    /// <param name="kind">The step.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The step's evaluation, for further assertions with <c>.Which</c>.</returns>
    public AndWhichConstraint<TicketEvaluationAssertions, StepEvaluation> HaveBreached(ResolutionStepKind kind, string because = "", params object[] becauseArgs) =>
        Step(kind, EvaluationStatus.Breached, because, becauseArgs);

    /// <summary>Asserts that a resolution step was met on time.</summary>
    /// <param name="kind">The step.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The step's evaluation, for further assertions with <c>.Which</c>.</returns>
    public AndWhichConstraint<TicketEvaluationAssertions, StepEvaluation> HaveMet(ResolutionStepKind kind, string because = "", params object[] becauseArgs) =>
        Step(kind, EvaluationStatus.Met, because, becauseArgs);

    /// <summary>Asserts how many periodic-update deadlines passed with no update.</summary>
    /// <param name="count">The expected number of missed updates.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<TicketEvaluationAssertions> HaveMissedUpdates(long count, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(Subject);
        var updates = Subject.PeriodicUpdates;
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(updates is not null ? updates.Missed == count : count == 0)
            .FailWith(SlaText.Failure(
                $"{Ticket} to have missed {Count(count, "periodic update")} as of {AsOf}",
                (updates is null ? "its level owes no periodic updates" : $"it missed {Count(updates.Missed, "update")}{Deadlines(updates.MissedDeadlines)}") + Explanation));
        return new AndConstraint<TicketEvaluationAssertions>(this);
    }

    /// <summary>Asserts when the response is due (under the ticket's current severity, counted from the report).</summary>
    /// <param name="expected">The expected due instant.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<TicketEvaluationAssertions> HaveResponseDueAt(Instant expected, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(Subject);
        var due = Subject.Response.DueAt;
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(due == expected)
            .FailWith(SlaText.Failure($"{Ticket} to have its response (within {Subject.Tier.ResponseGoal}) due at {SlaText.Utc(expected)}", $"it is due at {SlaText.Utc(due)}, {SlaText.Offset(due, expected)}{Explanation}"));
        return new AndConstraint<TicketEvaluationAssertions>(this);
    }

    /// <summary>Asserts that the response goal's used share reached a warning threshold of the policy.</summary>
    /// <param name="percent">The threshold, for example 75.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The crossing (with its instant), for further assertions with <c>.Which</c>.</returns>
    public AndWhichConstraint<TicketEvaluationAssertions, WarningCrossing> HaveCrossedWarning(double percent, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(Subject);
        var crossings = Subject.Response.Warnings;
        var match = crossings.FirstOrDefault(w => w.Percent == percent);
        var crossed = crossings.Count == 0 ? "none" : string.Join(", ", crossings.Select(w => $"{Percent(w.Percent)} at {SlaText.Utc(w.CrossedAt)}"));
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(crossings.Any(w => w.Percent == percent))
            .FailWith(SlaText.Failure(
                $"{Ticket} to have crossed the {Percent(percent)} warning as of {AsOf}",
                $"{Used(Subject.Response.Elapsed, Subject.Response.GoalLength)} of the response goal is used; warnings crossed: {crossed}{Explanation}"));
        return new AndWhichConstraint<TicketEvaluationAssertions, WarningCrossing>(this, match);
    }

    private string Ticket => $"the {Subject.Tier.Severity.DisplayName} ticket{(Subject.Timeline.Id is { } id ? $" {id}" : string.Empty)} reported {SlaText.Utc(Subject.Timeline.ReportedAt)}";

    private string AsOf => SlaText.Utc(Subject.EvaluatedAt);

    /// <summary>Where everything stands, then the audit trail.</summary>
    private string Explanation
    {
        get
        {
            var parts = new List<string> { $"response {Describe(Subject.Response.Status, Subject.Response.DueAt, Subject.Response.MetAt)}" };
            parts.AddRange(Subject.Steps.Select(s => $"{s.Kind} {(s.IsBestEffort ? "best effort" : Describe(s.Status, s.DueAt, s.MetAt))}"));
            if (Subject.PeriodicUpdates is { } updates)
            {
                parts.Add($"periodic updates {Word(updates.Status)} ({updates.Missed.ToString(CultureInfo.InvariantCulture)} missed{(updates.NextDueAt is { } next ? $", next due {SlaText.Utc(next)}" : string.Empty)})");
            }

            return $"; {string.Join(", ", parts)}.{Environment.NewLine}Audit trail:{string.Concat(Subject.Audit.Lines.Select(l => Environment.NewLine + "  " + l))}";
        }
    }

    private AndConstraint<TicketEvaluationAssertions> Verdict(EvaluationStatus expected, string because, object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(Subject);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.Status == expected)
            .FailWith(SlaText.Failure($"{Ticket} to be {Word(expected)} as of {AsOf}", $"it is {Word(Subject.Status)}{Explanation}"));
        return new AndConstraint<TicketEvaluationAssertions>(this);
    }

    private AndWhichConstraint<TicketEvaluationAssertions, StepEvaluation> Step(ResolutionStepKind kind, EvaluationStatus expected, string because, object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(Subject);
        var step = Subject.FindStep(kind);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(step is { } s && s.Status == expected && !s.IsBestEffort)
            .FailWith(SlaText.Failure(
                $"{Ticket} to have {Word(expected)} its {kind} step as of {AsOf}",
                step is { } found
                    ? $"it is {(found.IsBestEffort ? "best effort, never breached" : Describe(found.Status, found.DueAt, found.MetAt))}{Explanation}"
                    : $"{Subject.Tier.Severity.DisplayName} has no {kind} step{Explanation}"));
        return new AndWhichConstraint<TicketEvaluationAssertions, StepEvaluation>(this, step.GetValueOrDefault());
    }

    private static string Describe(EvaluationStatus status, Instant? due, Instant? met) =>
        $"{Word(status)} ({(due is { } d ? $"due {SlaText.Utc(d)}" : "no deadline yet")}{(met is { } m ? $", met at {SlaText.Utc(m)}" : ", not met")})";

    private static string Word(EvaluationStatus status) => status switch
    {
        EvaluationStatus.Met => "met",
        EvaluationStatus.Breached => "breached",
        _ => "pending",
    };

    private static string Deadlines(IReadOnlyList<Instant> deadlines) =>
        deadlines.Count == 0 ? string.Empty : $" (deadlines {string.Join(", ", deadlines.Select(SlaText.Utc))})";

    private static string Count(long count, string noun) => count == 1 ? $"1 {noun}" : $"{count.ToString(CultureInfo.InvariantCulture)} {noun}s";

    // A threshold as the policy states it (99.99 stays 99.99), and a share used rounded down to 0.1 % as the audit trail
    // writes it (99.96 % is "99.9 %", never "100 %" beside a 99.99 % threshold not crossed).
    private static string Percent(double percent) => percent.ToString(CultureInfo.InvariantCulture) + " %";

    // Rounded down to 0.1 %, in whole nanoseconds, as the audit trail writes it (SharePercent).
    private static string Used(Duration used, Duration goal) => SharePercent.Format(used, goal) + " %";
}
