using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>
/// An obviously-correct, slow reference for evaluating tickets whose response goals count on a business
/// calendar, written from the rules' words (not from the engine's code): it walks time one minute at a time,
/// reads the wall clock of each minute in America/Los_Angeles, and decides whether that minute counts.
/// </summary>
/// <remarks>
/// <para>For <see cref="CalendarEvaluationProperties"/>' policies only: the built-in tiers' steps and cadences, with
/// Level 1's response goal business time and Level 2's business days, both on a calendar open Monday to Friday
/// 09:00–17:00 in America/Los_Angeles with the holidays <see cref="Holidays"/> (whole local dates), and whole-minute
/// inputs. It reads only the policy model's facts (goal amounts, cadence, what satisfies what, the step clock,
/// whether maintenance stops the clock) and never calls the SLA clock or the evaluator, nor resolves a local time to an
/// instant.</para>
/// <para>The rules it restates:</para>
/// <list type="bullet">
/// <item><description>A minute counts on the office clock when its wall clock (its first instant, in the calendar's
/// zone) reads Monday to Friday, 09:00 to before 17:00, on a date that is not a holiday (DESIGN.md rules 5 and 6: weekly
/// local windows, a holiday removes the windows that start on its date), it is not paused, and, when the policy stops
/// the clock during maintenance, it is not in the Tuesday 21:00–23:00 window. On the 24×7 clock every minute counts but
/// paused ones and (when the policy says so) maintenance ones (DESIGN.md rules 4 and 10; README E11). Pause state: the
/// last pause or resume at or before the minute's start decides; a pause still open at now stops the clock up to now
/// only (E11).</description></item>
/// <item><description>Due: <c>due(start, goal) = min { t ≥ start : W(start, t) ≥ goal }</c> (DESIGN.md rule 4), so a goal
/// that runs out at 17:00 is due at 17:00, and a report outside working hours counts from the next opening.</description></item>
/// <item><description>Business days (BusinessDaysGoalTarget's remarks): a working day is a local date with a window left after
/// holidays; it closes at the end of its last window; the report's working day is the first that closes after the report
/// (on this calendar, where each window lies within its date and inputs are whole minutes, the date of the first working
/// minute at or after the report); the goal is due at the close of the working day <c>Days</c> after it, and is turned into
/// the working time from the report to that close (pauses not taken out), then counted like a business-time goal.</description></item>
/// <item><description>Steps' <c>within</c> lengths and update cadences count on the response goal's calendar under
/// <see cref="StepClock.ResponseGoal"/>, on the 24×7 clock under <see cref="StepClock.AroundTheClock"/>; pauses (and
/// maintenance when it stops the clock) count either way (StepClock's docs, README E10).</description></item>
/// <item><description>Met, breached, pending (DESIGN.md rules 7 and 9, README E4, E5, E8, E14); periodic updates (DESIGN.md
/// rule 10, README E9, E13), as <see cref="MinuteReference"/> states them; severity changes (rule 8, E12); elapsed SLA
/// time from the report to the response or now (E6).</description></item>
/// </list>
/// </remarks>
internal sealed class CalendarMinuteReference
{
    /// <summary>The calendar's holidays (local dates in America/Los_Angeles): whole days closed.</summary>
    public static readonly LocalDate[] Holidays =
        [new(2026, 1, 19), new(2026, 3, 9), new(2026, 7, 3), new(2026, 11, 2), new(2026, 11, 26), new(2026, 12, 25)];

    private static readonly Duration Minute = Duration.FromMinutes(1);
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private readonly SlaPolicy _policy;

    public CalendarMinuteReference(SlaPolicy policy) => _policy = policy;

    /// <summary>Whether the wall clock of <paramref name="minute"/> is inside a working window of the office calendar.</summary>
    public static bool Working(Instant minute)
    {
        var local = minute.InZone(Pacific).LocalDateTime;
        return local.DayOfWeek is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Friday
            && local.Hour is >= 9 and < 17
            && !Holidays.Contains(local.Date);
    }

