using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Engine;

/// <summary>The engine's failures, worded in one place; the clock turns them into its public exception.</summary>
internal static class Failures
{
    public static TimelineException BeyondRange(WorkingTimeline timeline, Instant from, Duration amount) =>
        BeyondRange(timeline, from, GoalText.Format(amount));

    public static TimelineException BeyondRange(WorkingTimeline timeline, Instant from, string amount) =>
        new(
            TimelineFailure.BeyondRange,
            timeline.CalendarName,
            string.Create(
                CultureInfo.InvariantCulture,
                $"A goal of {amount} counted on {timeline.Description} from {Text(from)} would end after {Text(ClockRange.Max)}, the last instant the SLA clock supports."));

    public static TimelineException BeforeRange(WorkingTimeline timeline, Instant to, Duration amount) =>
        new(
            TimelineFailure.BeyondRange,
            timeline.CalendarName,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{Capitalise(GoalText.Format(amount))} counted back on {timeline.Description} from {Text(to)} would start before {Text(ClockRange.Min)}, the first instant the SLA clock supports."));

    public static TimelineException NoWorkingTimeBefore(WorkingTimeline timeline, Instant to, Instant searchedBackTo) =>
        new(
            TimelineFailure.NoWorkingTime,
            timeline.CalendarName,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{Capitalise(timeline.Description)} has no working time before {Text(to)} (searched back to {Text(searchedBackTo)}), so no start before it can meet a goal counted on it. Check its working windows, holidays and the maintenance windows excluded from it."));

    public static TimelineException NoWorkingTime(WorkingTimeline timeline, Instant from, Instant searchedUntil) =>
        new(
            TimelineFailure.NoWorkingTime,
            timeline.CalendarName,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{Capitalise(timeline.Description)} has no working time after {Text(from)} (searched until {Text(searchedUntil)}), so a goal counted on it can never be met. Check its working windows, holidays and the maintenance windows excluded from it."));

    public static TimelineException ClockStopped(WorkingTimeline timeline, Instant start, Instant pauseStart) =>
        new(
            TimelineFailure.StoppedForGood,
            timeline.CalendarName,
            string.Create(
                CultureInfo.InvariantCulture,
                $"The goal that started at {Text(start)} on {timeline.Description} is not met before the pause that starts at {Text(pauseStart)}, and that pause has no end, so there is no due instant."));

    /// <summary>An instant as every message of the product writes it: ISO-8601 in UTC, with the fraction of a second when there is one (the last supported instant is 23:59:59.999999999, not 23:59:59).</summary>
    public static string Text(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
