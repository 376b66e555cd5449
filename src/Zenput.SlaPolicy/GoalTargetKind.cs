namespace Zenput.Sla;

/// <summary>How a goal's length is measured.</summary>
public enum GoalTargetKind
{
    /// <summary>A <see cref="NodaTime.Duration"/> on the 24×7 clock (Zenput Level 1: 2 hours).</summary>
    Elapsed = 0,

    /// <summary>A number of calendar days in the policy's support zone (Zenput Level 3: 3 days).</summary>
    CalendarDays = 1,

    /// <summary>A <see cref="NodaTime.Duration"/> of working time on a named business calendar.</summary>
    BusinessTime = 2,

    /// <summary>A number of working days on a named business calendar, due at the close of the last one ("within 3 business days").</summary>
    BusinessDays = 3,
}
