using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Engine;

namespace Zenput.Sla.Evaluation;

/// <summary>
/// Evaluates tickets' histories under one policy: for a <see cref="TicketTimeline"/> and an instant
/// ("now"), whether the ticket is within the SLA, where the response goal and each resolution step
/// stand, which periodic updates were missed, what is due next, and why (<see cref="TicketEvaluation.Audit"/>).
/// </summary>
/// <remarks>
/// <para>The rules (also in the README's semantics section):</para>
/// <list type="bullet">
/// <item><description>Events after "now" had not happened yet and are not counted. A history that cannot have
/// happened is refused with every problem listed (<see cref="InvalidTicketTimelineException"/>,
/// <see cref="Check"/>), never evaluated.</description></item>
/// <item><description>The response goal is met by the first event of the policy's
/// <see cref="SlaPolicy.ResponseSatisfiedBy"/> kinds; a step by the first event of its
/// <see cref="ResolutionStep.SatisfiedBy"/> kinds at or after its anchor. Nothing is inferred from other
/// events. Met means at or before the deadline; breached means met after it, or not met and now past it;
/// a deadline equal to now is not yet breached.</description></item>
/// <item><description>Pauses (<c>paused</c> to <c>resumed</c>; one still open counts up to now) and, when the
/// policy says so, maintenance windows stop the clock, through the <see cref="SlaClock"/>'s own
/// arithmetic. Steps count on <see cref="SlaPolicy.StepClock"/>.</description></item>
/// <item><description>After a severity change every goal is computed from the report under the new level;
/// the response's original due instant is kept.</description></item>
/// </list>
/// <para>Cost: evaluating a typical ten-event ticket takes well under a microsecond and allocates only
/// its result (see the benchmarks); the audit trail is built only when read. Instances are immutable and
/// thread-safe: create one per policy and share it.</para>
/// </remarks>
public sealed class TicketEvaluator
{
    private readonly TierModel[] _tiers;

    /// <summary>Creates an evaluator for <paramref name="policy"/>, with its own <see cref="SlaClock"/>.</summary>
    /// <param name="policy">The policy.</param>
    public TicketEvaluator(SlaPolicy policy)
        : this(new SlaClock(policy ?? throw new ArgumentNullException(nameof(policy))))
    {
    }

    /// <summary>Creates an evaluator on an existing clock (sharing its compiled calendars).</summary>
    /// <param name="clock">The clock of the policy to evaluate under.</param>
    /// <exception cref="ArgumentException">The clock was made from a calendar, not a policy.</exception>
    public TicketEvaluator(SlaClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Clock = clock;
        Policy = clock.Policy ?? throw new ArgumentException("Tickets are evaluated under a policy; this clock was made from a calendar alone.", nameof(clock));
        _tiers = new TierModel[Policy.Tiers.Count];
        for (var i = 0; i < _tiers.Length; i++)
        {
            _tiers[i] = new TierModel(clock, Policy, Policy.Tiers[i], i);
        }
    }

    /// <summary>Gets the policy tickets are evaluated under.</summary>
    public SlaPolicy Policy { get; }

    /// <summary>Gets the clock the evaluator counts SLA time on.</summary>
    public SlaClock Clock { get; }

    internal TierModel[] Tiers => _tiers;

