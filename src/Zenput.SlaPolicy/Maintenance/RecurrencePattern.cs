namespace Zenput.Sla.Maintenance;

/// <summary>How a recurring maintenance window repeats.</summary>
public enum RecurrencePattern
{
    /// <summary>Every week on a day of the week (Zenput: Tuesdays at 21:00 Pacific).</summary>
    Weekly = 0,

    /// <summary>Every month on the nth occurrence of a day of the week (for example the second Tuesday, or the last Sunday).</summary>
    MonthlyNthWeekday = 1,
}
