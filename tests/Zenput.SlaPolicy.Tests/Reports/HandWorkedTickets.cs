using System.Collections.Generic;
using NodaTime;
using Zenput.Sla.Evaluation;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Reports;

/// <summary>
/// Eight tickets on the built-in policy whose figures are worked out by hand in
/// <see cref="ComplianceAggregatorTests"/> (all times Pacific standard time, UTC−8; the report is as of
/// Monday 2026-11-30 12:00 PT), plus one impossible history.
/// </summary>
internal static class HandWorkedTickets
{
    /// <summary>Monday 2026-11-30 12:00 PT.</summary>
    public static readonly Instant AsOf = Instant.FromUtc(2026, 11, 30, 20, 0);

    /// <summary>The built-in policy with Level 1 at 4 hours (its update cadence stays 2 hours).</summary>
    public static readonly SlaPolicy CriticalAtFourHours = SlaPolicyBuilder.From(ZenputSla.Default)
        .WithName("Critical at 4 hours")
        .ReplaceTier(new SeverityTier(ZenputSla.Critical, GoalTarget.Elapsed(Duration.FromHours(4)), ZenputSla.Default.GetTier("critical").ResolutionProcess))
        .Build();

    public static IReadOnlyList<TicketTimeline> All() =>
    [
        // C-1: Tue 21:30, inside the weekly maintenance window (21:00–23:00). Assigned after 30 min; fixed and users told before the first update was due: met.
        Named("C-1", Ticket("critical", Pt(2026, 11, 24, 21, 30),
            E(TicketEventKind.TicketCreated, Pt(2026, 11, 24, 21, 35)),
            E(TicketEventKind.EngineerAssigned, Pt(2026, 11, 24, 22, 0)),
            E(TicketEventKind.FixStarted, Pt(2026, 11, 24, 22, 10)),
            E(TicketEventKind.FixApplied, Pt(2026, 11, 24, 22, 40)),
            E(TicketEventKind.UsersNotified, Pt(2026, 11, 24, 22, 45)),
            E(TicketEventKind.Resolved, Pt(2026, 11, 24, 22, 50)))),

        // C-2: Wed 09:00. Assigned and fix started at 12:00, an hour after the 2-hour goal: breached (response,
        // assignment, fix initiation), overdue 1 h. Updates at 10:50 and 12:50 meet the 11:00 and 12:50 deadlines.
        Named("C-2", Ticket("critical", Pt(2026, 11, 25, 9, 0),
            E(TicketEventKind.TicketCreated, Pt(2026, 11, 25, 9, 10)),
            E(TicketEventKind.StatusUpdate, Pt(2026, 11, 25, 10, 50)),
            E(TicketEventKind.EngineerAssigned, Pt(2026, 11, 25, 12, 0)),
            E(TicketEventKind.FixStarted, Pt(2026, 11, 25, 12, 0)),
            E(TicketEventKind.StatusUpdate, Pt(2026, 11, 25, 12, 50)),
            E(TicketEventKind.FixApplied, Pt(2026, 11, 25, 14, 0)),
            E(TicketEventKind.UsersNotified, Pt(2026, 11, 25, 14, 5)),
            E(TicketEventKind.Resolved, Pt(2026, 11, 25, 14, 10)))),

        // M-1: Thu 10:00. First response after 1 h; an update at 13:00 meets the 14:00 deadline; resolved at 14:00: met.
        Named("M-1", Ticket("major", Pt(2026, 11, 26, 10, 0),
            E(TicketEventKind.TicketCreated, Pt(2026, 11, 26, 10, 5)),
            E(TicketEventKind.FirstResponse, Pt(2026, 11, 26, 11, 0)),
            E(TicketEventKind.EngineerAssigned, Pt(2026, 11, 26, 11, 30)),
            E(TicketEventKind.FixStarted, Pt(2026, 11, 26, 11, 30)),
            E(TicketEventKind.StatusUpdate, Pt(2026, 11, 26, 13, 0)),
            E(TicketEventKind.Resolved, Pt(2026, 11, 26, 14, 0)))),

        // M-3: Thu 20:00. Assigned after 1 h (met), but no update by 00:00, 04:00 or 08:00 before it is resolved at 09:30: three misses, breached.
        Named("M-3", Ticket("major", Pt(2026, 11, 26, 20, 0),
            E(TicketEventKind.TicketCreated, Pt(2026, 11, 26, 20, 5)),
            E(TicketEventKind.EngineerAssigned, Pt(2026, 11, 26, 21, 0)),
            E(TicketEventKind.FixStarted, Pt(2026, 11, 26, 21, 0)),
            E(TicketEventKind.Resolved, Pt(2026, 11, 27, 9, 30)))),

        // m-1: Fri 08:00, due three days later (Mon 08:00); first response Mon 10:00: breached, overdue 2 h, after 74 h.
        Named("m-1", Ticket("minor", Pt(2026, 11, 27, 8, 0),
            E(TicketEventKind.FirstResponse, Pt(2026, 11, 30, 10, 0)))),

        // m-2: Sat 12:00, answered at 13:00: met after 1 h.
        Named("m-2", Ticket("minor", Pt(2026, 11, 28, 12, 0),
            E(TicketEventKind.FirstResponse, Pt(2026, 11, 28, 13, 0)))),

        // m-3: Sun 10:00, paused 11:00–13:00, answered at 14:00: met after 4 h of wall time, 2 h of SLA time.
        Named("m-3", Ticket("minor", Pt(2026, 11, 29, 10, 0),
            TicketEvent.Paused(Pt(2026, 11, 29, 11, 0), "waiting on customer"),
            TicketEvent.Resumed(Pt(2026, 11, 29, 13, 0)),
            E(TicketEventKind.FirstResponse, Pt(2026, 11, 29, 14, 0)))),

        // M-2: Mon 10:00, ticket created at 10:05; at 12:00 the response (due 14:00) is still owed: pending.
        Named("M-2", Ticket("major", Pt(2026, 11, 30, 10, 0),
            E(TicketEventKind.TicketCreated, Pt(2026, 11, 30, 10, 5)))),

        // bad: resumed without a pause: a history that cannot have happened.
        Named("bad", Ticket("minor", Pt(2026, 11, 29, 9, 0),
            TicketEvent.Resumed(Pt(2026, 11, 29, 9, 30)))),
    ];

    private static TicketTimeline Named(string id, TicketTimeline timeline) => new(timeline.ReportedAt, timeline.Severity, timeline.Events) { Id = id };
}
