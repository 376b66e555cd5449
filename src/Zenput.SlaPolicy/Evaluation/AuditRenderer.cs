using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Evaluation;

/// <summary>Turns the facts of a replayed evaluation into the audit trail's lines: one per event (with what it met, started or stopped), one per other fact, in time order.</summary>
internal static class AuditRenderer
{
    private static readonly ZonedDateTimePattern LocalMinutes = ZonedDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm x", null);
    private static readonly ZonedDateTimePattern LocalSeconds = ZonedDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss.FFFFFFFFF x", null);

    public static AuditTrail Render(TicketEvaluator evaluator, TicketEvaluation evaluation, List<AuditFact> facts)
    {
        var text = new AuditText(evaluator.Policy.SupportZone);
        var events = evaluation.Timeline.EventSpan;
        var lines = new List<(Instant At, int Order, int Sequence, string Description)>();
        var clauses = new List<(int Order, string Text)>?[events.Length];
        foreach (var fact in facts)
        {
            if (fact.Event >= 0)
            {
                (clauses[fact.Event] ??= []).Add((ClauseOrder(fact.Kind), Clause(text, evaluator, evaluation, fact)));
            }
            else
            {
                lines.Add((fact.At, Order(fact.Kind), lines.Count, Line(text, evaluator, evaluation, fact)));
            }
        }

        for (var i = 0; i < events.Length && events[i].At <= evaluation.EvaluatedAt; i++)
        {
            var parts = new List<string>();
            // An empty reason says nothing: no "paused: " with nothing after it.
            if (events[i].Reason is { } reason && !string.IsNullOrWhiteSpace(reason))
            {
                parts.Add(reason);
            }

            if (clauses[i] is { } more)
            {
                // What the event itself did to the clock comes first, then what it met or started.
                more.Sort(static (a, b) => a.Order.CompareTo(b.Order));
                foreach (var (_, clause) in more)
                {
                    parts.Add(clause);
                }
            }

            var description = EventNames.Phrase(events[i].Kind) + (parts.Count == 0 ? string.Empty : ": " + string.Join("; ", parts));
            lines.Add((events[i].At, 2, i, description));
        }

        // Time order, but the verdict, the summary of every line above it, comes last: after maintenance windows ahead of now
        // that a figure depends on, and after the clock starting when now is before the report.
        lines.Sort(static (a, b) => (a.Order == VerdictOrder) != (b.Order == VerdictOrder) ? (a.Order == VerdictOrder ? 1 : -1)
            : a.At != b.At ? a.At.CompareTo(b.At) : a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Sequence.CompareTo(b.Sequence));
        var entries = new AuditEntry[lines.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var (at, _, _, description) = lines[i];
            entries[i] = new AuditEntry(at, description, $"{text.Both(at)} {description}");
        }

        return new AuditTrail(entries);
    }

    private const int VerdictOrder = 5;

    private static int Order(AuditFactKind kind) => kind switch
    {
        AuditFactKind.ClockStarted or AuditFactKind.Recomputed => 0,
        AuditFactKind.Maintenance or AuditFactKind.MaintenanceNotListed => 1,
        AuditFactKind.LaterEventsIgnored => 4,
        AuditFactKind.Verdict => VerdictOrder,
        _ => 3,
    };

    private static int ClauseOrder(AuditFactKind kind) => kind is AuditFactKind.Resumed or AuditFactKind.SeverityChanged ? 0 : 1;

