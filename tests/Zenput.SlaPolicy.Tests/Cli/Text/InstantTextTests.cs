using NodaTime;
using Zenput.Sla.Cli.Text;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Tests.Cli.Text;

/// <summary>The one reading of an instant the tool accepts, and the sentence it gives when it refuses one.</summary>
public sealed class InstantTextTests
{
    [Fact]
    public void An_instant_with_an_offset_reads_as_that_instant()
    {
        InstantText.TryParse("2026-11-24T21:30:00-08:00", out var instant, out _).Should().BeTrue();

        instant.Should().Be(Instant.FromUtc(2026, 11, 25, 5, 30));
    }

    [Theory]
    [InlineData("2026-11-24T21:30:00")]
    [InlineData("2026-11-24")]
    [InlineData("24/11/2026 21:30 -08:00")]
    public void Text_that_is_not_an_instant_with_an_offset_is_refused_saying_what_is_expected(string text)
    {
        InstantText.TryParse(text, out _, out var problem).Should().BeFalse();

        problem.Should().Be($"is not {InstantText.Expected}");
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59-12:00")]
    [InlineData("-9998-01-01T00:00:00+14:00")]
    public void Instants_past_the_supported_range_are_refused_naming_the_range_not_thrown(string text)
    {
        InstantText.TryParse(text, out _, out var problem).Should().BeFalse();

        problem.Should().Be($"is outside the instants the SLA clock supports ({InstantText.Range})");
    }

    [Fact]
    public void The_first_and_last_supported_instants_are_accepted()
    {
        var first = SlaClock.SupportedInstants.Start;
        var last = SlaClock.SupportedInstants.End;

        InstantText.TryToInstant(first.InUtc().LocalDateTime, Offset.Zero, out var a, out _).Should().BeTrue();
        InstantText.TryToInstant(last.InUtc().LocalDateTime, Offset.Zero, out var b, out _).Should().BeTrue();

        (a, b).Should().Be((first, last));
    }

    [Fact]
    public void A_local_time_a_moment_past_the_last_supported_instant_is_refused()
    {
        var past = SlaClock.SupportedInstants.End.InUtc().LocalDateTime.PlusSeconds(1);

        InstantText.TryToInstant(past, Offset.Zero, out _, out _).Should().BeFalse();
    }
}
