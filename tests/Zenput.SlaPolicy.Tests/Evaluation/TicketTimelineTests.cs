using System.Linq;
using NodaTime;
using Zenput.Sla.Evaluation;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Evaluation;

public sealed class TicketTimelineTests
{
    [Fact]
    public void Events_given_in_any_order_are_sorted_by_instant_keeping_the_given_order_for_equal_instants()
    {
        var at11 = Utc(2026, 3, 2, 11);
        var timeline = Ticket("critical", Reported, E(TicketEventKind.StatusUpdate, Utc(2026, 3, 2, 12)), E(TicketEventKind.FixApplied, at11), E(TicketEventKind.UsersNotified, at11), E(TicketEventKind.TicketCreated, Utc(2026, 3, 2, 10, 5)));

        timeline.Events.Select(e => e.Kind).Should().Equal(TicketEventKind.TicketCreated, TicketEventKind.FixApplied, TicketEventKind.UsersNotified, TicketEventKind.StatusUpdate);
        Enumerable.Range(0, 4).Select(timeline.GivenIndex).Should().Equal(3, 1, 2, 0);
    }

    [Fact]
    public void More_than_32_events_out_of_order_are_sorted_stably_too()
    {
        var events = Enumerable.Range(0, 100).Select(i => E(i % 2 == 0 ? TicketEventKind.StatusUpdate : TicketEventKind.FirstResponse, Reported + Duration.FromMinutes(100 - (i / 2)))).ToList();

        var timeline = Ticket("critical", Reported, events);

        timeline.Events.Select(e => e.At).Should().BeInAscendingOrder();
        Enumerable.Range(0, 100).Select(timeline.GivenIndex).Take(4).Should().Equal(98, 99, 96, 97);
    }

    [Fact]
    public void With_adds_an_event_as_if_given_last_and_leaves_the_original_unchanged()
    {
        var timeline = new TicketTimeline(Reported, ZenputSla.Critical, E(TicketEventKind.StatusUpdate, Utc(2026, 3, 2, 12))) { Id = "T-1" };

        var more = timeline.With(E(TicketEventKind.EngineerAssigned, Utc(2026, 3, 2, 11)));

        timeline.Events.Should().ContainSingle();
        more.Id.Should().Be("T-1");
        more.Severity.Should().Be("Critical");
        more.Events.Select(e => e.Kind).Should().Equal(TicketEventKind.EngineerAssigned, TicketEventKind.StatusUpdate);
        more.GivenIndex(0).Should().Be(1);
    }
}
