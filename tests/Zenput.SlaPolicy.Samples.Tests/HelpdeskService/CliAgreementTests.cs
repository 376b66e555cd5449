using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Zenput.Sla.Samples.Tests.HelpdeskService;

/// <summary>The service answers with the JSON shape of <c>zenput-sla evaluate</c>: the same history gives the same object.</summary>
public sealed class CliAgreementTests
{
    [Fact]
    public async Task A_tickets_evaluation_is_the_object_zenput_sla_evaluate_prints_for_the_same_history()
    {
        string[] events =
        [
            """{"type": "ticketCreated", "at": "2026-11-24T21:35:00-08:00"}""",
            """{"type": "paused", "at": "2026-11-24T22:00:00-08:00", "reason": "waiting on customer"}""",
            """{"type": "resumed", "at": "2026-11-24T22:40:00-08:00"}""",
            """{"type": "severityChanged", "at": "2026-11-24T23:00:00-08:00", "severity": "critical"}""",
            """{"type": "engineerAssigned", "at": "2026-11-25T00:30:00-08:00"}""",
            """{"type": "statusUpdate", "at": "2026-11-25T01:00:00-08:00"}""",
        ];
        using var host = new HelpdeskHost(HelpdeskHost.NewDatabase(), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        using var client = host.CreateClient();
        await client.CreateTicketAsync("T-7", "major", "2026-11-24T21:30:00-08:00");
        foreach (var e in events)
        {
            await client.AddEventAsync("T-7", e);
        }

        var service = await (await client.GetAsync("/tickets/T-7?at=2026-11-25T06:00:00-08:00", TestContext.Current.CancellationToken)).JsonAsync();
        var line = $$"""{"id": "T-7", "severity": "major", "reportedAt": "2026-11-24T21:30:00-08:00", "events": [{{string.Join(", ", events)}}], "now": "2026-11-25T06:00:00-08:00"}""";
        var tool = JsonNode.Parse(await EvaluateWithTheTool(line));

        service["status"]!.GetValue<string>().Should().Be("breached", "the history is not a trivial one");
        JsonNode.DeepEquals(service, tool).Should().BeTrue($"the service printed{Environment.NewLine}{service.ToJsonString()}{Environment.NewLine}and the tool{Environment.NewLine}{tool!.ToJsonString()}");
    }

    private static async Task<string> EvaluateWithTheTool(string line)
    {
        var (exit, output, error) = await BuiltProgram.RunAsync("ZenputSla", line + "\n", "evaluate", "--input", "-");
        exit.Should().Be(0, error);
        return output;
    }
}