    private static string Clause(AuditText text, TicketEvaluator evaluator, TicketEvaluation evaluation, AuditFact fact)
    {
        var at = fact.At;
        return fact.Kind switch
        {
            AuditFactKind.Resumed => $"{AuditText.Length(fact.Length)} paused{PauseStopped(evaluation, fact)}"
                + (fact.Flag ? $"; response now due {text.Both(fact.A)}" : string.Empty),
            AuditFactKind.SeverityChanged => SeverityChange(text, evaluator, evaluation, fact),
            // Both measures on one line, each named: how far the instant lies from the due instant (wall clock, Met), how much of
            // the goal's SLA time was used (pauses and clock-stopping maintenance left out). They differ when the clock stopped.
            AuditFactKind.ResponseMet =>
                $"response {Met(fact.A - at)} (due {text.Both(fact.A)}; {AuditText.Length(fact.Length)} of {AuditText.Length(evaluation.Response.GoalLength)} SLA time used, {AuditText.Percent(fact.Length, evaluation.Response.GoalLength)})",
            AuditFactKind.StepMet => fact.Flag
                ? $"{StepName(evaluation, fact.Index)} {Met(fact.A - at)} (due {text.Both(fact.A)}: {Deadline(evaluation, fact.Index)})"
                : $"{StepName(evaluation, fact.Index)} met ({Deadline(evaluation, fact.Index)})",
            AuditFactKind.StepEventBeforeAnchor => $"does not count for {StepName(evaluation, fact.Index)}, owed only {Deadline(evaluation, fact.Index)}",
            AuditFactKind.StepOwed => fact.Flag
                ? $"{StepName(evaluation, fact.Index)} now owed, due {text.Both(fact.A)} ({Deadline(evaluation, fact.Index)})"
                : $"{StepName(evaluation, fact.Index)} now owed ({Deadline(evaluation, fact.Index)})",
            AuditFactKind.UpdateMet => $"met the update due {text.Both(fact.A)}{(fact.A == at ? ", exactly at its deadline" : $", {AuditText.Length(fact.A - at)} to spare{OnTheWallClock}")}; next update due {text.Both(fact.B)}",
            AuditFactKind.UpdateNotOwed => "no update was owed",
            AuditFactKind.UpdatesStopped => fact.Flag
                ? "periodic updates would start here, but none are owed: the fix is applied or the ticket resolved (until it is reopened)"
                : "periodic updates no longer owed",
            AuditFactKind.UpdatesOwed => fact.Flag
                ? $"next update due {text.Both(fact.A)}"
                : $"periodic updates owed{(evaluation.Timeline.EventSpan[fact.Event].Kind == TicketEventKind.Reopened ? " again" : string.Empty)}, next due {text.Both(fact.A)}",
            _ => fact.Kind.ToString(),
        };
    }

    private static string Line(AuditText text, TicketEvaluator evaluator, TicketEvaluation evaluation, AuditFact fact)
    {
        var policy = evaluator.Policy;
        switch (fact.Kind)
        {
            case AuditFactKind.ClockStarted:
                var tier = policy.Tiers[fact.Index];
                return $"clock started: {tier.Severity.DisplayName}, respond within {tier.ResponseGoal}; response due {text.Both(fact.A)}";
            case AuditFactKind.Recomputed:
                var current = policy.Tiers[fact.Index];
                return $"the severity is {current.Severity.DisplayName} as of now, so every figure below is computed from the report under it (respond within {current.ResponseGoal}, due {text.Both(fact.A)} before any pause); the original due instant is kept";
            case AuditFactKind.Maintenance:
                return $"scheduled maintenance {text.Both(fact.A)} to {text.Both(fact.B)} ({fact.Text}): {MaintenanceStopped(evaluation, fact)}";
            case AuditFactKind.MaintenanceNotListed:
                return $"more scheduled maintenance windows until {text.Both(fact.A)} are not listed here (the trail lists the first {EvaluationRun.MaxListedMaintenance}; the policy's maintenance schedule gives them all)"
                    + (fact.Flag ? ": the SLA clock stops during each" : ": the SLA clock keeps running");
            case AuditFactKind.WarningCrossed:
                // The threshold as the policy states it, as the result and the tool give it: rounded, 99.99 read "100 %".
                return $"{fact.Number.ToString(CultureInfo.InvariantCulture)} % of the response goal used ({AuditText.Length(fact.Length)} of {AuditText.Length(evaluation.Response.GoalLength)} SLA time): warning";
            case AuditFactKind.ResponseBreached:
                return evaluation.Response.MetAt is { } late
                    ? $"response goal breached: not met by its due instant (met {AuditText.Length(late - fact.At)} late{OnTheWallClock}, at {text.Both(late)})"
                    : "response goal breached: no response by its due instant";
            case AuditFactKind.StepBreached:
                var step = evaluation.Steps[fact.Index];
                return step.MetAt is { } stepLate
                    ? $"{step.Kind} breached: not met by its due instant (met {AuditText.Length(stepLate - fact.At)} late{OnTheWallClock}, at {text.Both(stepLate)})"
                    : $"{step.Kind} breached: not met by its due instant ({DeadlineText(evaluation, step.Step.Deadline)})";
            case AuditFactKind.UpdateMissed:
                return fact.Flag
                    ? $"{fact.Index.ToString(CultureInfo.InvariantCulture)} more update deadline{(fact.Index == 1 ? string.Empty : "s")} missed, every {AuditText.Length(evaluation.PeriodicUpdates!.Cadence)}{(evaluation.PeriodicUpdates.CountsBusinessTime ? " of business time" : string.Empty)}, the last at {text.Both(fact.B)}; next update due {text.Both(fact.A)}"
                    : $"periodic update missed: no update by this deadline; next update due {text.Both(fact.A)}";
            case AuditFactKind.LaterEventsIgnored:
                return $"not counted: {fact.Index.ToString(CultureInfo.InvariantCulture)} later event{(fact.Index == 1 ? string.Empty : "s")}, from {text.Both(fact.A)}, after the evaluation instant";
            case AuditFactKind.Verdict:
                return Verdict(text, evaluation);
            default:
                return fact.Kind.ToString();
        }
    }

