// The README's quick start. A test keeps the README's snippet identical to the lines between the markers.
// <quick-start>
using NodaTime;
using Zenput.Sla;
using Zenput.Sla.Clock;

var policy = ZenputSla.Default;           // the Zenput SLA article as a policy
var clock = new SlaClock(policy);         // immutable and thread-safe: create once, share

var tier = policy.GetTier("critical");    // Level 1 - Critical: respond within 2 hours
var reportedAt = Instant.FromUtc(2026, 11, 25, 5, 30);   // Tuesday 24 November, 21:30 Pacific

Instant due = clock.DueAt(reportedAt, tier.ResponseGoal);
Console.WriteLine($"{tier.Severity.DisplayName}: respond within {tier.ResponseGoal}, by {due}");
// Level 1 - Critical: respond within 2 hours, by 2026-11-25T07:30:00Z

// Pause the clock for 45 minutes while waiting on the customer: the due time moves back.
Interval[] pauses = [new(reportedAt + Duration.FromMinutes(30), reportedAt + Duration.FromMinutes(75))];
SlaStatus status = clock.Status(reportedAt, tier.ResponseGoal, reportedAt + Duration.FromHours(2), pauses);
Console.WriteLine($"At 2 hours: breached {status.IsBreached}, remaining {status.Remaining}, due {status.DueAt}");
// At 2 hours: breached False, remaining 0:00:45:00, due 2026-11-25T08:15:00Z
// </quick-start>
