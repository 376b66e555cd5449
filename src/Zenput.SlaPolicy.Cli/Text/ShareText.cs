using System.Globalization;
using System.Numerics;
using NodaTime;

namespace Zenput.Sla.Cli.Text;

/// <summary>
/// How the tool writes a share of a goal as a percentage: rounded down to 0.1 %, as the audit trail does, so it never
/// reads as more than it is (99.96 % is "99.9", not "100" beside a goal met in time).
/// </summary>
internal static class ShareText
{
    /// <summary>The share of <paramref name="goal"/> that <paramref name="used"/> is, in percent to one decimal, rounded down ("8.3", "99.9", "125").</summary>
    public static string Percent(Duration used, Duration goal) => Format(Tenths(used, goal), alwaysDecimal: false);

    /// <summary>As <see cref="Percent"/>, always with its decimal ("50.0").</summary>
    public static string PercentOneDecimal(Duration used, Duration goal) => Format(Tenths(used, goal), alwaysDecimal: true);

    // In whole nanoseconds, not from a double: the allowance a double needed (0.29 is 289.99… tenths in binary) made a
    // share a few microseconds short of 75 % or 100 % read as it. A zero goal is all used (FractionUsed is 1).
    private static BigInteger Tenths(Duration used, Duration goal) =>
        goal <= Duration.Zero ? 1000 : used.ToBigIntegerNanoseconds() * 1000 / goal.ToBigIntegerNanoseconds();

    private static string Format(BigInteger tenths, bool alwaysDecimal)
    {
        var whole = BigInteger.DivRem(tenths, 10, out var tenth);
        return !alwaysDecimal && tenth.IsZero
            ? whole.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{whole}.{tenth}");
    }
}
