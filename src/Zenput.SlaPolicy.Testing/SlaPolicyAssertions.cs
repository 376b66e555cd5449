using System;
using System.Linq;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using NodaTime;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Testing;

/// <summary>
/// Assertions on an <see cref="SlaPolicy"/>: its severities, goals and steps, and when its clock puts
/// a ticket's response due. Start with <c>policy.Should()</c>.
/// </summary>
/// <remarks>
/// Failure messages name the policy, the severity, the goal and every instant (in UTC and on the
/// support zone's wall clock), so that a failing rule reads as the SLA would be discussed. Severities
/// are given as in the tool: a name in any case (<c>critical</c>) or a rank (<c>1</c>).
/// </remarks>
public sealed class SlaPolicyAssertions : ObjectAssertions<SlaPolicy, SlaPolicyAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The policy.</param>
    public SlaPolicyAssertions(SlaPolicy subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "policy";

    /// <summary>Asserts that the policy has a severity with this name or rank.</summary>
    /// <param name="severity">A name in any case, or a rank.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The tier, for further assertions with <c>.Which</c>.</returns>
    public AndWhichConstraint<SlaPolicyAssertions, SeverityTier> HaveSeverity(string severity, string because = "", params object[] becauseArgs)
    {
        var tier = Tier(severity, because, becauseArgs);
        return new AndWhichConstraint<SlaPolicyAssertions, SeverityTier>(this, tier!);
    }

    /// <summary>Asserts that a severity's response goal is elapsed time of exactly <paramref name="goal"/> (on the 24x7 clock).</summary>
    /// <param name="severity">A name in any case, or a rank.</param>
    /// <param name="goal">The expected goal, for example <c>Duration.FromHours(2)</c>.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<SlaPolicyAssertions> HaveResponseGoal(string severity, Duration goal, string because = "", params object[] becauseArgs) =>
        HaveResponseGoal(severity, GoalTarget.Elapsed(goal), because, becauseArgs);

    /// <summary>Asserts that a severity's response goal is <paramref name="goal"/> (elapsed, calendar days or business time).</summary>
    /// <param name="severity">A name in any case, or a rank.</param>
    /// <param name="goal">The expected goal, for example <c>GoalTarget.CalendarDays(3)</c>.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<SlaPolicyAssertions> HaveResponseGoal(string severity, GoalTarget goal, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (Tier(severity, because, becauseArgs) is { } tier)
        {
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(tier.ResponseGoal == goal)
                .FailWith(SlaText.Failure($"{Name} to have {tier.Severity.DisplayName} respond within {Goal(goal)}", $"its response goal is {Goal(tier.ResponseGoal)}"));
        }

        return new AndConstraint<SlaPolicyAssertions>(this);
    }

    /// <summary>Asserts that a severity owes periodic updates every <paramref name="cadence"/>.</summary>
    /// <param name="severity">A name in any case, or a rank.</param>
    /// <param name="cadence">The expected cadence.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<SlaPolicyAssertions> HaveUpdateCadence(string severity, Duration cadence, string because = "", params object[] becauseArgs)
    {
        if (Tier(severity, because, becauseArgs) is { } tier)
        {
            var actual = tier.UpdateCadence is { } c ? $"every {SlaText.Span(c)}" : "none (it has no periodic updates)";
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(tier.UpdateCadence == cadence)
                .FailWith(SlaText.Failure($"{Name} to have {tier.Severity.DisplayName} give updates every {SlaText.Span(cadence)}", $"its cadence is {actual}"));
        }

        return new AndConstraint<SlaPolicyAssertions>(this);
    }

    /// <summary>Asserts that a severity's resolution process has a step of the given kind.</summary>
    /// <param name="severity">A name in any case, or a rank.</param>
    /// <param name="kind">The step's kind.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The step, for further assertions with <c>.Which</c>.</returns>
    public AndWhichConstraint<SlaPolicyAssertions, ResolutionStep> HaveResolutionStep(string severity, ResolutionStepKind kind, string because = "", params object[] becauseArgs)
    {
        ResolutionStep? step = null;
        if (Tier(severity, because, becauseArgs) is { } tier)
        {
            step = tier.FindStep(kind);
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(step is not null)
                .FailWith(SlaText.Failure($"{Name} to have a {kind} step for {tier.Severity.DisplayName}", $"its steps are {string.Join(", ", tier.ResolutionProcess.Select(s => s.Kind))}"));
        }

        return new AndWhichConstraint<SlaPolicyAssertions, ResolutionStep>(this, step!);
    }

    /// <summary>Asserts that a ticket of <paramref name="severity"/> reported at <paramref name="reportedAt"/> has its response due exactly at <paramref name="expectedDue"/>.</summary>
    /// <param name="severity">A name in any case, or a rank.</param>
    /// <param name="reportedAt">When the ticket was reported.</param>
    /// <param name="expectedDue">When its response should be due.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    /// <remarks>The policy's own <see cref="SlaClock"/> computes the due instant, so maintenance rules and calendars apply.</remarks>
    public AndConstraint<SlaPolicyAssertions> HaveResponseDue(string severity, Instant reportedAt, Instant expectedDue, string because = "", params object[] becauseArgs)
    {
        if (Tier(severity, because, becauseArgs) is { } tier)
        {
            DueAssertion.Check(new SlaClock(Subject), tier, reportedAt, expectedDue, [], null, because, becauseArgs);
        }

        return new AndConstraint<SlaPolicyAssertions>(this);
    }

    /// <summary>
    /// Asserts that a ticket reported at a local date and time in the policy's support zone has its
    /// response due at a local date and time there, for example "reported Friday 18:00, due Monday 10:00".
    /// </summary>
    /// <param name="severity">A name in any case, or a rank.</param>
    /// <param name="reportedAt">The report's wall-clock time in the support zone (a time in a DST gap moves forward; an ambiguous one is the earlier).</param>
    /// <param name="expectedDue">The expected due wall-clock time in the support zone (same resolution).</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<SlaPolicyAssertions> HaveResponseDue(string severity, LocalDateTime reportedAt, LocalDateTime expectedDue, string because = "", params object[] becauseArgs)
    {
        var zone = Subject.SupportZone;
        return HaveResponseDue(severity, reportedAt.InZoneLeniently(zone).ToInstant(), expectedDue.InZoneLeniently(zone).ToInstant(), because, becauseArgs);
    }

    /// <summary>Asserts that the SLA clock stops during scheduled maintenance windows.</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<SlaPolicyAssertions> StopTheClockDuringMaintenance(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.ClockStopsDuringMaintenance && Subject.Maintenance is not null)
            .FailWith(SlaText.Failure($"{Name} to stop the SLA clock during maintenance", Subject.Maintenance is null ? "it has no maintenance schedule" : "the clock keeps running through maintenance"));
        return new AndConstraint<SlaPolicyAssertions>(this);
    }

    private string Name => $"the policy \"{Subject?.Name}\"";

    private static string Goal(GoalTarget goal) => goal switch
    {
        ElapsedGoalTarget e => $"{SlaText.Span(e.Duration)} (elapsed)",
        _ => goal.ToString(),
    };

    private SeverityTier? Tier(string severity, string because, object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(severity);
        var found = Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected a policy to have the severity {0}{reason}, but found <null>.", severity);
        if (!found)
        {
            return null;
        }

        var tier = Subject!.FindTier(severity);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(tier is not null)
            .FailWith(SlaText.Failure($"{Name} to have the severity '{severity}'", $"its severities are {string.Join(", ", Subject.Tiers.Select(t => t.Severity.DisplayName))}"));
        return tier;
    }
}
