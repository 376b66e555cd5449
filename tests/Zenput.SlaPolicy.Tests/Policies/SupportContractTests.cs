using NodaTime;

namespace Zenput.Sla.Tests.Policies;

public sealed class SupportContractTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 8, 0);
    private static readonly Instant End = Instant.FromUtc(2027, 1, 1, 8, 0);

    [Fact]
    public void Coverage_is_half_open_start_included_end_excluded()
    {
        var contract = new SupportContract("acme", "Acme Corp", ZenputSla.Default, new Interval(Start, End));

        contract.Covers(Start).Should().BeTrue();
        contract.Covers(End - Duration.Epsilon).Should().BeTrue();
        contract.Covers(End).Should().BeFalse();
        contract.Covers(Start - Duration.Epsilon).Should().BeFalse();
    }

    [Fact]
    public void Contract_without_end_covers_every_later_instant()
    {
        var contract = new SupportContract("acme", "Acme Corp", ZenputSla.Default, new Interval(Start, null));

        contract.Covers(Instant.FromUtc(2100, 1, 1, 0, 0)).Should().BeTrue();
    }

    [Fact]
    public void Tier_is_given_only_for_covered_tickets()
    {
        var contract = new SupportContract("acme", "Acme Corp", ZenputSla.Default, new Interval(Start, End));

        contract.TierFor("critical", Start)!.Severity.Rank.Should().Be(1);
        contract.TierFor("critical", End).Should().BeNull();
    }

    [Fact]
    public void Contract_needs_a_coverage_start()
    {
        var act = () => new SupportContract("acme", "Acme Corp", ZenputSla.Default, new Interval(null, End));

        act.Should().Throw<System.ArgumentException>().WithParameterName("coverage");
    }
}
