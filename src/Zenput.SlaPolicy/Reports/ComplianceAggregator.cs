using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Reports;

/// <summary>
/// Builds a <see cref="ComplianceReport"/> from a stream of tickets, one at a time, holding only running
/// figures; optionally evaluates every ticket under a second, what-if policy too. Aggregators over parts
/// of a history merge (<see cref="Merge"/>) into exactly the aggregator of the whole.
/// </summary>
/// <remarks>
/// <para><b>Memory</b> does not grow with the number of tickets. It holds, per severity of each policy, a
/// fixed set of counters, the weekday × hour map (168 cells), one entry per ISO week that has a ticket, and
/// two response-time histograms with one entry per distinct whole second of response time (at most one per
/// ticket, and at most 86,400 per day of the slowest response: what exact, mergeable percentiles need);
/// plus the capped lists of <see cref="ComplianceReportOptions"/>.</para>
/// <para><b>Merging</b> is associative and commutative: split a history in any way, aggregate the parts (in
/// other threads, processes or machines) with the same policies, instant and options, merge them in any
/// order, and the report is the one of a single pass. The capped lists keep the first items of a total
/// order, so they merge exactly too.</para>
/// <para>An aggregator is not thread-safe: give each thread its own and merge them.</para>
/// </remarks>
public sealed class ComplianceAggregator
{
    private readonly PolicyTally _baseline;
    private readonly PolicyTally? _whatIf;
    private readonly long[] _transitions = new long[9];
    private readonly SmallestList<VerdictChange> _changed;
    private readonly SmallestList<ReportFailure> _failures;
    private long _failureCount;
    private long _whatIfNotEvaluated;

    /// <summary>Creates an aggregator for tickets evaluated under <paramref name="policy"/> as of <paramref name="asOf"/>, with the default options.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="asOf">The instant the report describes; <see cref="Add(TicketTimeline)"/> evaluates tickets as of it.</param>
    public ComplianceAggregator(SlaPolicy policy, Instant asOf)
        : this(policy, null, asOf, null)
    {
    }

    /// <summary>Creates an aggregator for tickets evaluated under <paramref name="policy"/>, and under <paramref name="whatIf"/> too when given.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="whatIf">A second policy to evaluate the same tickets under, or <see langword="null"/>.</param>
    /// <param name="asOf">The instant the report describes; <see cref="Add(TicketTimeline)"/> evaluates tickets as of it.</param>
    /// <param name="options">How many tickets the report lists, or <see langword="null"/> for the defaults.</param>
    public ComplianceAggregator(SlaPolicy policy, SlaPolicy? whatIf, Instant asOf, ComplianceReportOptions? options)
        : this(new TicketEvaluator(policy ?? throw new ArgumentNullException(nameof(policy))), whatIf is null ? null : new TicketEvaluator(whatIf), asOf, options)
    {
    }

