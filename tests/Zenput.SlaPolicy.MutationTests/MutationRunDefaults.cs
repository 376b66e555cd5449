using System;
using System.Runtime.CompilerServices;

namespace Zenput.Sla.Tests;

/// <summary>
/// Sizes this project's slowest suite for a mutation run, where every mutant runs every test: the
/// reference properties (<c>SlaClockReferenceProperties</c>) check 10,800 random cases in CI, about
/// 30 ms each; here 120 (10 per zone) unless <c>ZENPUT_REFERENCE_CASES</c> says otherwise. At 240 they
/// were half of a pass (12 of 25 s of test time); the engine's example tests and the evaluation
/// properties kill most of what they kill (docs/mutation.md).
/// </summary>
internal static class MutationRunDefaults
{
    /// <summary>The reference cases per mutation run over all zones.</summary>
    public const string ReferenceCases = "120";

    /// <summary>
    /// The share of CI's cases the other properties run (<c>ZENPUT_PROPERTY_SCALE</c>): CI runs 10,000 per
    /// property (10,800 per clock law), here 500 (45 per zone), about what they ran here before CI's counts rose.
    /// </summary>
    public const string PropertyScale = "0.05";

    // CA2255 warns that module initializers are meant for libraries; this is a test executable whose
    // only job is to set its own defaults before any test reads them.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Apply()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ZENPUT_REFERENCE_CASES")))
        {
            Environment.SetEnvironmentVariable("ZENPUT_REFERENCE_CASES", ReferenceCases);
        }

        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ZENPUT_PROPERTY_SCALE")))
        {
            Environment.SetEnvironmentVariable("ZENPUT_PROPERTY_SCALE", PropertyScale);
        }
    }
}
