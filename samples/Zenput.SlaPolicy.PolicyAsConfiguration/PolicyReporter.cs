using Microsoft.Extensions.Hosting;
using NodaTime;
using Zenput.Sla;
using Zenput.Sla.Clock;
using Zenput.Sla.DependencyInjection;

namespace PolicyAsConfiguration;

/// <summary>Prints the policy in force, and again whenever a reload replaces it.</summary>
internal sealed class PolicyReporter(ISlaPolicyProvider policies, SlaService sla, IHostApplicationLifetime lifetime, bool once) : BackgroundService
{
    // A fixed example, so that the output can be checked: Friday 27 November 2026, 17:30 in London.
    private static readonly LocalDateTime ExampleReport = new(2026, 11, 27, 17, 30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var shown = policies.Clock;
        Print(shown);
        if (once)
        {
            lifetime.StopApplication();
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // A reload replaces the clock whole; a refused one leaves it as it was.
            if (!ReferenceEquals(policies.Clock, shown))
            {
                shown = policies.Clock;
                Print(shown);
            }
        }
    }

    private void Print(SlaClock clock)
    {
        var policy = clock.Policy!;
        var zone = policy.SupportZone;
        Console.WriteLine($"SLA policy in force: {policy.Name} (support zone {zone.Id}; the clock {(policy.ClockStopsDuringMaintenance ? "stops" : "keeps running")} during maintenance)");
        foreach (var tier in policy.Tiers)
        {
            // The cadence on the clock the tier's steps count on: "every 8 business hours" on a business-time tier.
            var updates = tier.UpdateCadence is { } cadence ? $"; updates {policy.DescribeDeadline(tier, StepDeadline.Every(cadence))}" : string.Empty;
            Console.WriteLine($"  {tier.Severity.DisplayName}: respond within {tier.ResponseGoal}{updates}");
        }

        var reportedAt = ExampleReport.InZoneLeniently(zone).ToInstant();
        Console.WriteLine($"A ticket reported {ExampleReport:ddd yyyy-MM-dd HH:mm} ({zone.Id}) is due:");
        foreach (var tier in policy.Tiers)
        {
            var due = sla.Due(tier.Severity.Name, reportedAt).ResponseDueAt;
            Console.WriteLine($"  {tier.Severity.DisplayName}: {due} ({due.InZone(zone):ddd yyyy-MM-dd HH:mm})");
        }

        if (sla.CurrentOrNextMaintenance() is { } window)
        {
            Console.WriteLine($"Maintenance now or next: {window.LocalStart:ddd yyyy-MM-dd HH:mm} to {window.LocalEnd:HH:mm} ({window.Title})");
        }
    }
}
