using System;
using System.Globalization;

namespace Zenput.Sla.Cli.Text;

/// <summary>
/// How the tool writes a share of a goal as a percentage: rounded down to 0.1 %, as the audit trail does, so it never
/// reads as more than it is (99.96 % is "99.9", not "100" beside a goal met in time).
/// </summary>
internal static class ShareText
{
    /// <summary>The share in percent to one decimal, rounded down ("8.3", "99.9", "125"); the small allowance keeps 0.29 (289.99… tenths in binary) at "29".</summary>
    public static string Percent(double share) => (Math.Floor((share * 1000) + 1e-6) / 10).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>As <see cref="Percent"/>, always with its decimal ("50.0").</summary>
    public static string PercentOneDecimal(double share) => (Math.Floor((share * 1000) + 1e-6) / 10).ToString("0.0", CultureInfo.InvariantCulture);
}
