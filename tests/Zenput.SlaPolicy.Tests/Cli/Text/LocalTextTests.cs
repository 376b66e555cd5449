using NodaTime;
using Zenput.Sla.Cli.Text;

namespace Zenput.Sla.Tests.Cli.Text;

/// <summary>How the tool writes local times: RFC 3339, with the offset's seconds only when it has them.</summary>
public sealed class LocalTextTests
{
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    [Fact]
    public void A_local_time_is_written_with_an_hours_and_minutes_offset()
    {
        LocalText.Format(Instant.FromUtc(2026, 11, 25, 7, 30), Pacific).Should().Be("2026-11-24T23:30:00-08:00");
    }

    [Fact]
    public void Local_mean_time_before_1883_keeps_the_seconds_of_its_offset_so_local_and_UTC_name_the_same_instant()
    {
        // Los Angeles kept local mean time, UTC-7:52:58, until 18 November 1883.
        LocalText.Format(Instant.FromUtc(1880, 1, 1, 12, 0), Pacific).Should().Be("1880-01-01T04:07:02-07:52:58");
    }

    [Fact]
    public void An_instant_in_UTC_is_written_with_Z()
    {
        LocalText.Utc(Instant.FromUtc(2026, 11, 25, 7, 30, 15)).Should().Be("2026-11-25T07:30:15Z");
    }
}
