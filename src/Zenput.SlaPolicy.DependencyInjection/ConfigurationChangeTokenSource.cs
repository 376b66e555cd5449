using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Zenput.Sla.DependencyInjection;

/// <summary>Tells <see cref="IOptionsMonitor{TOptions}"/> that the options change when the configuration reloads.</summary>
internal sealed class ConfigurationChangeTokenSource(IConfiguration configuration) : IOptionsChangeTokenSource<SlaPolicyOptions>
{
    public string Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => configuration.GetReloadToken();
}
