using NodaTime;

namespace Zenput.Sla.Calendars;

/// <summary>
/// A weekly working window: on every <see cref="Day"/>, working time runs from <see cref="Start"/>
/// to <see cref="End"/> on the local wall clock of the calendar's zone.
/// </summary>
/// <remarks>
/// An <see cref="End"/> at or before <see cref="Start"/> means the window ends on the next date (an
/// overnight shift); <c>24:00</c> in a document is stored as midnight and so means next midnight. A
/// window belongs to the local date on which it starts: an overnight window that starts on Friday
/// 22:00 is removed by a holiday on Friday, not by one on Saturday.
/// </remarks>
/// <param name="Day">The ISO day of the week on which the window starts.</param>
/// <param name="Start">The local start.</param>
/// <param name="End">The local end; at or before <paramref name="Start"/> means the next date.</param>
public sealed record WorkingWindow(IsoDayOfWeek Day, LocalTime Start, LocalTime End)
{
    /// <summary>Gets the window's local opening hours, without the day.</summary>
    public OpeningHours Hours => new(Start, End);

    /// <inheritdoc />
    public override string ToString() => $"{Day} {Hours}";
}
