using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Zenput.Sla.Samples.Tests.HelpdeskService;

/// <summary>What the database must not lose: concurrent posts to one ticket, and everything across a restart.</summary>
public sealed class DurabilityTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_thousand_concurrent_event_posts_to_one_ticket_are_all_stored_and_all_evaluated()
    {
        const int Posts = 1000;
        using var host = new HelpdeskHost(HelpdeskHost.NewDatabase(), Now);
        using var client = host.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(10);   // the last of 1,000 queued writers waits for the other 999 on a loaded machine
        await client.CreateTicketAsync("T-1", "major", "2026-11-29T00:00:00Z");
        var first = Instant("2026-11-29T01:00:00Z");

        // Each post a status update a minute after the previous one, all sent at once.
        var answers = await Task.WhenAll(Enumerable.Range(0, Posts).Select(i =>
            client.PostJsonAsync("/tickets/T-1/events", $$"""{"type": "statusUpdate", "at": "{{Text(first.AddMinutes(i))}}"}""")));

        answers.Select(a => a.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        host.StoredEvents("T-1").Should().Be(Posts);
        var evaluation = await (await client.GetAsync("/tickets/T-1", TestContext.Current.CancellationToken)).JsonAsync();
        evaluation["periodicUpdates"]!["lastUpdateAt"]!.GetValue<string>().Should().Be("2026-11-29T17:39:00Z", "the last of the 1,000 updates, 999 minutes after the first");
        evaluation["audit"]!.AsArray().Count(line => line!.GetValue<string>().Contains(" status update: ", StringComparison.Ordinal)).Should().Be(Posts);
    }

    [Fact]
    public async Task A_restart_against_the_same_database_file_loses_no_ticket_no_event_and_no_logged_warning()
    {
        var database = HelpdeskHost.NewDatabase();
        string[] tickets = ["/tickets/T-1?at=2026-11-30T12:00:00Z", "/tickets/T-2?at=2026-11-30T12:00:00Z", "/tickets/at-risk?within=P1D&at=2026-11-30T12:00:00Z"];
        JsonNode[] before;
        int warningsBefore;
        using (var host = new HelpdeskHost(database, Now))
        {
            using var client = host.CreateClient();
            await client.CreateTicketAsync("T-1", "critical", "2026-11-30T09:00:00Z");
            await client.AddEventAsync("T-1", """{"type": "ticketCreated", "at": "2026-11-30T09:05:00Z"}""");
            await client.AddEventAsync("T-1", """{"type": "paused", "at": "2026-11-30T09:30:00Z", "reason": "waiting on customer"}""");
            await client.CreateTicketAsync("T-2", "major", "2026-11-30T10:00:00Z");
            await client.AddEventAsync("T-2", """{"type": "severityChanged", "at": "2026-11-30T10:30:00Z", "severity": "critical"}""");
            await host.Watcher.ScanAsync(TestContext.Current.CancellationToken);
            warningsBefore = Warnings(host);
            before = await Task.WhenAll(tickets.Select(async path => await (await client.GetAsync(path, TestContext.Current.CancellationToken)).JsonAsync()));
        }

        using var restarted = new HelpdeskHost(database, Now);
        using var again = restarted.CreateClient();
        var after = await Task.WhenAll(tickets.Select(async path => await (await again.GetAsync(path, TestContext.Current.CancellationToken)).JsonAsync()));
        var duplicate = await again.PostJsonAsync("/tickets", """{"id": "T-2", "severity": "minor", "reportedAt": "2026-11-30T11:00:00Z"}""");

        warningsBefore.Should().BeGreaterThan(0, "T-2 is long past its warning thresholds");
        for (var i = 0; i < tickets.Length; i++)
        {
            JsonNode.DeepEquals(after[i], before[i]).Should().BeTrue($"{tickets[i]} should answer as before the restart:{Environment.NewLine}{before[i].ToJsonString()}{Environment.NewLine}but answers{Environment.NewLine}{after[i].ToJsonString()}");
        }

        after[0]!["audit"]!.AsArray().Select(l => l!.GetValue<string>()).Should().Contain(l => l.Contains("paused: waiting on customer", StringComparison.Ordinal), "a pause's reason is stored too");
        after[1]!["severity"]!.GetValue<string>().Should().Be("critical");
        duplicate.StatusCode.Should().Be(HttpStatusCode.Conflict, "the ticket survived the restart");
        await restarted.Watcher.ScanAsync(TestContext.Current.CancellationToken);
        Warnings(restarted).Should().Be(0, "each threshold crossing is logged once, also across restarts");
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static string Text(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    private static int Warnings(HelpdeskHost host) => host.Logs.At(LogLevel.Warning).Count(m => m.StartsWith("Ticket ", StringComparison.Ordinal));
}
