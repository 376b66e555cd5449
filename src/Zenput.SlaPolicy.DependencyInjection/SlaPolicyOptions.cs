using System.Collections.Generic;
using System.Linq;
using Zenput.Sla.Validation;

namespace Zenput.Sla.DependencyInjection;

/// <summary>
/// The options behind <c>AddSlaPolicy</c>: the policy the application uses and what was found while
/// producing it from its source (the built-in policy, a builder, or a policy document in configuration).
/// </summary>
/// <remarks>
/// <para>Read the policy in force from <see cref="ISlaPolicyProvider"/>, not from these options: the
/// provider holds the clock built for it and is never left without a valid policy.</para>
/// <para>An instance is created by the options system and filled by the configuration steps that
/// <c>AddSlaPolicy</c> registers, in registration order; <see cref="SlaPolicyOptionsValidator"/> then
/// refuses it when <see cref="Policy"/> is <see langword="null"/>, listing every error of
/// <see cref="Findings"/>. Not thread-safe while being configured; read-only afterwards by convention.</para>
/// </remarks>
public sealed class SlaPolicyOptions
{
    /// <summary>The <see cref="Source"/> of options that no step has changed.</summary>
    public const string BuiltInSource = "the built-in Zenput SLA policy";

    /// <summary>
    /// Gets or sets the policy, or <see langword="null"/> when its source has errors (listed in
    /// <see cref="Findings"/>). Default: <see cref="ZenputSla.Default"/>.
    /// </summary>
    public SlaPolicy? Policy { get; set; } = ZenputSla.Default;

    /// <summary>
    /// Gets what was found while producing <see cref="Policy"/>: errors (which leave it
    /// <see langword="null"/>) and warnings. Paths name where to fix each one: a configuration key
    /// such as <c>Sla:tiers:0:responseGoal</c> for a document in configuration, a property path such
    /// as <c>Tiers[0].ResponseGoal</c> for a builder. After a reload that was refused, these are the
    /// refused source's findings while <see cref="Policy"/> is the last valid policy, still in force.
    /// </summary>
    public IList<PolicyFinding> Findings { get; } = new List<PolicyFinding>();

    /// <summary>Gets or sets where the policy comes from, in words, for messages. Default: <see cref="BuiltInSource"/>.</summary>
    public string Source { get; set; } = BuiltInSource;

    /// <summary>Gets the errors of <see cref="Findings"/>.</summary>
    public IEnumerable<PolicyFinding> Errors => Findings.Where(f => !f.IsWarning);

    /// <summary>
    /// Gets or sets the refused policy source's errors when this instance carries the last valid policy
    /// instead of a newly configured one that is invalid (set by the reload guard, read by the provider).
    /// </summary>
    internal IReadOnlyList<PolicyFinding>? Refused { get; set; }

    /// <summary>Applies one source's outcome: the findings are added; the policy is kept only when there is no error.</summary>
    internal void Apply(string source, SlaPolicy? policy, IEnumerable<PolicyFinding> findings)
    {
        Source = source;
        foreach (var finding in findings)
        {
            Findings.Add(finding);
        }

        Policy = Errors.Any() ? null : policy;
    }
}
