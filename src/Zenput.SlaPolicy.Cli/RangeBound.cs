using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Cli;

/// <summary>One end of a <c>maintenance</c> range: a date (midnight in the policy's support zone, known only once the policy is loaded) or an instant.</summary>
internal readonly record struct RangeBound(LocalDate? Date, Instant Instant)
{
    // Midnight of these dates is a supported instant in every zone (offsets stay within ±18 hours).
    private static readonly LocalDate FirstDate = SlaClock.SupportedInstants.Start.InUtc().Date.PlusDays(1);
    private static readonly LocalDate LastDate = SlaClock.SupportedInstants.End.InUtc().Date.PlusDays(-1);

    public static RangeBound At(Instant instant) => new(null, instant);

    public static bool TryDate(LocalDate date, out RangeBound bound, out string problem)
    {
        bound = new RangeBound(date, default);
        problem = $"is outside the dates the SLA clock supports ({LocalDatePattern.Iso.Format(FirstDate)} to {LocalDatePattern.Iso.Format(LastDate)})";
        return date >= FirstDate && date <= LastDate;
    }

    /// <summary>The instant of this bound in <paramref name="zone"/>.</summary>
    public Instant In(DateTimeZone zone) => Date is { } date ? zone.AtStartOfDay(date).ToInstant() : Instant;
}
