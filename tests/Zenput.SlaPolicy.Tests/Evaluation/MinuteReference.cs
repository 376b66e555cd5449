using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>
/// An obviously-correct, slow reference for ticket evaluation, written from the words of issue 10 and
/// DESIGN.md rules 9 and 10 (not from the evaluator's code): it walks time one minute at a time, asks of
/// each minute whether the SLA clock runs (not paused, and not in the Tuesday 21:00-23:00 Pacific window
/// when the policy stops the clock for maintenance), and keeps counters.
/// </summary>
/// <remarks>
/// For the built-in policy's Level 1 and Level 2 (elapsed goals, every step on the 24×7 clock) and inputs on
/// whole minutes. It restates the policy's facts it needs (goal, cadence, what satisfies what) from the
/// policy model, shares no code with the evaluator, never calls the SLA clock and never resolves a
/// local time to an instant: it only reads the wall clock of each minute.
/// </remarks>
internal sealed class MinuteReference
{
    private static readonly Duration Minute = Duration.FromMinutes(1);
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private readonly SlaPolicy _policy;
    private readonly bool _maintenanceStopsClock;

    public MinuteReference(SlaPolicy policy)
    {
        _policy = policy;
        _maintenanceStopsClock = policy.ClockStopsDuringMaintenance;
    }

    public sealed record StepResult(ResolutionStepKind Kind, Instant? DueAt, Instant? MetAt, EvaluationStatus Status);

    /// <summary>A reference's figures for one ticket (both minute-stepping references give them); <see cref="GoalLength"/> only where the goal's length depends on the report.</summary>
    public sealed record Result(
        Instant ResponseDue,
        Instant OriginalDue,
        Duration? GoalLength,
        Instant? ResponseMetAt,
        EvaluationStatus ResponseStatus,
        Duration ResponseElapsed,
        List<StepResult> Steps,
        List<Instant> MissedUpdates,
        Instant? NextUpdate,
        EvaluationStatus Status)
    {
        /// <summary>Asserts that <paramref name="result"/> states these figures, every one.</summary>
        public void ShouldAgreeWith(TicketEvaluation result, string because)
        {
            result.Response.DueAt.Should().Be(ResponseDue, because);
            result.Response.OriginalDueAt.Should().Be(OriginalDue, because);
            if (GoalLength is { } length)
            {
                result.Response.GoalLength.Should().Be(length, because);
            }

            result.Response.MetAt.Should().Be(ResponseMetAt, because);
            result.Response.Status.Should().Be(ResponseStatus, because);
            result.Response.Elapsed.Should().Be(ResponseElapsed, because);
            result.Steps.Select(s => new StepResult(s.Kind, s.DueAt, s.MetAt, s.Status)).Should().Equal(Steps, because);
            result.PeriodicUpdates!.MissedDeadlines.Should().Equal(MissedUpdates, because);
            result.PeriodicUpdates.NextDueAt.Should().Be(NextUpdate, because);
            result.Status.Should().Be(Status, because);
        }
    }

    /// <summary>
    /// The verdict (README E14): breached when the response goal or any step is breached; otherwise pending while the
    /// response goal or a step is pending, leaving out the steps in <paramref name="notOwed"/> (on a resolved ticket, a
    /// step owed only after an event that never happened); otherwise met.
    /// </summary>
    public static EvaluationStatus Verdict(EvaluationStatus response, List<StepResult> steps, HashSet<ResolutionStepKind> notOwed) =>
        response == EvaluationStatus.Breached || steps.Any(s => s.Status == EvaluationStatus.Breached) ? EvaluationStatus.Breached
        : response == EvaluationStatus.Pending || steps.Any(s => s.Status == EvaluationStatus.Pending && !notOwed.Contains(s.Kind)) ? EvaluationStatus.Pending
        : EvaluationStatus.Met;

