using System.Linq;

namespace Zenput.Sla.Tests.ICalendar;

/// <summary>Hand-written iCalendar feeds in the styles holiday importers meet: a public-holiday feed with yearly rules, and a company calendar with timed closures.</summary>
internal static class HolidayFeeds
{
    /// <summary>US federal holidays as a public feed publishes them: all-day events, yearly RRULEs by month and weekday, fixed dates.</summary>
    public static readonly string UsFederal = Feed(
        AllDayYearly("new-year", "20260101", "New Year's Day", "FREQ=YEARLY"),
        AllDayYearly("mlk", "20260119", "Martin Luther King Jr. Day", "FREQ=YEARLY;BYMONTH=1;BYDAY=3MO"),
        AllDayYearly("washington", "20260216", "Washington's Birthday", "FREQ=YEARLY;BYMONTH=2;BYDAY=3MO"),
        AllDayYearly("memorial", "20260525", "Memorial Day", "FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO"),
        AllDayYearly("juneteenth", "20260619", "Juneteenth", "FREQ=YEARLY"),
        AllDayYearly("independence", "20260704", "Independence Day", "FREQ=YEARLY"),
        AllDayYearly("labor", "20260907", "Labor Day", "FREQ=YEARLY;BYMONTH=9;BYDAY=1MO"),
        AllDayYearly("columbus", "20261012", "Columbus Day", "FREQ=YEARLY;BYMONTH=10;BYDAY=2MO"),
        AllDayYearly("veterans", "20261111", "Veterans Day", "FREQ=YEARLY"),
        AllDayYearly("thanksgiving", "20261126", "Thanksgiving Day", "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH"),
        AllDayYearly("christmas", "20261225", "Christmas Day", "FREQ=YEARLY"));

    /// <summary>A feed: the components between a VCALENDAR's BEGIN and END, CRLF line ends.</summary>
    public static string Feed(params string[] components) =>
        string.Join("\r\n", new[] { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Holidays//EN" }.Concat(components).Append("END:VCALENDAR")) + "\r\n";

    /// <summary>One VEVENT with the given properties (UID and DTSTAMP added).</summary>
    public static string Event(string uid, params string[] properties) =>
        string.Join("\r\n", new[] { "BEGIN:VEVENT", $"UID:{uid}@example.com", "DTSTAMP:20260101T000000Z" }.Concat(properties).Append("END:VEVENT"));

    public static string AllDayYearly(string uid, string start, string summary, string rule) =>
        Event(uid, $"DTSTART;VALUE=DATE:{start}", $"RRULE:{rule}", $"SUMMARY:{summary}");
}
