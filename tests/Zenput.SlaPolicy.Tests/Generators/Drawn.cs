using System;

namespace Zenput.Sla.Tests.Generators;

/// <summary>A case and the choices it was built from (kept for shrinking).</summary>
/// <typeparam name="T">The case type.</typeparam>
/// <param name="Values">The choices.</param>
/// <param name="Value">The case.</param>
/// <param name="Describe">How the case is printed.</param>
public sealed record Drawn<T>(int[] Values, T Value, Func<T, string> Describe)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Describe(Value)} (from {Values.Length} choices)";
}