    /// <summary>Whether the ticket is resolved: of the resolutions and reopenings that happened, the last is a resolution (E13).</summary>
    public static bool IsResolved(List<TicketEvent> happened) =>
        happened.Where(e => e.Kind is TicketEventKind.Resolved or TicketEventKind.Reopened).Select(e => (TicketEventKind?)e.Kind).LastOrDefault() == TicketEventKind.Resolved;

    /// <summary>The first minute by which <paramref name="length"/> of minutes that <paramref name="runs"/> have passed since <paramref name="start"/> (DESIGN.md rule 4).</summary>
    public static Instant DueAfter(Instant start, Duration length, Func<Instant, bool> runs)
    {
        var wanted = (long)length.TotalMinutes;
        var t = start;
        for (long counted = 0; counted < wanted; t += Minute)
        {
            if (runs(t))
            {
                counted++;
            }
        }

        return t;
    }

    /// <summary>The minutes from <paramref name="from"/> to <paramref name="to"/> that <paramref name="runs"/>.</summary>
    public static Duration Used(Instant from, Instant to, Func<Instant, bool> runs)
    {
        long counted = 0;
        for (var t = from; t < to; t += Minute)
        {
            if (runs(t))
            {
                counted++;
            }
        }

        return Duration.FromMinutes(counted);
    }

    public Result Evaluate(TicketTimeline timeline, Instant now)
    {
        var reported = timeline.ReportedAt;
        var happened = timeline.Events.Where(e => e.At <= now).ToList();
        var original = _policy.GetTier(timeline.Severity);
        var tier = original;
        foreach (var e in happened.Where(e => e.Kind == TicketEventKind.SeverityChanged))
        {
            tier = _policy.GetTier(e.Severity!);
        }

        bool Runs(Instant minute) => !Stopped(minute, now, happened, _maintenanceStopsClock);

        Instant DueAfter(Instant start, Duration length) => MinuteReference.DueAfter(start, length, Runs);

        Duration Used(Instant from, Instant to) => MinuteReference.Used(from, to, Runs);

        Instant? First(IEnumerable<TicketEventKind> kinds, Instant from) =>
            happened.Where(e => e.At >= from && kinds.Contains(e.Kind)).Select(e => (Instant?)e.At).FirstOrDefault();

        EvaluationStatus StatusOf(Instant? metAt, Instant? due) =>
            metAt is { } met ? (due is null || met <= due ? EvaluationStatus.Met : EvaluationStatus.Breached)
            : due is { } d && now > d ? EvaluationStatus.Breached : EvaluationStatus.Pending;

        var goal = ((ElapsedGoalTarget)tier.ResponseGoal).Duration;
        var responseDue = DueAfter(reported, goal);
        var originalDue = DueAfter(reported, ((ElapsedGoalTarget)original.ResponseGoal).Duration);
        var responseMet = First(_policy.ResponseSatisfiedBy, reported);
        var responseStatus = StatusOf(responseMet, responseDue);
        var elapsed = Used(reported, responseMet ?? now);

        var steps = new List<StepResult>();

        var notOwed = new HashSet<ResolutionStepKind>();
        var missed = new List<Instant>();
        Instant? nextUpdate = null;
        foreach (var step in tier.ResolutionProcess)
        {
            switch (step.Deadline.Kind)
            {
                case StepDeadlineKind.Within:
                    var due = DueAfter(reported, step.Deadline.Length!.Value);
                    var met = First(step.SatisfiedBy, reported);
                    steps.Add(new StepResult(step.Kind, due, met, StatusOf(met, due)));
                    break;
                case StepDeadlineKind.WithResponseGoal:
                    var metByGoal = First(step.SatisfiedBy, reported);
                    steps.Add(new StepResult(step.Kind, responseDue, metByGoal, StatusOf(metByGoal, responseDue)));
                    break;
                case StepDeadlineKind.AfterEvent:
                    var anchor = First([step.Deadline.Anchor], reported);
                    var metAfter = anchor is { } a ? First(step.SatisfiedBy, a) : null;
                    steps.Add(new StepResult(step.Kind, null, metAfter, metAfter is null ? EvaluationStatus.Pending : EvaluationStatus.Met));
                    if (anchor is null && IsResolved(happened))
                    {
                        notOwed.Add(step.Kind);
                    }

                    break;
                case StepDeadlineKind.Recurring:
                    var (owed, next, last) = Updates(step, reported, now, happened, Runs, missed);
                    nextUpdate = owed ? next : null;
                    var updateStatus = missed.Count > 0 ? EvaluationStatus.Breached : owed ? EvaluationStatus.Pending : EvaluationStatus.Met;
                    steps.Add(new StepResult(step.Kind, nextUpdate, last, updateStatus));
                    break;
                default:
                    throw new NotSupportedException("The reference covers Levels 1 and 2 of the built-in policy.");
            }
        }

        var status = Verdict(responseStatus, steps, notOwed);
        return new Result(responseDue, originalDue, null, responseMet, responseStatus, elapsed, steps, missed, nextUpdate, status);
    }

