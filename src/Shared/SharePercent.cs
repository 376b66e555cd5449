using System.Globalization;
using System.Numerics;
using NodaTime;

namespace Zenput.Sla.Internal;

/// <summary>
/// The one rule for writing a share of a goal as a percentage, compiled into each package that writes one (the core's
/// audit trail, the tool's text, the Testing package's failure messages; a source file linked into each, since their
/// internal code is not shared). Rounded down to 0.1 %, so a share never reads as more than it is (99.96 % is "99.9", never
/// "100" beside a goal met in time; 74.96 % never "75" with the 75 % warning not crossed), and worked out in whole
/// nanoseconds: from a double, the allowance its rounding needed made a share a hair short of a round figure read as it.
/// </summary>
internal static class SharePercent
{
    /// <summary>The share of <paramref name="goal"/> that <paramref name="used"/> is, in percent rounded down to 0.1: "8.3", "99.9", "125", or with <paramref name="alwaysDecimal"/> "50.0". A zero goal is all used.</summary>
    /// <param name="used">The SLA time used (never negative).</param>
    /// <param name="goal">The goal's length.</param>
    /// <param name="alwaysDecimal">Whether a whole percentage is written with its decimal.</param>
    public static string Format(Duration used, Duration goal, bool alwaysDecimal = false)
    {
        var tenths = goal <= Duration.Zero ? 1000 : used.ToBigIntegerNanoseconds() * 1000 / goal.ToBigIntegerNanoseconds();
        var whole = BigInteger.DivRem(tenths, 10, out var tenth);
        return !alwaysDecimal && tenth.IsZero
            ? whole.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{whole}.{tenth}");
    }
}
