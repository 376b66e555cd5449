using System.Linq;
using NodaTime;
using NodaTime.Testing;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>
/// Written as a customer's own test suite would: a scenario from the article, the public API only.
/// A Critical ticket is reported on Tuesday 24 November 2026 at 21:30 Pacific, half an hour into the
/// weekly maintenance window (Tuesdays 21:00 PT, 2 hours).
/// </summary>
public sealed class ConsumerScenarioTests
{
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private static Instant Pacific_(int day, int hour, int minute) => Pacific.AtStrictly(new LocalDateTime(2026, 11, day, hour, minute)).ToInstant();

    private static TicketTimeline TuesdayNightOutage() =>
        new(Pacific_(24, 21, 30), "critical",
            new TicketEvent(TicketEventKind.TicketCreated, Pacific_(24, 21, 40)),
            new TicketEvent(TicketEventKind.EngineerAssigned, Pacific_(24, 22, 15)),
            TicketEvent.Paused(Pacific_(24, 22, 30), "waiting on customer"),
            TicketEvent.Resumed(Pacific_(24, 23, 0)),
            new TicketEvent(TicketEventKind.StatusUpdate, Pacific_(24, 23, 45)),
            new TicketEvent(TicketEventKind.FixStarted, Pacific_(24, 23, 50)),
            new TicketEvent(TicketEventKind.FixApplied, Pacific_(25, 1, 10)),
            new TicketEvent(TicketEventKind.UsersNotified, Pacific_(25, 1, 20)),
            new TicketEvent(TicketEventKind.Resolved, Pacific_(25, 1, 30)));

    [Fact]
    public void A_critical_ticket_reported_during_Tuesday_maintenance_meets_every_goal_when_handled_as_the_article_asks()
    {
        var clock = new FakeClock(Pacific_(25, 9, 0));
        var evaluator = new TicketEvaluator(ZenputSla.Default);

        var result = evaluator.Evaluate(TuesdayNightOutage(), clock);

        result.Status.Should().Be(EvaluationStatus.Met);
        result.Tier.Severity.DisplayName.Should().Be("Level 1 - Critical");

        // The clock keeps running through maintenance; the 30-minute pause moves the due instant to midnight.
        result.Response.DueAt.Should().Be(Pacific_(25, 0, 0));
        result.Response.MetAt.Should().Be(Pacific_(24, 22, 15));
        result.Response.MetBy.Should().Be(TicketEventKind.EngineerAssigned);
        result.Response.Warnings.Should().BeEmpty("45 minutes of a 2-hour goal is under the first threshold (50 %)");

        result.Steps.Select(s => (s.Kind, s.Status)).Should().Equal(
            (ResolutionStepKind.ProblemTicket, EvaluationStatus.Met),
            (ResolutionStepKind.EngineerAssignment, EvaluationStatus.Met),
            (ResolutionStepKind.PeriodicUpdates, EvaluationStatus.Met),
            (ResolutionStepKind.FixInitiation, EvaluationStatus.Met),
            (ResolutionStepKind.UserNotification, EvaluationStatus.Met));
        result.PeriodicUpdates!.Missed.Should().Be(0);
        result.NextDue.Should().BeNull();
        result.IsResolved.Should().BeTrue();
    }

    [Fact]
    public void The_audit_trail_says_the_ticket_came_in_during_maintenance_and_explains_the_pause()
    {
        var result = new TicketEvaluator(ZenputSla.Default).Evaluate(TuesdayNightOutage(), Pacific_(25, 9, 0));

        var lines = result.Audit.Lines.ToList();
        lines[0].Should().Be("2026-11-25T05:30:00Z (2026-11-24 21:30 PST) clock started: Level 1 - Critical, respond within 2 hours; response due 2026-11-25T07:30:00Z (2026-11-24 23:30 PST)");
        lines[1].Should().Be("2026-11-25T05:30:00Z (2026-11-24 21:30 PST) scheduled maintenance 2026-11-25T05:00:00Z (2026-11-24 21:00 PST) to 2026-11-25T07:00:00Z (2026-11-24 23:00 PST) (Weekly scheduled maintenance): the SLA clock keeps running");
        lines.Should().Contain("2026-11-25T06:30:00Z (2026-11-24 22:30 PST) paused: waiting on customer");
        lines.Should().Contain("2026-11-25T07:00:00Z (2026-11-24 23:00 PST) resumed: 30 min paused; next update due 2026-11-25T08:00:00Z (2026-11-25 00:00 PST)");
        lines[^1].Should().StartWith("2026-11-25T17:00:00Z (2026-11-25 09:00 PST) as of now: met");
    }

    [Fact]
    public void When_the_policy_stops_the_clock_during_maintenance_the_goal_starts_when_the_window_ends_and_a_pause_inside_it_costs_nothing_more()
    {
        var policy = SlaPolicyBuilder.From(ZenputSla.Default).WithMaintenance(ZenputSla.MaintenanceSchedule, clockStopsDuringMaintenance: true).Build();

        var result = new TicketEvaluator(policy).Evaluate(TuesdayNightOutage(), Pacific_(25, 9, 0));

        // The clock starts at 23:00 when maintenance ends; the pause (22:30-23:00) lies inside the window.
        result.Response.DueAt.Should().Be(Pacific_(25, 1, 0));
        result.Response.Elapsed.Should().Be(Duration.Zero);
        result.Audit.Lines.Should().Contain(l => l.Contains("the SLA clock stops (1 h 30 min of it after the report)"));
    }

    [Fact]
    public void The_readme_code_example_gives_the_figures_its_comments_state()
    {
        var evaluator = new TicketEvaluator(ZenputSla.Default);
        var reportedAt = Instant.FromUtc(2026, 11, 25, 5, 30);
        var ticket = new TicketTimeline(reportedAt, "critical",
            TicketEvent.Paused(reportedAt + Duration.FromMinutes(40), "waiting on customer"),
            TicketEvent.Resumed(reportedAt + Duration.FromMinutes(80)),
            new TicketEvent(TicketEventKind.EngineerAssigned, reportedAt + Duration.FromMinutes(145)));

        var result = evaluator.Evaluate(ticket, reportedAt + Duration.FromHours(3));

        result.Status.Should().Be(EvaluationStatus.Breached);
        result.FindStep(ResolutionStepKind.ProblemTicket)!.Value.Status.Should().Be(EvaluationStatus.Breached);
        result.FindStep(ResolutionStepKind.FixInitiation)!.Value.Status.Should().Be(EvaluationStatus.Breached);
        result.Response.MetAt.Should().Be(Instant.FromUtc(2026, 11, 25, 7, 55));
        result.Response.DueAt.Should().Be(Instant.FromUtc(2026, 11, 25, 8, 10));
        result.Response.Remaining.Should().Be(Duration.FromMinutes(15));
        result.Response.Warnings.Select(w => w.Percent).Should().Equal(50, 75);
        result.NextDue.Should().Be(new UpcomingDeadline(ResolutionStepKind.PeriodicUpdates, Instant.FromUtc(2026, 11, 25, 10, 10)));
    }
}
