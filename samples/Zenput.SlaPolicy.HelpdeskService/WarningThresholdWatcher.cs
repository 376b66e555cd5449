using NodaTime;
using Zenput.Sla.DependencyInjection;

namespace HelpdeskService;

/// <summary>
/// Every <c>Helpdesk:WarningScanInterval</c> (default one minute), evaluates the open tickets and logs a
/// warning for each warning threshold of the policy (50 %, 75 %, 90 % of the response goal by default)
/// a ticket has crossed. Each crossing is logged once, also across restarts (the database remembers).
/// </summary>
public sealed partial class WarningThresholdWatcher(
    TicketStore store,
    ISlaPolicyProvider policies,
    IClock clock,
    IServiceProvider services,
    IConfiguration configuration,
    ILogger<WarningThresholdWatcher> logger) : BackgroundService
{
    /// <summary>Evaluates every open ticket now and logs the crossings not logged before.</summary>
    /// <returns>How many warnings were logged.</returns>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var logged = 0;
        var now = clock.GetCurrentInstant();
        await foreach (var result in policies.Evaluator.EvaluateAllAsync(store.AllAsync(cancellationToken), now, cancellationToken))
        {
            if (result.Evaluation is not { IsResolved: false } evaluation)
            {
                continue;
            }

            foreach (var warning in evaluation.Response.Warnings)
            {
                if (await store.MarkWarningLoggedAsync(evaluation.Timeline.Id!, warning.Percent, cancellationToken))
                {
                    ThresholdCrossed(logger, evaluation.Timeline.Id!, evaluation.Tier.Severity.DisplayName, warning.Percent, warning.CrossedAt, evaluation.Response.DueAt);
                    logged++;
                }
            }
        }

        return logged;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Helpdesk:WarningScanInterval", TimeSpan.FromMinutes(1));
        using var timer = new PeriodicTimer(interval, services.GetService<TimeProvider>() ?? TimeProvider.System);
        do
        {
            try
            {
                await ScanAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed scan must not stop the service; the next tick tries again.
                ScanFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Ticket {TicketId} ({Severity}) crossed {Percent} % of its response goal at {CrossedAt}; the response is due at {DueAt}.")]
    private static partial void ThresholdCrossed(ILogger logger, string ticketId, string severity, double percent, Instant crossedAt, Instant dueAt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "The warning scan failed; it runs again at the next interval.")]
    private static partial void ScanFailed(ILogger logger, Exception exception);
}
