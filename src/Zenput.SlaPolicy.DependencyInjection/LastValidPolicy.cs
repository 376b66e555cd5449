using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Zenput.Sla.DependencyInjection;

/// <summary>
/// Keeps the last valid policy in force when a reload brings an invalid one: it puts that policy back
/// into the new options and records the refused source's errors, so the options pass validation,
/// <see cref="IOptionsMonitor{TOptions}"/> announces the change, and the provider logs the refusal.
/// </summary>
/// <remarks>
/// Before any policy has been valid there is nothing to keep, so invalid options stay invalid and
/// start-up validation fails. Runs after every configuration step (it is a post-configure step).
/// </remarks>
internal sealed class LastValidPolicy : IPostConfigureOptions<SlaPolicyOptions>
{
    private readonly ConcurrentDictionary<string, SlaPolicy> _lastValid = new();

    public void PostConfigure(string? name, SlaPolicyOptions options)
    {
        name ??= Options.DefaultName;
        if (options.Policy is { } policy)
        {
            _lastValid[name] = policy;
        }
        else if (_lastValid.TryGetValue(name, out var kept))
        {
            options.Refused = [.. options.Errors];
            options.Policy = kept;
        }
    }
}