    private static string SeverityChange(AuditText text, TicketEvaluator evaluator, TicketEvaluation evaluation, AuditFact fact)
    {
        var tiers = evaluator.Policy.Tiers;
        var from = tiers[fact.Index2].Severity;
        var to = tiers[fact.Index].Severity;
        var head = fact.Index == fact.Index2 ? $"unchanged ({to.DisplayName})" : $"from {from.DisplayName} to {to.DisplayName}";
        var due = fact.Flag ? $"after {EventNames.Utc(SupportedRange.Max)}, the last instant the SLA clock supports"
            : fact.Text is { } clock ? $"never ({clock} has no working time left to count it on)"
            : text.Both(fact.A);
        return $"{head}: goals recomputed from the report; response now due {due} (originally {text.Both(fact.B)} as {evaluation.OriginalTier.Severity.DisplayName}), respond within {tiers[fact.Index].ResponseGoal}";
    }

    private static string Verdict(AuditText text, TicketEvaluation evaluation)
    {
        var parts = new List<string>();
        var response = evaluation.Response;
        // The figures of the result (Remaining, Overdue, ShareUsed) are SLA time and say so; how long after the due instant
        // a late response came, or now is, is wall-clock time and says so. They differ whenever the clock stopped after the due
        // instant: a pause that starts at the due instant leaves a breached response 0 min of SLA time overdue (rule 4: the
        // goal was used up before the pause began, so the due instant does not move), however long ago it was due.
        parts.Add(response.Status switch
        {
            EvaluationStatus.Met => $"response met ({AuditText.Length(response.Remaining)} of SLA time to spare)",
            EvaluationStatus.Breached => response.MetAt is { } late
                ? $"response breached (met {AuditText.Length(late - response.DueAt)} after due{OnTheWallClock}, {AuditText.Length(response.Overdue)} of SLA time over the goal)"
                : $"response breached ({AuditText.Length(evaluation.EvaluatedAt - response.DueAt)} past due{OnTheWallClock}, {AuditText.Length(response.Overdue)} of SLA time overdue, {AuditText.Percent(response.Elapsed, response.GoalLength)} of the goal used)",
            _ => $"response pending ({AuditText.Length(response.Remaining)} of SLA time left, {AuditText.Percent(response.Elapsed, response.GoalLength)} of the goal used)",
        });

        var counted = evaluation.Timeline.EventSpan;
        var upToNow = 0;
        while (upToNow < counted.Length && counted[upToNow].At <= evaluation.EvaluatedAt)
        {
            upToNow++;
        }

        foreach (var step in evaluation.Steps)
        {
            if (evaluation.IsResolved && !step.IsBestEffort && EvaluationRun.AwaitsAnchor(step, counted[..upToNow]))
            {
                // Left out of the verdict (E14): say why, or a pending step beside a met verdict reads as a mistake.
                parts.Add($"{step.Kind} pending but not owed ({DeadlineText(evaluation, step.Step.Deadline)}, and the ticket was resolved first)");
            }
            else if (step.Kind == ResolutionStepKind.PeriodicUpdates && evaluation.PeriodicUpdates is { } updates)
            {
                parts.Add($"{step.Kind} {EvaluationText.Status(step.Status)} ({updates.Missed.ToString(CultureInfo.InvariantCulture)} missed)");
            }
            else
            {
                parts.Add($"{step.Kind} {(step.IsBestEffort && step.Status == EvaluationStatus.Pending ? "best effort, not yet done" : EvaluationText.Status(step.Status))}");
            }
        }

        var status = $"as of now: {EvaluationText.Status(evaluation.Status)}; {string.Join(", ", parts)}";
        if (evaluation.IsPaused)
        {
            status += $"; the clock is paused since {text.Both(PausedSince(evaluation))} (counted up to now)";
        }

        return evaluation.NextDue is { } next
            ? $"{status}; next due: {(next.Step is { } kind ? kind.ToString() : "response")} at {text.Both(next.DueAt)}"
            : $"{status}; nothing with a deadline is owed";
    }

