using System;
using System.Linq;
using NodaTime;
using Zenput.Sla.Testing;

namespace Zenput.Sla.Tests.Testing;

public sealed class SlaScenarioTests
{
    private static readonly LocalDateTime Tuesday2130 = new(2026, 11, 24, 21, 30);

    private static SlaScenario IssueStory() =>
        SlaScenario.For(ZenputSla.Default)
            .Ticket("T-1")
            .Reported("critical", Tuesday2130)
            .After(Duration.FromMinutes(90)).Then(TicketEventKind.EngineerAssigned)
            .PausedFor(Duration.FromMinutes(40), "waiting on customer");

    [Fact]
    public void The_story_from_the_issue_keeps_the_clock_paused_for_40_minutes()
    {
        var scenario = IssueStory().At(new LocalDateTime(2026, 11, 24, 23, 45));

        scenario.Now.Should().Be(Instant.FromUtc(2026, 11, 25, 7, 45));
        scenario.Clock.GetCurrentInstant().Should().Be(scenario.Now);
        scenario.Pauses.Should().Equal(new Interval(Instant.FromUtc(2026, 11, 25, 7, 0), Instant.FromUtc(2026, 11, 25, 7, 40)));
        scenario.Events.Select(e => (e.Kind, e.At)).Should().Equal(
            (TicketEventKind.EngineerAssigned, Instant.FromUtc(2026, 11, 25, 7, 0)),
            (TicketEventKind.Paused, Instant.FromUtc(2026, 11, 25, 7, 0)),
            (TicketEventKind.Resumed, Instant.FromUtc(2026, 11, 25, 7, 40)));
        scenario.Should().NotBeBreached().And.HaveResponseDue(new LocalDateTime(2026, 11, 25, 0, 10));
        scenario.ResponseStatus().Should().HaveRemaining(Duration.FromMinutes(25));
        scenario.Plan().ResponseDueAt.Should().Be(Instant.FromUtc(2026, 11, 25, 8, 10));
    }

    [Fact]
    public void Scenario_failures_name_the_ticket_by_id_severity_and_report()
    {
        var scenario = IssueStory().At(new LocalDateTime(2026, 11, 24, 23, 45));

        Failure.Of(() => scenario.Should().BeBreached())
            .Should().Be("Expected the Level 1 - Critical ticket T-1 reported 2026-11-25T05:30:00Z (Tue 2026-11-24 21:30 PST) to be breached at 2026-11-25T07:45:00Z (Tue 2026-11-24 23:45 PST), but 25 minutes of 2 hours remain (due 2026-11-25T08:10:00Z (Wed 2026-11-25 00:10 PST)).");
        Failure.Of(() => scenario.Should().HaveResponseDue(new LocalDateTime(2026, 11, 24, 23, 30)))
            .Should().Be("Expected the Level 1 - Critical ticket T-1 reported 2026-11-25T05:30:00Z (Tue 2026-11-24 21:30 PST) and paused from 2026-11-25T07:00:00Z (Tue 2026-11-24 23:00 PST) for 40 minutes to have its response (within 2 hours) due at 2026-11-25T07:30:00Z (Tue 2026-11-24 23:30 PST), but it is due at 2026-11-25T08:10:00Z (Wed 2026-11-25 00:10 PST), 40 minutes later.");
    }

    [Fact]
    public void After_the_due_instant_the_ticket_is_breached()
    {
        var scenario = IssueStory().At(new LocalDateTime(2026, 11, 25, 0, 11));

        scenario.Should().BeBreached();
        Failure.Of(() => scenario.Should().NotBeBreached())
            .Should().EndWith("but it was breached at 2026-11-25T08:10:00Z (Wed 2026-11-25 00:10 PST), 1 minute overdue.");
    }

