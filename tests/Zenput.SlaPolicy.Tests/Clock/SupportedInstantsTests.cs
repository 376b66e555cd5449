using System;
using NodaTime;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Tests.Clock;

/// <summary><see cref="SlaClock.SupportedInstants"/>, as its XML doc states: both its start and its end are supported instants, and nothing outside them.</summary>
public sealed class SupportedInstantsTests
{
    private static readonly SlaClock Clock = new(ZenputSla.Default);
    private static readonly GoalTarget NoTime = GoalTarget.Elapsed(Duration.Zero);

    [Fact]
    public void Both_ends_are_supported_instants()
    {
        var (start, end) = (SlaClock.SupportedInstants.Start, SlaClock.SupportedInstants.End);

        Clock.DueAt(start, NoTime).Should().Be(start);
        Clock.DueAt(end, NoTime).Should().Be(end);
    }

    [Fact]
    public void The_instants_just_outside_are_refused()
    {
        var before = () => Clock.DueAt(SlaClock.SupportedInstants.Start - Duration.Epsilon, NoTime);
        var after = () => Clock.DueAt(SlaClock.SupportedInstants.End + Duration.Epsilon, NoTime);

        before.Should().Throw<ArgumentOutOfRangeException>();
        after.Should().Throw<ArgumentOutOfRangeException>();
    }
}
