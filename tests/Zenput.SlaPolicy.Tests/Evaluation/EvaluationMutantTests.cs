using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Evaluation;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>
/// Rules of ticket evaluation that mutation testing (docs/mutation.md, the 2026-12-02 run of
/// <c>EvaluationRun.cs</c>, <c>TimelineRules.cs</c> and <c>TierModel.cs</c>) found no test pinned: each test
/// here failed on a surviving mutant, and states the rule that mutant broke. The expected figures and
/// trail lines are worked out by hand from the README's rules E1-E16 and the built-in policy.
/// </summary>
public sealed class EvaluationMutantTests
{
    // Reported and At (EvaluationKit): Monday 2 March 2026, 10:00 UTC (02:00 PST): no maintenance window anywhere near.
    [Fact]
    public void The_next_deadline_is_the_soonest_one_still_owed_and_on_a_tie_the_response_goal()
    {
        // Level 1 reported at 10:00: the problem ticket is due 10:15; the response, the engineer, the fix's start and the first update at 12:00.
        Evaluator.Evaluate(Ticket("critical", Reported), At(10, 5)).NextDue
            .Should().Be(new UpcomingDeadline(ResolutionStepKind.ProblemTicket, At(10, 15)));
        Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.TicketCreated, At(10, 10))), At(10, 20)).NextDue
            .Should().Be(new UpcomingDeadline(null, At(12)));
    }

    [Fact]
    public void A_step_due_exactly_now_is_pending_and_breached_once_now_is_past_it()
    {
        // E5 (session 9; Stryker 2026-12-02 session 8, a timeout that changes the answer: `_now > late` → `>=`). Level 1
        // reported at 10:00 owes the problem ticket by 10:15; no ticket has been created.
        Evaluator.Evaluate(Ticket("critical", Reported), At(10, 15)).Steps.Single(s => s.Kind == ResolutionStepKind.ProblemTicket).Status
            .Should().Be(EvaluationStatus.Pending);
        Evaluator.Evaluate(Ticket("critical", Reported), At(10, 15) + Duration.Epsilon).Steps.Single(s => s.Kind == ResolutionStepKind.ProblemTicket).Status
            .Should().Be(EvaluationStatus.Breached);
    }

    [Fact]
    public void An_update_exactly_at_the_deadline_after_a_missed_one_meets_it()
    {
        // E9 (session 9; Stryker 2026-12-02 session 8, timeouts that change the answer: `deadline < bound` → `<=` and
        // `deadline >= bound` → `>` in Miss). Level 1 reported at 10:00 owes an update every 2 hours: 12:00 passes with
        // none (one miss), so the next deadline is 14:00, and an update exactly then meets it; the next is due 16:00.
        var updates = Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.StatusUpdate, At(14))), At(15)).PeriodicUpdates!;

        updates.Missed.Should().Be(1);
        updates.MissedDeadlines.Should().Equal(At(12));
        updates.NextDueAt.Should().Be(At(16));
        updates.LastUpdateAt.Should().Be(At(14));
    }

    [Fact]
    public void The_response_is_met_by_the_earliest_event_of_its_kinds_whichever_kind_comes_first()
    {
        // E3 (session 9; Stryker 2026-12-02 session 8, timeouts that change the answer: in FirstEvent `first < 0` → `<= 0`
        // and `_firstOfKind[kind] < first` → `>`). The built-in policy's response is met by an engineer assigned or a
        // first response, whichever comes first; here each comes first once, and the first is also the ticket's first event.
        var assignedFirst = Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.EngineerAssigned, At(10, 20)), E(TicketEventKind.FirstResponse, At(10, 40))), At(11)).Response;
        var respondedFirst = Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, At(10, 20)), E(TicketEventKind.EngineerAssigned, At(10, 40))), At(11)).Response;

        assignedFirst.MetAt.Should().Be(At(10, 20));
        assignedFirst.MetBy.Should().Be(TicketEventKind.EngineerAssigned);
        respondedFirst.MetAt.Should().Be(At(10, 20));
        respondedFirst.MetBy.Should().Be(TicketEventKind.FirstResponse);
    }

    [Fact]
    public void Before_the_report_no_SLA_time_is_used_and_everything_is_pending()
    {
        // E2: before the report nothing has happened.
        var result = Evaluator.Evaluate(Ticket("critical", Reported), Reported - Duration.FromHours(1));

        result.Response.Elapsed.Should().Be(Duration.Zero);
        result.Response.Remaining.Should().Be(Duration.FromHours(2));
        result.Response.Status.Should().Be(EvaluationStatus.Pending);
        result.Response.Warnings.Should().BeEmpty();
        result.Steps.Should().OnlyContain(s => s.Status == EvaluationStatus.Pending);
        result.PeriodicUpdates!.Missed.Should().Be(0);
        result.Status.Should().Be(EvaluationStatus.Pending);
    }

    [Fact]
    public void Every_listed_missed_update_is_its_own_deadline_in_order_for_the_first_thousand()
    {
        // E9: Level 1 owes an update every 2 hours from 10:00 and none comes, so the k-th missed deadline is the
        // report + 2k hours. Now is the 1,500th deadline, which is not yet missed.
        var updates = Evaluator.Evaluate(Ticket("critical", Reported), Reported + Duration.FromHours(2 * 1500)).PeriodicUpdates!;

        updates.MissedDeadlines.Should().Equal(Enumerable.Range(1, 1000).Select(k => Reported + Duration.FromHours(2 * k)));
        updates.Missed.Should().Be(1499);
        updates.NextDueAt.Should().Be(Reported + Duration.FromHours(3000));
    }

    [Fact]
    public void The_trail_explains_the_first_event_of_a_ticket_like_any_other()
    {
        // E15: what the first event met or made owed is said on its line, as for every later event.
        Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, At(10, 30))), At(11)).Audit.Lines.Should().Contain(
            "2026-03-02T10:30:00Z (2026-03-02 02:30 PST) first response: response met, 1 h 30 min before due on the wall clock (due 2026-03-02T12:00:00Z (2026-03-02 04:00 PST); 30 min of 2 h SLA time used, 25 %)");
        Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.TicketCreated, At(10, 5))), At(11)).Audit.Lines.Should().Contain(
            "2026-03-02T10:05:00Z (2026-03-02 02:05 PST) ticket created: ProblemTicket met, 10 min before due on the wall clock (due 2026-03-02T10:15:00Z (2026-03-02 02:15 PST): within 15 minutes of notification)");
        Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FixApplied, At(10, 30))), At(11)).Audit.Lines.Should().Contain(
            "2026-03-02T10:30:00Z (2026-03-02 02:30 PST) fix applied: periodic updates no longer owed; UserNotification now owed (once the fix is applied)");
    }

    [Fact]
    public void An_event_at_the_instant_of_its_steps_anchor_counts_and_the_trail_does_not_say_it_came_too_early()
    {
        // E1/E8: users notified at the instant the fix is applied, given after it, meets the notification step.
        var lines = Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FixApplied, At(11, 30)), E(TicketEventKind.UsersNotified, At(11, 30))), At(12)).Audit.Lines;

        lines.Should().Contain("2026-03-02T11:30:00Z (2026-03-02 03:30 PST) users notified: UserNotification met (once the fix is applied)");
        lines.Should().NotContain(l => l.Contains("does not count"));
    }

    [Fact]
    public void The_trail_marks_a_missed_response_goal_at_its_due_instant_whether_the_response_came_late_or_not_at_all()
    {
        Evaluator.Evaluate(Ticket("critical", Reported), At(12, 30)).Audit.Lines.Should().Contain(
            "2026-03-02T12:00:00Z (2026-03-02 04:00 PST) response goal breached: no response by its due instant");
        Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, At(12, 5))), At(12, 30)).Audit.Lines.Should().Contain(
            "2026-03-02T12:00:00Z (2026-03-02 04:00 PST) response goal breached: not met by its due instant (met 5 min late on the wall clock, at 2026-03-02T12:05:00Z (2026-03-02 04:05 PST))");
    }

    [Fact]
    public void The_trail_mentions_events_left_out_only_when_there_are_events_after_now()
    {
        // E2/E15: with every event at or before now, nothing was left out.
        var lines = Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, At(10, 30)), E(TicketEventKind.StatusUpdate, At(11))), At(11)).Audit.Lines;

        lines.Should().NotContain(l => l.Contains("not counted"));
    }

    [Fact]
    public void Updates_owed_from_an_event_start_at_the_first_such_event_and_neither_an_earlier_event_nor_a_second_one_restarts_them()
    {
        // The custom tier owes an update every hour once an engineer is assigned (E9 from the step's anchor; E4: a
        // later event of the same kind changes nothing).
        var created = AnchoredStepTests.Custom.Evaluate(Ticket("critical", Reported, E(TicketEventKind.TicketCreated, At(10, 5)), E(TicketEventKind.EngineerAssigned, At(12))), At(12, 30)).PeriodicUpdates!;
        created.Missed.Should().Be(0);
        created.NextDueAt.Should().Be(At(13));

        var twice = AnchoredStepTests.Custom.Evaluate(Ticket("critical", Reported, E(TicketEventKind.EngineerAssigned, At(11)), E(TicketEventKind.EngineerAssigned, At(11, 55))), At(12, 30)).PeriodicUpdates!;
        twice.MissedDeadlines.Should().Equal(At(12));
        twice.NextDueAt.Should().Be(At(13));
    }

    [Fact]
    public void Reopening_before_updates_owed_from_an_event_have_started_does_not_start_them()
    {
        // E13: reopening owes updates again, which means only updates that were owed before.
        var ticket = Ticket("critical", Reported, E(TicketEventKind.Resolved, At(10, 30)), E(TicketEventKind.Reopened, At(10, 40)));

        var updates = AnchoredStepTests.Custom.Evaluate(ticket, At(13)).PeriodicUpdates!;

        updates.Missed.Should().Be(0);
        updates.NextDueAt.Should().BeNull();
        updates.Status.Should().Be(EvaluationStatus.Pending);
    }

    [Fact]
    public void The_trail_says_what_an_anchor_event_makes_owed_and_when_it_is_due()
    {
        // E15: the assignment at 11:00 starts the hourly updates (first due 12:00) and the fix's 30 minutes (due 11:30).
        var lines = AnchoredStepTests.Custom.Evaluate(Ticket("critical", Reported, E(TicketEventKind.EngineerAssigned, At(11))), At(11, 10)).Audit.Lines;

        var assigned = lines.Should().ContainSingle(l => l.StartsWith("2026-03-02T11:00:00Z (2026-03-02 03:00 PST) engineer assigned: ")).Subject;
        assigned.Should().Contain("periodic updates owed, next due 2026-03-02T12:00:00Z (2026-03-02 04:00 PST)")
            .And.Contain("FixInitiation now owed, due 2026-03-02T11:30:00Z (2026-03-02 03:30 PST) (within 30 minutes of engineer assignment)");
    }

    [Fact]
    public void The_trail_says_an_update_while_none_is_owed_changed_nothing()
    {
        // E9: after the fix is applied no update is owed.
        var lines = Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FixApplied, At(11)), E(TicketEventKind.StatusUpdate, At(11, 30))), At(12)).Audit.Lines;

        lines.Should().Contain("2026-03-02T11:30:00Z (2026-03-02 03:30 PST) status update: no update was owed");
    }

    [Fact]
    public void The_trail_gives_each_due_instant_as_known_at_its_moment_with_the_pauses_begun_by_then_one_in_progress_counted_up_to_it()
    {
        // E15 with E11/E12: Level 2 (4 hours) reported at 10:00, paused 10:30-11:00 and 11:30-11:40, changed to
        // Level 1 (2 hours) at 10:45, during the first pause, and to Level 1 again at 11:10, between the pauses.
        var ticket = Ticket(
            "major",
            Reported,
            TicketEvent.Paused(At(10, 30)),
            TicketEvent.SeverityChanged(At(10, 45), "critical"),
            TicketEvent.Resumed(At(11)),
            TicketEvent.SeverityChanged(At(11, 10), "critical"),
            TicketEvent.Paused(At(11, 30)),
            TicketEvent.Resumed(At(11, 40)));

        var lines = Evaluator.Evaluate(ticket, At(12)).Audit.Lines;

        // At 10:45, 15 minutes of the pause are known: 12:00 + 15 min, and 14:00 + 15 min as Level 2.
        lines.Should().Contain(
            "2026-03-02T10:45:00Z (2026-03-02 02:45 PST) severity changed: from Level 2 - Major to Level 1 - Critical: goals recomputed from the report; response now due 2026-03-02T12:15:00Z (2026-03-02 04:15 PST) (originally 2026-03-02T14:15:00Z (2026-03-02 06:15 PST) as Level 2 - Major), respond within 2 hours");
        lines.Should().ContainSingle(l => l.StartsWith("2026-03-02T11:00:00Z (2026-03-02 03:00 PST) resumed: 30 min paused; response now due 2026-03-02T12:30:00Z (2026-03-02 04:30 PST)"));

        // At 11:10 the second pause has not begun: only the first 30 minutes count.
        lines.Should().Contain(
            "2026-03-02T11:10:00Z (2026-03-02 03:10 PST) severity changed: unchanged (Level 1 - Critical): goals recomputed from the report; response now due 2026-03-02T12:30:00Z (2026-03-02 04:30 PST) (originally 2026-03-02T14:30:00Z (2026-03-02 06:30 PST) as Level 2 - Major), respond within 2 hours");

        // At 11:40 both pauses are known, each with its own length: 12:00 + 30 min + 10 min.
        lines.Should().ContainSingle(l => l.StartsWith("2026-03-02T11:40:00Z (2026-03-02 03:40 PST) resumed: 10 min paused; response now due 2026-03-02T12:40:00Z (2026-03-02 04:40 PST)"));
    }

    [Fact]
    public void A_resume_at_the_instant_of_the_response_gives_no_new_response_due_instant_in_the_trail()
    {
        // The response at 11:00 meets the goal (E4), so nothing of it is owed when the clock resumes at that instant.
        var lines = Evaluator.Evaluate(Ticket("critical", Reported, TicketEvent.Paused(At(10, 30)), TicketEvent.Resumed(At(11)), E(TicketEventKind.FirstResponse, At(11))), At(11, 30)).Audit.Lines;

        var resumed = lines.Should().ContainSingle(l => l.StartsWith("2026-03-02T11:00:00Z (2026-03-02 03:00 PST) resumed: 30 min paused")).Subject;
        resumed.Should().NotContain("response now due");
    }

    [Fact]
    public void The_trail_shows_the_maintenance_windows_up_to_the_later_of_the_current_and_the_original_response_due_instants()
    {
        // E15/E12: reported Tuesday 24 November 2026 at 18:00 PST; the window is 21:00-23:00 PST. Level 1 is due at
        // 20:00, Level 2 at 22:00: after a change either way the window falls inside one of the two goals.
        const string Window = "2026-11-25T05:00:00Z (2026-11-24 21:00 PST) scheduled maintenance 2026-11-25T05:00:00Z (2026-11-24 21:00 PST) to 2026-11-25T07:00:00Z (2026-11-24 23:00 PST) (Weekly scheduled maintenance): the SLA clock keeps running";
        var reported = Pt(2026, 11, 24, 18);
        var now = Pt(2026, 11, 24, 19);

        Evaluator.Evaluate(Ticket("major", reported, TicketEvent.SeverityChanged(Pt(2026, 11, 24, 18, 30), "critical")), now).Audit.Lines.Should().Contain(Window);
        Evaluator.Evaluate(Ticket("critical", reported, TicketEvent.SeverityChanged(Pt(2026, 11, 24, 18, 30), "major")), now).Audit.Lines.Should().Contain(Window);
        Evaluator.Evaluate(Ticket("critical", reported), now).Audit.Lines.Should().NotContain(l => l.Contains("scheduled maintenance"), "the Level 1 goal ends before the window");
    }

    [Fact]
    public void When_the_clock_stops_during_maintenance_the_trail_shows_every_window_up_to_now_the_next_update_or_a_later_step_deadline()
    {
        // E15: the window of Tuesday 24 November 2026, 21:00-23:00 PST, lies after each ticket's response due
        // instant; it is shown because it lies before now, before the next update, or before a step's deadline.
        const string Window = "2026-11-25T05:00:00Z (2026-11-24 21:00 PST) scheduled maintenance 2026-11-25T05:00:00Z (2026-11-24 21:00 PST) to 2026-11-25T07:00:00Z (2026-11-24 23:00 PST) (Weekly scheduled maintenance): the SLA clock stops (2 h of it after the report)";

        // Reported Monday 10:00 PST, fixed at 11:00 (no update owed after it), evaluated on Wednesday.
        var monday = Pt(2026, 11, 23, 10);
        ClockStops.Evaluate(Ticket("critical", monday, E(TicketEventKind.FirstResponse, Pt(2026, 11, 23, 10, 30)), E(TicketEventKind.FixApplied, Pt(2026, 11, 23, 11))), Pt(2026, 11, 25, 10))
            .Audit.Lines.Should().Contain(Window, "now is after the window");

        // Reported Tuesday 16:00 PST, responded 16:10 (due 18:00); the update at 19:30 makes the next one due
        // 2 hours of running clock later: 21:00, then 23:00 + 30 min. Now is 20:00.
        var tuesday = Pt(2026, 11, 24, 16);
        var updated = ClockStops.Evaluate(Ticket("critical", tuesday, E(TicketEventKind.FirstResponse, Pt(2026, 11, 24, 16, 10)), E(TicketEventKind.StatusUpdate, Pt(2026, 11, 24, 19, 30))), Pt(2026, 11, 24, 20));
        updated.PeriodicUpdates!.NextDueAt.Should().Be(Pt(2026, 11, 24, 23, 30));
        updated.Audit.Lines.Should().Contain(Window, "the next update is due after the window");

        // A fix owed 30 minutes after the assignment at 20:45 is due at 23:15 (15 minutes before the window, 15 after).
        var custom = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default)
            .WithMaintenance(ZenputSla.MaintenanceSchedule, clockStopsDuringMaintenance: true)
            .ReplaceTier(new SeverityTier(ZenputSla.Critical, GoalTarget.Elapsed(Duration.FromHours(2)),
            [
                new ResolutionStep(ResolutionStepKind.ProblemTicket, "Ticket within 15 minutes.", [TicketEventKind.TicketCreated], StepDeadline.Within(Duration.FromMinutes(15))),
                new ResolutionStep(ResolutionStepKind.PeriodicUpdates, "Updates every hour once users are notified.", [TicketEventKind.StatusUpdate], StepDeadline.Every(Duration.FromHours(1), TicketEventKind.UsersNotified)),
                new ResolutionStep(ResolutionStepKind.FixInitiation, "Fix within 30 minutes of assignment.", [TicketEventKind.FixStarted], StepDeadline.Within(Duration.FromMinutes(30), TicketEventKind.EngineerAssigned)),
            ]))
            .Build());
        var assigned = custom.Evaluate(Ticket("critical", tuesday, E(TicketEventKind.FirstResponse, Pt(2026, 11, 24, 16, 10)), E(TicketEventKind.EngineerAssigned, Pt(2026, 11, 24, 20, 45))), Pt(2026, 11, 24, 20, 50));
        assigned.FindStep(ResolutionStepKind.FixInitiation)!.Value.DueAt.Should().Be(Pt(2026, 11, 24, 23, 15));
        assigned.Audit.Lines.Should().Contain(Window, "the fix is due after the window");
    }

    [Fact]
    public void The_trail_of_a_ticket_open_for_years_with_the_clock_stopping_for_maintenance_lists_the_first_100_windows_and_says_more_follow()
    {
        // About 125 weekly windows (Tuesdays 21:00 Pacific) lie between the report and now; the trail stays
        // bounded, like a plan's list, and says so: after the 100th window (Tuesday 30 November 2027), one line
        // at the 101st (Tuesday 7 December 2027, 21:00 PST) says that more follow until now.
        var reported = Pt(2026, 1, 5, 10);

        var lines = ClockStops.Evaluate(Ticket("critical", reported, E(TicketEventKind.FixApplied, Pt(2026, 1, 5, 11))), Pt(2028, 6, 1, 10)).Audit.Lines;

        var windows = lines.Where(l => l.Contains(") scheduled maintenance")).ToList();
        windows.Should().HaveCount(100);
        windows[0].Should().StartWith("2026-01-07T05:00:00Z (2026-01-06 21:00 PST) scheduled maintenance");
        windows[^1].Should().StartWith("2027-12-01T05:00:00Z (2027-11-30 21:00 PST) scheduled maintenance");
        lines.Should().ContainSingle(l => l.Contains("more scheduled maintenance windows"))
            .Which.Should().StartWith("2027-12-08T05:00:00Z (2027-12-07 21:00 PST) more scheduled maintenance windows until 2028-06-01T17:00:00Z (2028-06-01 10:00 PDT) are not listed here (the trail lists the first 100;");
    }

    [Fact]
    public void Each_problem_of_an_impossible_history_says_in_words_what_is_wrong_and_with_which_earlier_event()
    {
        // E3: a clear error says what and where; the event before the colon, the reason after it.
        string Message(params TicketEvent[] events) => Evaluator.Check(Ticket("critical", Reported, events)).Should().ContainSingle().Subject.Message;

        Message(E(TicketEventKind.Reported, At(11))).Should().Be("events[0] (reported at 2026-03-02T11:00:00Z): 'reported' is not an event: the report is the timeline's start (its reportedAt).");
        Message(E((TicketEventKind)99, At(11))).Should().Be("events[0] (99 at 2026-03-02T11:00:00Z): 99 is not a ticket event; expected one of ticketCreated, engineerAssigned, firstResponse, statusUpdate, fixStarted, fixApplied, usersNotified, releasedInMajorVersion, resolved, reopened, paused, resumed, severityChanged.");
        Message(new TicketEvent(TicketEventKind.StatusUpdate, At(11), severity: "major")).Should().Be("events[0] (statusUpdate at 2026-03-02T11:00:00Z): carries a severity ('major'), which only a severityChanged event does.");
        Message(TicketEvent.Paused(At(11)), TicketEvent.Paused(At(12))).Should().Be("events[1] (paused at 2026-03-02T12:00:00Z): paused while the clock was already paused (since 2026-03-02T11:00:00Z, with no resumed between).");
        Message(E(TicketEventKind.Resolved, At(11)), E(TicketEventKind.Resolved, At(12))).Should().Be("events[1] (resolved at 2026-03-02T12:00:00Z): resolved again, but the ticket was resolved at 2026-03-02T11:00:00Z and not reopened since.");
        Message(E(TicketEventKind.Reopened, At(11))).Should().Be("events[0] (reopened at 2026-03-02T11:00:00Z): reopened, but the ticket was open (not resolved).");
        Message(new TicketEvent(TicketEventKind.SeverityChanged, At(11))).Should().Be("events[0] (severityChanged at 2026-03-02T11:00:00Z): does not say which severity the ticket changed to.");
        Message(TicketEvent.SeverityChanged(At(11), " ")).Should().EndWith(": does not say which severity the ticket changed to.", "a blank severity names none");

        // The clock works from a week after NodaTime's first instant to a week before its last.
        Evaluator.Check(Ticket("critical", Instant.MinValue + Duration.FromDays(7) - Duration.Epsilon)).Should().ContainSingle().Which.Message.Should().Be(
            "The report (-9998-01-07T23:59:59.999999999Z) lies outside the range the SLA clock works in (-9998-01-08T00:00:00Z to 9999-12-24T23:59:59.999999999Z).");
    }

    [Fact]
    public void Something_that_is_not_an_event_or_lies_outside_the_clocks_range_is_refused_for_that_alone()
    {
        // E3: an undefined kind, or an instant the clock cannot place, is not judged as an event of any kind: it is
        // not also "before the report", "resumed while not paused" or carrying an unexpected severity.
        var undefined = new TicketEvent((TicketEventKind)99, At(9), severity: "major");
        var outside = TicketEvent.Resumed(Instant.MinValue + Duration.FromDays(7) - Duration.Epsilon);

        Evaluator.Check(Ticket("critical", Reported, undefined)).Select(p => p.Kind).Should().Equal(TimelineProblemKind.NotAnEvent);
        Evaluator.Check(Ticket("critical", Reported, E(TicketEventKind.Reported, At(9)))).Select(p => p.Kind).Should().Equal(TimelineProblemKind.NotAnEvent);
        Evaluator.Check(Ticket("critical", Reported, outside)).Select(p => p.Kind).Should().Equal(TimelineProblemKind.InstantOutOfRange);
    }

    [Fact]
    public void A_ticket_resolved_exactly_at_now_is_resolved_and_a_reopening_after_now_does_not_count_yet()
    {
        // E2: events at now have happened; events after now have not.
        var ticket = Ticket("critical", Reported, E(TicketEventKind.Resolved, At(11)), E(TicketEventKind.Reopened, At(12)));

        Evaluator.Evaluate(ticket, At(10, 30)).IsResolved.Should().BeFalse("nothing has happened yet");
        Evaluator.Evaluate(ticket, At(11)).IsResolved.Should().BeTrue();
        Evaluator.Evaluate(ticket, At(11, 30)).IsResolved.Should().BeTrue();
        Evaluator.Evaluate(ticket, At(12)).IsResolved.Should().BeFalse();
    }

    // The tests below build their evaluator themselves: what a tier needs (goal lengths, warning amounts, step
    // models, event masks) is worked out when an evaluator is built, so a shared evaluator built earlier in the
    // process (EvaluationKit.Evaluator) would not show a change to that work (docs/mutation.md).

    [Fact]
    public void A_calendar_days_goal_lasts_its_days_in_the_support_zone_from_each_report_so_its_length_depends_on_the_report()
    {
        // Level 3 is 3 calendar days in Los Angeles: 73 hours across the end of DST (1 November 2026), 71 across its
        // start (8 March 2026), 72 otherwise.
        var evaluator = new TicketEvaluator(ZenputSla.Default);

        evaluator.Evaluate(Ticket("minor", Pt(2026, 10, 30, 12)), Pt(2026, 10, 30, 13)).Response.GoalLength.Should().Be(Duration.FromHours(73));
        evaluator.Evaluate(Ticket("minor", Pt(2026, 3, 6, 12)), Pt(2026, 3, 6, 13)).Response.GoalLength.Should().Be(Duration.FromHours(71));
        evaluator.Evaluate(Ticket("minor", Pt(2026, 6, 1, 12)), Pt(2026, 6, 1, 13)).Response.GoalLength.Should().Be(Duration.FromHours(72));
    }

    [Fact]
    public void A_newly_built_evaluator_gives_each_step_its_own_deadline_and_the_updates_their_cadence()
    {
        var evaluator = new TicketEvaluator(ZenputSla.Default);

        var result = evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.EngineerAssigned, At(10, 10))), At(10, 20));

        result.Response.MetBy.Should().Be(TicketEventKind.EngineerAssigned);
        result.Steps.Select(s => (s.Kind, s.DueAt, s.Status)).Should().Equal(
            (ResolutionStepKind.ProblemTicket, At(10, 15), EvaluationStatus.Breached),
            (ResolutionStepKind.EngineerAssignment, At(12), EvaluationStatus.Met),
            (ResolutionStepKind.PeriodicUpdates, At(12), EvaluationStatus.Pending),
            (ResolutionStepKind.FixInitiation, At(12), EvaluationStatus.Pending),
            (ResolutionStepKind.UserNotification, (Instant?)null, EvaluationStatus.Pending));
        result.PeriodicUpdates!.Cadence.Should().Be(Duration.FromHours(2));
        result.Response.Warnings.Should().BeEmpty();
        evaluator.Evaluate(Ticket("critical", Reported), At(11)).Response.Warnings.Should().Equal(new WarningCrossing(50, At(11)));
    }

    [Fact]
    public void An_event_listed_twice_among_those_that_meet_the_response_goal_still_meets_it()
    {
        // E4: the list names which kinds meet the goal; naming one twice names the same kind.
        var evaluator = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default).WithResponseSatisfiedBy(TicketEventKind.FirstResponse, TicketEventKind.FirstResponse).Build());

        var response = evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, At(11))), At(11, 30)).Response;

        response.MetAt.Should().Be(At(11));
        response.Status.Should().Be(EvaluationStatus.Met);
    }

    [Fact]
    public void A_warning_threshold_is_reached_when_the_time_used_reaches_its_share_rounded_up_to_the_nanosecond()
    {
        // E7: 5e-12 % of 2 hours is 0.36 ns, rounded up to 1 ns: not reached at the report, reached 1 ns after it.
        var evaluator = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default).WithWarningThresholds(5e-12, 50).Build());

        evaluator.Evaluate(Ticket("critical", Reported), Reported).Response.Warnings.Should().BeEmpty();
        evaluator.Evaluate(Ticket("critical", Reported), At(11)).Response.Warnings.Should().Equal(
            new WarningCrossing(5e-12, Reported + Duration.Epsilon), new WarningCrossing(50, At(11)));
    }

    [Fact]
    public void Warnings_of_a_goal_longer_than_100000_days_are_reached_at_their_share_too()
    {
        // E7 for a goal of 200,000 days (about 548 years): half of it is reached 100,000 days after the report.
        var critical = ZenputSla.Default.GetTier(1);
        var evaluator = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default)
            .ReplaceTier(new SeverityTier(critical.Severity, GoalTarget.Elapsed(Duration.FromDays(200_000)), critical.ResolutionProcess))
            .Build());

        var response = evaluator.Evaluate(Ticket("critical", Reported), Reported + Duration.FromDays(100_001)).Response;

        response.Warnings.Should().Equal(new WarningCrossing(50, Reported + Duration.FromDays(100_000)));

        // Exactly 100,000 days, 33.33 %: 33,330 days to the nanosecond.
        var exact = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default)
            .ReplaceTier(new SeverityTier(critical.Severity, GoalTarget.Elapsed(Duration.FromDays(100_000)), critical.ResolutionProcess))
            .WithWarningThresholds(33.33)
            .Build());
        exact.Evaluate(Ticket("critical", Reported), Reported + Duration.FromDays(40_000)).Response.Warnings
            .Should().Equal(new WarningCrossing(33.33, Reported + Duration.FromDays(33_330)));
    }

    [Fact]
    public void Updates_owed_from_an_event_have_no_deadline_before_it_so_a_ticket_near_the_end_of_the_clocks_range_is_evaluated()
    {
        // E8/E9: nothing of the updates is worked out before the assignment they wait for. The ticket is reported an
        // hour before the clock's last instant; its 30-minute response goal and 15-minute step end within that hour.
        var last = Instant.MaxValue - Duration.FromDays(7);
        var evaluator = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default)
            .ReplaceTier(new SeverityTier(ZenputSla.Critical, GoalTarget.Elapsed(Duration.FromMinutes(30)),
            [
                new ResolutionStep(ResolutionStepKind.ProblemTicket, "Ticket within 15 minutes.", [TicketEventKind.TicketCreated], StepDeadline.Within(Duration.FromMinutes(15))),
                new ResolutionStep(ResolutionStepKind.PeriodicUpdates, "Updates every 2 hours once an engineer is assigned.", [TicketEventKind.StatusUpdate], StepDeadline.Every(Duration.FromHours(2), TicketEventKind.EngineerAssigned)),
            ]))
            .Build());
        var reported = last - Duration.FromHours(1);

        var result = evaluator.Evaluate(Ticket("critical", reported), reported + Duration.FromMinutes(10));

        result.Response.DueAt.Should().Be(reported + Duration.FromMinutes(30));
        result.PeriodicUpdates!.NextDueAt.Should().BeNull();
        result.PeriodicUpdates.Status.Should().Be(EvaluationStatus.Pending);
    }

    [Fact]
    public void A_goal_that_ends_past_the_clocks_range_is_a_clock_failure_of_that_ticket_in_a_stream()
    {
        // Level 2's 4 hours from the clock's last instant end past it: the documented SlaClockException, never the
        // engine's own exception (FuzzFindingsTests has the regression through Evaluate and the tool).
        var last = Instant.MaxValue - Duration.FromDays(7);

        var result = Evaluator.EvaluateAll([Ticket("major", last)], last).Single();

        result.IsEvaluated.Should().BeFalse();
        result.ClockFailure!.Failure.Should().Be(Zenput.Sla.Clock.SlaClockFailure.BeyondRepresentableRange);
    }

    [Fact]
    public void A_ticket_with_many_pauses_is_evaluated_on_a_small_stack()
    {
        // Resource contract: a ticket's pauses are buffered on the stack only when there are few of them, so no
        // history can exhaust the stack. 50,000 one-minute pauses, one minute apart, on a thread with 256 KiB of
        // stack (the pauses alone are 800 KB). Level 3's 72 hours of running clock end at the 4,320th running
        // minute, [8,638, 8,639) minutes after the report.
        var events = new List<TicketEvent>();
        for (var i = 0; i < 50_000; i++)
        {
            events.Add(TicketEvent.Paused(Reported + Duration.FromMinutes((2 * i) + 1)));
            events.Add(TicketEvent.Resumed(Reported + Duration.FromMinutes((2 * i) + 2)));
        }

        var ticket = Ticket("minor", Reported, events);
        object? outcome = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    outcome = Evaluator.Evaluate(ticket, Reported + Duration.FromMinutes(100_000));
                }
                catch (Exception e)
                {
                    outcome = e;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        var response = outcome.Should().BeOfType<TicketEvaluation>().Subject.Response;
        response.DueAt.Should().Be(Reported + Duration.FromMinutes(8_639));
        response.Elapsed.Should().Be(Duration.FromMinutes(50_000));
    }

    [Fact]
    public void Every_missed_update_is_counted_when_the_last_falls_where_a_holiday_begins_more_than_2_to_the_53_nanoseconds_after_the_thousandth()
    {
        // E9/E10: updates every c = 1 h + 1 ns, counted on the tier's business calendar, which is open around the clock
        // except on Monday 27 July 2026 (UTC). No update comes, so deadline j is the report + j·c while that is before
        // the holiday. The report is 3,506·c before the holiday begins, so deadline 3,506 is the holiday's first
        // instant (rule 4: the first instant at which the time is used up), missed by now, noon on the holiday. The
        // next, 3,507, is c after the holiday. Past the thousand listed misses the rest are counted, not listed: from
        // the 1,001st deadline to the holiday is 2,505·c = 9,018,000,000,002,505 ns of working time, more than 2^53,
        // so the count must not rest on a double's quotient (that length rounds to an even number of nanoseconds,
        // just under 2,505·c).
        var cadence = Duration.FromHours(1) + Duration.FromNanoseconds(1);
        var holiday = Instant.FromUtc(2026, 7, 27, 0, 0);
        var calendar = new BusinessCalendar(
            "open but one day",
            DateTimeZone.Utc,
            BusinessCalendar.AlwaysOpen(DateTimeZone.Utc).Windows,
            [Holiday.On("closed", new LocalDate(2026, 7, 27))]);
        var evaluator = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default)
            .AddCalendar(calendar)
            .ReplaceTier(new SeverityTier(ZenputSla.Critical, GoalTarget.BusinessTime(Duration.FromHours(2), calendar.Name),
            [
                new ResolutionStep(ResolutionStepKind.ProblemTicket, "Ticket within 15 minutes.", [TicketEventKind.TicketCreated], StepDeadline.Within(Duration.FromMinutes(15))),
                new ResolutionStep(ResolutionStepKind.PeriodicUpdates, "Updates every hour and a nanosecond.", [TicketEventKind.StatusUpdate], StepDeadline.Every(cadence)),
            ]))
            .Build());
        var reported = holiday - (cadence * 3_506);
        var now = holiday + Duration.FromHours(12);

        var updates = evaluator.Evaluate(Ticket("critical", reported), now).PeriodicUpdates!;

        updates.Missed.Should().Be(3_506);
        updates.MissedDeadlines.Should().Equal(Enumerable.Range(1, 1000).Select(j => reported + (cadence * j)));
        updates.NextDueAt.Should().Be(holiday + Duration.FromDays(1) + cadence);
        updates.Status.Should().Be(EvaluationStatus.Breached);
    }
}