    [Fact]
    public void An_open_pause_counts_up_to_now_and_leaves_the_response_never_due()
    {
        var scenario = SlaScenario.For(ZenputSla.Default).Reported("major", Instant.FromUtc(2026, 3, 1, 12, 0))
            .After(Duration.FromHours(1)).Paused().After(Duration.FromHours(10));

        scenario.IsPaused.Should().BeTrue();
        scenario.Pauses.Should().Equal(new Interval(Instant.FromUtc(2026, 3, 1, 13, 0), Instant.FromUtc(2026, 3, 1, 23, 0)));
        scenario.Should().NotBeBreached();
        scenario.ResponseStatus().Should().HaveRemaining(Duration.FromHours(3));
        Failure.Of(() => scenario.Should().HaveResponseDue(Instant.FromUtc(2026, 3, 2, 2, 0)))
            .Should().Contain("but the SLA clock cannot say when: ");
    }

    [Fact]
    public void The_story_evaluated_meets_the_response_by_the_engineers_assignment_and_misses_no_update_yet()
    {
        var evaluation = IssueStory().At(new LocalDateTime(2026, 11, 24, 23, 45)).Evaluate();

        evaluation.Timeline.Id.Should().Be("T-1");
        evaluation.EvaluatedAt.Should().Be(Instant.FromUtc(2026, 11, 25, 7, 45));
        evaluation.Should().HaveMet(ResolutionStepKind.EngineerAssignment)
            .And.HaveBreached(ResolutionStepKind.ProblemTicket, "no ticket was created within 15 minutes")
            .And.HaveMissedUpdates(0)
            .And.HaveResponseDueAt(Instant.FromUtc(2026, 11, 25, 8, 10), "the 40-minute pause moves the deadline, met or not");
        evaluation.Audit.Lines.Should().Contain(l => l.Contains("paused: waiting on customer"));
    }

    [Fact]
    public void A_severity_change_recomputes_from_the_report_under_the_new_level()
    {
        var scenario = SlaScenario.For(ZenputSla.Default)
            .Reported("major", Instant.FromUtc(2026, 3, 2, 12, 0))
            .After(Duration.FromMinutes(30)).SeverityChanged("critical")
            .After(Duration.FromHours(3));

        scenario.Tier.Severity.Should().Be(ZenputSla.Critical);
        scenario.Should().BeBreached("a critical response was due two hours after the report");
        scenario.Evaluate().Should().BeBreached().And.HaveResponseDueAt(Instant.FromUtc(2026, 3, 2, 14, 0));
        scenario.Evaluate().Response.OriginalDueAt.Should().Be(Instant.FromUtc(2026, 3, 2, 16, 0));
    }

    [Fact]
    public void A_scenario_refuses_stories_that_cannot_happen()
    {
        var scenario = SlaScenario.For(ZenputSla.Default);

        scenario.Invoking(s => s.Then(TicketEventKind.FirstResponse)).Should().Throw<InvalidOperationException>().WithMessage("*not been reported*");
        scenario.Reported("minor", Tuesday2130);
        scenario.Invoking(s => s.Reported("minor", Tuesday2130)).Should().Throw<InvalidOperationException>();
        scenario.Invoking(s => s.At(Tuesday2130.PlusMinutes(-1))).Should().Throw<ArgumentOutOfRangeException>();
        scenario.Invoking(s => s.After(Duration.FromMinutes(-1))).Should().Throw<ArgumentOutOfRangeException>();
        scenario.Invoking(s => s.Resumed()).Should().Throw<InvalidOperationException>();
        scenario.Invoking(s => s.Then(TicketEventKind.SeverityChanged)).Should().Throw<ArgumentException>().WithMessage("Use SeverityChanged(...)*");
        scenario.Paused().Invoking(s => s.Then(TicketEventKind.Paused)).Should().Throw<InvalidOperationException>();
        SlaScenario.For(ZenputSla.Default).Invoking(s => s.Reported("blocker", Tuesday2130)).Should().Throw<ArgumentException>();
    }
}
