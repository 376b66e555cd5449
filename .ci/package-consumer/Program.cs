// A consumer of the packed Zenput.SlaPolicy package: calls it and checks the answer.
using NodaTime;
using Zenput.SlaPolicy;

var tier = ZenputSla.Default.GetTier("critical");
var expected = GoalTarget.Elapsed(Duration.FromHours(2));
Console.WriteLine($"package consumer: {tier.Severity.DisplayName} responds within {tier.ResponseGoal}");
if (tier.ResponseGoal != expected)
{
    Console.Error.WriteLine($"package consumer: expected {expected}, got {tier.ResponseGoal}");
    return 1;
}

return 0;
