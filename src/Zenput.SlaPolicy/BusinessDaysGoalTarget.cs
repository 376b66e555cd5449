using System.Globalization;

namespace Zenput.Sla;

/// <summary>
/// A target of whole working days on a named business calendar: "within 3 business days", as many
/// contracts read it.
/// </summary>
/// <remarks>
/// <para>A working day is a local date of the calendar with at least one window left after holidays and
/// closures; it closes at the end of the last of those windows. The report's working day is the first
/// working day that closes after the report: a report during working hours counts from its own day, one
/// outside them (after closing, at the weekend, on a holiday) from the next working day. The goal is due
/// at the close of the working day <see cref="Days"/> after it, so 0 days is the close of the report's
/// working day. Working days are counted in the order they close.</para>
/// <para>The clock turns the target into working time at the start (the working time from the report to
/// that close) and counts it like a business-time goal, so pauses, and maintenance windows when the
/// policy stops the clock, move the due instant later.</para>
/// </remarks>
/// <param name="Days">The number of working days allowed.</param>
/// <param name="CalendarName">The name of the business calendar (or calendar intersection) whose days count.</param>
public sealed record BusinessDaysGoalTarget(int Days, string CalendarName) : GoalTarget
{
    /// <inheritdoc />
    public override GoalTargetKind Kind => GoalTargetKind.BusinessDays;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Days} business day{(Days == 1 ? string.Empty : "s")} on '{CalendarName}'");
}
