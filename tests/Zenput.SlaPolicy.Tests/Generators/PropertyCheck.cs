using System;
using FsCheck;
using FsCheck.Fluent;

namespace Zenput.Sla.Tests.Generators;

/// <summary>Runs an FsCheck property from inside a test, on CI's case count scaled like <see cref="ScaledPropertyAttribute"/>.</summary>
internal static class PropertyCheck
{
    /// <summary>
    /// Checks <paramref name="property"/> on <paramref name="ciCases"/> inputs (times <c>ZENPUT_PROPERTY_SCALE</c> in the
    /// long run); a failure throws with the shrunk input and the seed to replay.
    /// </summary>
    public static void Check<T>(int ciCases, Arbitrary<T> inputs, Action<T> property) =>
        Prop.ForAll(inputs, property).Check(Config.QuickThrowOnFailure.WithMaxTest(ScaledPropertyAttribute.Cases(ciCases)).WithQuietOnSuccess(true));
}
