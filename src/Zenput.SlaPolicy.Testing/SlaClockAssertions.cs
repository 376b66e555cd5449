using System;
using System.Collections.Generic;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using NodaTime;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Testing;

/// <summary>Assertions on an <see cref="SlaClock"/>: when it puts a ticket's response due, pauses included. Start with <c>clock.Should()</c>.</summary>
public sealed class SlaClockAssertions : ObjectAssertions<SlaClock, SlaClockAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The clock.</param>
    public SlaClockAssertions(SlaClock subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "clock";

    /// <summary>Asserts that a ticket's response is due exactly at <paramref name="expectedDue"/>, with the clock stopped during <paramref name="pauses"/>.</summary>
    /// <param name="severity">A name in any case, or a rank.</param>
    /// <param name="reportedAt">When the ticket was reported.</param>
    /// <param name="expectedDue">When its response should be due.</param>
    /// <param name="pauses">Intervals during which the clock is stopped; <see langword="null"/> for none.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The constraint, for chaining.</returns>
    public AndConstraint<SlaClockAssertions> HaveResponseDue(string severity, Instant reportedAt, Instant expectedDue, IEnumerable<Interval>? pauses = null, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(Subject);
        var hasPolicy = Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.Policy is not null)
            .FailWith(SlaText.Failure($"a clock with a policy to have the severity '{severity}'", "it is a clock of one business calendar, with no policy"));
        if (hasPolicy && new SlaPolicyAssertions(Subject.Policy!).HaveSeverity(severity, because, becauseArgs).Which is { } tier)
        {
            DueAssertion.Check(Subject, tier, reportedAt, expectedDue, [.. pauses ?? []], null, because, becauseArgs);
        }

        return new AndConstraint<SlaClockAssertions>(this);
    }
}