    private static Instant PausedSince(TicketEvaluation evaluation)
    {
        var since = evaluation.Timeline.ReportedAt;
        foreach (var e in evaluation.Timeline.EventSpan)
        {
            if (e.At > evaluation.EvaluatedAt)
            {
                break;
            }

            since = e.Kind == TicketEventKind.Paused ? e.At : since;
        }

        return since;
    }

    /// <summary>
    /// Named after every figure of how far an instant lies from a due instant (before or after due, late, to spare): that is
    /// wall-clock time, the difference of the two instants, whereas the SLA time between them leaves out pauses, clock-stopping
    /// maintenance and closed hours (README E15). One wording for the response, the steps and the updates.
    /// </summary>
    private const string OnTheWallClock = " on the wall clock";

    private static string Met(Duration early) =>
        early > Duration.Zero ? $"met, {AuditText.Length(early)} before due{OnTheWallClock}"
        : early == Duration.Zero ? "met exactly at due"
        : $"met late, {AuditText.Length(-early)} after due{OnTheWallClock}";

    /// <summary>
    /// What a clock-stopping window takes out of SLA time after the report, beyond the windows listed before it: on a
    /// business-hours tier only its business time (none in closed hours), on the 24×7 clock all of it (README E15); when the
    /// tier's steps count around the clock instead, also what it stops their clock for.
    /// </summary>
    private static string MaintenanceStopped(TicketEvaluation evaluation, AuditFact fact)
    {
        if (!fact.Flag)
        {
            return "the SLA clock keeps running";
        }

        var business = evaluation.Tier.ResponseCountsBusinessTime;
        var steps = StepsOnOwnClock(evaluation) ? StepsClockStops(fact, " of it after the report", " it shares with the windows listed before it") : string.Empty;
        if (business && fact.Length == Duration.Zero && fact.Overlap == Duration.Zero)
        {
            return $"the SLA clock stops, but none of it after the report is business time: no SLA time is taken out{(steps.Length > 0 ? " of the response goal" : string.Empty)}{steps}";
        }

        var unit = business ? " of business time in it" : " of it";
        return fact.Overlap == Duration.Zero
            ? $"the SLA clock stops ({AuditText.Length(fact.Length)}{unit} after the report){steps}"
            : $"the SLA clock stops ({AuditText.Length(fact.Length)}{unit} after the report beyond the {AuditText.Length(fact.Overlap)}{(business ? " of business time" : string.Empty)} it shares with the windows listed before it, when the clock already stopped){steps}";
    }

    /// <summary>Whether the tier's steps count on a clock other than its response goal's (around the clock on a business-hours tier): the lines of windows and pauses then give both clocks' figures.</summary>
    private static bool StepsOnOwnClock(TicketEvaluation evaluation) => evaluation.Tier.StepsCountOnOwnClock(evaluation.Policy.StepClock);

    /// <summary>
    /// What a window or a pause stops the steps' clock for, when it is not the response goal's: on the 24×7 clock all of its
    /// time (<c>StepStopped</c>) beyond what earlier lines count (<c>StepOverlap</c>), in one wording for both (README E15).
    /// </summary>
    private static string StepsClockStops(AuditFact fact, string part, string shared) =>
        $"; the steps' clock, which counts around the clock, stops for {AuditText.Length(fact.StepStopped)}{part}"
        + (fact.StepOverlap == Duration.Zero ? string.Empty : $" beyond the {AuditText.Length(fact.StepOverlap)}{shared}");

    /// <summary>
    /// What a pause took out of SLA time beyond what clock-stopping maintenance lines already count: on a business-hours tier
    /// its business time (none in closed hours); on the 24×7 clock its length less its time in maintenance (README E15). When a
    /// business-hours tier's steps count around the clock, also what it stops their clock for.
    /// </summary>
    private static string PauseStopped(TicketEvaluation evaluation, AuditFact fact)
    {
        if (!evaluation.Tier.ResponseCountsBusinessTime)
        {
            return fact.Overlap > Duration.Zero ? $" ({AuditText.Length(fact.Overlap)} of it in scheduled maintenance, when the clock stopped anyway)" : string.Empty;
        }

        var steps = StepsOnOwnClock(evaluation) ? StepsClockStops(fact, string.Empty, " in scheduled maintenance, when it stopped anyway") : string.Empty;
        return fact.Stopped == Duration.Zero && fact.Overlap == Duration.Zero ? $" (none of it business time: no SLA time is taken out{(steps.Length > 0 ? " of the response goal" : string.Empty)}{steps})"
            : fact.Overlap == Duration.Zero ? $" ({AuditText.Length(fact.Stopped)} of business time in it{steps})"
            : $" ({AuditText.Length(fact.Stopped)} of business time in it beyond the {AuditText.Length(fact.Overlap)} of business time in scheduled maintenance, when the clock stopped anyway{steps})";
    }

