using System.Collections.Generic;
using System.Linq;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Serialization;

/// <summary>The outcome of reading a policy document: the policy when it is valid, and every finding with its JSON path.</summary>
public sealed class SlaPolicyLoadResult
{
    internal SlaPolicyLoadResult(SlaPolicy? policy, IReadOnlyList<PolicyFinding> findings)
    {
        Policy = policy;
        Findings = findings;
    }

    /// <summary>Gets the policy, or <see langword="null"/> when the document has errors.</summary>
    public SlaPolicy? Policy { get; }

    /// <summary>Gets every error and warning, errors first; each path is a JSON path such as <c>$.tiers[2].responseGoal</c>.</summary>
    public IReadOnlyList<PolicyFinding> Findings { get; }

    /// <summary>Gets whether the document holds a valid policy (warnings allowed).</summary>
    public bool IsValid => Policy is not null;

    /// <summary>Gets the errors only.</summary>
    public IEnumerable<PolicyFinding> Errors => Findings.Where(f => !f.IsWarning);

    /// <summary>Gets the warnings only.</summary>
    public IEnumerable<PolicyFinding> Warnings => Findings.Where(f => f.IsWarning);
}