    public MinuteReference.Result Evaluate(TicketTimeline timeline, Instant now)
    {
        var reported = timeline.ReportedAt;
        var happened = timeline.Events.Where(e => e.At <= now).ToList();
        var original = _policy.GetTier(timeline.Severity);
        var tier = original;
        foreach (var e in happened.Where(e => e.Kind == TicketEventKind.SeverityChanged))
        {
            tier = _policy.GetTier(e.Severity!);
        }

        bool Stopped(Instant minute) => MinuteReference.Stopped(minute, now, happened, _policy.ClockStopsDuringMaintenance);

        bool OnOffice(Instant minute) => Working(minute) && !Stopped(minute);
        bool AroundTheClock(Instant minute) => !Stopped(minute);
        Func<Instant, bool> stepRuns = _policy.StepClock == StepClock.ResponseGoal ? OnOffice : AroundTheClock;

        var goal = GoalLength(tier.ResponseGoal, reported);
        var responseDue = MinuteReference.DueAfter(reported, goal, OnOffice);
        var originalDue = MinuteReference.DueAfter(reported, GoalLength(original.ResponseGoal, reported), OnOffice);
        var responseMet = First(happened, _policy.ResponseSatisfiedBy, reported);
        var responseStatus = StatusOf(responseMet, responseDue, now);
        var elapsed = MinuteReference.Used(reported, responseMet ?? now, OnOffice);

        var steps = new List<MinuteReference.StepResult>();
        var notOwed = new HashSet<ResolutionStepKind>();
        var missed = new List<Instant>();
        Instant? nextUpdate = null;
        foreach (var step in tier.ResolutionProcess)
        {
            switch (step.Deadline.Kind)
            {
                case StepDeadlineKind.Within when step.Deadline.Anchor == TicketEventKind.Reported:
                    var due = MinuteReference.DueAfter(reported, step.Deadline.Length!.Value, stepRuns);
                    var met = First(happened, step.SatisfiedBy, reported);
                    steps.Add(new(step.Kind, due, met, StatusOf(met, due, now)));
                    break;
                case StepDeadlineKind.WithResponseGoal:
                    var metByGoal = First(happened, step.SatisfiedBy, reported);
                    steps.Add(new(step.Kind, responseDue, metByGoal, StatusOf(metByGoal, responseDue, now)));
                    break;
                case StepDeadlineKind.AfterEvent:
                    var anchor = First(happened, [step.Deadline.Anchor], reported);
                    var metAfter = anchor is { } a ? First(happened, step.SatisfiedBy, a) : null;
                    steps.Add(new(step.Kind, null, metAfter, metAfter is null ? EvaluationStatus.Pending : EvaluationStatus.Met));
                    if (anchor is null && MinuteReference.IsResolved(happened))
                    {
                        notOwed.Add(step.Kind);
                    }

                    break;
                case StepDeadlineKind.Recurring when step.Deadline.Anchor == TicketEventKind.Reported:
                    // The same minute walk as the 24×7 reference's (DESIGN.md rule 10), over the minutes the step clock runs here.
                    var (owed, next, last) = MinuteReference.Updates(step, reported, now, happened, stepRuns, missed);
                    nextUpdate = owed ? next : null;
                    var updateStatus = missed.Count > 0 ? EvaluationStatus.Breached : owed ? EvaluationStatus.Pending : EvaluationStatus.Met;
                    steps.Add(new(step.Kind, nextUpdate, last, updateStatus));
                    break;
                default:
                    throw new NotSupportedException("The reference covers the built-in policy's Level 1 and 2 steps.");
            }
        }

        var status = MinuteReference.Verdict(responseStatus, steps, notOwed);
        return new MinuteReference.Result(responseDue, originalDue, goal, responseMet, responseStatus, elapsed, steps, missed, nextUpdate, status);
    }

    /// <summary>
    /// The goal's length in working time: a business-time goal's own; a business-days goal's, the working minutes from the
    /// report to the close of the working day <c>Days</c> after the report's (the days counted in the order they close).
    /// </summary>
    private static Duration GoalLength(GoalTarget goal, Instant reported)
    {
        switch (goal)
        {
            case BusinessTimeGoalTarget time:
                return time.WorkingTime;
            case BusinessDaysGoalTarget days:
                long minutes = 0;
                var daysSeen = 0;
                LocalDate? current = null;
                for (var t = reported; ; t += Minute)
                {
                    if (!Working(t))
                    {
                        continue;
                    }

                    var date = t.InZone(Pacific).Date;
                    if (date != current)
                    {
                        // The first working minute of a new working day: the previous day closed (at its last working minute's end).
                        if (current is not null && ++daysSeen > days.Days)
                        {
                            return Duration.FromMinutes(minutes);
                        }

                        current = date;
                    }

                    minutes++;
                }

            default:
                throw new NotSupportedException("The reference covers business-time and business-days goals.");
        }
    }

    private static Instant? First(List<TicketEvent> happened, IEnumerable<TicketEventKind> kinds, Instant from) =>
        happened.Where(e => e.At >= from && kinds.Contains(e.Kind)).Select(e => (Instant?)e.At).FirstOrDefault();

    private static EvaluationStatus StatusOf(Instant? metAt, Instant? due, Instant now) =>
        metAt is { } met ? (due is null || met <= due ? EvaluationStatus.Met : EvaluationStatus.Breached)
        : due is { } d && now > d ? EvaluationStatus.Breached : EvaluationStatus.Pending;
}
