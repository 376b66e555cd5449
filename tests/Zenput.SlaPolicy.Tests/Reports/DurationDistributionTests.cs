using System;
using NodaTime;
using Zenput.Sla.Reports;

namespace Zenput.Sla.Tests.Reports;

public sealed class DurationDistributionTests
{
    private static DurationDistribution Of(params double[] seconds)
    {
        var histogram = new SecondsHistogram();
        foreach (var value in seconds)
        {
            histogram.Add(Duration.FromTicks((long)(value * NodaConstants.TicksPerSecond)));
        }

        return histogram.ToDistribution();
    }

    [Fact]
    public void Nearest_rank_is_the_smallest_value_with_at_least_p_percent_at_or_below_it()
    {
        // Ten values 1..10 s: p50 → rank 5, p90 → rank 9, p91 → rank ⌈9.1⌉ = 10, p1 → rank 1.
        var distribution = Of(7, 3, 10, 1, 5, 2, 9, 4, 8, 6);

        distribution.Percentile(50).Should().Be(Duration.FromSeconds(5));
        distribution.Percentile(90).Should().Be(Duration.FromSeconds(9));
        distribution.Percentile(91).Should().Be(Duration.FromSeconds(10));
        distribution.Percentile(1).Should().Be(Duration.FromSeconds(1));
        distribution.Percentile(100).Should().Be(Duration.FromSeconds(10));
    }

    [Fact]
    public void Values_are_counted_in_whole_seconds_rounded_down_so_a_percentile_is_the_exact_one_rounded_down()
    {
        // 1.9 s and 2.1 s: the exact p50 is 1.9 s, reported as 1 s; p100 is 2.1 s, reported as 2 s.
        var distribution = Of(2.1, 1.9);

        distribution.Percentile(50).Should().Be(Duration.FromSeconds(1));
        distribution.Percentile(100).Should().Be(Duration.FromSeconds(2));
        distribution.DistinctValues.Should().Be(2);
    }

    [Fact]
    public void Repeated_values_share_one_entry_so_memory_follows_distinct_seconds_not_values()
    {
        var histogram = new SecondsHistogram();
        // 99,000 values, 33,000 in each of the seconds 0, 1 and 2.
        for (var i = 0; i < 99_000; i++)
        {
            histogram.Add(Duration.FromMilliseconds(i % 3_000));
        }

        histogram.Count.Should().Be(99_000);
        histogram.DistinctValues.Should().Be(3);
        histogram.ToDistribution().Percentile(33).Should().Be(Duration.Zero, "rank 32,670 is among the 33,000 values below 1 s");
        histogram.ToDistribution().Percentile(34).Should().Be(Duration.FromSeconds(1), "rank 33,660 is past them");
    }

    [Fact]
    public void An_empty_distribution_has_no_percentile()
    {
        DurationDistribution.Empty.Percentile(50).Should().BeNull();
        DurationDistribution.Empty.Minimum.Should().BeNull();
        DurationDistribution.Empty.Count.Should().Be(0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_percent_outside_1_to_100_is_refused(int percent)
    {
        var act = () => Of(1).Percentile(percent);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Counts_within_a_range_are_half_open_on_whole_seconds()
    {
        var distribution = Of(0, 59, 60, 60, 61, 3600);

        distribution.CountWithin(Duration.Zero, Duration.FromSeconds(60)).Should().Be(2);
        distribution.CountWithin(Duration.FromSeconds(60), Duration.FromSeconds(61)).Should().Be(2);
        distribution.CountWithin(Duration.FromMilliseconds(59_500), Duration.FromSeconds(61)).Should().Be(2, "59 s is below 59.5 s");
        distribution.CountBelow(Duration.FromHours(2)).Should().Be(6);
        distribution.CountWithin(Duration.FromSeconds(10), Duration.FromSeconds(10)).Should().Be(0);
    }
}
