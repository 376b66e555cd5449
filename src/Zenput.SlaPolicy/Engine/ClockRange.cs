using System;
using System.Globalization;
using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Engine;

/// <summary>
/// The range of instants the SLA clock works in: all of NodaTime's range except its first and last
/// week, so that local dates a few days either side of any supported instant can still be resolved
/// in every zone.
/// </summary>
internal static class ClockRange
{
    public static readonly Instant Min = SupportedRange.Min;

    public static readonly Instant Max = SupportedRange.Max;

    public static void Check(Instant instant, string paramName)
    {
        if (instant < Min || instant > Max)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                instant,
                string.Create(CultureInfo.InvariantCulture, $"The SLA clock works with instants from {Failures.Text(Min)} to {Failures.Text(Max)}."));
        }
    }
}
