using System.Collections.Generic;
using NodaTime;
using Zenput.Sla.Engine;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Evaluation;

/// <summary>
/// What makes a history impossible, checked in one pass over the events in time order: every problem
/// is collected (none stops the check), each naming its event by the position it was given at.
/// </summary>
internal static class TimelineRules
{
    /// <summary>The tiers and state a possible history leads to.</summary>
    public readonly record struct Outcome(int OriginalTier, int CurrentTier, bool IsResolved);

    /// <summary>Checks <paramref name="timeline"/>; <paramref name="problems"/> is null when there are none.</summary>
    public static Outcome Check(TicketEvaluator evaluator, TicketTimeline timeline, Instant now, out List<TimelineProblem>? problems)
    {
        problems = null;
        var reported = timeline.ReportedAt;
        var original = evaluator.FindTier(timeline.Severity);
        if (original < 0)
        {
            Add(ref problems, new TimelineProblem(TimelineProblemKind.UnknownSeverity, null, null, reported, evaluator.Policy.UnknownSeverity(timeline.Severity)));
        }

        if (!InRange(reported))
        {
            Add(ref problems, new TimelineProblem(TimelineProblemKind.InstantOutOfRange, null, null, reported, $"The report ({EventNames.Utc(reported)}) lies outside the range the SLA clock works in ({EventNames.Utc(ClockRange.Min)} to {EventNames.Utc(ClockRange.Max)})."));
        }

        var current = original;
        var resolved = false;
        var resolvedAtNow = false;
        Instant? resolvedAt = null;
        Instant? pausedAt = null;
        var events = timeline.EventSpan;
        for (var i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            if (!EventNames.IsDefined(e.Kind) || e.Kind == TicketEventKind.Reported)
            {
                Add(ref problems, Problem(timeline, i, TimelineProblemKind.NotAnEvent, e.Kind == TicketEventKind.Reported
                    ? "'reported' is not an event: the report is the timeline's start (its reportedAt)."
                    : $"{(int)e.Kind} is not a ticket event; expected one of {EventNames.Choices()}."));
                continue;
            }

            if (!InRange(e.At))
            {
                Add(ref problems, Problem(timeline, i, TimelineProblemKind.InstantOutOfRange, "lies outside the range the SLA clock works in."));
                continue;
            }

            if (e.At < reported)
            {
                Add(ref problems, Problem(timeline, i, TimelineProblemKind.EventBeforeReport, $"happened before the ticket was reported ({EventNames.Utc(reported)})."));
            }

            if (e.Severity is not null && e.Kind != TicketEventKind.SeverityChanged)
            {
                Add(ref problems, Problem(timeline, i, TimelineProblemKind.UnexpectedSeverity, $"carries a severity ('{QuotedValue.Shorten(e.Severity)}'), which only a severityChanged event does."));
            }

            switch (e.Kind)
            {
                case TicketEventKind.Paused:
                    if (pausedAt is { } since)
                    {
                        Add(ref problems, Problem(timeline, i, TimelineProblemKind.PausedWhilePaused, $"paused while the clock was already paused (since {EventNames.Utc(since)}, with no resumed between)."));
                    }
                    else
                    {
                        pausedAt = e.At;
                    }

                    break;
                case TicketEventKind.Resumed:
                    if (pausedAt is null)
                    {
                        Add(ref problems, Problem(timeline, i, TimelineProblemKind.ResumedWithoutPause, "resumed while the clock was not paused."));
                    }

                    pausedAt = null;
                    break;
                case TicketEventKind.Resolved:
                    if (resolved)
                    {
                        Add(ref problems, Problem(timeline, i, TimelineProblemKind.ResolvedTwice, $"resolved again, but the ticket was resolved at {EventNames.Utc(resolvedAt!.Value)} and not reopened since."));
                    }

                    resolved = true;
                    resolvedAt = e.At;
                    break;
                case TicketEventKind.Reopened:
                    if (!resolved)
                    {
                        Add(ref problems, Problem(timeline, i, TimelineProblemKind.ReopenedWhileOpen, "reopened, but the ticket was open (not resolved)."));
                    }

                    resolved = false;
                    break;
                case TicketEventKind.SeverityChanged:
                    if (string.IsNullOrWhiteSpace(e.Severity))
                    {
                        Add(ref problems, Problem(timeline, i, TimelineProblemKind.MissingSeverity, "does not say which severity the ticket changed to."));
                        break;
                    }

                    var tier = evaluator.FindTier(e.Severity);
                    if (tier < 0)
                    {
                        Add(ref problems, Problem(timeline, i, TimelineProblemKind.UnknownSeverity, evaluator.Policy.UnknownSeverity(e.Severity)));
                    }
                    else if (e.At <= now)
                    {
                        current = tier;
                    }

                    break;
            }

            if (e.At <= now)
            {
                resolvedAtNow = resolved;
            }
        }

        return new Outcome(original, current, resolvedAtNow);
    }

    private static bool InRange(Instant instant) => instant >= ClockRange.Min && instant <= ClockRange.Max;

    private static TimelineProblem Problem(TicketTimeline timeline, int index, TimelineProblemKind kind, string what)
    {
        var e = timeline.EventSpan[index];
        var given = timeline.GivenIndex(index);
        return new TimelineProblem(kind, given, e.Kind, e.At, $"events[{given}] ({EventNames.JsonName(e.Kind)} at {EventNames.Utc(e.At)}): {what}");
    }

    private static void Add(ref List<TimelineProblem>? problems, TimelineProblem problem) => (problems ??= []).Add(problem);
}