    /// <summary>
    /// Whether the SLA clock is stopped for the minute that starts at <paramref name="minute"/>, whatever calendar it counts
    /// on: in the Tuesday 21:00–23:00 Pacific window when <paramref name="maintenanceStopsClock"/>, or paused (the last pause
    /// event at or before the minute's start decides; a pause still open at now stops the clock up to now only).
    /// </summary>
    internal static bool Stopped(Instant minute, Instant now, List<TicketEvent> happened, bool maintenanceStopsClock)
    {
        if (maintenanceStopsClock)
        {
            var local = minute.InZone(Pacific).LocalDateTime;
            if (local.DayOfWeek == IsoDayOfWeek.Tuesday && local.Hour is 21 or 22)
            {
                return true;
            }
        }

        if (minute >= now)
        {
            return false;
        }

        var paused = false;
        foreach (var e in happened)
        {
            if (e.At > minute)
            {
                break;
            }

            if (e.Kind is TicketEventKind.Paused or TicketEventKind.Resumed)
            {
                paused = e.Kind == TicketEventKind.Paused;
            }
        }

        return paused;
    }

    /// <summary>
    /// Periodic updates, minute by minute: a counter of SLA minutes since the last reset. At each minute
    /// boundary, the events of that instant act first (an update resets the counter, a fix or a resolution
    /// stops the obligation, a reopening starts it again from zero); then, if the counter has reached the
    /// cadence, a deadline falls there: before now it is a miss (and the counter restarts), at now it is the next one.
    /// </summary>
    internal static (bool Owed, Instant Next, Instant? Last) Updates(ResolutionStep step, Instant reported, Instant now, List<TicketEvent> happened, Func<Instant, bool> runs, List<Instant> missed)
    {
        var cadence = (long)step.Deadline.Length!.Value.TotalMinutes;
        var owed = true;
        long counter = 0;
        Instant? last = null;
        var t = reported;
        while (true)
        {
            if (t <= now)
            {
                foreach (var e in happened.Where(e => e.At == t))
                {
                    if (step.SatisfiedBy.Contains(e.Kind) && owed)
                    {
                        counter = 0;
                        last = t;
                    }

                    if (e.Kind is TicketEventKind.FixApplied or TicketEventKind.Resolved)
                    {
                        owed = false;
                    }
                    else if (e.Kind == TicketEventKind.Reopened && !owed)
                    {
                        owed = true;
                        counter = 0;
                    }
                }
            }

            if (!owed && t >= now)
            {
                return (false, default, last);
            }

            if (owed && counter == cadence)
            {
                if (t >= now)
                {
                    return (true, t, last);
                }

                missed.Add(t);
                counter = 0;
            }

            if (owed && runs(t))
            {
                counter++;
            }

            t += Minute;
        }
    }
}
