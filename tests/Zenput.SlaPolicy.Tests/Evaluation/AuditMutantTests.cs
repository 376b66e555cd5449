using System;
using System.Linq;
using NodaTime;
using NodaTime.TimeZones;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>
/// The audit trail's text (README E15: every line with its instant in UTC and in the support zone, each event
/// with what it met and by how much), pinned where mutation testing (docs/mutation.md, the 2026-12-02 run of the
/// evaluation files not measured before, session 10) found no test that read it. The expected lines are worked
/// out by hand from the README's rules, the built-in policy and the tz database.
/// </summary>
public sealed class AuditMutantTests
{
    // Reported and At (EvaluationKit): Monday 2 March 2026, 10:00 UTC (02:00 PST): no maintenance window anywhere near.
    [Fact]
    public void Instants_before_the_year_1_are_written_in_UTC_and_in_the_support_zones_local_mean_time_to_the_minute()
    {
        // Monday 3 January of the year 0 (proleptic ISO calendar; 400 years before Monday 3 January 2000). Before
        // 1883 the tz database gives Los Angeles its local mean time, LMT, 7 h 52 min 58 s behind UTC, so 10:52:58
        // UTC is 03:00 LMT. Level 1: the problem ticket is due 15 minutes after the report, the response 2 hours
        // after; now is 1 hour after the report (50 % of the goal, the first warning).
        var reported = Instant.FromUtc(0, 1, 3, 10, 52, 58);

        Evaluator.Evaluate(Ticket("critical", reported), reported + Duration.FromHours(1)).Audit.Lines.Should().Equal(
            "0000-01-03T10:52:58Z (0000-01-03 03:00 LMT) clock started: Level 1 - Critical, respond within 2 hours; response due 0000-01-03T12:52:58Z (0000-01-03 05:00 LMT)",
            "0000-01-03T11:07:58Z (0000-01-03 03:15 LMT) ProblemTicket breached: not met by its due instant (within 15 minutes of notification)",
            "0000-01-03T11:52:58Z (0000-01-03 04:00 LMT) 50 % of the response goal used (1 h of 2 h SLA time): warning",
            "0000-01-03T11:52:58Z (0000-01-03 04:00 LMT) as of now: breached; response pending (1 h of SLA time left, 50 % of the goal used), ProblemTicket breached, EngineerAssignment pending, PeriodicUpdates pending (0 missed), FixInitiation pending, UserNotification pending; next due: response at 0000-01-03T12:52:58Z (0000-01-03 05:00 LMT)");
    }

    [Fact]
    public void Instants_before_the_year_1_are_written_with_their_seconds_and_fractions_when_there_are_some()
    {
        // As above: 10:00:00 UTC is 02:07:02 LMT (7 h 52 min 58 s behind), the year -1 is written -0001, and 05:00 UTC
        // on 1 January of the year 1 is still 31 December of the year 0 in Los Angeles.
        Evaluator.Evaluate(Ticket("critical", Instant.FromUtc(0, 1, 3, 10, 0) + Duration.FromMilliseconds(500)), Instant.FromUtc(0, 1, 3, 11, 0)).Audit[0].Text
            .Should().StartWith("0000-01-03T10:00:00.5Z (0000-01-03 02:07:02.5 LMT) clock started");
        Evaluator.Evaluate(Ticket("critical", Instant.FromUtc(0, 1, 3, 10, 0)), Instant.FromUtc(0, 1, 3, 11, 0)).Audit[0].Text
            .Should().StartWith("0000-01-03T10:00:00Z (0000-01-03 02:07:02 LMT) clock started");
        Evaluator.Evaluate(Ticket("critical", Instant.FromUtc(-1, 1, 4, 10, 52, 58)), Instant.FromUtc(-1, 1, 4, 11, 0)).Audit[0].Text
            .Should().StartWith("-0001-01-04T10:52:58Z (-0001-01-04 03:00 LMT) clock started");
        Evaluator.Evaluate(Ticket("critical", Instant.FromUtc(1, 1, 1, 5, 0)), Instant.FromUtc(1, 1, 1, 6, 0)).Audit[0].Text
            .Should().StartWith("0001-01-01T05:00:00Z (0000-12-31 21:07:02 LMT) clock started");
    }

