using NodaTime;
using Xunit;
using Zenput.Sla;
using Zenput.Sla.Testing;

namespace Acme.Support.SlaRules;

/// <summary>Tickets' stories, told on a fake clock.</summary>
public sealed class ScenarioTests
{
    [Fact]
    public void Waiting_on_the_customer_stops_a_high_tickets_clock()
    {
        var scenario = SlaScenario.For(AcmeSla.Policy)
            .Ticket("ACME-4711")
            .Reported("high", new LocalDateTime(2026, 11, 30, 10, 0))
            .After(Duration.FromMinutes(30)).Then(TicketEventKind.EngineerAssigned)
            .PausedFor(Duration.FromHours(1))
            .At(new LocalDateTime(2026, 11, 30, 14, 30));

        scenario.Should().NotBeBreached().And.HaveResponseDue(new LocalDateTime(2026, 11, 30, 15, 0));
    }

    [Fact]
    public void A_normal_ticket_left_over_the_weekend_is_not_breached_on_Monday_morning()
    {
        var scenario = SlaScenario.For(AcmeSla.Policy)
            .Reported("normal", new LocalDateTime(2026, 11, 27, 13, 0))
            .At(new LocalDateTime(2026, 11, 30, 10, 0));

        // Four hours on Friday afternoon and one on Monday morning: three of eight remain.
        scenario.Should().NotBeBreached();
        scenario.ResponseStatus().Should().HaveRemaining(Duration.FromHours(3));
    }
}
