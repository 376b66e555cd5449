using System;
using System.Globalization;
using FsCheck.Xunit;

namespace Zenput.Sla.Tests.Generators;

/// <summary>
/// An FsCheck property whose case count is CI's count, multiplied in the opt-in long run by the
/// environment variable <c>ZENPUT_PROPERTY_SCALE</c> (unset or 1 in CI), so one attribute serves both:
/// the long-run command is in the README (Evidence).
/// </summary>
// xUnit3003 asks for a constructor taking source information to pass on; FsCheck's PropertyAttribute
// (which this extends) has no such constructor, so there is nothing to pass it to.
#pragma warning disable xUnit3003
[AttributeUsage(AttributeTargets.Method)]
public sealed class ScaledPropertyAttribute : PropertyAttribute
{
    /// <summary>Initializes a new instance of the <see cref="ScaledPropertyAttribute"/> class.</summary>
    /// <param name="ciCases">The cases run in CI.</param>
    public ScaledPropertyAttribute(int ciCases)
    {
        CiCases = ciCases;
        MaxTest = Cases(ciCases);
    }

    /// <summary>
    /// Gets the multiplier: <c>ZENPUT_PROPERTY_SCALE</c>, or 1. The long run sets 100; the mutation-test project
    /// sets a fraction (each mutant runs every test, so its properties run a sample of CI's cases).
    /// </summary>
    public static double Scale { get; } =
        double.TryParse(Environment.GetEnvironmentVariable("ZENPUT_PROPERTY_SCALE"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;

    /// <summary>CI's <paramref name="ciCases"/> times <see cref="Scale"/>, at least 1.</summary>
    /// <param name="ciCases">The cases run in CI.</param>
    /// <returns>The cases to run.</returns>
    public static int Cases(int ciCases) => Math.Max(1, checked((int)Math.Round(ciCases * Scale)));

    /// <summary>Gets the cases run in CI.</summary>
    public int CiCases { get; }
}
#pragma warning restore xUnit3003
