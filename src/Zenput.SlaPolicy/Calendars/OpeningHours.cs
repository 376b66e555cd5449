using NodaTime;

namespace Zenput.Sla.Calendars;

/// <summary>
/// A local span of working time within a day: <c>[Start, End)</c> on the wall clock of the calendar's zone.
/// </summary>
/// <remarks>
/// An <see cref="End"/> at or before <see cref="Start"/> means the span ends on the next date (an
/// overnight shift), so <c>22:00–06:00</c> is eight hours and <c>00:00–00:00</c> is a whole day. The
/// text <c>24:00</c> in a policy document means next midnight and is stored as <see cref="LocalTime.Midnight"/>.
/// </remarks>
/// <param name="Start">The local time the span opens.</param>
/// <param name="End">The local time the span closes; at or before <paramref name="Start"/> means the next date.</param>
public sealed record OpeningHours(LocalTime Start, LocalTime End)
{
    /// <summary>Gets whether the span ends on the date after it starts.</summary>
    public bool IsOvernight => End <= Start;

    /// <summary>Gets the nominal length on a day without a time-zone transition.</summary>
    public Duration NominalLength => IsOvernight
        ? Duration.FromDays(1) - (Start - End).ToDuration()
        : (End - Start).ToDuration();

    /// <inheritdoc />
    public override string ToString() =>
        $"{Start:HH:mm}–{(End == LocalTime.Midnight ? "24:00" : End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))}";
}
