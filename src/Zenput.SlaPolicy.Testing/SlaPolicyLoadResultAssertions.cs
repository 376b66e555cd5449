using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Zenput.Sla.Serialization;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Testing;

/// <summary>
/// Assertions on a read policy document (<see cref="SlaPolicyDocument.Read(string)"/>): valid, or with
/// given errors. Start with <c>SlaPolicyDocument.Read(json).Should()</c>.
/// </summary>
public sealed class SlaPolicyLoadResultAssertions : ObjectAssertions<SlaPolicyLoadResult, SlaPolicyLoadResultAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The result of reading a document.</param>
    public SlaPolicyLoadResultAssertions(SlaPolicyLoadResult subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "document";

    /// <summary>Asserts that the document holds a valid policy (warnings allowed); the failure lists every error with its JSON path.</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The policy, for further assertions with <c>.Which</c>.</returns>
    public AndWhichConstraint<SlaPolicyLoadResultAssertions, SlaPolicy> BeValid(string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(Subject);
        var errors = Subject.Errors.ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.IsValid)
            .FailWith(SlaText.Failure("the policy document to be valid", $"it has {Count(errors.Count, "error")}:{Lines(errors)}"));
        return new AndWhichConstraint<SlaPolicyLoadResultAssertions, SlaPolicy>(this, Subject.Policy!);
    }

    /// <summary>Asserts that the document has an error with this code at this JSON path.</summary>
    /// <param name="path">The JSON path, for example <c>$.tiers[0].responseGoal</c>.</param>
    /// <param name="code">The code, from <see cref="PolicyErrorCodes"/>.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The finding, for further assertions with <c>.Which</c>.</returns>
    public AndWhichConstraint<SlaPolicyLoadResultAssertions, PolicyFinding> HaveError(string path, string code, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(Subject);
        var errors = Subject.Errors.ToList();
        var match = errors.FirstOrDefault(e => e.Path == path && e.Code == code);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(match is not null)
            .FailWith(SlaText.Failure(
                $"the policy document to have the error {code} at {path}",
                errors.Count switch
                {
                    0 => "it has no errors",
                    1 => $"its only error is:{Lines(errors)}",
                    _ => $"its {errors.Count} errors are:{Lines(errors)}",
                }));
        return new AndWhichConstraint<SlaPolicyLoadResultAssertions, PolicyFinding>(this, match!);
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Lines(IEnumerable<PolicyFinding> findings) => string.Concat(findings.Select(f => Environment.NewLine + "  " + f));
}
