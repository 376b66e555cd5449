using System.Linq;
using NodaTime;
using Zenput.Sla.Evaluation;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>
/// The audit trail lets a reader check every figure: each line has its instant in UTC and Pacific time,
/// durations, what met what and by how much, pauses and their lengths, missed deadlines, events left
/// out. The expected lines were worked out by hand from the article and the policy's assumptions.
/// </summary>
public sealed class AuditTrailTests
{
    [Fact]
    public void A_trail_with_a_late_ticket_a_pause_a_miss_a_fix_a_reopening_and_a_later_event_explains_every_figure()
    {
        // Monday 2 March 2026, 02:00 PST: no maintenance window during the goal.
        var ticket = Ticket(
            "critical",
            Utc(2026, 3, 2, 10),
            E(TicketEventKind.UsersNotified, Utc(2026, 3, 2, 10, 10)),
            E(TicketEventKind.TicketCreated, Utc(2026, 3, 2, 10, 20)),
            TicketEvent.Paused(Utc(2026, 3, 2, 10, 30), "waiting on customer"),
            TicketEvent.Resumed(Utc(2026, 3, 2, 11)),
            E(TicketEventKind.FirstResponse, Utc(2026, 3, 2, 12)),
            E(TicketEventKind.StatusUpdate, Utc(2026, 3, 2, 13)),
            E(TicketEventKind.FixApplied, Utc(2026, 3, 2, 14)),
            E(TicketEventKind.UsersNotified, Utc(2026, 3, 2, 14, 5)),
            E(TicketEventKind.Resolved, Utc(2026, 3, 2, 14, 10)),
            E(TicketEventKind.Reopened, Utc(2026, 3, 2, 15)),
            E(TicketEventKind.StatusUpdate, Utc(2026, 3, 2, 18)));

        var result = Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 17, 30));

        result.Audit.Lines.Should().Equal(
            "2026-03-02T10:00:00Z (2026-03-02 02:00 PST) clock started: Level 1 - Critical, respond within 2 hours; response due 2026-03-02T12:00:00Z (2026-03-02 04:00 PST)",
            "2026-03-02T10:10:00Z (2026-03-02 02:10 PST) users notified: does not count for UserNotification, owed only once the fix is applied",
            "2026-03-02T10:15:00Z (2026-03-02 02:15 PST) ProblemTicket breached: not met by its due instant (met 5 min late on the wall clock, at 2026-03-02T10:20:00Z (2026-03-02 02:20 PST))",
            "2026-03-02T10:20:00Z (2026-03-02 02:20 PST) ticket created: ProblemTicket met late, 5 min after due on the wall clock (due 2026-03-02T10:15:00Z (2026-03-02 02:15 PST): within 15 minutes of notification)",
            "2026-03-02T10:30:00Z (2026-03-02 02:30 PST) paused: waiting on customer",
            "2026-03-02T11:00:00Z (2026-03-02 03:00 PST) resumed: 30 min paused; response now due 2026-03-02T12:30:00Z (2026-03-02 04:30 PST); next update due 2026-03-02T12:30:00Z (2026-03-02 04:30 PST)",
            "2026-03-02T11:30:00Z (2026-03-02 03:30 PST) 50 % of the response goal used (1 h of 2 h SLA time): warning",
            "2026-03-02T12:00:00Z (2026-03-02 04:00 PST) first response: response met, 30 min before due on the wall clock (due 2026-03-02T12:30:00Z (2026-03-02 04:30 PST); 1 h 30 min of 2 h SLA time used, 75 %)",
            "2026-03-02T12:00:00Z (2026-03-02 04:00 PST) 75 % of the response goal used (1 h 30 min of 2 h SLA time): warning",
            "2026-03-02T12:30:00Z (2026-03-02 04:30 PST) EngineerAssignment breached: not met by its due instant (by the response goal)",
            "2026-03-02T12:30:00Z (2026-03-02 04:30 PST) periodic update missed: no update by this deadline; next update due 2026-03-02T14:30:00Z (2026-03-02 06:30 PST)",
            "2026-03-02T12:30:00Z (2026-03-02 04:30 PST) FixInitiation breached: not met by its due instant (by the response goal)",
            "2026-03-02T13:00:00Z (2026-03-02 05:00 PST) status update: met the update due 2026-03-02T14:30:00Z (2026-03-02 06:30 PST), 1 h 30 min to spare on the wall clock; next update due 2026-03-02T15:00:00Z (2026-03-02 07:00 PST)",
            "2026-03-02T14:00:00Z (2026-03-02 06:00 PST) fix applied: periodic updates no longer owed; UserNotification now owed (once the fix is applied)",
            "2026-03-02T14:05:00Z (2026-03-02 06:05 PST) users notified: UserNotification met (once the fix is applied)",
            "2026-03-02T14:10:00Z (2026-03-02 06:10 PST) resolved",
            "2026-03-02T15:00:00Z (2026-03-02 07:00 PST) reopened: periodic updates owed again, next due 2026-03-02T17:00:00Z (2026-03-02 09:00 PST)",
            "2026-03-02T17:00:00Z (2026-03-02 09:00 PST) periodic update missed: no update by this deadline; next update due 2026-03-02T19:00:00Z (2026-03-02 11:00 PST)",
            "2026-03-02T17:30:00Z (2026-03-02 09:30 PST) not counted: 1 later event, from 2026-03-02T18:00:00Z (2026-03-02 10:00 PST), after the evaluation instant",
            "2026-03-02T17:30:00Z (2026-03-02 09:30 PST) as of now: breached; response met (30 min of SLA time to spare), ProblemTicket breached, EngineerAssignment breached, PeriodicUpdates breached (2 missed), FixInitiation breached, UserNotification met; next due: PeriodicUpdates at 2026-03-02T19:00:00Z (2026-03-02 11:00 PST)");
    }

    [Fact]
    public void A_resume_line_gives_the_next_update_as_known_at_the_resume_like_the_response_due_instant()
    {
        // E15: each pause with its length and the new due instants. Level 1 reported at 10:00 UTC: the response and
        // the first update are both due 2 hours of SLA time later. After the first 30-minute pause (10:30-11:00) both
        // are due at 12:30; the second pause (11:30-12:00) had not begun then. After it, both are due at 13:00.
        var ticket = Ticket("critical", Reported,
            TicketEvent.Paused(At(10, 30)),
            TicketEvent.Resumed(At(11)),
            TicketEvent.Paused(At(11, 30)),
            TicketEvent.Resumed(At(12)));

        var lines = Evaluator.Evaluate(ticket, At(12, 10)).Audit.Lines;

        lines.Should().Contain("2026-03-02T11:00:00Z (2026-03-02 03:00 PST) resumed: 30 min paused; response now due 2026-03-02T12:30:00Z (2026-03-02 04:30 PST); next update due 2026-03-02T12:30:00Z (2026-03-02 04:30 PST)");
        lines.Should().Contain("2026-03-02T12:00:00Z (2026-03-02 04:00 PST) resumed: 30 min paused; response now due 2026-03-02T13:00:00Z (2026-03-02 05:00 PST); next update due 2026-03-02T13:00:00Z (2026-03-02 05:00 PST)");
    }

    [Fact]
    public void A_resume_after_a_missed_update_gives_the_next_deadline_counted_from_the_missed_one_as_known_then()
    {
        // Level 1 reported at 10:00 UTC, answered at 11:00: the update due at 12:00 is missed, the next is due 2 hours
        // of SLA time later. A pause 12:30-13:00 moves it to 14:30 as known at the resume; the pause 13:30-14:00 had not begun.
        var ticket = Ticket("critical", Reported,
            E(TicketEventKind.FirstResponse, At(11)),
            TicketEvent.Paused(At(12, 30)),
            TicketEvent.Resumed(At(13)),
            TicketEvent.Paused(At(13, 30)),
            TicketEvent.Resumed(At(14)));

        var lines = Evaluator.Evaluate(ticket, At(14, 10)).Audit.Lines;

        lines.Should().Contain("2026-03-02T13:00:00Z (2026-03-02 05:00 PST) resumed: 30 min paused; next update due 2026-03-02T14:30:00Z (2026-03-02 06:30 PST)");
        lines.Should().Contain("2026-03-02T14:00:00Z (2026-03-02 06:00 PST) resumed: 30 min paused; next update due 2026-03-02T15:00:00Z (2026-03-02 07:00 PST)");
    }

    [Fact]
    public void The_trail_says_why_updates_whose_anchor_comes_after_the_resolution_are_not_owed()
    {
        // The custom policy owes an update every hour from the engineer's assignment; the ticket was resolved first.
        var ticket = Ticket("critical", Reported, E(TicketEventKind.Resolved, At(10, 30)), E(TicketEventKind.EngineerAssigned, At(11)));

        var lines = AnchoredStepTests.Custom.Evaluate(ticket, At(14)).Audit.Lines;

        lines.Should().NotContain(l => l.Contains("periodic update missed"));
        lines.Should().Contain(l => l.StartsWith("2026-03-02T11:00:00Z (2026-03-02 03:00 PST) engineer assigned: ", System.StringComparison.Ordinal)
            && l.Contains("; periodic updates would start here, but none are owed: the fix is applied or the ticket resolved (until it is reopened)", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_maintenance_line_says_whether_the_clock_stops_as_the_tiers_goal_decides_not_only_the_policy()
    {
        // E11/E15 and "ClockStopsDuringMaintenance on a goal overrides the policy's setting for that goal". Level 1
        // reported on Tuesday 24 November 2026 at 20:00 PST; the weekly window runs 21:00-23:00 PST (05:00-07:00Z).
        var critical = ZenputSla.Default.GetTier("critical");
        var reported = Utc(2026, 11, 25, 4);
        const string Window = "2026-11-25T05:00:00Z (2026-11-24 21:00 PST) scheduled maintenance 2026-11-25T05:00:00Z (2026-11-24 21:00 PST) to 2026-11-25T07:00:00Z (2026-11-24 23:00 PST) (Weekly scheduled maintenance): ";

        // The policy keeps the clock running; Level 1's goal stops it: 2 hours of SLA time end at 00:00 PST.
        var tierStops = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default)
            .ReplaceTier(critical.WithResponseGoal(critical.ResponseGoal with { ClockStopsDuringMaintenance = true }))
            .Build()).Evaluate(Ticket("critical", reported), Utc(2026, 11, 25, 6));
        tierStops.Response.DueAt.Should().Be(Utc(2026, 11, 25, 8));
        tierStops.Audit.Lines.Should().Contain(Window + "the SLA clock stops (2 h of it after the report)");

        // The policy stops the clock; Level 1's goal keeps it running: due at 22:00 PST, in the window.
        var tierRuns = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default)
            .WithMaintenance(ZenputSla.MaintenanceSchedule, clockStopsDuringMaintenance: true)
            .ReplaceTier(critical.WithResponseGoal(critical.ResponseGoal with { ClockStopsDuringMaintenance = false }))
            .Build()).Evaluate(Ticket("critical", reported), Utc(2026, 11, 25, 6));
        tierRuns.Response.DueAt.Should().Be(Utc(2026, 11, 25, 6));
        tierRuns.Audit.Lines.Should().Contain(Window + "the SLA clock keeps running");
    }

    [Fact]
    public void A_warning_line_names_its_threshold_as_the_policy_states_it_not_rounded()
    {
        // E7/E15: a threshold of 99.99 % of a 2-hour goal is 1 h 59 min 59.28 s of SLA time, reached at 11:59:59.28;
        // the line must not say "100 %" (the goal used up) when the result says 99.99.
        var evaluator = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default).WithWarningThresholds(33.3, 99.99).Build());

        var result = evaluator.Evaluate(Ticket("critical", Reported), At(12, 30));

        result.Response.Warnings.Select(w => w.Percent).Should().Equal(33.3, 99.99);
        result.Audit.Lines.Should().Contain("2026-03-02T10:39:57.6Z (2026-03-02 02:39:57.6 PST) 33.3 % of the response goal used (39 min 57.6 s of 2 h SLA time): warning");
        result.Audit.Lines.Should().Contain("2026-03-02T11:59:59.28Z (2026-03-02 03:59:59.28 PST) 99.99 % of the response goal used (1 h 59 min 59.28 s of 2 h SLA time): warning");
    }

    [Fact]
    public void After_a_severity_change_the_trail_says_which_severity_the_figures_are_computed_under_and_keeps_the_original_due()
    {
        var ticket = Ticket("major", Utc(2026, 3, 2, 10), TicketEvent.SeverityChanged(Utc(2026, 3, 2, 10, 30), "critical"));

        var lines = Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 11)).Audit.Lines.ToList();

        lines[0].Should().Be("2026-03-02T10:00:00Z (2026-03-02 02:00 PST) clock started: Level 2 - Major, respond within 4 hours; response due 2026-03-02T14:00:00Z (2026-03-02 06:00 PST)");
        lines[1].Should().Be("2026-03-02T10:00:00Z (2026-03-02 02:00 PST) the severity is Level 1 - Critical as of now, so every figure below is computed from the report under it (respond within 2 hours, due 2026-03-02T12:00:00Z (2026-03-02 04:00 PST) before any pause); the original due instant is kept");
        lines.Should().Contain("2026-03-02T10:30:00Z (2026-03-02 02:30 PST) severity changed: from Level 2 - Major to Level 1 - Critical: goals recomputed from the report; response now due 2026-03-02T12:00:00Z (2026-03-02 04:00 PST) (originally 2026-03-02T14:00:00Z (2026-03-02 06:00 PST) as Level 2 - Major), respond within 2 hours");
    }

    [Fact]
    public void A_paused_ticket_says_since_when_the_clock_is_paused()
    {
        var ticket = Ticket("major", Utc(2026, 3, 2, 10), TicketEvent.Paused(Utc(2026, 3, 2, 11)));

        Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 20)).Audit.Lines.Last().Should().Be(
            "2026-03-02T20:00:00Z (2026-03-02 12:00 PST) as of now: breached; response pending (3 h of SLA time left, 25 % of the goal used), ProblemTicket breached, EngineerAssignment pending, PeriodicUpdates pending (0 missed), FixInitiation pending; the clock is paused since 2026-03-02T11:00:00Z (2026-03-02 03:00 PST) (counted up to now); next due: response at 2026-03-02T23:00:00Z (2026-03-02 15:00 PST)");
    }

    [Fact]
    public void More_than_a_thousand_missed_updates_are_summed_up_in_one_line_that_still_gives_the_count_and_the_last()
    {
        // 43,835 deadlines missed in ten years (see PeriodicUpdateTests); the first unlisted one is the report + 2,002 hours.
        var lines = Evaluator.Evaluate(Ticket("critical", Utc(2026, 3, 2, 10)), Utc(2036, 3, 2, 10)).Audit.Lines.ToList();

        lines.Count(l => l.Contains("periodic update missed: no update by this deadline")).Should().Be(1000);
        lines.Should().Contain("2026-05-24T20:00:00Z (2026-05-24 13:00 PDT) 42835 more update deadlines missed, every 2 h, the last at 2036-03-02T08:00:00Z (2036-03-02 00:00 PST); next update due 2036-03-02T10:00:00Z (2036-03-02 02:00 PST)");
    }

    [Fact]
    public void One_missed_update_beyond_the_thousand_listed_is_one_deadline_in_the_summing_line()
    {
        // Level 1 reported on 1 January 2026 at 00:00 UTC with no update: the 1,000th deadline (listed) is 2,000 hours
        // later, 25 March 08:00; 439 more pass before the pause at 1 May 00:00 (the last 30 April 22:00). The deadline
        // of 1 May 00:00 passes at the pause's start; it is counted when the clock resumes at 01:00, alone, and
        // the next is 2 hours of SLA time later, after the hour paused: 03:00.
        var ticket = Ticket("critical", Utc(2026, 1, 1, 0), TicketEvent.Paused(Utc(2026, 5, 1, 0)), TicketEvent.Resumed(Utc(2026, 5, 1, 1)));

        var lines = Evaluator.Evaluate(ticket, Utc(2026, 5, 1, 1, 30)).Audit.Lines;

        lines.Should().Contain("2026-03-25T10:00:00Z (2026-03-25 03:00 PDT) 439 more update deadlines missed, every 2 h, the last at 2026-04-30T22:00:00Z (2026-04-30 15:00 PDT); next update due 2026-05-01T00:00:00Z (2026-04-30 17:00 PDT)");
        lines.Should().Contain("2026-05-01T00:00:00Z (2026-04-30 17:00 PDT) 1 more update deadline missed, every 2 h, the last at 2026-05-01T00:00:00Z (2026-04-30 17:00 PDT); next update due 2026-05-01T03:00:00Z (2026-04-30 20:00 PDT)");
    }

    [Fact]
    public void An_empty_reason_adds_nothing_to_its_events_line()
    {
        // A batch line's "reason": "" (or --event paused@...=) is no reason: the line reads "paused", not "paused: ".
        var ticket = Ticket("critical", Reported, TicketEvent.Paused(At(10, 30), ""), TicketEvent.Resumed(At(11)), TicketEvent.Paused(At(11, 30), "  "));

        var lines = Evaluator.Evaluate(ticket, At(11, 45)).Audit.Lines;

        lines.Should().Contain("2026-03-02T10:30:00Z (2026-03-02 02:30 PST) paused");
        lines.Should().Contain("2026-03-02T11:30:00Z (2026-03-02 03:30 PST) paused");
    }

    [Fact]
    public void A_share_of_the_goal_is_rounded_down_so_it_never_reads_as_more_than_it_is()
    {
        // Level 1, 2 hours = 7,200 s. Engineer assigned after 7,197 s: 99.958 % used, met 3 s before due: "99.9 %", where
        // rounding to the nearest gave "100 %" beside a goal met in time. Pending after 5,397 s: 74.958 %, "74.9 %", not
        // "75 %" while the 75 % warning is not crossed (it is at 5,400 s).
        var met = Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.EngineerAssigned, Reported + Duration.FromSeconds(7_197))), At(13));
        var pending = Evaluator.Evaluate(Ticket("critical", Reported), Reported + Duration.FromSeconds(5_397));

        met.Audit.Lines.Should().Contain(l => l.Contains("engineer assigned: response met, 3 s before due") && l.Contains("1 h 59 min 57 s of 2 h SLA time used, 99.9 %)"));
        pending.Response.Warnings.Select(w => w.Percent).Should().Equal(50);
        pending.Audit[^1].Description.Should().Contain("74.9 % of the goal used");
    }

    [Fact]
    public void A_share_a_hair_below_a_round_figure_is_still_rounded_down()
    {
        // Level 1, 2 hours = 7,200 s. Engineer assigned 1 µs before due: 7,199.999999 s used, 99.99999998… %: rounded down
        // to 0.1 % that is "99.9 %" (it read "100 %" beside a goal met in time). Level 2, 4 hours = 14,400 s, pending 100 ns
        // before 3 hours: 74.9999999993… %, "74.9 %" (it read "75 %" while the 75 % warning, at exactly 10,800 s, was not
        // crossed).
        var met = Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.EngineerAssigned, Reported + Duration.FromHours(2) - Duration.FromNanoseconds(1_000))), At(13));
        var pending = Evaluator.Evaluate(Ticket("major", Reported), Reported + Duration.FromHours(3) - Duration.FromNanoseconds(100));

        met.Audit.Lines.Should().Contain(l => l.Contains("engineer assigned: response met, 0.000001 s before due") && l.Contains("1 h 59 min 59.999999 s of 2 h SLA time used, 99.9 %)"));
        pending.Response.Warnings.Select(w => w.Percent).Should().Equal(50);
        pending.Audit[^1].Description.Should().Contain("74.9 % of the goal used");
    }

    [Fact]
    public void Seconds_and_fractions_of_a_second_are_written_only_when_there_are_some()
    {
        var ticket = Ticket("critical", Utc(2026, 3, 2, 10) + Duration.FromMilliseconds(1500));

        Evaluator.Evaluate(ticket, Utc(2026, 3, 2, 11)).Audit[0].Text.Should().StartWith("2026-03-02T10:00:01.5Z (2026-03-02 02:00:01.5 PST) clock started");
    }

    [Fact]
    public void Periodic_updates_and_severity_changes_of_a_ticket_with_many_pauses_are_explained_in_time_linear_in_the_pauses()
    {
        // Major (4 h, updates every 4 h from the report), reported 2026-01-01T00:00Z; pause k runs [2k + 1, 2k + 2) minutes after
        // the report (the clock has run k + 1 minutes when pause k begins), with a change to Major (the same level) at the end.
        // After the first resume (minute 2) both the response and the first update are due when the clock has run 240 minutes
        // with the one pause known: minute 241, 04:01Z. Found from outside: the update lines after each resume and the
        // severity-change line copied every known pause again (a 1 MiB line of 11,000 pauses took 5.2 s).
        var reported = Utc(2026, 1, 1, 0);
        var events = Enumerable.Range(0, 20_000).SelectMany(k => new[]
        {
            TicketEvent.Paused(reported + Duration.FromMinutes((2 * k) + 1)),
            TicketEvent.Resumed(reported + Duration.FromMinutes((2 * k) + 2)),
        }).Append(TicketEvent.SeverityChanged(reported + Duration.FromMinutes(40_001), "major"));

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var lines = Evaluator.Evaluate(Ticket("major", reported, events), Utc(2027, 1, 1, 0)).Audit.Lines;
        System.Diagnostics.Stopwatch.GetElapsedTime(started).Should().BeLessThan(System.TimeSpan.FromSeconds(15), "a guard against time growing with the square of the pauses (24 s before, here in Debug), not a speed goal");

        var resumes = lines.Where(l => l.Contains(" resumed: ", System.StringComparison.Ordinal)).ToList();
        resumes.Should().HaveCount(20_000);
        resumes[0].Should().Be("2026-01-01T00:02:00Z (2025-12-31 16:02 PST) resumed: 1 min paused; response now due 2026-01-01T04:01:00Z (2025-12-31 20:01 PST); next update due 2026-01-01T04:01:00Z (2025-12-31 20:01 PST)");
    }

    [Fact]
    public void Sixteen_thousand_pauses_are_explained_in_time_linear_in_the_pauses()
    {
        // Minor (3 calendar days, no periodic updates), reported 2026-01-01T00:00Z; pause k runs [2k + 1, 2k + 2) minutes
        // after the report, so before pause k's start the clock has run k + 1 minutes. After each resume the trail gives the
        // response due instant with the pauses known then: after pause 0, 72 h + 1 min; from pause 4,319 on, whose start
        // (minute 8,639) is where the clock reaches 4,320 minutes (72 h), always 2026-01-06T23:59Z (minute 8,639).
        // Found from outside: each resume walked every earlier pause again, so a 1 MiB line of 11,000 pauses took 14 s.
        var reported = Utc(2026, 1, 1, 0);
        var events = Enumerable.Range(0, 16_000).SelectMany(k => new[]
        {
            TicketEvent.Paused(reported + Duration.FromMinutes((2 * k) + 1)),
            TicketEvent.Resumed(reported + Duration.FromMinutes((2 * k) + 2)),
        });
        var result = Evaluator.Evaluate(Ticket("minor", reported, events), Utc(2027, 1, 1, 0));

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var resumes = result.Audit.Lines.Where(l => l.Contains(" resumed: ", System.StringComparison.Ordinal)).ToList();
        System.Diagnostics.Stopwatch.GetElapsedTime(started).Should().BeLessThan(System.TimeSpan.FromSeconds(10), "a guard against time growing with the square of the pauses, not a speed goal: walking every pause again at each resume took about 14 s here");

        resumes.Should().HaveCount(16_000);
        resumes[0].Should().Be("2026-01-01T00:02:00Z (2025-12-31 16:02 PST) resumed: 1 min paused; response now due 2026-01-04T00:01:00Z (2026-01-03 16:01 PST)");
        resumes[4_318].Should().Be("2026-01-06T23:58:00Z (2026-01-06 15:58 PST) resumed: 1 min paused; response now due 2026-01-06T23:59:00Z (2026-01-06 15:59 PST)");
        resumes[^1].Should().Be("2026-01-23T05:20:00Z (2026-01-22 21:20 PST) resumed: 1 min paused; response now due 2026-01-06T23:59:00Z (2026-01-06 15:59 PST)");
    }
}
