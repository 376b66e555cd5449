using NodaTime;

namespace Zenput.Sla.Internal;

/// <summary>
/// The instants the library works with: all of NodaTime's range except its first and last week, so
/// that the local date-time of any supported instant, and local dates a few days either side of it,
/// can be resolved in every zone (offsets stay within ±18 hours).
/// </summary>
/// <remarks>The SLA clock's range and the range maintenance windows are expanded over; both layers read it from here.</remarks>
internal static class SupportedRange
{
    public static readonly Instant Min = Instant.MinValue + Duration.FromDays(7);

    public static readonly Instant Max = Instant.MaxValue - Duration.FromDays(7);

    /// <summary>The first local date on which something starting could reach <see cref="Min"/> in some zone.</summary>
    public static readonly LocalDate FirstDate = Min.InUtc().Date.PlusDays(-1);

    /// <summary>The last local date on which something could start at or before <see cref="Max"/> in some zone.</summary>
    public static readonly LocalDate LastDate = Max.InUtc().Date.PlusDays(1);

    /// <summary><paramref name="start"/> plus <paramref name="length"/>, or <see cref="Max"/> when that is later (also when the sum would overflow).</summary>
    public static Instant PlusOrMax(Instant start, Duration length) =>
        length >= Max - start ? Max : start + length;

    /// <summary><paramref name="end"/> minus <paramref name="length"/>, or <see cref="Min"/> when that is earlier (also when the difference would overflow).</summary>
    public static Instant MinusOrMin(Instant end, Duration length) =>
        length >= end - Min ? Min : end - length;

    /// <summary>Whether <paramref name="local"/> lies in dates that can be resolved in every zone without leaving NodaTime's range.</summary>
    public static bool CanResolve(LocalDateTime local) => local.Date >= FirstDate && local.Date <= LastDate;
}
