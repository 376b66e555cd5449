using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Engine;

namespace Zenput.Sla.Evaluation;

/// <summary>
/// One evaluation of one timeline: the rules of ticket evaluation, in one place. Pauses and maintenance
/// go through the SLA clock's own arithmetic (<see cref="SlaClock.TryAdvance(WorkingTimeline, Instant, Duration, ReadOnlySpan{InstantSpan}, out Instant, out Instant)"/>
/// and <see cref="SlaClock.Measure(WorkingTimeline, Instant, Instant, ReadOnlySpan{InstantSpan})"/>) on
/// the ticket's pauses, normalised once. With a recorder it also records the facts the audit trail is
/// rendered from; without one it computes only the result.
/// </summary>
internal ref struct EvaluationRun
{
    /// <summary>Missed update deadlines listed one by one; beyond this many they are counted, not listed.</summary>
    public const int MaxListedMisses = 1000;

    /// <summary>
    /// The most missed updates <see cref="Miss"/> counts in bulk (2^50, about 1.1e15): far above what a valid cadence
    /// (one second or more) can reach in the supported range, and low enough that the count, read from a double, is
    /// exact to well under one and the stepping that corrects it ends at once.
    /// </summary>
    private const double MaxCountedMisses = 1L << 50;

    /// <summary>Maintenance windows listed one by one in the audit trail; beyond this many one line says that more follow, and until when.</summary>
    public const int MaxListedMaintenance = 100;

    private const int StackPauses = 16;

    // Which figure an advance computes (a step's index otherwise), to name it when it would end past the clock's range.
    private const int ResponseFigure = -1;
    private const int OriginalResponseFigure = -2;

    private readonly TicketEvaluator _evaluator;
    private readonly TicketTimeline _timeline;
    private readonly ReadOnlySpan<TicketEvent> _events;
    private readonly Instant _now;
    private readonly Instant _reported;
    private readonly AuditRecorder? _recorder;
    private readonly EvaluationReuse? _reuse;
    private readonly ReadOnlySpan<InstantSpan> _pauses;

    // The first counted event of each kind (−1 when none): most lookups are "the first X since the report".
    private readonly ReadOnlySpan<int> _firstOfKind;

    private EvaluationRun(TicketEvaluator evaluator, TicketTimeline timeline, Instant now, AuditRecorder? recorder, EvaluationReuse? reuse, ReadOnlySpan<InstantSpan> pauses, ReadOnlySpan<TicketEvent> counted, ReadOnlySpan<int> firstOfKind)
    {
        _reuse = reuse;
        _evaluator = evaluator;
        _timeline = timeline;
        _events = counted;
        _firstOfKind = firstOfKind;
        _now = now;
        _reported = timeline.ReportedAt;
        _recorder = recorder;
        _pauses = pauses;
    }

    /// <summary>Evaluates <paramref name="timeline"/> as of <paramref name="now"/>, or returns null with every problem of an impossible history.</summary>
    /// <param name="evaluator">The evaluator.</param>
    /// <param name="timeline">The ticket's history.</param>
    /// <param name="now">The instant to evaluate at.</param>
    /// <param name="recorder">Records the facts of the audit trail; null to compute only the result.</param>
    /// <param name="reuse">The result objects of the caller's last evaluation, to fill instead of allocating new ones (the tool's batch); null for a result of its own.</param>
    /// <param name="problems">Every problem of an impossible history; null otherwise.</param>
    public static TicketEvaluation? Evaluate(TicketEvaluator evaluator, TicketTimeline timeline, Instant now, AuditRecorder? recorder, EvaluationReuse? reuse, out List<TimelineProblem>? problems)
    {
        var check = TimelineRules.Check(evaluator, timeline, now, out problems);
        if (problems is not null)
        {
            return null;
        }

        // Events after now had not happened: evaluation reads only those up to now (they come first, in time order).
        var events = timeline.EventSpan;
        Span<int> firstOfKind = stackalloc int[(int)TicketEventKind.SeverityChanged + 1];
        firstOfKind.Fill(-1);
        var counted = 0;
        var pauseCount = 0;
        for (; counted < events.Length && events[counted].At <= now; counted++)
        {
            var kind = (int)events[counted].Kind;
            if (firstOfKind[kind] < 0)
            {
                firstOfKind[kind] = counted;
            }

            pauseCount += events[counted].Kind == TicketEventKind.Paused ? 1 : 0;
        }

        InstantSpan[]? rented = null;
        var buffer = pauseCount <= StackPauses
            ? stackalloc InstantSpan[pauseCount]
            : (rented = ArrayPool<InstantSpan>.Shared.Rent(pauseCount));
        try
        {
            var count = BuildPauses(events[..counted], now, buffer, out var paused);
            var run = new EvaluationRun(evaluator, timeline, now, recorder, reuse, buffer[..count], events[..counted], firstOfKind);
            return run.Evaluate(evaluator.Tiers[check.OriginalTier], evaluator.Tiers[check.CurrentTier], check.IsResolved, paused);
        }
        catch (TimelineException e)
        {
            // The engine's failure (a goal ending past the clock's range) as the documented SlaClockException; it
            // escaped as the engine's own exception, an internal error in the tool (found by BatchLineFuzzTests).
            throw SlaClock.Public(e);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<InstantSpan>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Writes the pauses up to now into <paramref name="buffer"/> (sorted, disjoint) and returns how many; one still open at now counts up to now.</summary>
    private static int BuildPauses(ReadOnlySpan<TicketEvent> events, Instant now, Span<InstantSpan> buffer, out bool pausedAtNow)
    {
        var count = 0;
        Instant? open = null;
        foreach (ref readonly var e in events)
        {
            if (e.Kind == TicketEventKind.Paused)
            {
                open = e.At;
            }
            else if (e.Kind == TicketEventKind.Resumed && open is { } start)
            {
                if (e.At > start)
                {
                    buffer[count++] = new InstantSpan(start, e.At);
                }

                open = null;
            }
        }

        if (open is { } stillOpen && now > stillOpen)
        {
            buffer[count++] = new InstantSpan(stillOpen, now);
        }

        pausedAtNow = open is not null;
        return count;
    }

    private readonly TicketEvaluation Evaluate(TierModel original, TierModel current, bool isResolved, bool isPaused)
    {
        var goalLength = ResponseLength(current, ResponseFigure);
        var due = Advance(current.ResponseTimeline, _reported, goalLength, current, ResponseFigure);
        var originalLength = ReferenceEquals(original, current) ? goalLength : ResponseLength(original, OriginalResponseFigure);
        var originalDue = ReferenceEquals(original, current)
            ? due
            : Advance(original.ResponseTimeline, _reported, originalLength, original, OriginalResponseFigure);
        if (_recorder is not null)
        {
            // With fewer pauses known, at or before the figures above: these cannot fail once those did not.
            _recorder.Add(new AuditFact(AuditFactKind.ClockStarted, _reported, Index: original.Index, A: AdvanceKnownAt(original.ResponseTimeline, _reported, originalLength, _reported)));
            if (!ReferenceEquals(original, current))
            {
                _recorder.Add(new AuditFact(AuditFactKind.Recomputed, _reported, Index: current.Index, A: AdvanceKnownAt(current.ResponseTimeline, _reported, goalLength, _reported)));
            }
        }

        var response = EvaluateResponse(current, goalLength, due, originalDue);
        var stepArray = _reuse is null ? new StepEvaluation[current.Steps.Length] : null;
        var steps = stepArray ?? _reuse!.Steps.Reset(current.Steps.Length);
        PeriodicUpdateEvaluation? periodic = null;
        for (var i = 0; i < steps.Length; i++)
        {
            if (i == current.PeriodicStep)
            {
                periodic = EvaluatePeriodicUpdates(current, i);
                steps[i] = new StepEvaluation(current.Steps[i].Step, periodic.NextDueAt, periodic.LastUpdateAt, periodic.Status);
            }
            else
            {
                steps[i] = EvaluateStep(current, i, due);
            }
        }

        var status = response.Status;
        UpcomingDeadline? next = response.Status == EvaluationStatus.Pending ? new UpcomingDeadline(null, response.DueAt) : null;
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            // A best-effort step never decides the verdict; nor, on a resolved ticket, a step whose anchor never
            // happened (user notification when no fix was applied): it is owed only once its anchor happens (E14).
            if (step.IsBestEffort || (isResolved && AwaitsAnchor(step, _events)))
            {
                continue;
            }

            if (step.Status == EvaluationStatus.Breached || (step.Status == EvaluationStatus.Pending && status == EvaluationStatus.Met))
            {
                status = step.Status;
            }

            // A missed update leaves the updates breached, yet the next one is still owed.
            var owed = step.Status == EvaluationStatus.Pending || i == current.PeriodicStep;
            if (owed && step.DueAt is { } stepDue && (next is null || stepDue < next.Value.DueAt))
            {
                next = new UpcomingDeadline(step.Kind, stepDue);
            }
        }

        if (response.Status == EvaluationStatus.Breached)
        {
            status = EvaluationStatus.Breached;
        }

        if (_recorder is not null)
        {
            RecordSeverityChanges(original);
            RecordResumes(current, goalLength, response.MetAt);
            RecordLaterEvents();
            RecordMaintenance(current, response, steps, periodic);
            _recorder.Add(new AuditFact(AuditFactKind.Verdict, _now));
        }

        if (_reuse is not null)
        {
            return _reuse.Evaluation = _reuse.Evaluation?.Refill(_evaluator, _timeline, _now, original.Tier, current.Tier, status, response, _reuse.Steps, periodic, next, isResolved, isPaused)
                ?? new TicketEvaluation(_evaluator, _timeline, _now, original.Tier, current.Tier, status, response, _reuse.Steps, periodic, next, isResolved, isPaused);
        }

        IReadOnlyList<StepEvaluation> stepList = stepArray!.Length == 0 ? [] : Array.AsReadOnly(stepArray);
        return new TicketEvaluation(_evaluator, _timeline, _now, original.Tier, current.Tier, status, response, stepList, periodic, next, isResolved, isPaused);
    }

    /// <summary>
    /// Whether <paramref name="step"/> is pending only because the event it counts from (its anchor) has not happened
    /// among <paramref name="counted"/> (the events up to now). On a resolved ticket such a step is not owed and does
    /// not keep the verdict pending (README E14); the audit trail's verdict line says so.
    /// </summary>
    internal static bool AwaitsAnchor(StepEvaluation step, ReadOnlySpan<TicketEvent> counted)
    {
        var deadline = step.Step.Deadline;
        if (step.Status != EvaluationStatus.Pending || deadline.Kind is StepDeadlineKind.WithResponseGoal or StepDeadlineKind.BestEffort || deadline.Anchor == TicketEventKind.Reported)
        {
            return false;
        }

        foreach (ref readonly var e in counted)
        {
            if (e.Kind == deadline.Anchor)
            {
                return false;
            }
        }

        return true;
    }

    private readonly ResponseEvaluation EvaluateResponse(TierModel tier, Duration goalLength, Instant due, Instant originalDue)
    {
        var metIndex = FirstEvent(tier.ResponseMask, _reported);
        Instant? metAt = metIndex >= 0 ? _events[metIndex].At : null;
        var point = metAt ?? _now;
        var elapsed = point > _reported ? SlaClock.Measure(tier.ResponseTimeline, _reported, point, _pauses) : Duration.Zero;
        var status = metAt is { } met
            ? (met <= due ? EvaluationStatus.Met : EvaluationStatus.Breached)
            : (_now > due ? EvaluationStatus.Breached : EvaluationStatus.Pending);

        var thresholds = tier.Thresholds;
        var crossed = 0;
        for (var i = 0; i < thresholds.Length && elapsed >= Threshold(tier, goalLength, i); i++)
        {
            crossed++;
        }

        IReadOnlyList<WarningCrossing> warnings = _reuse?.Warnings ?? [];
        var crossings = _reuse is not null ? _reuse.Warnings.Reset(crossed) : default;
        if (crossed > 0)
        {
            var crossingArray = _reuse is null ? new WarningCrossing[crossed] : null;
            crossings = crossingArray ?? crossings;
            for (var i = 0; i < crossed; i++)
            {
                var amount = Threshold(tier, goalLength, i);
                crossings[i] = new WarningCrossing(thresholds[i], Advance(tier.ResponseTimeline, _reported, amount, tier, ResponseFigure));
                _recorder?.Add(new AuditFact(AuditFactKind.WarningCrossed, crossings[i].CrossedAt, Number: thresholds[i], Length: amount));
            }

            warnings = crossingArray is null ? warnings : Array.AsReadOnly(crossingArray);
        }

        if (_recorder is not null)
        {
            if (metIndex >= 0)
            {
                _recorder.Add(new AuditFact(AuditFactKind.ResponseMet, _events[metIndex].At, Event: metIndex, A: due, Length: elapsed));
            }

            if (status == EvaluationStatus.Breached)
            {
                _recorder.Add(new AuditFact(AuditFactKind.ResponseBreached, due));
            }
        }

        var metBy = metIndex >= 0 ? _events[metIndex].Kind : (TicketEventKind?)null;
        if (_reuse is not null)
        {
            return _reuse.Response = _reuse.Response?.Refill(tier.Tier.ResponseGoal, goalLength, due, originalDue, metAt, metBy, status, elapsed, warnings)
                ?? new ResponseEvaluation(tier.Tier.ResponseGoal, goalLength, due, originalDue, metAt, metBy, status, elapsed, warnings);
        }

        return new ResponseEvaluation(tier.Tier.ResponseGoal, goalLength, due, originalDue, metAt, metBy, status, elapsed, warnings);
    }

    private readonly StepEvaluation EvaluateStep(TierModel tier, int index, Instant responseDue)
    {
        var step = tier.Steps[index];
        Instant? anchorAt;
        var anchorIndex = -1;
        if (step.Kind == StepDeadlineKind.WithResponseGoal || step.Kind == StepDeadlineKind.BestEffort || step.Anchor == TicketEventKind.Reported)
        {
            anchorAt = _reported;
        }
        else
        {
            anchorIndex = FirstEvent(TierModel.Bit(step.Anchor), _reported);
            anchorAt = anchorIndex >= 0 ? _events[anchorIndex].At : null;
        }

        Instant? due = step.Kind switch
        {
            StepDeadlineKind.Within when anchorAt is { } from => Advance(tier.StepTimeline, from, step.Length, tier, index),
            StepDeadlineKind.WithResponseGoal => responseDue,
            _ => null,
        };

        var metIndex = anchorAt is { } a ? FirstEvent(step.Mask, a) : -1;
        Instant? metAt = metIndex >= 0 ? _events[metIndex].At : null;
        var status = metAt is { } met
            ? (due is not { } d || met <= d ? EvaluationStatus.Met : EvaluationStatus.Breached)
            : (due is { } late && _now > late ? EvaluationStatus.Breached : EvaluationStatus.Pending);

        if (_recorder is not null)
        {
            if (anchorIndex >= 0)
            {
                _recorder.Add(new AuditFact(AuditFactKind.StepOwed, _events[anchorIndex].At, Event: anchorIndex, Index: index, A: due ?? default, Flag: due is not null));
            }

            for (var i = 0; i < _events.Length; i++)
            {
                if ((step.Mask & TierModel.Bit(_events[i].Kind)) != 0 && (anchorAt is null || _events[i].At < anchorAt))
                {
                    _recorder.Add(new AuditFact(AuditFactKind.StepEventBeforeAnchor, _events[i].At, Event: i, Index: index));
                }
            }

            if (metIndex >= 0)
            {
                _recorder.Add(new AuditFact(AuditFactKind.StepMet, _events[metIndex].At, Event: metIndex, Index: index, A: due ?? default, Flag: due is not null));
            }

            if (status == EvaluationStatus.Breached)
            {
                _recorder.Add(new AuditFact(AuditFactKind.StepBreached, due!.Value, Index: index));
            }
        }

        return new StepEvaluation(step.Step, due, metAt, status);
    }

    private readonly PeriodicUpdateEvaluation EvaluatePeriodicUpdates(TierModel tier, int index)
    {
        var step = tier.Steps[index];
        var cadence = step.Length;
        var timeline = tier.StepTimeline;
        var misses = new MissList();
        try
        {
            var started = step.Anchor == TicketEventKind.Reported;
            var owed = started;
            var deadline = started ? Advance(timeline, _reported, cadence, tier, index) : default;

            // The instant the current deadline counts its cadence from (the audit's resume lines give it as known then).
            var deadlineFrom = _reported;

            // Whether the fix is applied or the ticket resolved (and not reopened since): no update is owed then, even
            // when the anchor happens (an anchor after the resolution owed updates on a resolved ticket).
            var halted = false;
            Instant? lastUpdate = null;
            for (var i = 0; i < _events.Length; i++)
            {
                ref readonly var e = ref _events[i];
                if (owed && deadline < e.At)
                {
                    deadline = Miss(ref misses, tier, index, deadline, e.At, out deadlineFrom);
                }

                if (!started && e.Kind == step.Anchor)
                {
                    started = true;
                    if (halted)
                    {
                        _recorder?.Add(new AuditFact(AuditFactKind.UpdatesStopped, e.At, Event: i, Flag: true));
                    }
                    else
                    {
                        owed = true;
                        deadline = Advance(timeline, e.At, cadence, tier, index);
                        deadlineFrom = e.At;
                        _recorder?.Add(new AuditFact(AuditFactKind.UpdatesOwed, e.At, Event: i, A: deadline));
                    }
                }
                else if ((step.Mask & TierModel.Bit(e.Kind)) != 0)
                {
                    if (owed)
                    {
                        var met = deadline;
                        deadline = Advance(timeline, e.At, cadence, tier, index);
                        deadlineFrom = e.At;
                        lastUpdate = e.At;
                        _recorder?.Add(new AuditFact(AuditFactKind.UpdateMet, e.At, Event: i, A: met, B: deadline));
                    }
                    else
                    {
                        _recorder?.Add(new AuditFact(AuditFactKind.UpdateNotOwed, e.At, Event: i));
                    }
                }

                if (e.Kind is TicketEventKind.FixApplied or TicketEventKind.Resolved)
                {
                    halted = true;
                    if (owed)
                    {
                        owed = false;
                        _recorder?.Add(new AuditFact(AuditFactKind.UpdatesStopped, e.At, Event: i));
                    }
                }
                else if (e.Kind == TicketEventKind.Reopened)
                {
                    halted = false;
                    if (!owed && started)
                    {
                        owed = true;
                        deadline = Advance(timeline, e.At, cadence, tier, index);
                        deadlineFrom = e.At;
                        _recorder?.Add(new AuditFact(AuditFactKind.UpdatesOwed, e.At, Event: i, A: deadline));
                    }
                }
                else if (owed && e.Kind == TicketEventKind.Resumed && _recorder is not null)
                {
                    // As known at the resume, like the response due instant on the same line: pauses that begin later
                    // were not known yet (the final deadline, with them, is on the line of the update that meets it).
                    _recorder.Add(new AuditFact(AuditFactKind.UpdatesOwed, e.At, Event: i, A: AdvanceKnownAt(timeline, deadlineFrom, cadence, e.At), Flag: true));
                }
            }

            if (owed && deadline < _now)
            {
                deadline = Miss(ref misses, tier, index, deadline, _now, out _);
            }

            var status = misses.Count > 0
                ? EvaluationStatus.Breached
                : owed || !started ? EvaluationStatus.Pending : EvaluationStatus.Met;
            var businessTime = tier.Tier.StepsCountBusinessTime(_evaluator.Policy.StepClock);
            Instant? nextDue = owed ? deadline : null;
            if (_reuse is not null)
            {
                misses.CopyTo(_reuse.Missed);
                return _reuse.Updates = _reuse.Updates?.Refill(cadence, _reuse.Missed, misses.Count, nextDue, lastUpdate, status, businessTime)
                    ?? new PeriodicUpdateEvaluation(cadence, _reuse.Missed, misses.Count, nextDue, lastUpdate, status, businessTime);
            }

            return new PeriodicUpdateEvaluation(cadence, misses.ToList(), misses.Count, nextDue, lastUpdate, status, businessTime);
        }
        finally
        {
            misses.Dispose();
        }
    }

    /// <summary>
    /// Counts the deadlines from <paramref name="deadline"/> that pass before <paramref name="bound"/> with no
    /// update (each the previous + cadence) and returns the first one at or after the bound. The first
    /// <see cref="MaxListedMisses"/> are listed one by one; past that, the rest are counted from the SLA
    /// time up to the bound, so an ancient open ticket costs no more than a recent one.
    /// </summary>
    /// <remarks>
    /// The probes below (is the j-th deadline before the bound?) look one deadline past the bound: one past the
    /// clock's range is after the bound too, not a failure. Only the deadline returned must exist.
    /// </remarks>
    private readonly Instant Miss(ref MissList misses, TierModel tier, int index, Instant deadline, Instant bound, out Instant from)
    {
        // The deadline returned counts its cadence from the last one missed (the caller passes one before the bound).
        from = deadline;
        var timeline = tier.StepTimeline;
        var cadence = tier.Steps[index].Length;
        while (deadline < bound && misses.Count < MaxListedMisses)
        {
            var next = Advance(timeline, deadline, cadence, tier, index);
            misses.Add(deadline);
            _recorder?.Add(new AuditFact(AuditFactKind.UpdateMissed, deadline, A: next));
            from = deadline;
            deadline = next;
        }

        if (deadline >= bound)
        {
            return deadline;
        }

        // deadline_j = Advance(deadline, j·cadence) < bound exactly when j·cadence < W(deadline, bound), or equal and reached before the bound.
        var available = SlaClock.Measure(timeline, deadline, bound, PausesEndingAfter(deadline));
        var quotient = available.TotalNanoseconds / cadence.TotalNanoseconds;
        if (!(quotient < MaxCountedMisses))
        {
            // Validation refuses cadences under a second (SeverityTierValidator.MinCadence), which keeps the count under
            // about 6.3e11 across the supported range, and every policy is built validated (the built-in one is proven
            // valid by a test). Without the bound, a count past a long's range (a nanosecond cadence over a few centuries) came out
            // as long.MaxValue and the stepping below never ended.
            throw new InvalidOperationException(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{tier.Tier.Severity.DisplayName}'s periodic updates every {cadence} would be missed about {quotient:E2} times, more than evaluation counts; a valid policy's cadence is at least one second, so this policy was not validated."));
        }

        var whole = (long)Math.Floor(quotient);
        while (whole > 0 && !IsBefore(timeline, deadline, cadence * whole, bound))
        {
            whole--;
        }

        // The division is in floating point: step up past any rounding too.
        while (IsBefore(timeline, deadline, cadence * (whole + 1), bound))
        {
            whole++;
        }

        var more = whole + 1;
        var last = Advance(timeline, deadline, cadence * whole, tier, index);
        var after = Advance(timeline, last, cadence, tier, index);
        misses.AddUnlisted(more);
        _recorder?.Add(new AuditFact(AuditFactKind.UpdateMissed, deadline, Index: (int)Math.Min(more, int.MaxValue), B: last, A: after, Flag: true));
        from = last;
        return after;
    }

    private readonly Duration Threshold(TierModel tier, Duration goalLength, int i) =>
        tier.FixedThresholdAmounts is { } fixedAmounts ? fixedAmounts[i] : TierModel.Share(goalLength, tier.Thresholds[i]);

    /// <summary>The first event of the kinds in <paramref name="mask"/> at or after <paramref name="from"/> and not after now, or −1.</summary>
    private readonly int FirstEvent(uint mask, Instant from)
    {
        if (from == _reported)
        {
            var first = -1;
            for (var bits = mask; bits != 0; bits &= bits - 1)
            {
                var kind = System.Numerics.BitOperations.TrailingZeroCount(bits);
                if (kind < _firstOfKind.Length && _firstOfKind[kind] >= 0 && (first < 0 || _firstOfKind[kind] < first))
                {
                    first = _firstOfKind[kind];
                }
            }

            return first;
        }

        for (var i = 0; i < _events.Length; i++)
        {
            if (_events[i].At >= from && (mask & TierModel.Bit(_events[i].Kind)) != 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The instant <paramref name="length"/> of SLA time after <paramref name="from"/>, for <paramref name="figure"/> of
    /// <paramref name="tier"/> (<see cref="ResponseFigure"/>, <see cref="OriginalResponseFigure"/> or a step's index):
    /// when it would be after the clock's range, the failure names that figure (<see cref="FigureFailures"/>).
    /// </summary>
    private readonly Instant Advance(WorkingTimeline timeline, Instant from, Duration length, TierModel tier, int figure)
    {
        try
        {
            // Every pause is closed (an open one ends at now), so the clock never stops for good.
            var advanced = SlaClock.TryAdvance(timeline, from, length, PausesEndingAfter(from), out var due, out _);
            Debug.Assert(advanced, "Pauses are closed at now.");
            return due;
        }
        catch (TimelineException e) when (e.Failure == TimelineFailure.BeyondRange)
        {
            throw figure switch
            {
                ResponseFigure or OriginalResponseFigure => FigureFailures.Response(tier, figure == OriginalResponseFigure, timeline.Description, _reported, e),
                _ when figure == tier.PeriodicStep => FigureFailures.Update(tier.Steps[figure], timeline.Description, from, e),
                _ => FigureFailures.Step(tier.Steps[figure], timeline.Description, from, e),
            };
        }
    }

    /// <summary>Whether the instant <paramref name="length"/> after <paramref name="from"/> comes before <paramref name="bound"/>; one past the clock's range does not.</summary>
    private readonly bool IsBefore(WorkingTimeline timeline, Instant from, Duration length, Instant bound)
    {
        try
        {
            _ = SlaClock.TryAdvance(timeline, from, length, PausesEndingAfter(from), out var due, out _);
            return due < bound;
        }
        catch (TimelineException e) when (e.Failure == TimelineFailure.BeyondRange)
        {
            return false;
        }
    }

    /// <summary>The length of <paramref name="tier"/>'s response goal from the report; one that would end past the clock's range names the goal.</summary>
    private readonly Duration ResponseLength(TierModel tier, int figure)
    {
        if (tier.FixedGoalLength is { } length)
        {
            return length;
        }

        try
        {
            return _evaluator.Clock.GoalLength(_reported, tier.Tier.ResponseGoal);
        }
        catch (SlaClockException e) when (e.Failure == SlaClockFailure.BeyondRepresentableRange)
        {
            throw FigureFailures.Response(tier, figure == OriginalResponseFigure, tier.ResponseTimeline.Description, _reported, e);
        }
    }

    /// <summary>For the audit trail: the due instant as known at <paramref name="at"/>, with the pauses begun by then (one in progress cut at <paramref name="at"/>).</summary>
    private readonly Instant AdvanceKnownAt(WorkingTimeline timeline, Instant from, Duration length, Instant at)
    {
        // The pauses known at `at`: those begun before it, the one running then cut at it; given to the clock's walk one at a
        // time, from the first that ends after `from` (copying every known pause for each line of the trail made a ticket's
        // trail take time that grew with the square of its pauses).
        var walk = new SlaClock.PausedAdvance(timeline, from, length);
        foreach (var pause in PausesEndingAfter(from))
        {
            if (pause.Start >= at)
            {
                break;
            }

            _ = walk.Add(pause.End <= at ? pause : pause with { End = at }, out _);
        }

        return walk.Due;
    }

    /// <summary>
    /// The ticket's pauses from the first that ends after <paramref name="from"/>: the only ones a walk from there can meet
    /// (they are sorted and disjoint, so their ends are sorted too). Found by halving, so that a figure counted late in a ticket
    /// with many pauses does not step over every earlier one; a handful are left to the walk, which skips them as fast.
    /// </summary>
    private readonly ReadOnlySpan<InstantSpan> PausesEndingAfter(Instant from)
    {
        if (_pauses.Length <= 8)
        {
            return _pauses;
        }

        int low = 0, high = _pauses.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_pauses[middle].End <= from)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return _pauses[low..];
    }

    private readonly void RecordSeverityChanges(TierModel original)
    {
        var previous = original;
        for (var i = 0; i < _events.Length; i++)
        {
            ref readonly var e = ref _events[i];
            if (e.Kind != TicketEventKind.SeverityChanged)
            {
                continue;
            }

            var next = _evaluator.Tiers[_evaluator.FindTier(e.Severity)];
            var originalDue = AdvanceKnownAt(original.ResponseTimeline, _reported, ResponseLength(original, OriginalResponseFigure), e.At);

            // A level held only for a while is no figure of the result: its due instant may lie past the clock's range, or
            // its goal be counted on a calendar with no working time left (found by ValidPolicyFuzzTests). The trail says so
            // instead of failing (either made the audit trail of a valid evaluation throw).
            var fact = new AuditFact(AuditFactKind.SeverityChanged, e.At, Event: i, Index: next.Index, Index2: previous.Index, B: originalDue);
            try
            {
                fact = fact with { A = AdvanceKnownAt(next.ResponseTimeline, _reported, next.FixedGoalLength ?? _evaluator.Clock.GoalLength(_reported, next.Tier.ResponseGoal), e.At) };
            }
            catch (Exception failure) when (failure is TimelineException { Failure: TimelineFailure.BeyondRange } or SlaClockException { Failure: SlaClockFailure.BeyondRepresentableRange })
            {
                fact = fact with { Flag = true };
            }
            catch (Exception failure) when (failure is TimelineException { Failure: TimelineFailure.NoWorkingTime } or SlaClockException { Failure: SlaClockFailure.NoWorkingTime })
            {
                fact = fact with { Text = next.ResponseTimeline.Description };
            }

            _recorder!.Add(fact);
            previous = next;
        }
    }

    private readonly void RecordResumes(TierModel current, Duration goalLength, Instant? responseMetAt)
    {
        Instant? pausedAt = null;

        // The pauses known at a resume are those begun before it, every one over by then: the walk takes each pause once.
        var walk = new SlaClock.PausedAdvance(current.ResponseTimeline, _reported, goalLength);
        var known = 0;

        // Time both paused and in maintenance is taken out once (E11): when maintenance stops the clock, a pause line says how
        // much of it the maintenance lines already count, so that the lines add up to the time taken out. Both are measured
        // on the response goal's own clock: a pause in closed hours on a business-hours tier takes out no SLA time.
        var clock = current.ResponseTimeline;
        var throughMaintenance = current.ResponseTimelineThroughMaintenance;

        // When the steps count on a clock of their own (around the clock on a business-hours tier), the same two figures on it.
        var stepThroughMaintenance = current.StepTimelineThroughMaintenance;
        for (var i = 0; i < _events.Length; i++)
        {
            ref readonly var e = ref _events[i];
            if (e.Kind == TicketEventKind.Paused)
            {
                pausedAt = e.At;
            }
            else if (e.Kind == TicketEventKind.Resumed && pausedAt is { } start)
            {
                // Under the current severity, like every other figure of the trail (rule 8), with the pauses known by then.
                var owed = responseMetAt is not { } met || met > e.At;
                Instant due = default;
                if (owed)
                {
                    for (; known < _pauses.Length && _pauses[known].Start < e.At; known++)
                    {
                        _ = walk.Add(_pauses[known], out _);
                    }

                    due = walk.Due;
                }

                // SLA time the pause stopped, beyond what the maintenance lines count; and its SLA time in clock-stopping maintenance.
                var (stopped, shared) = PauseStops(clock, throughMaintenance, start, e.At);
                var (stepStopped, stepShared) = stepThroughMaintenance is null ? default : PauseStops(current.StepTimeline, stepThroughMaintenance, start, e.At);
                _recorder!.Add(new AuditFact(AuditFactKind.Resumed, e.At, Event: i, Length: e.At - start, A: due, Flag: owed, Overlap: shared, Stopped: stopped, StepStopped: stepStopped, StepOverlap: stepShared));
                pausedAt = null;
            }
        }
    }

    /// <summary>
    /// What a pause from <paramref name="start"/> to <paramref name="end"/> stops of <paramref name="clock"/> beyond clock-stopping
    /// maintenance, and its time in that maintenance (<paramref name="throughMaintenance"/>, the same clock with maintenance
    /// counted, less the first; zero when maintenance does not stop the clock).
    /// </summary>
    private static (Duration Stopped, Duration Shared) PauseStops(WorkingTimeline clock, WorkingTimeline throughMaintenance, Instant start, Instant end)
    {
        var stopped = end > start ? clock.Measure(start, end) : Duration.Zero;
        var shared = end > start && !ReferenceEquals(clock, throughMaintenance) ? throughMaintenance.Measure(start, end) - stopped : Duration.Zero;
        return (stopped, shared);
    }

    private readonly void RecordLaterEvents()
    {
        var all = _timeline.EventSpan;
        var later = all.Length - _events.Length;
        var first = later > 0 ? all[_events.Length].At : default;

        if (later > 0)
        {
            _recorder!.Add(new AuditFact(AuditFactKind.LaterEventsIgnored, _now, Index: later, A: first));
        }
    }

    private readonly void RecordMaintenance(TierModel current, ResponseEvaluation response, ReadOnlySpan<StepEvaluation> steps, PeriodicUpdateEvaluation? periodic)
    {
        var policy = _evaluator.Policy;
        if (policy.Maintenance is not { } schedule)
        {
            return;
        }

        // Whether maintenance stops the clock of the figures (the tier's goal may override the policy, its steps follow it).
        var stops = _evaluator.Clock.StopsDuringMaintenance(current.Tier);

        // When maintenance stops the clock, every figure up to the latest one depends on it; otherwise it is
        // shown only while the response goal runs, as context.
        var upTo = response.DueAt > response.OriginalDueAt ? response.DueAt : response.OriginalDueAt;
        if (stops)
        {
            upTo = Max(upTo, _now);
            foreach (var step in steps)
            {
                upTo = step.DueAt is { } due ? Max(upTo, due) : upTo;
            }

            upTo = periodic?.NextDueAt is { } nextUpdate ? Max(upTo, nextUpdate) : upTo;
        }

        var shown = 0;

        // The end of the time the windows listed so far cover after the report. Windows come in start order and may overlap
        // (README, maintenance queries); the clock stops once for time two of them cover (MergedWindowsWithin), so each line
        // states only what its window adds beyond those above it, and the lines add up to the time excluded. Each part is
        // measured on the response goal's clock as if maintenance did not stop it: the SLA time the window takes out (on a
        // business-hours tier, only its business time; none in closed hours).
        var clock = current.ResponseTimelineThroughMaintenance;

        // When the steps count on a clock of their own (around the clock on a business-hours tier), each part measured on it too.
        var stepClock = stops ? current.StepTimelineThroughMaintenance : null;
        var covered = _reported;
        foreach (var window in schedule.WindowsOverlapping(_reported, upTo > _reported ? upTo : _reported + Duration.Epsilon))
        {
            if (shown++ == MaxListedMaintenance)
            {
                // Never a silent cut: the trail says that more windows follow, from when and until when.
                _recorder!.Add(new AuditFact(AuditFactKind.MaintenanceNotListed, Max(window.Start, _reported), A: upTo, Flag: stops));
                break;
            }

            Duration added = Duration.Zero, shared = Duration.Zero, stepAdded = Duration.Zero, stepShared = Duration.Zero;
            if (stops)
            {
                // [own, end) lies after the report; its part up to `covered` the windows above already cover.
                var own = Max(window.Start, _reported);
                var fresh = Max(own, covered);
                var end = window.End < ClockRange.Max ? window.End : ClockRange.Max;
                var sharedEnd = covered < end ? covered : end;
                (added, shared) = WindowParts(clock, own, fresh, sharedEnd, end);
                if (stepClock is not null)
                {
                    (stepAdded, stepShared) = WindowParts(stepClock, own, fresh, sharedEnd, end);
                }
            }

            covered = Max(covered, window.End);
            _recorder!.Add(new AuditFact(AuditFactKind.Maintenance, Max(window.Start, _reported), A: window.Start, B: window.End, Length: added, Flag: stops, Text: window.Title, Overlap: shared, StepStopped: stepAdded, StepOverlap: stepShared));
        }
    }

    /// <summary>What a window's part [<paramref name="fresh"/>, <paramref name="end"/>) adds on <paramref name="clock"/> (maintenance counted), and what its part [<paramref name="own"/>, <paramref name="sharedEnd"/>) shares with the windows above.</summary>
    private static (Duration Added, Duration Shared) WindowParts(WorkingTimeline clock, Instant own, Instant fresh, Instant sharedEnd, Instant end) =>
        (end > fresh ? clock.Measure(fresh, end) : Duration.Zero, sharedEnd > own ? clock.Measure(own, sharedEnd) : Duration.Zero);

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    /// <summary>The missed deadlines of one ticket: nothing is allocated until the first miss.</summary>
    private struct MissList : IDisposable
    {
        private Instant[]? _items;
        private int _listed;

        public long Count { get; private set; }

        public void Add(Instant deadline)
        {
            if (_items is null || _listed == _items.Length)
            {
                var grown = ArrayPool<Instant>.Shared.Rent(_items is null ? 4 : _items.Length * 2);
                _items?.AsSpan(0, _listed).CopyTo(grown);
                if (_items is not null)
                {
                    ArrayPool<Instant>.Shared.Return(_items);
                }

                _items = grown;
            }

            _items[_listed++] = deadline;
            Count++;
        }

        public void AddUnlisted(long count) => Count += count;

        public readonly IReadOnlyList<Instant> ToList() => _listed == 0 ? [] : Array.AsReadOnly(_items.AsSpan(0, _listed).ToArray());

        public readonly void CopyTo(Internal.ReusableList<Instant> list) => _items.AsSpan(0, _listed).CopyTo(list.Reset(_listed));

        public void Dispose()
        {
            if (_items is not null)
            {
                ArrayPool<Instant>.Shared.Return(_items);
                _items = null;
            }
        }
    }
}