    [Fact]
    public void An_event_exactly_at_now_has_its_line_in_the_trail()
    {
        // E2: an event at now has happened (only those after now are left out). Level 1 reported at 10:00 is due
        // 12:00; the first response at 11:00 meets it an hour early, with 1 h of the 2 h used.
        Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, At(11))), At(11)).Audit.Lines.Should().Contain(
            "2026-03-02T11:00:00Z (2026-03-02 03:00 PST) first response: response met, 1 h before due on the wall clock (due 2026-03-02T12:00:00Z (2026-03-02 04:00 PST); 1 h of 2 h SLA time used, 50 %)");
    }

    [Fact]
    public void An_update_exactly_at_its_deadline_is_said_to_meet_it_exactly()
    {
        // E9: Level 1 reported at 10:00 owes an update by 12:00; one exactly then meets it, and the next is due 2 hours later.
        Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.StatusUpdate, At(12))), At(12, 30)).Audit.Lines.Should().Contain(
            "2026-03-02T12:00:00Z (2026-03-02 04:00 PST) status update: met the update due 2026-03-02T12:00:00Z (2026-03-02 04:00 PST), exactly at its deadline; next update due 2026-03-02T14:00:00Z (2026-03-02 06:00 PST)");
    }

    [Fact]
    public void Lines_of_events_at_the_same_instant_keep_the_order_of_the_events()
    {
        // E1: events at one instant keep the order given; E15: the trail is in time order, so their lines do too.
        // Ten pauses, each resumed at once, all at 10:30: twenty lines at one instant, each pause with its reason.
        var events = Enumerable.Range(1, 10).SelectMany(k => new[] { TicketEvent.Paused(At(10, 30), $"reason {k}"), TicketEvent.Resumed(At(10, 30)) });

        var atHalfPast = Evaluator.Evaluate(Ticket("critical", Reported, events), At(10, 45)).Audit
            .Where(e => e.At == At(10, 30))
            .Select(e => e.Description.StartsWith("resumed: ", System.StringComparison.Ordinal) ? "resumed" : e.Description);

        atHalfPast.Should().Equal(Enumerable.Range(1, 10).SelectMany(k => new[] { $"paused: reason {k}", "resumed" }));
    }

    [Fact]
    public void The_line_on_unlisted_maintenance_windows_says_whether_the_clock_stops_during_them()
    {
        // E15: after the first 100 windows one line says more follow. Reported Monday 5 January 2026, 10:00 PST; the
        // weekly windows are on Tuesdays at 21:00 PST, the 101st on 7 December 2027.
        var reported = Pt(2026, 1, 5, 10);
        const string NotListed = "2027-12-08T05:00:00Z (2027-12-07 21:00 PST) more scheduled maintenance windows until ";

        // The clock stops during maintenance: the windows up to now (1 June 2028, 10:00 PDT) are listed.
        var stops = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default).WithMaintenance(ZenputSla.MaintenanceSchedule, clockStopsDuringMaintenance: true).Build());
        stops.Evaluate(Ticket("critical", reported, E(TicketEventKind.FixApplied, Pt(2026, 1, 5, 11))), Pt(2028, 6, 1, 10)).Audit.Lines.Should().Contain(
            NotListed + "2028-06-01T17:00:00Z (2028-06-01 10:00 PDT) are not listed here (the trail lists the first 100; the policy's maintenance schedule gives them all): the SLA clock stops during each");

        // The built-in policy's clock keeps running; with a response goal of 1,000 days the windows up to its due
        // instant are listed: 5 January 2026 18:00 UTC + 1,000 days = 1 October 2028 18:00 UTC (11:00 PDT).
        var critical = ZenputSla.Default.GetTier(1);
        var runs = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default)
            .ReplaceTier(new SeverityTier(critical.Severity, GoalTarget.Elapsed(Duration.FromDays(1000)), critical.ResolutionProcess))
            .Build());
        runs.Evaluate(Ticket("critical", reported), reported + Duration.FromHours(1)).Audit.Lines.Should().Contain(
            NotListed + "2028-10-01T18:00:00Z (2028-10-01 11:00 PDT) are not listed here (the trail lists the first 100; the policy's maintenance schedule gives them all): the SLA clock keeps running");
    }

    [Fact]
    public void The_trail_counts_later_events_left_out_in_the_plural_when_there_are_several()
    {
        // E2/E15: two events after now (11:00) are not counted; the first is at 11:30.
        Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, At(11, 30)), E(TicketEventKind.StatusUpdate, At(11, 45))), At(11)).Audit.Lines.Should().Contain(
            "2026-03-02T11:00:00Z (2026-03-02 03:00 PST) not counted: 2 later events, from 2026-03-02T11:30:00Z (2026-03-02 03:30 PST), after the evaluation instant");
    }

    [Fact]
    public void The_verdict_of_a_breached_response_says_how_far_overdue_it_is_or_by_how_much_it_was_met_late()
    {
        // E5/E6/E14: Level 1 reported at 10:00 is due 12:00; now is 12:30. With no response, 2 h 30 min of the 2 h
        // are used (125 %), 30 min overdue (no pause: as much SLA time as wall-clock time); the problem ticket (10:15), the engineer and the fix (12:00) are
        // breached, the update due 12:00 is missed and the next is due 14:00, the user notification waits for a fix.
        Evaluator.Evaluate(Ticket("critical", Reported), At(12, 30)).Audit.Lines.Last().Should().Be(
            "2026-03-02T12:30:00Z (2026-03-02 04:30 PST) as of now: breached; response breached (30 min past due on the wall clock, 30 min of SLA time overdue, 125 % of the goal used), ProblemTicket breached, EngineerAssignment breached, PeriodicUpdates breached (1 missed), FixInitiation breached, UserNotification pending; next due: PeriodicUpdates at 2026-03-02T14:00:00Z (2026-03-02 06:00 PST)");

        // A first response at 12:10 met the goal 10 minutes late (it does not meet the engineer's assignment).
        Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, At(12, 10))), At(12, 30)).Audit.Lines.Last().Should().Be(
            "2026-03-02T12:30:00Z (2026-03-02 04:30 PST) as of now: breached; response breached (met 10 min after due on the wall clock, 10 min of SLA time over the goal), ProblemTicket breached, EngineerAssignment breached, PeriodicUpdates breached (1 missed), FixInitiation breached, UserNotification pending; next due: PeriodicUpdates at 2026-03-02T14:00:00Z (2026-03-02 06:00 PST)");
    }

    [Fact]
    public void The_verdict_says_a_best_effort_step_not_yet_done_is_best_effort()
    {
        // E8/E14: Level 3 reported Monday 2 March 2026, 02:00 PST, is due 3 calendar days later on the Pacific wall
        // clock, Thursday 5 March 02:00 PST (no DST change in between): a 72-hour goal. At 03:00 PST 1 h is used
        // (1/72 = 1.38… %, rounded down to 1.3 %), 71 h left; the next-release effort is best effort and does not decide the verdict.
        // (The trail also lists the maintenance window of Tuesday 3 March, 21:00 PST, after now but within the goal.)
        Evaluator.Evaluate(Ticket("minor", Reported), At(11)).Audit.Lines.Should().Contain(
            "2026-03-02T11:00:00Z (2026-03-02 03:00 PST) as of now: pending; response pending (2 d 23 h of SLA time left, 1.3 % of the goal used), NextReleaseEffort best effort, not yet done; next due: response at 2026-03-05T10:00:00Z (2026-03-05 02:00 PST)");
    }

    [Fact]
    public void A_support_zone_whose_name_does_not_fit_the_line_is_still_written_in_full_with_the_seconds()
    {
        // The local part is "2026-03-02 11:00" in a zone one hour ahead of UTC; with the UTC part, the brackets and
        // the spaces 40 characters are written before and after the zone's name, and the line is built in 128:
        // a name of 88 characters fits, one of 89 is written by NodaTime's pattern (which always gives the seconds).
        var fits = new string('n', 88);
        var tooLong = new string('n', 89);

        TrailIn(fits)[0].Text.Should().StartWith($"2026-03-02T10:00:00Z (2026-03-02 11:00 {fits}) clock started");
        TrailIn(tooLong)[0].Text.Should().StartWith($"2026-03-02T10:00:00Z (2026-03-02 11:00:00 {tooLong}) clock started");

        static AuditTrail TrailIn(string zoneName) =>
            new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default).WithSupportZone(new NamedZone(zoneName)).Build())
                .Evaluate(Ticket("critical", Reported), At(11)).Audit;
    }

    [Fact]
    public void An_evaluator_needs_a_clock_made_from_a_policy()
    {
        // TicketEvaluator(SlaClock): "ArgumentException: the clock was made from a calendar, not a policy".
        var act = () => new TicketEvaluator(new SlaClock(BusinessCalendar.AlwaysOpen(DateTimeZone.Utc)));

        act.Should().Throw<ArgumentException>()
            .WithMessage("Tickets are evaluated under a policy; this clock was made from a calendar alone.*")
            .Which.ParamName.Should().Be("clock");
    }

    [Fact]
    public void A_timeline_and_its_evaluation_say_in_their_text_which_ticket_they_are_and_what_they_hold()
    {
        // Level 1 reported at 10:00, responded at 10:30, updated at 11:00 (the next update due 13:00), now 11:00;
        // the problem ticket (due 10:15) is breached. The same without an id, and with the fix applied (no update owed).
        var timeline = new TicketTimeline(Reported, "critical", [E(TicketEventKind.FirstResponse, At(10, 30)), E(TicketEventKind.StatusUpdate, At(11))]) { Id = "T-1" };
        var result = Evaluator.Evaluate(timeline, At(11));

        timeline.ToString().Should().Be("ticket T-1 reported 2026-03-02T10:00:00Z as 'critical' with 2 events");
        result.ToString().Should().Be("ticket T-1 (Level 1 - Critical) breached as of 2026-03-02T11:00:00Z");
        result.Response.ToString().Should().Be("response met: due 2026-03-02T12:00:00Z, met 2026-03-02T10:30:00Z");
        result.PeriodicUpdates!.ToString().Should().Be("updates every 2 hours: 0 missed, next due 2026-03-02T13:00:00Z");

        var anonymous = Ticket("critical", Reported, E(TicketEventKind.FixApplied, At(10, 30)));
        var fixedResult = Evaluator.Evaluate(anonymous, At(11));

        anonymous.ToString().Should().Be("ticket reported 2026-03-02T10:00:00Z as 'critical' with 1 event");
        fixedResult.ToString().Should().Be("ticket (Level 1 - Critical) breached as of 2026-03-02T11:00:00Z");
        fixedResult.Response.ToString().Should().Be("response pending: due 2026-03-02T12:00:00Z");
        fixedResult.PeriodicUpdates!.ToString().Should().Be("updates every 2 hours: 0 missed, none owed");
    }

    [Fact]
    public void The_verdict_of_a_paused_ticket_gives_the_instant_of_the_pause_in_progress_at_now()
    {
        // E11/E15: the pause in progress at now began at the last "paused" at or before now, whatever came after
        // it; events after now do not count, and a pause that begins exactly at now is in progress.
        var later = Evaluator.Evaluate(Ticket("critical", Reported,
            TicketEvent.Paused(At(10, 30)), E(TicketEventKind.StatusUpdate, At(10, 45)), TicketEvent.Resumed(At(11, 30)), TicketEvent.Paused(At(11, 45))), At(11));
        later.Audit.Lines.Should().ContainSingle(l => l.Contains("; the clock is paused since 2026-03-02T10:30:00Z (2026-03-02 02:30 PST) (counted up to now);"));

        var atNow = Evaluator.Evaluate(Ticket("critical", Reported, TicketEvent.Paused(At(11))), At(11));
        atNow.Audit.Lines.Should().ContainSingle(l => l.Contains("; the clock is paused since 2026-03-02T11:00:00Z (2026-03-02 03:00 PST) (counted up to now);"));
    }

    [Fact]
    public void A_goal_met_exactly_at_its_due_instant_is_said_to_be_met_exactly_at_due()
    {
        // E5: met at the deadline is met. Level 1 reported at 10:00: the problem ticket is due 10:15, the response
        // 12:00 (all 2 h of the goal used).
        var lines = Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.TicketCreated, At(10, 15)), E(TicketEventKind.FirstResponse, At(12))), At(12, 30)).Audit.Lines;

        lines.Should().Contain("2026-03-02T10:15:00Z (2026-03-02 02:15 PST) ticket created: ProblemTicket met exactly at due (due 2026-03-02T10:15:00Z (2026-03-02 02:15 PST): within 15 minutes of notification)");
        lines.Should().Contain("2026-03-02T12:00:00Z (2026-03-02 04:00 PST) first response: response met exactly at due (due 2026-03-02T12:00:00Z (2026-03-02 04:00 PST); 2 h of 2 h SLA time used, 100 %)");
    }

    [Fact]
    public void A_trail_is_a_list_of_its_entries_and_its_text_is_their_lines_joined_with_newlines()
    {
        // AuditTrail: an IReadOnlyList of entries; ToString gives the lines joined with newlines; an entry's text is
        // the whole line. Level 1 reported at 10:00, now 10:10: the clock started, and the verdict.
        var audit = Evaluator.Evaluate(Ticket("critical", Reported), At(10, 10)).Audit;
        const string Started = "2026-03-02T10:00:00Z (2026-03-02 02:00 PST) clock started: Level 1 - Critical, respond within 2 hours; response due 2026-03-02T12:00:00Z (2026-03-02 04:00 PST)";
        const string Verdict = "2026-03-02T10:10:00Z (2026-03-02 02:10 PST) as of now: pending; response pending (1 h 50 min of SLA time left, 8.3 % of the goal used), ProblemTicket pending, EngineerAssignment pending, PeriodicUpdates pending (0 missed), FixInitiation pending, UserNotification pending; next due: ProblemTicket at 2026-03-02T10:15:00Z (2026-03-02 02:15 PST)";

        audit.Count.Should().Be(2);
        audit[0].Should().Be(new AuditEntry(Reported, Started[44..], Started));
        audit[1].ToString().Should().Be(Verdict);
        audit.Select(e => e.Text).Should().Equal(Started, Verdict);
        ((System.Collections.IEnumerable)audit).Cast<AuditEntry>().Should().Equal(audit[0], audit[1]);
        audit.Lines.Should().Equal(Started, Verdict);
        audit.ToString().Should().Be(Started + "\n" + Verdict);
    }

    [Fact]
    public void A_zero_goal_met_at_the_report_has_used_all_of_it()
    {
        // A zero goal is allowed (due at its start) and its share used is 1 (ResponseEvaluation.ShareUsed): a first
        // response at the report meets it exactly at due, with 0 min of 0 min used, 100 %.
        var critical = ZenputSla.Default.GetTier(1);
        var evaluator = new TicketEvaluator(SlaPolicyBuilder.From(ZenputSla.Default)
            .ReplaceTier(new SeverityTier(critical.Severity, GoalTarget.Elapsed(Duration.Zero), critical.ResolutionProcess))
            .Build());

        evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, Reported)), At(10, 5)).Audit.Lines.Should().Contain(
            "2026-03-02T10:00:00Z (2026-03-02 02:00 PST) first response: response met exactly at due (due 2026-03-02T10:00:00Z (2026-03-02 02:00 PST); 0 min of 0 min SLA time used, 100 %)");
    }

    [Fact]
    public void Lengths_and_instants_with_seconds_and_fractions_are_written_to_the_nanosecond()
    {
        // E15: every figure can be checked, so a length is written down to the nanosecond it has, and an instant with
        // seconds shows them. Level 1 reported at 10:00:00 is due 12:00:00; the response comes 30 s, 1.500000001 s
        // or 0.25 s after the report (shares 0.42 %, 0.02 %, 0.003 % of the 2 hours).
        Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, Reported + Duration.FromSeconds(30))), At(11)).Audit.Lines.Should().Contain(
            "2026-03-02T10:00:30Z (2026-03-02 02:00:30 PST) first response: response met, 1 h 59 min 30 s before due on the wall clock (due 2026-03-02T12:00:00Z (2026-03-02 04:00 PST); 30 s of 2 h SLA time used, 0.4 %)");
        Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, Reported + Duration.FromNanoseconds(1_500_000_001))), At(11)).Audit.Lines.Should().Contain(
            "2026-03-02T10:00:01.500000001Z (2026-03-02 02:00:01.500000001 PST) first response: response met, 1 h 59 min 58.499999999 s before due on the wall clock (due 2026-03-02T12:00:00Z (2026-03-02 04:00 PST); 1.500000001 s of 2 h SLA time used, 0 %)");
        Evaluator.Evaluate(Ticket("critical", Reported, E(TicketEventKind.FirstResponse, Reported + Duration.FromMilliseconds(250))), At(11)).Audit.Lines.Should().Contain(
            "2026-03-02T10:00:00.25Z (2026-03-02 02:00:00.25 PST) first response: response met, 1 h 59 min 59.75 s before due on the wall clock (due 2026-03-02T12:00:00Z (2026-03-02 04:00 PST); 0.25 s of 2 h SLA time used, 0 %)");
    }

    [Fact]
    public void An_event_is_written_with_its_type_as_in_JSON()
    {
        // README (evaluate --input): event types in camelCase, in the order of TicketEventKind, "reported" first.
        string[] names =
        [
            "reported", "ticketCreated", "engineerAssigned", "firstResponse", "statusUpdate", "fixStarted", "fixApplied",
            "usersNotified", "releasedInMajorVersion", "resolved", "reopened", "paused", "resumed", "severityChanged",
        ];

        Enum.GetValues<TicketEventKind>().Select(kind => new TicketEvent(kind, Reported).ToString())
            .Should().Equal(names.Select(name => $"{name} at 2026-03-02T10:00:00Z"));
    }

    [Fact]
    public void Each_events_line_in_the_trail_begins_with_the_event_in_plain_words()
    {
        // E15: each counted event has its line, named in words (README's evaluate example: "ticket created", "paused", ...).
        (TicketEvent Event, string Words)[] events =
        [
            (E(TicketEventKind.TicketCreated, At(10, 5)), "ticket created"),
            (E(TicketEventKind.EngineerAssigned, At(10, 10)), "engineer assigned"),
            (E(TicketEventKind.FirstResponse, At(10, 15)), "first response"),
            (E(TicketEventKind.StatusUpdate, At(10, 20)), "status update"),
            (E(TicketEventKind.FixStarted, At(10, 25)), "fix started"),
            (TicketEvent.Paused(At(10, 30)), "paused"),
            (TicketEvent.Resumed(At(10, 35)), "resumed"),
            (TicketEvent.SeverityChanged(At(10, 40), "critical"), "severity changed"),
            (E(TicketEventKind.FixApplied, At(10, 45)), "fix applied"),
            (E(TicketEventKind.UsersNotified, At(10, 50)), "users notified"),
            (E(TicketEventKind.ReleasedInMajorVersion, At(10, 55)), "released in a major version"),
            (E(TicketEventKind.Resolved, At(11)), "resolved"),
            (E(TicketEventKind.Reopened, At(11, 5)), "reopened"),
        ];

        var audit = Evaluator.Evaluate(Ticket("critical", Reported, events.Select(e => e.Event)), At(11, 10)).Audit;

        foreach (var (e, words) in events)
        {
            audit.Should().ContainSingle(line => line.At == e.At && (line.Description == words || line.Description.StartsWith(words + ": ", StringComparison.Ordinal)), words);
        }
    }

    /// <summary>A zone one hour ahead of UTC all the time, with the given name for its one interval.</summary>
    private sealed class NamedZone(string name) : DateTimeZone("Test/Named", true, Offset.FromHours(1), Offset.FromHours(1))
    {
        public override ZoneInterval GetZoneInterval(Instant instant) => new(name, null, null, Offset.FromHours(1), Offset.Zero);
    }
}
