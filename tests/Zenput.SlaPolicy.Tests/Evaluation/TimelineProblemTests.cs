using System.Linq;
using NodaTime;
using Zenput.Sla.Evaluation;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>Impossible histories are refused with every problem listed, each naming its event by the position it was given at and its type; never evaluated.</summary>
public sealed class TimelineProblemTests
{
    private static TimelineProblem Single(params TicketEvent[] events) =>
        Evaluator.Check(Ticket("critical", Reported, events)).Should().ContainSingle().Subject;

    [Fact]
    public void An_event_before_the_report_is_refused()
    {
        var problem = Single(E(TicketEventKind.EngineerAssigned, Utc(2026, 3, 2, 9)));

        problem.Kind.Should().Be(TimelineProblemKind.EventBeforeReport);
        problem.EventIndex.Should().Be(0);
        problem.EventKind.Should().Be(TicketEventKind.EngineerAssigned);
        problem.Message.Should().Be("events[0] (engineerAssigned at 2026-03-02T09:00:00Z): happened before the ticket was reported (2026-03-02T10:00:00Z).");
    }

    [Fact]
    public void A_resume_without_a_pause_is_refused()
    {
        Single(TicketEvent.Resumed(Utc(2026, 3, 2, 11))).Kind.Should().Be(TimelineProblemKind.ResumedWithoutPause);
    }

    [Fact]
    public void A_second_pause_while_paused_is_refused()
    {
        var problem = Single(TicketEvent.Paused(Utc(2026, 3, 2, 11)), TicketEvent.Paused(Utc(2026, 3, 2, 12)));

        problem.Kind.Should().Be(TimelineProblemKind.PausedWhilePaused);
        problem.EventIndex.Should().Be(1);
    }

    [Fact]
    public void Resolving_twice_without_reopening_between_is_refused_and_with_a_reopening_is_fine()
    {
        Single(E(TicketEventKind.Resolved, Utc(2026, 3, 2, 11)), E(TicketEventKind.Resolved, Utc(2026, 3, 2, 12))).Kind.Should().Be(TimelineProblemKind.ResolvedTwice);

        Evaluator.Check(Ticket("critical", Reported, E(TicketEventKind.Resolved, Utc(2026, 3, 2, 11)), E(TicketEventKind.Reopened, Utc(2026, 3, 2, 11, 30)), E(TicketEventKind.Resolved, Utc(2026, 3, 2, 12)))).Should().BeEmpty();
    }

    [Fact]
    public void Reopening_an_open_ticket_is_refused()
    {
        Single(E(TicketEventKind.Reopened, Utc(2026, 3, 2, 11))).Kind.Should().Be(TimelineProblemKind.ReopenedWhileOpen);
    }

    [Fact]
    public void A_severity_the_policy_does_not_define_is_refused_with_the_ones_it_has()
    {
        var problem = Single(TicketEvent.SeverityChanged(Utc(2026, 3, 2, 11), "blocker"));

        problem.Kind.Should().Be(TimelineProblemKind.UnknownSeverity);
        problem.Message.Should().Be("events[0] (severityChanged at 2026-03-02T11:00:00Z): Unknown severity 'blocker'; expected one of critical (1), major (2), minor (3).");
    }

    [Fact]
    public void The_reported_severity_is_checked_too_and_names_no_event()
    {
        var problem = Evaluator.Check(Ticket("blocker", Reported)).Should().ContainSingle().Subject;

        problem.Kind.Should().Be(TimelineProblemKind.UnknownSeverity);
        problem.EventIndex.Should().BeNull();
    }

    [Fact]
    public void A_severity_change_without_a_severity_and_a_severity_on_another_event_are_refused()
    {
        Single(new TicketEvent(TicketEventKind.SeverityChanged, Utc(2026, 3, 2, 11))).Kind.Should().Be(TimelineProblemKind.MissingSeverity);
        Single(new TicketEvent(TicketEventKind.StatusUpdate, Utc(2026, 3, 2, 11), severity: "major")).Kind.Should().Be(TimelineProblemKind.UnexpectedSeverity);
    }

