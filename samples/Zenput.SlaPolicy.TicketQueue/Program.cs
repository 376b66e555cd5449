// A helpdesk queue: many tickets, one shared SlaClock, each ticket's status "now" (a fixed instant
// here, an IClock in an app), sorted by time remaining, with breaches and severity changes shown.
using NodaTime;
using NodaTime.Testing;
using Zenput.Sla;
using Zenput.Sla.Clock;

var policy = ZenputSla.Default;
var clock = new SlaClock(policy);                        // thread-safe: one per policy
var now = QueueClock();

Ticket[] queue =
[
    new("T-1001", "critical", Instant.FromUtc(2026, 11, 25, 5, 30), []),
    new("T-1002", "major", Instant.FromUtc(2026, 11, 25, 6, 10), [new(Instant.FromUtc(2026, 11, 25, 7, 0), Instant.FromUtc(2026, 11, 25, 8, 30))]),
    new("T-1003", "minor", Instant.FromUtc(2026, 11, 23, 18, 0), []),
    new("T-1004", "critical", Instant.FromUtc(2026, 11, 25, 8, 15), []),
];

var at = now.GetCurrentInstant();
var rows = queue
    .AsParallel()                                         // the clock is shared across threads safely
    .Select(t => (Ticket: t, Status: clock.Status(t.ReportedAt, policy.GetTier(t.Severity), at, t.Pauses)))
    .OrderBy(r => r.Status.Remaining)
    .ToList();

Console.WriteLine($"Queue at {at}:");
foreach (var (ticket, status) in rows)
{
    var state = status.IsBreached ? $"BREACHED at {status.BreachedAt}" : $"{status.Remaining} left, due {status.DueAt}";
    Console.WriteLine($"  {ticket.Id} {ticket.Severity,-8} {status.FractionUsed,7:P0} used  {state}");
}

// T-1003 turns out to be critical: the goal is recomputed from the original report, and both due instants are kept.
var change = clock.Reclassify(queue[2].ReportedAt, policy.GetTier("minor"), policy.GetTier("critical"));
Console.WriteLine($"T-1003 reclassified: was due {change.OriginalDueAt}, now due {change.CurrentDueAt}");

// A fixed "now" so the output is the same every run; an app passes SystemClock.Instance.
static IClock QueueClock() => new FakeClock(Instant.FromUtc(2026, 11, 25, 9, 0));

internal sealed record Ticket(string Id, string Severity, Instant ReportedAt, Interval[] Pauses);
