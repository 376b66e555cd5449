using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Zenput.Sla.Samples.Tests.HelpdeskService;

/// <summary>The background service that logs a warning when an open ticket crosses a warning threshold.</summary>
public sealed class WarningWatcherTests
{
    private const string Category = "HelpdeskService.WarningThresholdWatcher";

    [Fact]
    public async Task Each_threshold_an_open_ticket_has_crossed_is_logged_once_as_a_warning_naming_ticket_goal_and_instants()
    {
        using var host = new HelpdeskHost(HelpdeskHost.NewDatabase(), new DateTimeOffset(2026, 11, 30, 9, 10, 0, TimeSpan.Zero));
        using var client = host.CreateClient();
        await client.CreateTicketAsync("T-1", "critical", "2026-11-30T09:00:00Z");
        await client.CreateTicketAsync("T-2", "critical", "2026-11-30T09:00:00Z");
        await client.AddEventAsync("T-2", """{"type": "resolved", "at": "2026-11-30T09:10:00Z"}""");

        // 95 minutes of a 2-hour goal: past 50 % (60 min) and 75 % (90 min), not 90 % (108 min).
        host.Time.Now = new DateTimeOffset(2026, 11, 30, 10, 35, 0, TimeSpan.Zero);
        await host.Watcher.ScanAsync(TestContext.Current.CancellationToken);
        await host.Watcher.ScanAsync(TestContext.Current.CancellationToken);

        Warnings(host).Should().Equal(
            "Ticket T-1 (Level 1 - Critical) crossed 50 % of its response goal at 2026-11-30T10:00:00Z; the response is due at 2026-11-30T11:00:00Z.",
            "Ticket T-1 (Level 1 - Critical) crossed 75 % of its response goal at 2026-11-30T10:30:00Z; the response is due at 2026-11-30T11:00:00Z.");

        host.Time.Now = new DateTimeOffset(2026, 11, 30, 10, 50, 0, TimeSpan.Zero);
        await host.Watcher.ScanAsync(TestContext.Current.CancellationToken);

        Warnings(host).Should().HaveCount(3).And.HaveElementAt(2, "Ticket T-1 (Level 1 - Critical) crossed 90 % of its response goal at 2026-11-30T10:48:00Z; the response is due at 2026-11-30T11:00:00Z.");
    }

    [Fact]
    public async Task The_watcher_runs_by_itself_every_scan_interval()
    {
        using var host = new HelpdeskHost(HelpdeskHost.NewDatabase(), new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), scanInterval: TimeSpan.FromMilliseconds(50));
        using var client = host.CreateClient();
        await client.CreateTicketAsync("T-1", "critical", "2026-11-30T09:00:00Z");

        host.Time.Now = new DateTimeOffset(2026, 11, 30, 10, 1, 0, TimeSpan.Zero);
        for (var waited = 0; waited < 600 && !Warnings(host).Any(); waited++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Warnings(host).Should().ContainSingle().Which.Should().StartWith("Ticket T-1 (Level 1 - Critical) crossed 50 %");
    }

    private static string[] Warnings(HelpdeskHost host) =>
        [.. host.Logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Category == Category).Select(e => e.Message)];
}
