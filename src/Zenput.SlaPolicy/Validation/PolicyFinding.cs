using System;

namespace Zenput.Sla.Validation;

/// <summary>One thing wrong with (or worth a second look in) a policy: where, what, and a stable code.</summary>
/// <remarks>
/// The constructor takes what every finding has; anything added later comes as an optional property,
/// so no caller breaks. <c>with</c> meets the same checks as the constructor.
/// </remarks>
public sealed record PolicyFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="path">Where (see <see cref="Path"/>).</param>
    /// <param name="message">What is wrong, in one sentence.</param>
    /// <param name="code">A stable code from <see cref="PolicyErrorCodes"/>.</param>
    /// <param name="isWarning"><see langword="true"/> for advice that does not stop the policy from being built.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public PolicyFinding(string path, string message, string code, bool isWarning = false)
    {
        Path = path;
        Message = message;
        Code = code;
        IsWarning = isWarning;
    }

    /// <summary>Gets where: a property path such as <c>Tiers[2].ResponseGoal</c>, or for a JSON document a JSON path such as <c>$.tiers[2].responseGoal</c>.</summary>
    public string Path { get; init => field = value ?? throw new ArgumentNullException(nameof(Path)); }

    /// <summary>Gets what is wrong, in one sentence.</summary>
    public string Message { get; init => field = value ?? throw new ArgumentNullException(nameof(Message)); }

    /// <summary>Gets a stable code from <see cref="PolicyErrorCodes"/>, for programs to match on.</summary>
    public string Code { get; init => field = value ?? throw new ArgumentNullException(nameof(Code)); }

    /// <summary>Gets whether this is advice that does not stop the policy from being built.</summary>
    public bool IsWarning { get; init; }

    /// <summary>Formats the finding as <c>path: message [code]</c> (with <c>warning:</c> in front of warnings).</summary>
    /// <returns>The one-line form used by exceptions and the command-line tool.</returns>
    public override string ToString() => $"{(IsWarning ? "warning: " : string.Empty)}{Path}: {Message} [{Code}]";
}
