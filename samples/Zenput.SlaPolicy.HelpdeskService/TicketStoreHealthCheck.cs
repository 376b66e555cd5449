using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HelpdeskService;

/// <summary>Healthy when the ticket database answers.</summary>
public sealed class TicketStoreHealthCheck(TicketStore store) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.PingAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The ticket database did not answer.");
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            return HealthCheckResult.Unhealthy("The ticket database cannot be read.", e);
        }
    }
}
