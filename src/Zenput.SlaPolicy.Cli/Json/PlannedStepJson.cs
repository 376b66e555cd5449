using System.Text.Json;
using NodaTime;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Cli.Json;

/// <summary>One resolution step of <c>due --format json</c>.</summary>
/// <param name="Kind">The step kind, camelCase (<c>problemTicket</c>).</param>
/// <param name="Description">What the step is.</param>
/// <param name="Deadline">The deadline in words, its length on the tier's step clock (<see cref="SlaPolicy.DescribeDeadline"/>).</param>
/// <param name="DueAt">When it is due, or null when it has no fixed instant.</param>
/// <param name="DueLocal">The same in the support zone.</param>
internal sealed record PlannedStepJson(string Kind, string Description, string Deadline, Instant? DueAt, OffsetDateTime? DueLocal)
{
    public static PlannedStepJson From(PlannedStep planned, string deadline, DateTimeZone zone) =>
        new(
            JsonNamingPolicy.CamelCase.ConvertName(planned.Step.Kind.ToString()),
            planned.Step.Description,
            deadline,
            planned.DueAt,
            planned.DueAt?.InZone(zone).ToOffsetDateTime());
}
