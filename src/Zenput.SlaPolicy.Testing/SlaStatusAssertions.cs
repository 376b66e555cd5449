using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using NodaTime;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Testing;

/// <summary>Assertions on an <see cref="SlaStatus"/>: breached or not, time remaining, due instant. Start with <c>status.Should()</c>.</summary>
/// <remarks>Failure messages state the goal, its start, the instant looked from and the due instant (in UTC: a status does not know the support zone).</remarks>
public sealed class SlaStatusAssertions : ObjectAssertions<SlaStatus, SlaStatusAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The status.</param>
    public SlaStatusAssertions(SlaStatus subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "status";

    /// <summary>Asserts that the goal is breached (the instant looked from is after the due instant).</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<SlaStatusAssertions> BeBreached(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.IsBreached)
            .FailWith(SlaText.Failure($"{Goal} to be breached at {SlaText.Utc(Subject.At)}", $"{SlaText.Span(Subject.Remaining)} remain{Due}"));
        return new AndConstraint<SlaStatusAssertions>(this);
    }

    /// <summary>Asserts that the goal is not breached (met means at or before the due instant).</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<SlaStatusAssertions> NotBeBreached(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(!Subject.IsBreached)
            .FailWith(SlaText.Failure($"{Goal} not to be breached at {SlaText.Utc(Subject.At)}", $"it was breached at {SlaText.Utc(Subject.BreachedAt.GetValueOrDefault())}, {SlaText.Span(-Subject.Remaining)} overdue"));
        return new AndConstraint<SlaStatusAssertions>(this);
    }

    /// <summary>Asserts the SLA time remaining (negative when overdue).</summary>
    /// <param name="expected">The expected remaining time.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<SlaStatusAssertions> HaveRemaining(Duration expected, string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.Remaining == expected)
            .FailWith(SlaText.Failure($"{Goal} to have {SlaText.Span(expected)} remaining at {SlaText.Utc(Subject.At)}", $"{SlaText.Span(Subject.Remaining)} remain ({SlaText.Span(Subject.Elapsed)} elapsed){Due}"));
        return new AndConstraint<SlaStatusAssertions>(this);
    }

    /// <summary>Asserts the due instant.</summary>
    /// <param name="expected">The expected due instant.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<SlaStatusAssertions> BeDueAt(Instant expected, string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.DueAt == expected)
            .FailWith(SlaText.Failure(
                $"{Goal} to be due at {SlaText.Utc(expected)}",
                Subject.DueAt is { } due ? $"it is due at {SlaText.Utc(due)}, {SlaText.Offset(due, expected)}" : "it is never due (the clock is stopped for good)"));
        return new AndConstraint<SlaStatusAssertions>(this);
    }

    private string Goal => $"the goal of {SlaText.Span(Subject.Goal)} started {SlaText.Utc(Subject.Start)}";

    private string Due => Subject.DueAt is { } due ? $" (due {SlaText.Utc(due)})" : " (the clock is stopped for good)";
}
