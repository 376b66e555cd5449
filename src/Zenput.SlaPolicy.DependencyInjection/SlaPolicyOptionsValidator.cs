using System.Linq;
using Microsoft.Extensions.Options;

namespace Zenput.Sla.DependencyInjection;

/// <summary>
/// Adapts the policy rules (the FluentValidation <c>SlaPolicyValidator</c> and the document reader,
/// whose findings <see cref="SlaPolicyOptions.Findings"/> holds) to <see cref="IValidateOptions{TOptions}"/>:
/// options without a valid policy fail with one failure per error, each <c>path: message [code]</c>.
/// </summary>
/// <remarks>
/// <c>AddSlaPolicy</c> registers it together with <c>ValidateOnStart</c>, so a host whose policy is
/// invalid stops at start-up with an <see cref="OptionsValidationException"/> listing every error
/// (its <see cref="OptionsValidationException.Failures"/>). Warnings never fail. Stateless and thread-safe.
/// </remarks>
public sealed class SlaPolicyOptionsValidator : IValidateOptions<SlaPolicyOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SlaPolicyOptions options)
    {
        System.ArgumentNullException.ThrowIfNull(options);
        if (options.Policy is not null)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = options.Errors.Select(e => e.ToString()).ToList();
        return ValidateOptionsResult.Fail(errors.Count > 0 ? errors : [$"No SLA policy is configured ({options.Source})."]);
    }
}
