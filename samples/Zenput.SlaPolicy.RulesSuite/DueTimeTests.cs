using NodaTime;
using Xunit;
using Zenput.Sla;
using Zenput.Sla.Testing;

namespace Acme.Support.SlaRules;

/// <summary>When tickets are due, in New York wall-clock time, as the support team would say it.</summary>
public sealed class DueTimeTests
{
    private static readonly SlaPolicy Policy = AcmeSla.Policy;

    [Fact]
    public void A_normal_ticket_reported_Friday_evening_is_due_Monday_at_closing_time()
    {
        // Nothing counts over the weekend; Monday 09:00 to 17:00 is the whole eight hours.
        Policy.Should().HaveResponseDue("normal", new LocalDateTime(2026, 11, 27, 19, 0), new LocalDateTime(2026, 11, 30, 17, 0));
    }

    [Fact]
    public void A_normal_ticket_reported_before_Thanksgiving_skips_the_holiday()
    {
        // One hour on Wednesday, none on Thursday 26 November, seven on Friday.
        Policy.Should().HaveResponseDue("normal", new LocalDateTime(2026, 11, 25, 16, 0), new LocalDateTime(2026, 11, 27, 16, 0));
    }

    [Fact]
    public void Christmas_Eve_afternoon_and_Christmas_Day_are_closed()
    {
        // Two hours on the morning of Thursday 24 December, then Monday 28th 09:00 plus six hours.
        Policy.Should().HaveResponseDue("normal", new LocalDateTime(2026, 12, 24, 10, 0), new LocalDateTime(2026, 12, 28, 15, 0));
    }

    [Fact]
    public void A_critical_ticket_counts_around_the_clock()
    {
        Policy.Should().HaveResponseDue("critical", new LocalDateTime(2026, 11, 28, 23, 0), new LocalDateTime(2026, 11, 29, 1, 0));
    }

    [Fact]
    public void Five_calendar_days_across_the_start_of_daylight_saving_time_end_at_the_same_wall_clock_time()
    {
        // 8 March 2026 is one hour short in New York, so these five days are 119 hours.
        Policy.Should().HaveResponseDue("low", new LocalDateTime(2026, 3, 6, 12, 0), new LocalDateTime(2026, 3, 11, 12, 0));
        Policy.Should().HaveResponseDue("low", Instant.FromUtc(2026, 3, 6, 17, 0), Instant.FromUtc(2026, 3, 6, 17, 0) + Duration.FromHours(119));
    }
}
