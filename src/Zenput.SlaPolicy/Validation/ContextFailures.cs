using FluentValidation;
using FluentValidation.Results;

namespace Zenput.Sla.Validation;

/// <summary>Adds failures from custom rules with the full property path, also when the validator runs as a child of another.</summary>
internal static class ContextFailures
{
    public static void Fail<T>(this ValidationContext<T> context, string relativePath, string message, string code, Severity severity = Severity.Error) =>
        context.AddFailure(new ValidationFailure(context.PropertyChain.BuildPropertyPath(relativePath), message)
        {
            ErrorCode = code,
            Severity = severity,
        });
}
