using System.Linq;
using NodaTime;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Maintenance;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>
/// The rule for the audit trail, "a reader with only the audit lines must be able to check every figure" (README E15),
/// on the findings of the session-16 review: a pause at the due instant, a response met while the clock stopped, the
/// verdict's place, and overlapping maintenance windows; and (session 17) what a window or a pause takes out on a business-hours
/// tier, and the wall-clock naming of a step's figures. Every expected line is worked out by hand from README rules 4, 7
/// and E5, E6, E11, E15.
/// </summary>
public sealed class AuditCheckableFiguresTests
{
    [Fact]
    public void A_pause_that_starts_at_the_due_instant_leaves_the_due_instant_and_the_verdict_names_wall_clock_and_SLA_time()
    {
        // Level 1 (2 h) reported Monday 2 March 2026 at 10:00Z, ticket created 10:05, paused at 12:00 with no response.
        // Rule 4: W(10:00, 12:00) = 2 h, the goal, before the pause [12:00, …) begins: due 12:00, as when a goal runs out at
        // closing time. E5: at 12:00 not yet breached; at 13:00 breached (rule 7: breach instant = due), with 2 h of SLA time
        // used (none since the pause) and so 0 min of SLA time overdue, but 1 h past the due instant on the wall clock. The
        // update due 12:00 is missed; the next counts 2 h of running clock from 12:00, after the pause so far: 15:00.
        var ticket = Ticket("critical", Reported, E(TicketEventKind.TicketCreated, At(10, 5)), TicketEvent.Paused(At(12)));

        var atDue = Evaluator.Evaluate(ticket, At(12));
        var later = Evaluator.Evaluate(ticket, At(13));

        atDue.Response.DueAt.Should().Be(At(12));
        atDue.Response.Status.Should().Be(EvaluationStatus.Pending);
        atDue.Audit[^1].Description.Should().StartWith("as of now: pending; response pending (0 min of SLA time left, 100 % of the goal used), ");
        later.Response.DueAt.Should().Be(At(12));
        later.Response.Status.Should().Be(EvaluationStatus.Breached);
        later.Response.Overdue.Should().Be(Duration.Zero);
        later.Audit.Lines.Should().Contain("2026-03-02T12:00:00Z (2026-03-02 04:00 PST) response goal breached: no response by its due instant");
        later.Audit.Lines.Last().Should().Be(
            "2026-03-02T13:00:00Z (2026-03-02 05:00 PST) as of now: breached; response breached (1 h past due on the wall clock, 0 min of SLA time overdue, 100 % of the goal used), "
            + "ProblemTicket met, EngineerAssignment breached, PeriodicUpdates breached (1 missed), FixInitiation breached, UserNotification pending; "
            + "the clock is paused since 2026-03-02T12:00:00Z (2026-03-02 04:00 PST) (counted up to now); next due: PeriodicUpdates at 2026-03-02T15:00:00Z (2026-03-02 07:00 PST)");
    }

    [Fact]
    public void A_response_met_in_a_clock_stopping_window_after_its_due_instant_says_how_late_on_the_wall_clock_and_how_much_SLA_time()
    {
        // Maintenance stops the clock. Level 1 reported Tuesday 24 November 2026 at 19:00 PST (03:00Z): 2 h of running clock
        // end at 21:00 PST (05:00Z), as the weekly window (05:00-07:00Z) begins: due 05:00Z (rule 4). The engineer is assigned
        // at 22:00 PST (06:00Z), inside the window: 1 h after the due instant on the wall clock, so breached (rule 7), yet the
        // clock stood still from 05:00Z: 2 h of SLA time used, 0 min over the goal.
        var result = ClockStops.Evaluate(Ticket("critical", Utc(2026, 11, 25, 3), E(TicketEventKind.EngineerAssigned, Utc(2026, 11, 25, 6))), Utc(2026, 11, 25, 8));

        result.Response.DueAt.Should().Be(Utc(2026, 11, 25, 5));
        result.Response.Status.Should().Be(EvaluationStatus.Breached);
        result.Response.Elapsed.Should().Be(Duration.FromHours(2));
        result.Audit.Lines.Should().Contain(l => l.StartsWith(
            "2026-11-25T06:00:00Z (2026-11-24 22:00 PST) engineer assigned: response met late, 1 h after due on the wall clock (due 2026-11-25T05:00:00Z (2026-11-24 21:00 PST); 2 h of 2 h SLA time used, 100 %); ",
            System.StringComparison.Ordinal));
        result.Audit[^1].Description.Should().StartWith("as of now: breached; response breached (met 1 h after due on the wall clock, 0 min of SLA time over the goal), ");
    }

