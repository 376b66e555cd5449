// A consumer of the packed Zenput.SlaPolicy package: computes a due time and checks the answer.
using NodaTime;
using Zenput.Sla;
using Zenput.Sla.Clock;

var policy = ZenputSla.Default;
var tier = policy.GetTier("critical");
var reportedAt = Instant.FromUtc(2026, 11, 25, 5, 30); // Tuesday 24 November 2026, 21:30 Pacific
var due = new SlaClock(policy).DueAt(reportedAt, tier.ResponseGoal);
var expected = Instant.FromUtc(2026, 11, 25, 7, 30);   // two hours later, on the 24x7 clock

Console.WriteLine($"package consumer: {tier.Severity.DisplayName} reported {reportedAt} is due {due}");
if (due != expected)
{
    Console.Error.WriteLine($"package consumer: expected {expected}, got {due}");
    return 1;
}

return 0;
