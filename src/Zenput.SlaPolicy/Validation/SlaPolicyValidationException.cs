using System;
using System.Collections.Generic;
using System.Linq;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Validation;

/// <summary>
/// Thrown when a policy (built in code or loaded from a document) is invalid. It lists every error
/// at once, each with its path and a stable code, so that one run shows everything to fix.
/// </summary>
public sealed class SlaPolicyValidationException : Exception
{
    /// <summary>Creates an exception for the given findings.</summary>
    /// <param name="findings">The findings; at least one should be an error. Warnings are kept for reference.</param>
    public SlaPolicyValidationException(IEnumerable<PolicyFinding> findings)
        : this(Guard.Freeze(findings, nameof(findings)))
    {
    }

    /// <summary>Creates an exception with a plain message and no findings.</summary>
    public SlaPolicyValidationException()
        : this([])
    {
    }

    /// <summary>Creates an exception with a plain message and no findings.</summary>
    /// <param name="message">The message.</param>
    public SlaPolicyValidationException(string message)
        : base(message)
    {
        Findings = [];
    }

    /// <summary>Creates an exception with a plain message, an inner exception and no findings.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SlaPolicyValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Findings = [];
    }

    /// <summary>Creates an exception for the findings about one part of a policy used on its own, such as a business calendar given to a clock.</summary>
    /// <param name="subject">What is invalid, for example <c>The business calendar 'office'</c>.</param>
    /// <param name="findings">The findings.</param>
    internal SlaPolicyValidationException(string subject, IEnumerable<PolicyFinding> findings)
        : this(subject, Guard.Freeze(findings, nameof(findings)))
    {
    }

    private SlaPolicyValidationException(IReadOnlyList<PolicyFinding> findings)
        : this("The SLA policy", findings)
    {
    }

    private SlaPolicyValidationException(string subject, IReadOnlyList<PolicyFinding> findings)
        : base(Describe(subject, findings))
    {
        Findings = findings;
    }

    /// <summary>Gets every finding: the errors, then any warnings.</summary>
    public IReadOnlyList<PolicyFinding> Findings { get; }

    /// <summary>Gets the findings that are errors.</summary>
    public IEnumerable<PolicyFinding> Errors => Findings.Where(f => !f.IsWarning);

    private static string Describe(string subject, IReadOnlyList<PolicyFinding> findings)
    {
        var errors = findings.Where(f => !f.IsWarning).ToList();
        var header = errors.Count == 1 ? $"{subject} is invalid (1 error):" : $"{subject} is invalid ({errors.Count} errors):";
        return header + Environment.NewLine + string.Join(Environment.NewLine, findings.Select(f => " - " + f));
    }
}
