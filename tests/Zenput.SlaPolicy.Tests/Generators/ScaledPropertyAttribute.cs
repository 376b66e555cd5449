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
        MaxTest = checked(ciCases * Scale);
    }

    /// <summary>Gets the multiplier of the long run: <c>ZENPUT_PROPERTY_SCALE</c>, or 1.</summary>
    public static int Scale { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("ZENPUT_PROPERTY_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;

    /// <summary>Gets the cases run in CI.</summary>
    public int CiCases { get; }
}
#pragma warning restore xUnit3003