    [Fact]
    public void Reported_and_undefined_kinds_are_not_events()
    {
        Single(E(TicketEventKind.Reported, Utc(2026, 3, 2, 11))).Kind.Should().Be(TimelineProblemKind.NotAnEvent);
        Single(E((TicketEventKind)99, Utc(2026, 3, 2, 11))).Kind.Should().Be(TimelineProblemKind.NotAnEvent);
    }

    [Fact]
    public void Every_problem_is_listed_at_once_in_time_order_naming_each_event_by_its_given_position()
    {
        // Given out of order: positions are those of the list as written.
        var ticket = Ticket(
            "critical",
            Reported,
            TicketEvent.Resumed(Utc(2026, 3, 2, 13)),
            E(TicketEventKind.Resolved, Utc(2026, 3, 2, 12)),
            E(TicketEventKind.FirstResponse, Utc(2026, 3, 2, 9)),
            E(TicketEventKind.Resolved, Utc(2026, 3, 2, 12, 30)),
            TicketEvent.SeverityChanged(Utc(2026, 3, 2, 14), "urgent"));

        var problems = Evaluator.Check(ticket);

        problems.Select(p => (p.Kind, p.EventIndex, p.EventKind)).Should().Equal(
            (TimelineProblemKind.EventBeforeReport, 2, TicketEventKind.FirstResponse),
            (TimelineProblemKind.ResolvedTwice, 3, TicketEventKind.Resolved),
            (TimelineProblemKind.ResumedWithoutPause, 0, TicketEventKind.Resumed),
            (TimelineProblemKind.UnknownSeverity, 4, TicketEventKind.SeverityChanged));
    }

