using System;

namespace Zenput.Sla.Tests.Policies;

/// <summary>
/// The built-in policy is built without running the validators (they cost a third of a native start-up):
/// these tests are what proves it valid instead, each time the suite runs.
/// </summary>
public sealed class ZenputSlaValidityTests
{
    [Fact]
    public void The_built_in_policy_breaks_no_validation_rule_and_raises_no_warning()
    {
        ZenputSla.DefaultBuilder().Validate().Should().BeEmpty();
    }

    [Fact]
    public void The_built_in_policy_built_through_the_validators_equals_the_one_built_without_them()
    {
        ZenputSla.DefaultBuilder().Build().Should().Be(ZenputSla.Default);
    }

    [Fact]
    public void Building_without_validators_still_refuses_an_unknown_support_zone()
    {
        var builder = new SlaPolicyBuilder("Nowhere").WithSupportZone("Nowhere/Atlantis");

        var build = () => builder.BuildProvenValid();

        build.Should().Throw<InvalidOperationException>().WithMessage("*Nowhere/Atlantis*");
    }

    [Fact]
    public void Building_without_validators_is_single_use_like_Build()
    {
        var builder = ZenputSla.DefaultBuilder();
        builder.BuildProvenValid();

        var again = () => builder.BuildProvenValid();

        again.Should().Throw<InvalidOperationException>().WithMessage("*single-use*");
    }
}
