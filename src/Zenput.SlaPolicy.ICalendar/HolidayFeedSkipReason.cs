namespace Zenput.Sla.ICalendar;

/// <summary>Why an event (or one date of it) of an iCalendar feed was not imported as a holiday.</summary>
public enum HolidayFeedSkipReason
{
    /// <summary>The calendar already has the same holiday or closure on that date, or an earlier event of the feed gave it.</summary>
    Duplicate,

    /// <summary>The date is outside the import range (or a recurring event has occurrences outside it).</summary>
    OutsideRange,

    /// <summary>The occurrence is excluded by the feed itself (<c>EXDATE</c>).</summary>
    Excluded,

    /// <summary>The event is cancelled (<c>STATUS:CANCELLED</c>).</summary>
    Cancelled,

    /// <summary>The event has no readable start (<c>DTSTART</c>).</summary>
    MissingStart,

    /// <summary>The event's <c>TZID</c> is neither an IANA nor a Windows time zone id.</summary>
    UnknownTimeZone,

    /// <summary>The event ends at or before it starts (a timed event with no <c>DTEND</c> or <c>DURATION</c>, or a zero one; a negative <c>DURATION</c>; a <c>DTEND</c> before <c>DTSTART</c>), so it closes nothing.</summary>
    NoDuration,
}
