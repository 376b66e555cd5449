using System;
using System.Globalization;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Engine;

namespace Zenput.Sla.Evaluation;

/// <summary>
/// The evaluation's answer when one of its figures (the response goal's due instant, a step's deadline, the next
/// periodic update) would lie after the last instant the SLA clock supports: one wording for every figure, naming
/// the figure, the rule it follows, the clock it counts on and the instant it counts from.
/// </summary>
/// <remarks>
/// The evaluation cannot state such a figure (its result has a due instant for each), so it is refused as a whole with
/// <see cref="SlaClockFailure.BeyondRepresentableRange"/>, like <see cref="SlaClock.DueAt(Instant, GoalTarget)"/>; the
/// engine's own report, which speaks of "a goal" counted from an instant the user may never have given, is kept as the
/// inner exception.
/// </remarks>
internal static class FigureFailures
{
    /// <summary>The response goal under <paramref name="tier"/>, counted from the report.</summary>
    public static SlaClockException Response(TierModel tier, bool original, string clock, Instant reported, Exception cause) =>
        Beyond(
            string.Create(
                CultureInfo.InvariantCulture,
                $"The {(original ? "original response goal (the severity reported with, " : "response goal (")}{tier.Tier.Severity.DisplayName}: respond within {tier.Tier.ResponseGoal}, counted on {clock} from the report at {Failures.Text(reported)})"),
            cause);

    /// <summary>The deadline of the step <paramref name="step"/>, counted from its anchor.</summary>
    public static SlaClockException Step(in StepModel step, string clock, Instant from, Exception cause) =>
        Beyond(
            string.Create(CultureInfo.InvariantCulture, $"The deadline of the {step.Step.Kind} step ({step.Step.Deadline}, counted on {clock} from {Failures.Text(from)})"),
            cause);

    /// <summary>The next periodic update, counted from the previous deadline, the last update or the event that made updates owed.</summary>
    public static SlaClockException Update(in StepModel step, string clock, Instant from, Exception cause) =>
        Beyond(
            string.Create(CultureInfo.InvariantCulture, $"The next periodic update ({step.Step.Deadline}, counted on {clock} from {Failures.Text(from)})"),
            cause);

    private static SlaClockException Beyond(string figure, Exception cause) =>
        new(
            SlaClockFailure.BeyondRepresentableRange,
            cause is SlaClockException clock ? clock.CalendarName : (cause as TimelineException)?.CalendarName,
            string.Create(CultureInfo.InvariantCulture, $"{figure} would be due after {Failures.Text(ClockRange.Max)}, the last instant the SLA clock supports, so the ticket cannot be evaluated."),
            cause);
}