    [Fact]
    public void Evaluate_throws_with_every_problem_and_TryEvaluate_returns_them_without_evaluating()
    {
        var ticket = new TicketTimeline(Reported, "critical", TicketEvent.Resumed(Utc(2026, 3, 2, 11)), TicketEvent.Resumed(Utc(2026, 3, 2, 12))) { Id = "T-9" };

        var thrown = FluentActions.Invoking(() => Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 13))).Should().Throw<InvalidTicketTimelineException>().Which;
        thrown.Problems.Should().HaveCount(2);
        thrown.TicketId.Should().Be("T-9");
        thrown.Message.Should().Be("The history of ticket T-9 cannot have happened (2 problems): events[0] (resumed at 2026-03-02T11:00:00Z): resumed while the clock was not paused. events[1] (resumed at 2026-03-02T12:00:00Z): resumed while the clock was not paused.");

        Evaluator.TryEvaluate(ticket, Utc(2026, 3, 2, 13), out var evaluation, out var problems).Should().BeFalse();
        evaluation.Should().BeNull();
        problems.Should().HaveCount(2);
    }

    [Fact]
    public void The_message_lists_the_first_twenty_problems_and_counts_the_rest_while_Problems_keeps_every_one()
    {
        // 25 stray resumes at 11:00, 11:01, ... 11:24: a megabyte of them made a message of megabytes, kept by a report for each failed line.
        var ticket = new TicketTimeline(Reported, "critical", Enumerable.Range(0, 25).Select(i => TicketEvent.Resumed(Utc(2026, 3, 2, 11, i)))) { Id = "T-9" };

        var thrown = FluentActions.Invoking(() => Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 13))).Should().Throw<InvalidTicketTimelineException>().Which;

        thrown.Problems.Should().HaveCount(25);
        var listed = string.Join(" ", Enumerable.Range(0, 20).Select(i => $"events[{i}] (resumed at 2026-03-02T11:{i:00}:00Z): resumed while the clock was not paused."));
        thrown.Message.Should().Be($"The history of ticket T-9 cannot have happened (25 problems, the first 20 listed): {listed} And 5 more.");
    }

    [Fact]
    public void Twenty_problems_are_all_listed()
    {
        var ticket = new TicketTimeline(Reported, "critical", Enumerable.Range(0, 20).Select(i => TicketEvent.Resumed(Utc(2026, 3, 2, 11, i))));

        var message = FluentActions.Invoking(() => Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 13))).Should().Throw<InvalidTicketTimelineException>().Which.Message;

        message.Should().StartWith("The ticket's history cannot have happened (20 problems): events[0] ").And.EndWith("events[19] (resumed at 2026-03-02T11:19:00Z): resumed while the clock was not paused.");
    }

    [Fact]
    public void Long_values_are_cut_in_messages_with_their_length_said()
    {
        // 48 characters of a long value are kept (47 when the 48th is the first half of a surrogate pair), then its length.
        var severity = new string('s', 1000);
        var id = new string('i', 47) + "\U0001F600" + new string('i', 50);
        var ticket = new TicketTimeline(Reported, "critical",
            TicketEvent.SeverityChanged(Utc(2026, 3, 2, 11), severity),
            new TicketEvent(TicketEventKind.StatusUpdate, Utc(2026, 3, 2, 12), severity: severity)) { Id = id };

        var thrown = FluentActions.Invoking(() => Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 13))).Should().Throw<InvalidTicketTimelineException>().Which;

        thrown.Problems.Select(p => p.Message).Should().Equal(
            $"events[0] (severityChanged at 2026-03-02T11:00:00Z): Unknown severity '{new string('s', 48)}… (1000 characters)'; expected one of critical (1), major (2), minor (3).",
            $"events[1] (statusUpdate at 2026-03-02T12:00:00Z): carries a severity ('{new string('s', 48)}… (1000 characters)'), which only a severityChanged event does.");
        thrown.Message.Should().StartWith($"The history of ticket {new string('i', 47)}… (99 characters) cannot have happened (2 problems): ");
        thrown.TicketId.Should().Be(id);
    }

    [Fact]
    public void A_problem_after_now_still_refuses_the_history()
    {
        var ticket = Ticket("critical", Reported, TicketEvent.Resumed(Utc(2026, 3, 2, 15)));

        Evaluator.TryEvaluate(ticket, Utc(2026, 3, 2, 11), out _, out var problems).Should().BeFalse();
        problems.Should().ContainSingle();
    }

    [Fact]
    public void A_report_outside_the_clocks_range_is_refused_naming_the_range()
    {
        // The clock works from a week after NodaTime's first instant to a week before its last.
        var problem = Evaluator.Check(Ticket("critical", Instant.MinValue + Duration.FromDays(7) - Duration.Epsilon)).Should().ContainSingle().Subject;

        problem.Kind.Should().Be(TimelineProblemKind.InstantOutOfRange);
        problem.EventIndex.Should().BeNull();
        problem.Message.Should().StartWith("The report (").And.Contain(") lies outside the range the SLA clock works in (").And.EndWith(").");
        Evaluator.Check(Ticket("critical", Instant.MinValue + Duration.FromDays(7))).Should().BeEmpty("the range's first instant is in it");
    }

    [Fact]
    public void An_event_outside_the_clocks_range_is_refused_by_its_index_and_the_ranges_last_instant_is_allowed()
    {
        var last = Instant.MaxValue - Duration.FromDays(7);

        var problem = Single(E(TicketEventKind.FirstResponse, Utc(2026, 3, 2, 11)), E(TicketEventKind.StatusUpdate, last + Duration.Epsilon));

        problem.Kind.Should().Be(TimelineProblemKind.InstantOutOfRange);
        problem.EventIndex.Should().Be(1);
        problem.EventKind.Should().Be(TicketEventKind.StatusUpdate);
        problem.Message.Should().EndWith("lies outside the range the SLA clock works in.");
        Evaluator.Check(Ticket("critical", Reported, E(TicketEventKind.StatusUpdate, last))).Should().BeEmpty();
    }
}