    /// <summary>Evaluates <paramref name="timeline"/> as of <paramref name="now"/>.</summary>
    /// <param name="timeline">The ticket's history.</param>
    /// <param name="now">The instant to evaluate at; events after it are not counted.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="InvalidTicketTimelineException">The history cannot have happened; the exception lists every problem.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> lies outside the range the SLA clock works in.</exception>
    /// <exception cref="SlaClockException">A figure of the result cannot be computed: no working time left, or (<see cref="SlaClockFailure.BeyondRepresentableRange"/>) the response goal's due instant, a step's deadline or the next periodic update would be due after the last instant the clock supports; the message names that figure.</exception>
    [Pure]
    public TicketEvaluation Evaluate(TicketTimeline timeline, Instant now)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ClockRange.Check(now, nameof(now));
        return EvaluationRun.Evaluate(this, timeline, now, null, null, out var problems)
            ?? throw new InvalidTicketTimelineException(problems!, timeline.Id);
    }

    /// <summary>Evaluates <paramref name="timeline"/> as of the current instant of <paramref name="clock"/>.</summary>
    /// <param name="timeline">The ticket's history.</param>
    /// <param name="clock">Where "now" comes from.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="InvalidTicketTimelineException">The history cannot have happened; the exception lists every problem.</exception>
    /// <exception cref="SlaClockException">A due instant cannot be computed.</exception>
    [Pure]
    public TicketEvaluation Evaluate(TicketTimeline timeline, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Evaluate(timeline, clock.GetCurrentInstant());
    }

    /// <summary>Evaluates <paramref name="timeline"/> as of <paramref name="now"/>, or says why its history cannot have happened.</summary>
    /// <param name="timeline">The ticket's history.</param>
    /// <param name="now">The instant to evaluate at.</param>
    /// <param name="evaluation">The evaluation, when the history is possible.</param>
    /// <param name="problems">Every problem, when it is not; otherwise empty.</param>
    /// <returns>Whether the ticket was evaluated.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> lies outside the range the SLA clock works in.</exception>
    /// <exception cref="SlaClockException">A due instant cannot be computed.</exception>
    [Pure]
    public bool TryEvaluate(TicketTimeline timeline, Instant now, [NotNullWhen(true)] out TicketEvaluation? evaluation, out IReadOnlyList<TimelineProblem> problems) =>
        TryEvaluate(timeline, now, null, out evaluation, out problems);

    /// <summary>As the public <see cref="TryEvaluate(TicketTimeline, Instant, out TicketEvaluation?, out IReadOnlyList{TimelineProblem})"/>, filling <paramref name="reuse"/>'s objects when given (the evaluation is then valid only until the next one with it).</summary>
    internal bool TryEvaluate(TicketTimeline timeline, Instant now, EvaluationReuse? reuse, [NotNullWhen(true)] out TicketEvaluation? evaluation, out IReadOnlyList<TimelineProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ClockRange.Check(now, nameof(now));
        evaluation = EvaluationRun.Evaluate(this, timeline, now, null, reuse, out var found);

        // Not `found is null ? [] : found`: that makes the empty list a new List (the conditional's type), one per ticket.
        problems = found ?? (IReadOnlyList<TimelineProblem>)[];
        return evaluation is not null;
    }

    /// <summary>Lists every reason <paramref name="timeline"/>'s history cannot have happened under this policy; empty when it can.</summary>
    /// <param name="timeline">The ticket's history.</param>
    /// <returns>The problems, in event order, each naming its event by position and type.</returns>
    [Pure]
    public IReadOnlyList<TimelineProblem> Check(TicketTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        TimelineRules.Check(this, timeline, ClockRange.Max, out var problems);
        return problems ?? (IReadOnlyList<TimelineProblem>)[];
    }

    /// <summary>
    /// Evaluates a stream of tickets as of one instant, lazily: one result per timeline, in order,
    /// holding nothing between them, so memory stays flat however many there are. A ticket whose
    /// history is impossible, or whose due instant the clock cannot compute, gives a result that says
    /// why; the stream goes on.
    /// </summary>
    /// <param name="timelines">The tickets' histories.</param>
    /// <param name="now">The instant to evaluate at.</param>
    /// <returns>The results, one per timeline, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> lies outside the range the SLA clock works in.</exception>
    [Pure]
    public IEnumerable<TicketEvaluationResult> EvaluateAll(IEnumerable<TicketTimeline> timelines, Instant now)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        ClockRange.Check(now, nameof(now));
        return Stream(timelines, now);
    }

    /// <summary>Evaluates an asynchronous stream of tickets as of one instant (for example rows read from a database), holding one at a time.</summary>
    /// <param name="timelines">The tickets' histories.</param>
    /// <param name="now">The instant to evaluate at.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The results, one per timeline, in order.</returns>
    [Pure]
    public async IAsyncEnumerable<TicketEvaluationResult> EvaluateAllAsync(IAsyncEnumerable<TicketTimeline> timelines, Instant now, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        ClockRange.Check(now, nameof(now));
        await foreach (var timeline in timelines.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return EvaluateOne(timeline, now);
        }
    }

    /// <summary>Gets the index of the tier identified by <paramref name="nameOrRank"/>, or −1; in constant time, allocating nothing on .NET 9 or later (<see cref="Tiers"/> is in the policy's order).</summary>
    internal int FindTier(string? nameOrRank) => Policy.FindTierIndex(nameOrRank);

    /// <summary>Builds the audit trail of <paramref name="evaluation"/> by replaying it with a recorder.</summary>
    internal AuditTrail Replay(TicketEvaluation evaluation)
    {
        var recorder = new AuditRecorder();
        _ = EvaluationRun.Evaluate(this, evaluation.Timeline, evaluation.EvaluatedAt, recorder, null, out _);
        return AuditRenderer.Render(this, evaluation, recorder.Facts);
    }

    private IEnumerable<TicketEvaluationResult> Stream(IEnumerable<TicketTimeline> timelines, Instant now)
    {
        foreach (var timeline in timelines)
        {
            yield return EvaluateOne(timeline, now);
        }
    }

    private TicketEvaluationResult EvaluateOne(TicketTimeline timeline, Instant now)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        try
        {
            var evaluation = EvaluationRun.Evaluate(this, timeline, now, null, null, out var problems);
            return new TicketEvaluationResult(timeline, evaluation, problems ?? (IReadOnlyList<TimelineProblem>)[], null);
        }
        catch (SlaClockException e)
        {
            return new TicketEvaluationResult(timeline, null, [], e);
        }
    }
}