    [Fact]
    public void The_verdict_is_the_last_line_even_before_a_window_ahead_of_now_or_before_the_report()
    {
        // Maintenance stops the clock. Level 2 (4 h) reported Tuesday 24 November 2026 at 18:00 PST (02:00Z), evaluated at
        // 19:00 PST: the window 21:00-23:00 PST lies ahead of now and moves the due instant to 02:00 + 4 h + 2 h = 08:00Z, so
        // the trail lists it (E15), and the verdict, the summary, still comes last.
        var ahead = ClockStops.Evaluate(Ticket("major", Utc(2026, 11, 25, 2)), Utc(2026, 11, 25, 3)).Audit;

        ahead.Lines.Should().Contain(l => l.StartsWith("2026-11-25T05:00:00Z (2026-11-24 21:00 PST) scheduled maintenance ", System.StringComparison.Ordinal));
        ahead[^1].Text.Should().StartWith("2026-11-25T03:00:00Z (2026-11-24 19:00 PST) as of now: breached; response pending (3 h of SLA time left, 25 % of the goal used), ");

        // Evaluated an hour before the report (E2: nothing has happened, everything pending): the clock-started line first.
        var early = Evaluator.Evaluate(Ticket("critical", Reported), Reported - Duration.FromHours(1)).Audit;

        early[0].Text.Should().StartWith("2026-03-02T10:00:00Z (2026-03-02 02:00 PST) clock started: ");
        early[^1].Text.Should().StartWith("2026-03-02T09:00:00Z (2026-03-02 01:00 PST) as of now: pending; response pending (2 h of SLA time left, 0 % of the goal used), ");
    }