    private static string StepName(TicketEvaluation evaluation, int index) => evaluation.Tier.ResolutionProcess[index].Kind.ToString();

    private static string Deadline(TicketEvaluation evaluation, int index) => DeadlineText(evaluation, evaluation.Tier.ResolutionProcess[index].Deadline);

    // On the tier's step clock: "every 4 business hours" on a business-time tier (README E10), as the tool's due and evaluate print it.
    private static string DeadlineText(TicketEvaluation evaluation, StepDeadline deadline) => evaluation.Policy.DescribeDeadline(evaluation.Tier, deadline);

    /// <summary>Instants, durations and shares as the audit trail writes them.</summary>
    private sealed class AuditText(DateTimeZone zone)
    {
        /// <summary>The instant in UTC and in the support zone: <c>2026-11-25T07:30:00Z (2026-11-24 23:30 PST)</c>.</summary>
        public string Both(Instant instant)
        {
            var interval = zone.GetZoneInterval(instant);
            var utc = instant.InUtc().LocalDateTime;
            var local = instant.WithOffset(interval.WallOffset).LocalDateTime;
            if (utc.Year is < 1 or > 9999 || local.Year is < 1 or > 9999)
            {
                var zoned = instant.InZone(zone);
                var pattern = zoned.Second == 0 && zoned.NanosecondOfSecond == 0 ? LocalMinutes : LocalSeconds;
                return $"{EventNames.Utc(instant)} ({pattern.Format(zoned)})";
            }

            // The patterns' output, written by hand: NodaTime's general formatter dominated the trail's cost.
            Span<char> text = stackalloc char[128];
            var length = 0;
            DateTime(text, ref length, utc, 'T', alwaysSeconds: true);
            text[length++] = 'Z';
            text[length++] = ' ';
            text[length++] = '(';
            DateTime(text, ref length, local, ' ', alwaysSeconds: false);
            text[length++] = ' ';
            var name = interval.Name.AsSpan();
            if (length + name.Length + 1 > text.Length)
            {
                return $"{EventNames.Utc(instant)} ({LocalSeconds.Format(instant.InZone(zone))})";
            }

            name.CopyTo(text[length..]);
            length += name.Length;
            text[length++] = ')';
            return new string(text[..length]);
        }

        private static void DateTime(Span<char> text, ref int length, LocalDateTime value, char separator, bool alwaysSeconds)
        {
            Digits(text, ref length, value.Year, 4);
            text[length++] = '-';
            Digits(text, ref length, value.Month, 2);
            text[length++] = '-';
            Digits(text, ref length, value.Day, 2);
            text[length++] = separator;
            Digits(text, ref length, value.Hour, 2);
            text[length++] = ':';
            Digits(text, ref length, value.Minute, 2);
            var nanoseconds = value.NanosecondOfSecond;
            if (alwaysSeconds || value.Second != 0 || nanoseconds != 0)
            {
                text[length++] = ':';
                Digits(text, ref length, value.Second, 2);
            }

            if (nanoseconds != 0)
            {
                text[length++] = '.';
                for (var divisor = 100_000_000; divisor > 0 && nanoseconds != 0; divisor /= 10)
                {
                    text[length++] = (char)('0' + (nanoseconds / divisor));
                    nanoseconds %= divisor;
                }
            }
        }

        private static void Digits(Span<char> text, ref int length, int value, int width)
        {
            for (var i = width - 1; i >= 0; i--)
            {
                text[length + i] = (char)('0' + (value % 10));
                value /= 10;
            }

            length += width;
        }

        public static string Length(Duration duration)
        {
            if (duration < Duration.Zero)
            {
                return "-" + Length(-duration);
            }

            if (duration == Duration.Zero)
            {
                return "0 min";
            }

            var parts = new List<string>(4);
            if (duration.Days > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Days} d"));
            }

            if (duration.Hours > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Hours} h"));
            }

            if (duration.Minutes > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Minutes} min"));
            }

            if (duration.Seconds > 0 || duration.SubsecondNanoseconds > 0)
            {
                var seconds = duration.Seconds + (duration.SubsecondNanoseconds / 1e9m);
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{seconds:0.#########} s"));
            }

            return string.Join(' ', parts);
        }

        // Rounded down to 0.1 %, in whole nanoseconds: the one rule for shares of a goal (SharePercent).
        public static string Percent(Duration used, Duration goal) => SharePercent.Format(used, goal) + " %";
    }
}
