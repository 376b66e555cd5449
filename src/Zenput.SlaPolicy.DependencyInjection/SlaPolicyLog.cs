using Microsoft.Extensions.Logging;

namespace Zenput.Sla.DependencyInjection;

/// <summary>The log messages of the policy provider (source-generated: no formatting unless enabled).</summary>
internal static partial class SlaPolicyLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "SLA policy '{PolicyName}' is in force (from {Source}).")]
    public static partial void PolicyInForce(ILogger logger, string policyName, string source);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "SLA policy warning: {Finding}")]
    public static partial void PolicyWarning(ILogger logger, string finding);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "SLA policy reloaded: '{PolicyName}' is now in force (from {Source}); the SLA clock was rebuilt.")]
    public static partial void PolicyReloaded(ILogger logger, string policyName, string source);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "The new SLA policy from {Source} was refused; '{PolicyName}' stays in force. Errors ({ErrorCount}):{Errors}")]
    public static partial void PolicyRefused(ILogger logger, string source, int errorCount, string policyName, string errors);
}
