using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;

namespace Zenput.Sla.ICalendar;

/// <summary>The result of importing an iCalendar feed's holidays into a business calendar: the calendar with them added, and an account of every event imported or skipped.</summary>
public sealed class HolidayFeedImport
{
    internal HolidayFeedImport(BusinessCalendar calendar, LocalDate from, LocalDate to, IReadOnlyList<HolidayFeedEntry> imported, IReadOnlyList<HolidayFeedEntry> skipped)
    {
        Calendar = calendar;
        From = from;
        To = to;
        Imported = imported;
        Skipped = skipped;
    }

    /// <summary>Gets the calendar with the imported holidays added after its own (nothing else changed).</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>Gets the first date of the import range (inclusive).</summary>
    public LocalDate From { get; }

    /// <summary>Gets the end of the import range (exclusive).</summary>
    public LocalDate To { get; }

    /// <summary>Gets one entry per holiday imported, by date.</summary>
    public IReadOnlyList<HolidayFeedEntry> Imported { get; }

    /// <summary>Gets one entry per event, or date of an event, that was not imported, with the reason, in the feed's order.</summary>
    public IReadOnlyList<HolidayFeedEntry> Skipped { get; }

    /// <summary>Gets the holidays imported, by date.</summary>
    public IEnumerable<Holiday> Holidays => Imported.Select(e => e.Holiday!);
}
