namespace Zenput.Sla.Serialization;

/// <summary>The <c>kind</c> of a holiday's <c>rule</c> in a policy document.</summary>
internal enum HolidayRuleKind
{
    /// <summary>The nth or last weekday of a month (<c>Calendars.NthWeekdayHolidayRule</c>).</summary>
    NthWeekday,

    /// <summary>A month and day, moved off the weekend (<c>Calendars.FixedDateHolidayRule</c>).</summary>
    FixedDate,

    /// <summary>Days from Easter Sunday (<c>Calendars.EasterHolidayRule</c>).</summary>
    Easter,
}
