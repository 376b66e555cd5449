using System;
using System.Collections.Generic;
using System.Linq;
using Zenput.Sla.Internal;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Triage;

/// <summary>
/// Thrown when an impact assessment cannot be classified because it is invalid. It lists every error
/// at once, each with its property and a stable code from <see cref="PolicyErrorCodes"/>.
/// </summary>
public sealed class InvalidImpactAssessmentException : ArgumentException
{
    /// <summary>Creates an exception for the given findings.</summary>
    /// <param name="findings">The findings; at least one should be an error. Warnings are kept for reference.</param>
    public InvalidImpactAssessmentException(IEnumerable<PolicyFinding> findings)
        : this(Guard.Freeze(findings, nameof(findings)))
    {
    }

    /// <summary>Creates an exception with a plain message and no findings.</summary>
    public InvalidImpactAssessmentException()
        : this([])
    {
    }

    /// <summary>Creates an exception with a plain message and no findings.</summary>
    /// <param name="message">The message.</param>
    public InvalidImpactAssessmentException(string message)
        : base(message)
    {
        Findings = [];
    }

    /// <summary>Creates an exception with a plain message, an inner exception and no findings.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidImpactAssessmentException(string message, Exception innerException)
        : base(message, innerException)
    {
        Findings = [];
    }

    private InvalidImpactAssessmentException(IReadOnlyList<PolicyFinding> findings)
        : base(Describe(findings))
    {
        Findings = findings;
    }

    /// <summary>Gets every finding: the errors, then any warnings.</summary>
    public IReadOnlyList<PolicyFinding> Findings { get; }

    /// <summary>Gets the findings that are errors.</summary>
    public IEnumerable<PolicyFinding> Errors => Findings.Where(f => !f.IsWarning);

    private static string Describe(IReadOnlyList<PolicyFinding> findings)
    {
        var errors = findings.Count(f => !f.IsWarning);
        var header = errors == 1 ? "The impact assessment is invalid (1 error):" : $"The impact assessment is invalid ({errors} errors):";
        return header + Environment.NewLine + string.Join(Environment.NewLine, findings.Select(f => " - " + f));
    }
}
