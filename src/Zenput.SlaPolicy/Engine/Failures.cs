using System.Globalization;
using NodaTime;

namespace Zenput.Sla.Engine;

/// <summary>The engine's failures, worded in one place; the clock turns them into its public exception.</summary>
internal static class Failures
{
    public static TimelineException BeyondRange(WorkingTimeline timeline, Instant from, Duration amount) =>
        BeyondRange(timeline, from, amount.ToString());

    public static TimelineException BeyondRange(WorkingTimeline timeline, Instant from, string amount) =>
        new(
            TimelineFailure.BeyondRange,
            timeline.CalendarName,
            string.Create(
                CultureInfo.InvariantCulture,
                $"A goal of {amount} counted on {timeline.Description} from {from} would end after {ClockRange.Max}, the last instant the SLA clock supports."));

    public static TimelineException BeforeRange(WorkingTimeline timeline, Instant to, Duration amount) =>
        new(
            TimelineFailure.BeyondRange,
            timeline.CalendarName,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{amount} counted back on {timeline.Description} from {to} would start before {ClockRange.Min}, the first instant the SLA clock supports."));

    public static TimelineException NoWorkingTimeBefore(WorkingTimeline timeline, Instant to, Instant searchedBackTo) =>
        new(
            TimelineFailure.NoWorkingTime,
            timeline.CalendarName,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{Capitalise(timeline.Description)} has no working time before {to} (searched back to {searchedBackTo}), so no start before it can meet a goal counted on it. Check its working windows, holidays and the maintenance windows excluded from it."));

    public static TimelineException NoWorkingTime(WorkingTimeline timeline, Instant from, Instant searchedUntil) =>
        new(
            TimelineFailure.NoWorkingTime,
            timeline.CalendarName,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{Capitalise(timeline.Description)} has no working time after {from} (searched until {searchedUntil}), so a goal counted on it can never be met. Check its working windows, holidays and the maintenance windows excluded from it."));

    public static TimelineException ClockStopped(WorkingTimeline timeline, Instant start, Instant pauseStart) =>
        new(
            TimelineFailure.StoppedForGood,
            timeline.CalendarName,
            string.Create(
                CultureInfo.InvariantCulture,
                $"The goal that started at {start} on {timeline.Description} is not met before the pause that starts at {pauseStart}, and that pause has no end, so there is no due instant."));

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
