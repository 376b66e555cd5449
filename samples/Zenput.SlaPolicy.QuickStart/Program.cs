// The README's quick start. A test keeps the README's snippet identical to the lines between the markers.
// <quick-start>
using NodaTime;
using Zenput.SlaPolicy;

var policy = ZenputSla.Default;
var tier = policy.GetTier("critical");

Console.WriteLine($"{tier.Severity.DisplayName}: respond within {tier.ResponseGoal}");
foreach (var step in tier.ResolutionProcess)
{
    Console.WriteLine($"  {step.Kind}: {step.Deadline}");
}
// </quick-start>
