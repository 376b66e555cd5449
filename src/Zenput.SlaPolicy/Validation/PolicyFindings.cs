using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using FluentValidation.Results;

namespace Zenput.Sla.Validation;

/// <summary>Turns FluentValidation results into <see cref="PolicyFinding"/>s, errors first; and words the findings made outside validators.</summary>
internal static class PolicyFindings
{
    public static IReadOnlyList<PolicyFinding> From(ValidationResult result) =>
        [.. result.Errors
            .Select(e => new PolicyFinding(
                string.IsNullOrEmpty(e.PropertyName) ? "(policy)" : e.PropertyName,
                e.ErrorMessage,
                string.IsNullOrEmpty(e.ErrorCode) ? PolicyErrorCodes.InvalidValue : e.ErrorCode,
                e.Severity == Severity.Warning))
            .OrderBy(f => f.IsWarning)];

    public static PolicyFinding UnknownZone(string path, string? zoneId) =>
        new(path, $"'{zoneId}' is not a known IANA time-zone id (for example 'America/Los_Angeles').", PolicyErrorCodes.UnknownTimeZone);
}
