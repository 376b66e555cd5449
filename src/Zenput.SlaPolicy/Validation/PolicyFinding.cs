namespace Zenput.Sla.Validation;

/// <summary>One thing wrong with (or worth a second look in) a policy: where, what, and a stable code.</summary>
/// <param name="Path">Where: a property path such as <c>Tiers[2].ResponseGoal</c>, or for a JSON document a JSON path such as <c>$.tiers[2].responseGoal</c>.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Code">A stable code from <see cref="PolicyErrorCodes"/>, for programs to match on.</param>
/// <param name="IsWarning"><see langword="true"/> for advice that does not stop the policy from being built.</param>
public sealed record PolicyFinding(string Path, string Message, string Code, bool IsWarning = false)
{
    /// <summary>Formats the finding as <c>path: message [code]</c> (with <c>warning:</c> in front of warnings).</summary>
    /// <returns>The one-line form used by exceptions and the command-line tool.</returns>
    public override string ToString() => $"{(IsWarning ? "warning: " : string.Empty)}{Path}: {Message} [{Code}]";
}
