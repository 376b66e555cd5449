using System.Globalization;
using NodaTime;
using Zenput.Sla.Calendars;

namespace Zenput.Sla.ICalendar;

/// <summary>One line of a holiday import's account: a holiday imported from an event of the feed, or an event (or one date of it) skipped, with the reason.</summary>
public sealed class HolidayFeedEntry
{
    internal HolidayFeedEntry(FeedEvent source, LocalDate? date, Holiday? holiday, HolidayFeedSkipReason? skipReason, string message)
    {
        EventIndex = source.Index;
        Line = source.Line;
        Uid = source.Uid;
        Summary = source.Summary;
        Date = date;
        Holiday = holiday;
        SkipReason = skipReason;
        Message = message;
    }

    /// <summary>Gets the event's 1-based position among the feed's <c>VEVENT</c>s.</summary>
    public int EventIndex { get; }

    /// <summary>Gets the 1-based line of the event's <c>BEGIN:VEVENT</c>, or <see langword="null"/> when it could not be located.</summary>
    public int? Line { get; }

    /// <summary>Gets the event's <c>UID</c>, or <see langword="null"/> when it has none.</summary>
    public string? Uid { get; }

    /// <summary>Gets the event's <c>SUMMARY</c> (empty when it has none).</summary>
    public string Summary { get; }

    /// <summary>Gets the local date (in the calendar's zone) this entry is about, or <see langword="null"/> when it is about the whole event.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the holiday imported, or <see langword="null"/> when skipped.</summary>
    public Holiday? Holiday { get; }

    /// <summary>Gets why the event or date was skipped, or <see langword="null"/> when imported.</summary>
    public HolidayFeedSkipReason? SkipReason { get; }

    /// <summary>Gets whether a holiday was imported.</summary>
    public bool IsImported => Holiday is not null;

    /// <summary>Gets what was imported (<c>whole day</c>, <c>closed 13:00–24:00</c>, with any time-zone conversion) or why it was skipped.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        var where = Line is { } line ? $"event {EventIndex} (line {line})" : $"event {EventIndex}";
        var when = Date is { } date ? " " + date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        return $"{where} '{Summary}'{when}: {Message}";
    }
}
