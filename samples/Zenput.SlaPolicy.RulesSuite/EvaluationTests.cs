using FluentAssertions;
using NodaTime;
using Xunit;
using Zenput.Sla;
using Zenput.Sla.Testing;

namespace Acme.Support.SlaRules;

/// <summary>Whole tickets judged against our SLA: handled as the runbook says, they are met; late, the right item is breached.</summary>
public sealed class EvaluationTests
{
    private static SlaScenario HighTicket() =>
        SlaScenario.For(AcmeSla.Policy)
            .Ticket("ACME-5001")
            .Reported("high", new LocalDateTime(2026, 11, 30, 10, 0));

    [Fact]
    public void A_high_ticket_handled_by_the_runbook_is_met()
    {
        var evaluation = HighTicket()
            .After(Duration.FromMinutes(10)).Then(TicketEventKind.TicketCreated)
            .After(Duration.FromMinutes(30)).Then(TicketEventKind.EngineerAssigned)
            .After(Duration.FromMinutes(10)).Then(TicketEventKind.FirstResponse)
            .After(Duration.FromMinutes(10)).Then(TicketEventKind.FixStarted)
            .After(Duration.FromHours(2)).Then(TicketEventKind.StatusUpdate)
            .After(Duration.FromHours(2)).Then(TicketEventKind.FixApplied)
            .After(Duration.FromMinutes(10)).Then(TicketEventKind.Resolved)
            .At(new LocalDateTime(2026, 11, 30, 18, 0))
            .Evaluate();

        evaluation.Should().BeMet().And.HaveMissedUpdates(0);
        evaluation.Response.MetBy.Should().Be(TicketEventKind.FirstResponse, "only a first response counts for our response goal");
    }

    [Fact]
    public void An_engineer_assignment_alone_does_not_meet_our_response_goal()
    {
        var evaluation = HighTicket()
            .After(Duration.FromMinutes(5)).Then(TicketEventKind.TicketCreated)
            .After(Duration.FromMinutes(20)).Then(TicketEventKind.EngineerAssigned)
            .At(new LocalDateTime(2026, 11, 30, 14, 30))
            .Evaluate();

        evaluation.Should().BeBreached().And.HaveMet(ResolutionStepKind.EngineerAssignment);
        evaluation.Response.BreachedAt.Should().Be(Instant.FromUtc(2026, 11, 30, 19, 0), "four hours after 10:00 New York time");
    }

    [Fact]
    public void A_fix_that_takes_all_day_without_updates_misses_two_of_them()
    {
        var evaluation = HighTicket()
            .After(Duration.FromMinutes(5)).Then(TicketEventKind.TicketCreated)
            .After(Duration.FromMinutes(25)).Then(TicketEventKind.FirstResponse)
            .Then(TicketEventKind.EngineerAssigned)
            .Then(TicketEventKind.FixStarted)
            .At(new LocalDateTime(2026, 11, 30, 19, 0))
            .Evaluate();

        // Updates were owed at 14:00 and 18:00; the next is due at 22:00.
        evaluation.Should().BeBreached().And.HaveMissedUpdates(2).And.HaveBreached(ResolutionStepKind.PeriodicUpdates);
        evaluation.PeriodicUpdates!.NextDueAt.Should().Be(Instant.FromUtc(2026, 12, 1, 3, 0));
    }
}