    [Fact]
    public void Overlapping_maintenance_windows_each_state_only_what_they_add_so_the_lines_add_up_to_the_time_excluded()
    {
        // Maintenance stops the clock. Besides the weekly window (Tuesday 21:00-23:00 PST, 05:00-07:00Z), an emergency
        // storage upgrade runs 22:00-00:00 PST (06:00-08:00Z): together 05:00-08:00Z, 3 h, taken out once (E11). Level 2
        // (4 h) reported at 20:00 PST (04:00Z): 1 h runs to 05:00Z, the clock stops for 3 h, 3 h more end at 11:00Z.
        // The lines: the weekly window adds 2 h; the upgrade adds 1 h (07:00-08:00Z) and shares 1 h (06:00-07:00Z) with it.
        // 2 h + 1 h = 3 h = (11:00 - 04:00) - 4 h.
        var pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var upgrade = new MaintenanceOneOff("upgrade", "Storage upgrade", MaintenanceKind.Emergency, new LocalDateTime(2026, 11, 24, 22, 0), Duration.FromHours(2), "Disk replacement.");
        var schedule = new MaintenanceSchedule(pacific, ZenputSla.MaintenanceSchedule.Recurrences, oneOffs: [upgrade]);
        var evaluator = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default).WithMaintenance(schedule, clockStopsDuringMaintenance: true).Build());

        var result = evaluator.Evaluate(Ticket("major", Utc(2026, 11, 25, 4), E(TicketEventKind.TicketCreated, Utc(2026, 11, 25, 4, 5))), Utc(2026, 11, 25, 11));

        result.Response.DueAt.Should().Be(Utc(2026, 11, 25, 11));
        result.Audit.Lines.Where(l => l.Contains(") scheduled maintenance ", System.StringComparison.Ordinal)).Should().Equal(
            "2026-11-25T05:00:00Z (2026-11-24 21:00 PST) scheduled maintenance 2026-11-25T05:00:00Z (2026-11-24 21:00 PST) to 2026-11-25T07:00:00Z (2026-11-24 23:00 PST) (Weekly scheduled maintenance): the SLA clock stops (2 h of it after the report)",
            "2026-11-25T06:00:00Z (2026-11-24 22:00 PST) scheduled maintenance 2026-11-25T06:00:00Z (2026-11-24 22:00 PST) to 2026-11-25T08:00:00Z (2026-11-25 00:00 PST) (Storage upgrade): the SLA clock stops (1 h of it after the report beyond the 1 h it shares with the windows listed before it, when the clock already stopped)");
    }

    [Fact]
    public void A_pause_during_a_clock_stopping_window_says_how_much_of_it_the_window_already_counts()
    {
        // Maintenance stops the clock. Level 1 reported Tuesday 24 November 2026 at 20:00 PST (04:00Z), paused 04:30-05:30Z;
        // the weekly window runs 05:00-07:00Z. Taken out once (E11): [04:30, 07:00), 2 h 30 min. Due: 30 min run to 04:30,
        // the clock stands until 07:00, 1 h 30 min more end at 08:30Z. The lines: the window 2 h, the pause 1 h of which
        // 30 min lie in the window; 2 h + (1 h - 30 min) = 2 h 30 min = (08:30 - 04:00) - 2 h.
        var ticket = Ticket("critical", Utc(2026, 11, 25, 4), TicketEvent.Paused(Utc(2026, 11, 25, 4, 30)), TicketEvent.Resumed(Utc(2026, 11, 25, 5, 30)));

        var result = ClockStops.Evaluate(ticket, Utc(2026, 11, 25, 6));

        result.Response.DueAt.Should().Be(Utc(2026, 11, 25, 8, 30));
        result.Audit.Lines.Should().Contain(l => l.EndsWith("(Weekly scheduled maintenance): the SLA clock stops (2 h of it after the report)", System.StringComparison.Ordinal));
        result.Audit.Lines.Should().Contain(
            "2026-11-25T05:30:00Z (2026-11-24 21:30 PST) resumed: 1 h paused (30 min of it in scheduled maintenance, when the clock stopped anyway); response now due 2026-11-25T08:30:00Z (2026-11-25 00:30 PST); next update due 2026-11-25T08:30:00Z (2026-11-25 00:30 PST)");

        // With the clock running through maintenance, the pause line says nothing of the window.
        Evaluator.Evaluate(ticket, Utc(2026, 11, 25, 6)).Audit.Lines.Should().Contain(l => l.Contains(" resumed: 1 h paused; response now due 2026-11-25T07:00:00Z ", System.StringComparison.Ordinal));
    }

    /// <summary>
    /// The office tier of <see cref="StepClockTests.OfficePolicy"/> (respond within 4 business hours, Monday to Friday 09:00-17:00
    /// Pacific; a ticket within 15 business minutes, updates every 2 business hours) with the built-in weekly window (Tuesday
    /// 21:00-23:00 Pacific) and an upgrade on Wednesday 25 November 2026 08:00-10:00 Pacific, across the 09:00 opening; the clock
    /// stops during maintenance.
    /// </summary>
    private static TicketEvaluator OfficeWithMaintenance()
    {
        var pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var upgrade = new MaintenanceOneOff("upgrade", "Storage upgrade", MaintenanceKind.Emergency, new LocalDateTime(2026, 11, 25, 8, 0), Duration.FromHours(2), "Disk replacement.");
        var schedule = new MaintenanceSchedule(pacific, ZenputSla.MaintenanceSchedule.Recurrences, oneOffs: [upgrade]);
        return new TicketEvaluator(SlaPolicyBuilder.From(StepClockTests.OfficePolicy(stepClock: null)).WithMaintenance(schedule, clockStopsDuringMaintenance: true).Build());
    }

    [Fact]
    public void On_a_business_hours_tier_a_window_or_a_pause_in_closed_hours_takes_out_no_SLA_time_and_one_across_opening_only_its_business_time()
    {
        // Reported Tuesday 24 November 2026 at 16:00 PST (00:00Z on the 25th), ticket created 16:10, paused 18:00-20:00 PST,
        // engineer assigned Wednesday at 12:00 PST. Business time (rule 4, working time less what is excluded): Tuesday
        // 16:00-17:00 is 1 h; the weekly window 21:00-23:00 and the pause 18:00-20:00 lie in closed hours, so neither holds
        // any; Wednesday opens at 09:00 inside the upgrade (08:00-10:00), so 09:00-10:00 is taken out; 3 h more run
        // 10:00-13:00: due Wednesday 13:00 PST (21:00Z). Met at 12:00: 1 h + 2 h = 3 h of SLA time used, 1 h before due.
        // The lines add up: the business time from the report to the response, 16:00-17:00 and 09:00-12:00 = 4 h, less what
        // the lines take out (weekly window none, pause none, upgrade 1 h) = 3 h, the SLA time used.
        var ticket = Ticket(
            "urgent",
            Pt(2026, 11, 24, 16),
            E(TicketEventKind.TicketCreated, Pt(2026, 11, 24, 16, 10)),
            TicketEvent.Paused(Pt(2026, 11, 24, 18)),
            TicketEvent.Resumed(Pt(2026, 11, 24, 20)),
            E(TicketEventKind.EngineerAssigned, Pt(2026, 11, 25, 12)));

        var result = OfficeWithMaintenance().Evaluate(ticket, Pt(2026, 11, 25, 12, 30));

        result.Response.DueAt.Should().Be(Pt(2026, 11, 25, 13));
        result.Response.Elapsed.Should().Be(Duration.FromHours(3));
        var lines = result.Audit.Lines.ToList();
        lines.Should().Contain(
            "2026-11-25T05:00:00Z (2026-11-24 21:00 PST) scheduled maintenance 2026-11-25T05:00:00Z (2026-11-24 21:00 PST) to 2026-11-25T07:00:00Z (2026-11-24 23:00 PST) (Weekly scheduled maintenance): "
            + "the SLA clock stops, but none of it after the report is business time: no SLA time is taken out");
        lines.Should().Contain(
            "2026-11-25T16:00:00Z (2026-11-25 08:00 PST) scheduled maintenance 2026-11-25T16:00:00Z (2026-11-25 08:00 PST) to 2026-11-25T18:00:00Z (2026-11-25 10:00 PST) (Storage upgrade): "
            + "the SLA clock stops (1 h of business time in it after the report)");
        lines.Should().Contain(l => l.StartsWith(
            "2026-11-25T04:00:00Z (2026-11-24 20:00 PST) resumed: 2 h paused (none of it business time: no SLA time is taken out); response now due 2026-11-25T21:00:00Z (2026-11-25 13:00 PST)",
            System.StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith(
            "2026-11-25T20:00:00Z (2026-11-25 12:00 PST) engineer assigned: response met, 1 h before due on the wall clock (due 2026-11-25T21:00:00Z (2026-11-25 13:00 PST); 3 h of 4 h SLA time used, 75 %)",
            System.StringComparison.Ordinal));
    }

    [Fact]
    public void On_a_business_hours_tier_a_pause_across_opening_in_a_window_counts_only_the_business_time_the_window_does_not()
    {
        // Reported Tuesday 24 November 2026 at 16:00 PST, paused Wednesday 08:30-10:30 PST, engineer assigned 12:00 PST.
        // The upgrade (08:00-10:00) takes out Wednesday's 09:00-10:00; the pause holds 09:00-10:30, 1 h 30 min of business
        // time, of which 1 h lies in the upgrade, whose line counts it, and 30 min (10:00-10:30) beyond it. Due (rule 4):
        // 1 h on Tuesday, then 10:30-13:30 for the other 3 h: 13:30 PST (21:30Z). Met at 12:00: 1 h + 1 h 30 min = 2 h 30 min.
        // The lines add up: 4 h of business time from the report to the response, less 1 h (upgrade) and 30 min (pause).
        var ticket = Ticket(
            "urgent",
            Pt(2026, 11, 24, 16),
            TicketEvent.Paused(Pt(2026, 11, 25, 8, 30)),
            TicketEvent.Resumed(Pt(2026, 11, 25, 10, 30)),
            E(TicketEventKind.EngineerAssigned, Pt(2026, 11, 25, 12)));

        var result = OfficeWithMaintenance().Evaluate(ticket, Pt(2026, 11, 25, 12, 30));

        result.Response.DueAt.Should().Be(Pt(2026, 11, 25, 13, 30));
        result.Response.Elapsed.Should().Be(Duration.FromMinutes(150));
        result.Audit.Lines.Should().Contain(l => l.StartsWith(
            "2026-11-25T18:30:00Z (2026-11-25 10:30 PST) resumed: 2 h paused (30 min of business time in it beyond the 1 h of business time in scheduled maintenance, when the clock stopped anyway); "
            + "response now due 2026-11-25T21:30:00Z (2026-11-25 13:30 PST)",
            System.StringComparison.Ordinal));
        result.Audit.Lines.Should().Contain(l => l.EndsWith("(Storage upgrade): the SLA clock stops (1 h of business time in it after the report)", System.StringComparison.Ordinal));
    }

    [Fact]
    public void On_a_business_hours_tier_overlapping_windows_each_state_only_the_business_time_they_add()
    {
        // The office tier with the upgrade (Wednesday 08:00-10:00 PST) and a second window, 09:30-10:30 PST, overlapping it.
        // Together they take out Wednesday's 09:00-10:30 once: the upgrade adds 09:00-10:00 (1 h of business time), the second
        // adds 10:00-10:30 (30 min) and shares 09:30-10:00 (30 min) with it. Reported Tuesday 16:00 PST: 1 h to the close, 3 h
        // more from 10:30: due 13:30 PST (21:30Z). The lines add up: business time from the report to 13:30 is 1 h + 4 h 30 min,
        // less 1 h and 30 min taken out = 4 h, the goal.
        var pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var upgrade = new MaintenanceOneOff("upgrade", "Storage upgrade", MaintenanceKind.Emergency, new LocalDateTime(2026, 11, 25, 8, 0), Duration.FromHours(2), "Disk replacement.");
        var network = new MaintenanceOneOff("network", "Network switch", MaintenanceKind.Emergency, new LocalDateTime(2026, 11, 25, 9, 30), Duration.FromHours(1), "Switch swap.");
        var schedule = new MaintenanceSchedule(pacific, ZenputSla.MaintenanceSchedule.Recurrences, oneOffs: [upgrade, network]);
        var evaluator = new TicketEvaluator(SlaPolicyBuilder.From(StepClockTests.OfficePolicy(stepClock: null)).WithMaintenance(schedule, clockStopsDuringMaintenance: true).Build());

        var result = evaluator.Evaluate(Ticket("urgent", Pt(2026, 11, 24, 16)), Pt(2026, 11, 25, 11));

        result.Response.DueAt.Should().Be(Pt(2026, 11, 25, 13, 30));
        result.Audit.Lines.Should().Contain(l => l.EndsWith("(Storage upgrade): the SLA clock stops (1 h of business time in it after the report)", System.StringComparison.Ordinal));
        result.Audit.Lines.Should().Contain(l => l.EndsWith(
            "(Network switch): the SLA clock stops (30 min of business time in it after the report beyond the 30 min of business time it shares with the windows listed before it, when the clock already stopped)",
            System.StringComparison.Ordinal));
    }

    /// <summary>
    /// The office tier (<see cref="StepClockTests.OfficePolicy"/>) with <paramref name="stepClock"/>, the built-in weekly window
    /// (Tuesday 21:00-23:00 Pacific) and two one-offs on Wednesday 25 November 2026, an upgrade 08:00-10:00 and a network
    /// switch 09:30-10:30 Pacific, overlapping; the clock stops during maintenance.
    /// </summary>
    private static TicketEvaluator OfficeWithOverlappingMaintenance(StepClock? stepClock)
    {
        var pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var upgrade = new MaintenanceOneOff("upgrade", "Storage upgrade", MaintenanceKind.Emergency, new LocalDateTime(2026, 11, 25, 8, 0), Duration.FromHours(2), "Disk replacement.");
        var network = new MaintenanceOneOff("network", "Network switch", MaintenanceKind.Emergency, new LocalDateTime(2026, 11, 25, 9, 30), Duration.FromHours(1), "Switch swap.");
        var schedule = new MaintenanceSchedule(pacific, ZenputSla.MaintenanceSchedule.Recurrences, oneOffs: [upgrade, network]);
        return new TicketEvaluator(SlaPolicyBuilder.From(StepClockTests.OfficePolicy(stepClock)).WithMaintenance(schedule, clockStopsDuringMaintenance: true).Build());
    }

    /// <summary>
    /// Reported Tuesday 24 November 2026 at 21:30 PST (05:30Z on the 25th), inside the weekly window; paused 22:30-23:30 PST,
    /// across the window's end; ticket created 23:40 PST; evaluated Wednesday 00:00 PST.
    /// </summary>
    private static readonly TicketTimeline TuesdayNightTicket = Ticket(
        "urgent",
        Pt(2026, 11, 24, 21, 30),
        TicketEvent.Paused(Pt(2026, 11, 24, 22, 30)),
        TicketEvent.Resumed(Pt(2026, 11, 24, 23, 30)),
        E(TicketEventKind.TicketCreated, Pt(2026, 11, 24, 23, 40)));

    [Fact]
    public void On_a_business_hours_tier_whose_steps_count_around_the_clock_the_window_and_pause_lines_give_the_steps_clock_figures()
    {
        // The rule (E15): a reader with only the lines can check every figure, the steps' deadlines too. Steps count
        // around the clock (E10); maintenance and pauses stop their clock as well (E11), for all of their length, counted once.
        // Steps' clock (24x7 less maintenance and pauses): the weekly window takes out 21:30-23:00 after the report (1 h 30 min);
        // the pause 22:30-23:30 adds 23:00-23:30 (30 min) beyond its 30 min in the window. The ticket (within 15 minutes):
        // 21:30 + 15 min + 1 h 30 min + 30 min = 23:45 PST (07:45Z); created 23:40, 5 min before due on the wall clock. The
        // updates (every 2 hours): 21:30 + 2 h + 1 h 30 min + 30 min = 01:30 PST Wednesday (09:30Z).
        // Response goal's clock (4 business hours, 09:00-17:00): the weekly window and the pause lie in closed hours, no
        // business time; the upgrade takes out Wednesday's 09:00-10:00 (1 h), the switch adds 10:00-10:30 (30 min) and shares
        // 09:30-10:00 (30 min) with it. Due: 10:30 + 4 h = 14:30 PST (22:30Z). On the steps' clock the upgrade takes out all
        // of its 2 h, the switch adds 10:00-10:30 (30 min) and shares 09:30-10:00 (30 min).
        var result = OfficeWithOverlappingMaintenance(StepClock.AroundTheClock).Evaluate(TuesdayNightTicket, Pt(2026, 11, 25, 0));

        result.Response.DueAt.Should().Be(Pt(2026, 11, 25, 14, 30));
        result.FindStep(ResolutionStepKind.ProblemTicket)!.Value.DueAt.Should().Be(Pt(2026, 11, 24, 23, 45));
        result.PeriodicUpdates!.NextDueAt.Should().Be(Pt(2026, 11, 25, 1, 30));
        var lines = result.Audit.Lines.ToList();
        lines.Should().Contain(
            "2026-11-25T05:30:00Z (2026-11-24 21:30 PST) scheduled maintenance 2026-11-25T05:00:00Z (2026-11-24 21:00 PST) to 2026-11-25T07:00:00Z (2026-11-24 23:00 PST) (Weekly scheduled maintenance): "
            + "the SLA clock stops, but none of it after the report is business time: no SLA time is taken out of the response goal; the steps' clock, which counts around the clock, stops for 1 h 30 min of it after the report");
        lines.Should().Contain(l => l.StartsWith(
            "2026-11-25T07:30:00Z (2026-11-24 23:30 PST) resumed: 1 h paused (none of it business time: no SLA time is taken out of the response goal; "
            + "the steps' clock, which counts around the clock, stops for 30 min beyond the 30 min in scheduled maintenance, when it stopped anyway); response now due 2026-11-25T22:30:00Z (2026-11-25 14:30 PST)",
            System.StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith(
            "2026-11-25T07:40:00Z (2026-11-24 23:40 PST) ticket created: ProblemTicket met, 5 min before due on the wall clock (due 2026-11-25T07:45:00Z (2026-11-24 23:45 PST): within 15 minutes of notification)",
            System.StringComparison.Ordinal));
        lines.Should().Contain(
            "2026-11-25T16:00:00Z (2026-11-25 08:00 PST) scheduled maintenance 2026-11-25T16:00:00Z (2026-11-25 08:00 PST) to 2026-11-25T18:00:00Z (2026-11-25 10:00 PST) (Storage upgrade): "
            + "the SLA clock stops (1 h of business time in it after the report); the steps' clock, which counts around the clock, stops for 2 h of it after the report");
        lines.Should().Contain(
            "2026-11-25T17:30:00Z (2026-11-25 09:30 PST) scheduled maintenance 2026-11-25T17:30:00Z (2026-11-25 09:30 PST) to 2026-11-25T18:30:00Z (2026-11-25 10:30 PST) (Network switch): "
            + "the SLA clock stops (30 min of business time in it after the report beyond the 30 min of business time it shares with the windows listed before it, when the clock already stopped); "
            + "the steps' clock, which counts around the clock, stops for 30 min of it after the report beyond the 30 min it shares with the windows listed before it");
    }

    [Fact]
    public void On_a_business_hours_tier_whose_steps_count_around_the_clock_a_pause_in_business_hours_gives_both_figures()
    {
        // Reported Tuesday 24 November 2026 at 21:30 PST; paused Wednesday 10:00-11:00 PST (its first half in the switch window,
        // 09:30-10:30) and 12:00-12:30 PST. Both clocks count all of either pause's time (business hours, and around the clock):
        // the first stops 30 min (10:30-11:00) beyond its 30 min in maintenance on each; the second 30 min on each. Response:
        // business time from 10:30 (the upgrade and the switch take out 09:00-10:30); with the first pause known, 11:00 + 4 h =
        // 15:00 PST (23:00Z); with both, 1 h runs 11:00-12:00 and 3 h 12:30-15:30: 15:30 PST (23:30Z).
        var ticket = Ticket(
            "urgent",
            Pt(2026, 11, 24, 21, 30),
            TicketEvent.Paused(Pt(2026, 11, 25, 10)),
            TicketEvent.Resumed(Pt(2026, 11, 25, 11)),
            TicketEvent.Paused(Pt(2026, 11, 25, 12)),
            TicketEvent.Resumed(Pt(2026, 11, 25, 12, 30)));

        var result = OfficeWithOverlappingMaintenance(StepClock.AroundTheClock).Evaluate(ticket, Pt(2026, 11, 25, 13));

        result.Response.DueAt.Should().Be(Pt(2026, 11, 25, 15, 30));
        result.Audit.Lines.Should().Contain(l => l.StartsWith(
            "2026-11-25T19:00:00Z (2026-11-25 11:00 PST) resumed: 1 h paused (30 min of business time in it beyond the 30 min of business time in scheduled maintenance, when the clock stopped anyway; "
            + "the steps' clock, which counts around the clock, stops for 30 min beyond the 30 min in scheduled maintenance, when it stopped anyway); response now due 2026-11-25T23:00:00Z (2026-11-25 15:00 PST)",
            System.StringComparison.Ordinal));
        result.Audit.Lines.Should().Contain(l => l.StartsWith(
            "2026-11-25T20:30:00Z (2026-11-25 12:30 PST) resumed: 30 min paused (30 min of business time in it; the steps' clock, which counts around the clock, stops for 30 min); response now due 2026-11-25T23:30:00Z (2026-11-25 15:30 PST)",
            System.StringComparison.Ordinal));
    }

    [Fact]
    public void On_a_business_hours_tier_whose_steps_count_on_the_response_goals_clock_the_lines_give_one_figure_as_before()
    {
        // The same ticket with the default step clock: the steps count business time, the response goal's clock, so the lines'
        // one figure is theirs too. The weekly window and the pause hold no business time; the ticket is due 15 business
        // minutes after the report: Wednesday 10:30 (the upgrade and the switch take out 09:00-10:30) + 15 min = 10:45 PST.
        var result = OfficeWithOverlappingMaintenance(stepClock: null).Evaluate(TuesdayNightTicket, Pt(2026, 11, 25, 0));

        result.FindStep(ResolutionStepKind.ProblemTicket)!.Value.DueAt.Should().Be(Pt(2026, 11, 25, 10, 45));
        var lines = result.Audit.Lines.ToList();
        lines.Should().Contain(
            "2026-11-25T05:30:00Z (2026-11-24 21:30 PST) scheduled maintenance 2026-11-25T05:00:00Z (2026-11-24 21:00 PST) to 2026-11-25T07:00:00Z (2026-11-24 23:00 PST) (Weekly scheduled maintenance): "
            + "the SLA clock stops, but none of it after the report is business time: no SLA time is taken out");
        lines.Should().Contain(l => l.StartsWith(
            "2026-11-25T07:30:00Z (2026-11-24 23:30 PST) resumed: 1 h paused (none of it business time: no SLA time is taken out); response now due 2026-11-25T22:30:00Z (2026-11-25 14:30 PST)",
            System.StringComparison.Ordinal));
        lines.Should().Contain(l => l.EndsWith("(Storage upgrade): the SLA clock stops (1 h of business time in it after the report)", System.StringComparison.Ordinal));
        lines.Should().Contain(l => l.EndsWith(
            "(Network switch): the SLA clock stops (30 min of business time in it after the report beyond the 30 min of business time it shares with the windows listed before it, when the clock already stopped)",
            System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_step_met_before_or_after_its_due_instant_says_wall_clock_as_the_response_line_does()
    {
        // The office tier: reported Tuesday 24 November 2026 at 16:50 PST; a ticket is owed within 15 business minutes: 10 min
        // run to the 17:00 close, Wednesday's 09:00-10:00 lies in the upgrade, 5 min more end at 10:05 PST. Created at 17:30
        // PST: 16 h 35 min before due on the wall clock, after 10 min of business time. Created instead at 10:10 PST
        // Wednesday: 5 min after due on the wall clock.
        var early = OfficeWithMaintenance().Evaluate(Ticket("urgent", Pt(2026, 11, 24, 16, 50), E(TicketEventKind.TicketCreated, Pt(2026, 11, 24, 17, 30))), Pt(2026, 11, 25, 11));
        var late = OfficeWithMaintenance().Evaluate(Ticket("urgent", Pt(2026, 11, 24, 16, 50), E(TicketEventKind.TicketCreated, Pt(2026, 11, 25, 10, 10))), Pt(2026, 11, 25, 11));

        early.Audit.Lines.Should().Contain(
            "2026-11-25T01:30:00Z (2026-11-24 17:30 PST) ticket created: ProblemTicket met, 16 h 35 min before due on the wall clock (due 2026-11-25T18:05:00Z (2026-11-25 10:05 PST): within 15 business minutes of notification)");
        late.Audit.Lines.Should().Contain(
            "2026-11-25T18:10:00Z (2026-11-25 10:10 PST) ticket created: ProblemTicket met late, 5 min after due on the wall clock (due 2026-11-25T18:05:00Z (2026-11-25 10:05 PST): within 15 business minutes of notification)");
        late.Audit.Lines.Should().Contain(
            "2026-11-25T18:05:00Z (2026-11-25 10:05 PST) ProblemTicket breached: not met by its due instant (met 5 min late on the wall clock, at 2026-11-25T18:10:00Z (2026-11-25 10:10 PST))");
    }
}
