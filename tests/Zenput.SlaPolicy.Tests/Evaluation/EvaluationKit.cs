using System.Collections.Generic;
using NodaTime;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>Small builders for the evaluation tests; expected values stay in the tests, worked out by hand.</summary>
internal static class EvaluationKit
{
    public static readonly TicketEvaluator Evaluator = new(ZenputSla.Default);

    /// <summary>The built-in policy with the SLA clock stopped during its maintenance windows (the article leaves it running).</summary>
    public static readonly TicketEvaluator ClockStops = new(SlaPolicyBuilder.From(ZenputSla.Default).WithMaintenance(ZenputSla.MaintenanceSchedule, clockStopsDuringMaintenance: true).Build());

    /// <summary>The report instant most evaluation tests start from: Monday 2 March 2026, 10:00 UTC (02:00 PST).</summary>
    public static readonly Instant Reported = Utc(2026, 3, 2, 10);

    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    /// <summary>An instant given as Pacific wall-clock time (unambiguous dates only).</summary>
    public static Instant Pt(int year, int month, int day, int hour, int minute = 0) =>
        Pacific.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    public static Instant Utc(int year, int month, int day, int hour, int minute = 0) => Instant.FromUtc(year, month, day, hour, minute);

    /// <summary>An instant on the day of <see cref="Reported"/> (2 March 2026), in UTC.</summary>
    public static Instant At(int hour, int minute = 0) => Utc(2026, 3, 2, hour, minute);

    public static TicketEvent E(TicketEventKind kind, Instant at) => new(kind, at);

    public static TicketTimeline Ticket(string severity, Instant reportedAt, params IEnumerable<TicketEvent> events) => new(reportedAt, severity, events);
}