    /// <summary>Creates an aggregator on existing evaluators (sharing their clocks' compiled calendars).</summary>
    /// <param name="evaluator">The evaluator of the report's policy.</param>
    /// <param name="whatIf">The evaluator of a what-if policy, or <see langword="null"/>.</param>
    /// <param name="asOf">The instant the report describes; <see cref="Add(TicketTimeline)"/> evaluates tickets as of it.</param>
    /// <param name="options">How many tickets the report lists, or <see langword="null"/> for the defaults.</param>
    public ComplianceAggregator(TicketEvaluator evaluator, TicketEvaluator? whatIf, Instant asOf, ComplianceReportOptions? options)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        AsOf = asOf;
        Options = options ?? ComplianceReportOptions.Default;
        _baseline = new PolicyTally(evaluator, Options);
        _whatIf = whatIf is null ? null : new PolicyTally(whatIf, Options);
        _changed = new SmallestList<VerdictChange>(Options.ListedChanges, ReportOrder.Changes);
        _failures = new SmallestList<ReportFailure>(Options.ListedFailures, ReportOrder.Failures);
    }

    /// <summary>Gets the report's policy.</summary>
    public SlaPolicy Policy => _baseline.Policy;

    /// <summary>Gets the what-if policy, or <see langword="null"/>.</summary>
    public SlaPolicy? WhatIfPolicy => _whatIf?.Policy;

    /// <summary>Gets the evaluator of the report's policy.</summary>
    public TicketEvaluator Evaluator => _baseline.Evaluator;

    /// <summary>Gets the evaluator of the what-if policy, or <see langword="null"/>.</summary>
    public TicketEvaluator? WhatIfEvaluator => _whatIf?.Evaluator;

    /// <summary>Gets the instant the report describes.</summary>
    public Instant AsOf { get; }

    /// <summary>Gets the options.</summary>
    public ComplianceReportOptions Options { get; }

    /// <summary>Gets how many tickets have been counted so far.</summary>
    public long Tickets => _baseline.Tickets;

    /// <summary>Gets how many inputs could not be counted so far.</summary>
    public long FailureCount => _failureCount;

    /// <summary>
    /// Evaluates <paramref name="timeline"/> as of <see cref="AsOf"/> (under both policies when there is a
    /// what-if policy) and counts it; a history that cannot have happened, or whose due instant the clock
    /// cannot compute, is counted as a failure with the ticket's id and the reason.
    /// </summary>
    /// <param name="timeline">The ticket's history.</param>
    /// <returns>Whether the ticket was evaluated and counted.</returns>
    public bool Add(TicketTimeline timeline) => Add(timeline, null);

    /// <summary>Evaluates and counts <paramref name="timeline"/>, read from line <paramref name="line"/> of an input, as <see cref="Add(TicketTimeline)"/> does; a failure names the line.</summary>
    /// <param name="timeline">The ticket's history.</param>
    /// <param name="line">The input line the ticket was read from (1-based), or <see langword="null"/>.</param>
    /// <returns>Whether the ticket was evaluated and counted.</returns>
    public bool Add(TicketTimeline timeline, long? line)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var evaluation = TryEvaluate(_baseline.Evaluator, timeline, AsOf, out var error);
        if (evaluation is null)
        {
            AddFailure(new ReportFailure(line, timeline.Id, error!) { IdIsNumber = timeline.IdIsNumber });
            return false;
        }

        Add(evaluation, _whatIf is null ? null : TryEvaluate(_whatIf.Evaluator, timeline, AsOf, out _));
        return true;
    }

    /// <summary>Counts an evaluation made under the report's policy; with a what-if policy, evaluates the same timeline under it at the same instant.</summary>
    /// <param name="evaluation">The ticket's evaluation under <see cref="Policy"/>.</param>
    /// <exception cref="ArgumentException">The evaluation was made under another policy.</exception>
    public void Add(TicketEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        Add(evaluation, _whatIf is null ? null : TryEvaluate(_whatIf.Evaluator, evaluation.Timeline, evaluation.EvaluatedAt, out _));
    }

    /// <summary>Counts a ticket evaluated under both policies (for callers that evaluate themselves, for example to write each ticket out as well).</summary>
    /// <param name="evaluation">The ticket's evaluation under <see cref="Policy"/>.</param>
    /// <param name="whatIf">The same timeline's evaluation under <see cref="WhatIfPolicy"/>, or <see langword="null"/> when it could not be evaluated under it (counted in <see cref="WhatIfComparison.NotEvaluated"/>); must be <see langword="null"/> when there is no what-if policy.</param>
    /// <exception cref="ArgumentException">An evaluation was made under another policy, <paramref name="whatIf"/> is of another timeline, or there is no what-if policy to count it under.</exception>
    public void Add(TicketEvaluation evaluation, TicketEvaluation? whatIf)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        if (whatIf is not null)
        {
            if (_whatIf is null)
            {
                throw new ArgumentException("The aggregator has no what-if policy to count this evaluation under.", nameof(whatIf));
            }

            if (!ReferenceEquals(whatIf.Timeline, evaluation.Timeline))
            {
                throw new ArgumentException("The what-if evaluation must be of the same timeline as the evaluation.", nameof(whatIf));
            }
        }

        _baseline.Add(evaluation, nameof(evaluation));
        if (_whatIf is null)
        {
            return;
        }

        if (whatIf is null)
        {
            _whatIfNotEvaluated++;
            return;
        }

        _whatIf.Add(whatIf, nameof(whatIf));
        var from = evaluation.Status;
        var to = whatIf.Status;
        _transitions[WhatIfComparison.Index(from, to)]++;
        if (from != to)
        {
            _changed.Add(new VerdictChange(evaluation.Timeline.Id, evaluation.Tier.Severity, evaluation.Timeline.ReportedAt, from, to) { IdIsNumber = evaluation.Timeline.IdIsNumber });
        }
    }

    /// <summary>Counts every timeline of <paramref name="timelines"/> (see <see cref="Add(TicketTimeline)"/>), holding one at a time.</summary>
    /// <param name="timelines">The tickets' histories.</param>
    public void AddRange(IEnumerable<TicketTimeline> timelines)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        foreach (var timeline in timelines)
        {
            Add(timeline);
        }
    }

    /// <summary>Counts every timeline of an asynchronous stream (for example rows read from a database), holding one at a time.</summary>
    /// <param name="timelines">The tickets' histories.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>A task that completes when the stream has been read.</returns>
    public async Task AddRangeAsync(IAsyncEnumerable<TicketTimeline> timelines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        await foreach (var timeline in timelines.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Add(timeline);
        }
    }

    /// <summary>Counts an input that could not be evaluated, such as a line that could not be read; the report counts every failure and lists the first by line.</summary>
    /// <param name="failure">The failure.</param>
    public void AddFailure(ReportFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        _failureCount++;
        _failures.Add(failure);
    }

    /// <summary>Adds everything <paramref name="other"/> counted to this aggregator (which then holds the figures of both parts; <paramref name="other"/> is unchanged).</summary>
    /// <param name="other">An aggregator over another part of the history, with equal policies, instant and options.</param>
    /// <exception cref="ArgumentException">The two differ in policy, what-if policy, instant or options.</exception>
    public void Merge(ComplianceAggregator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("An aggregator cannot be merged into itself.", nameof(other));
        }

        if (!Policy.Equals(other.Policy) || !Equals(WhatIfPolicy, other.WhatIfPolicy) || AsOf != other.AsOf || !Options.Equals(other.Options))
        {
            throw new ArgumentException("Only aggregators with equal policies, what-if policies, instants and options can be merged.", nameof(other));
        }

        _baseline.Merge(other._baseline);
        _whatIf?.Merge(other._whatIf!);
        for (var i = 0; i < _transitions.Length; i++)
        {
            _transitions[i] += other._transitions[i];
        }

        _changed.Merge(other._changed);
        _failures.Merge(other._failures);
        _failureCount += other._failureCount;
        _whatIfNotEvaluated += other._whatIfNotEvaluated;
    }

    /// <summary>Makes the report of everything counted so far (the aggregator can go on counting).</summary>
    /// <returns>The report.</returns>
    [Pure]
    public ComplianceReport ToReport()
    {
        var whatIf = _whatIf is null
            ? null
            : new WhatIfComparison(_whatIf.Policy, _whatIf.Overall(), _whatIf.BySeverity(), [.. _whatIf.Worst], _whatIfNotEvaluated, (long[])_transitions.Clone(), [.. _changed.Items]);
        return new ComplianceReport(_baseline.Policy, AsOf, _baseline.Overall(), _baseline.BySeverity(), [.. _baseline.Worst], _failureCount, [.. _failures.Items], whatIf);
    }

    private static TicketEvaluation? TryEvaluate(TicketEvaluator evaluator, TicketTimeline timeline, Instant now, out string? error)
    {
        try
        {
            if (evaluator.TryEvaluate(timeline, now, out var evaluation, out var problems))
            {
                error = null;
                return evaluation;
            }

            error = new InvalidTicketTimelineException(problems, timeline.Id).Message;
            return null;
        }
        catch (SlaClockException e)
        {
            error = e.Message;
            return null;
        }
    }
}
