using System;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Extensions;
using Zenput.Sla;
using Zenput.Sla.DependencyInjection;

// The namespace of IServiceCollection, as for the framework's own AddXxx methods: no using needed to find them.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Zenput.SlaPolicy in a service collection: <c>services.AddSlaPolicy(...)</c>.</summary>
/// <remarks>
/// <para>Every overload registers the same services, each only if it is not there yet (<c>TryAdd</c>),
/// so calling them more than once is harmless:</para>
/// <list type="bullet">
/// <item><see cref="ISlaPolicyProvider"/>: the policy in force, its SLA clock and its ticket evaluator (singleton).</item>
/// <item><see cref="SlaService"/>: due, status, evaluation and maintenance for the policy in force (singleton).</item>
/// <item>NodaTime's <see cref="IClock"/>, unless one is registered: the registered
/// <see cref="TimeProvider"/> seen through NodaTime's <c>TimeProvider.ToClock()</c>, or
/// <see cref="TimeProvider.System"/> when there is none; so a <c>FakeTimeProvider</c> in tests moves
/// the SLA clock's "now" too.</item>
/// <item><see cref="SlaPolicyOptions"/> validated by <see cref="SlaPolicyOptionsValidator"/> with
/// <c>ValidateOnStart</c>: a host whose policy is invalid stops at start-up with an
/// <see cref="OptionsValidationException"/> listing every error with its path.</item>
/// </list>
/// <para>The policy's sources are applied in the order of the calls: the built-in policy, then each
/// builder action (starting from the policy so far) or configuration section (replacing it). The
/// first source with errors stops the chain, and validation reports every error found.</para>
/// </remarks>
public static class SlaPolicyServiceCollectionExtensions
{
    /// <summary>Registers the SLA services with the built-in Zenput policy (<see cref="ZenputSla.Default"/>).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    public static IServiceCollection AddSlaPolicy(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SlaPolicyOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlaPolicyOptions>, SlaPolicyOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<SlaPolicyOptions>, LastValidPolicy>());
        services.TryAddSingleton<ISlaPolicyProvider, SlaPolicyProvider>();
        services.TryAddSingleton<SlaService>();
        services.TryAddSingleton<IClock>(sp => (sp.GetService<TimeProvider>() ?? TimeProvider.System).ToClock());
        return services;
    }

    /// <summary>
    /// Registers the SLA services with a policy built in code, starting from the policy configured so
    /// far (the built-in Zenput policy unless an earlier call changed it).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the policy, for example <c>b =&gt; b.WithSupportZone("Europe/London")</c>. It runs each time the options are created.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <example><code>
    /// services.AddSlaPolicy(policy => policy
    ///     .WithName("Acme SLA")
    ///     .ReplaceTier(new SeverityTier(ZenputSla.Critical, GoalTarget.Elapsed(Duration.FromHours(1)), ZenputSla.Default.GetTier(1).ResolutionProcess)));
    /// </code></example>
    public static IServiceCollection AddSlaPolicy(this IServiceCollection services, Action<SlaPolicyBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddSlaPolicy().Configure<SlaPolicyOptions>(options =>
        {
            if (options.Policy is null)
            {
                return;   // an earlier source failed; its errors stand
            }

            var builder = SlaPolicyBuilder.From(options.Policy);
            configure(builder);
            var findings = builder.Validate();
            options.Apply("a policy builder", findings.Any(f => !f.IsWarning) ? null : builder.Build(), findings);
        });
        return services;
    }

    /// <summary>
    /// Registers the SLA services with a policy document held in configuration (the JSON that
    /// <c>zenput-sla policy show</c> prints, under a section such as <c>"Sla"</c> of
    /// <c>appsettings.json</c>), following the configuration's reloads.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section holding the document, for example <c>builder.Configuration.GetSection("Sla")</c>.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <remarks>
    /// <para>The section is turned back into the document's JSON and read by <c>SlaPolicyDocument</c>,
    /// the library's only policy reader, so every rule and limit of a document file applies; each
    /// finding's path is the configuration key to fix (<c>Sla:tiers:0:responseGoal</c>).</para>
    /// <para>Configuration keeps values as text: <c>true</c>/<c>false</c> and text written as a JSON
    /// number are read as such, an empty value as null (configuration cannot tell an empty array from
    /// null; an optional null counts as absent), anything else as a string. Keys are matched as the
    /// document spells them (camelCase).</para>
    /// <para>On a reload, a valid new document replaces the policy and its clock; an invalid one is
    /// refused, its errors are logged, and the last valid policy stays in force.</para>
    /// </remarks>
    public static IServiceCollection AddSlaPolicy(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var source = section is IConfigurationSection s ? $"configuration section '{s.Path}'" : "configuration";
        services.AddSlaPolicy().Configure<SlaPolicyOptions>(options =>
        {
            var (policy, findings) = ConfigurationDocument.Read(section);
            options.Apply(source, policy, findings);
        });
        services.AddSingleton<IOptionsChangeTokenSource<SlaPolicyOptions>>(new ConfigurationChangeTokenSource(section));
        return services;
    }

}
