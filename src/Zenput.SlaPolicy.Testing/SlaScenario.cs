using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.Testing;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Testing;

/// <summary>
/// A ticket's story told step by step on a <see cref="FakeClock"/>, for tests that read like the SLA:
/// "reported Tuesday 21:30 PT; engineer assigned after 90 minutes; paused 40 minutes; look at 23:45".
/// </summary>
/// <example><code>
/// var scenario = SlaScenario.For(ZenputSla.Default)
///     .Reported("critical", new LocalDateTime(2026, 11, 24, 21, 30))   // wall-clock time in the support zone
///     .After(Duration.FromMinutes(90)).Then(TicketEventKind.EngineerAssigned)
///     .PausedFor(Duration.FromMinutes(40), "waiting on customer")
///     .At(new LocalDateTime(2026, 11, 24, 23, 45));
///
/// scenario.Should().NotBeBreached().And.HaveResponseDue(new LocalDateTime(2026, 11, 25, 0, 10));
/// scenario.Evaluate().Should().HaveMet(ResolutionStepKind.EngineerAssignment).And.HaveMissedUpdates(0);
/// </code></example>
/// <remarks>
/// <para>The scenario owns its <see cref="Clock"/>: each step moves it forward (never back), and
/// events and pauses are recorded at its current instant. Give the same clock to the code under test
/// to make it see the scenario's "now". Local date-times are on the policy's support zone (a time in
/// a DST gap moves forward by the gap; an ambiguous one is the earlier).</para>
/// <para>Not thread-safe: a scenario is one test's story.</para>
/// </remarks>
public sealed class SlaScenario
{
    private readonly List<TicketEvent> _events = [];
    private readonly List<Interval> _pauses = [];
    private SeverityTier? _tier;
    private string? _reportedSeverity;
    private Instant? _pausedSince;
    private TicketEvaluator? _evaluator;

    private SlaScenario(SlaPolicy policy, FakeClock clock)
    {
        Policy = policy;
        SlaClock = new SlaClock(policy);
        Clock = clock;
    }

    /// <summary>Gets the policy the ticket is under.</summary>
    public SlaPolicy Policy { get; }

    /// <summary>Gets the SLA clock of <see cref="Policy"/>.</summary>
    public SlaClock SlaClock { get; }

    /// <summary>Gets the fake clock the story is told on; its current instant is the scenario's "now".</summary>
    public FakeClock Clock { get; }

    /// <summary>Gets the scenario's current instant.</summary>
    public Instant Now => Clock.GetCurrentInstant();

    /// <summary>Gets the ticket's id, used in failure messages, or <see langword="null"/>.</summary>
    public string? TicketId { get; private set; }

    /// <summary>Gets the ticket's severity tier now (after any <see cref="SeverityChanged"/>).</summary>
    /// <exception cref="InvalidOperationException">The ticket has not been reported yet.</exception>
    public SeverityTier Tier => _tier ?? throw NotReported();

    /// <summary>Gets when the ticket was reported.</summary>
    /// <exception cref="InvalidOperationException">The ticket has not been reported yet.</exception>
    public Instant ReportedAt { get; private set; }

    /// <summary>Gets the events so far, in order (the report itself is <see cref="ReportedAt"/>, not an event).</summary>
    public IReadOnlyList<TicketEvent> Events => _events;

    /// <summary>Gets the ticket's history so far, for the evaluator or the code under test.</summary>
    public TicketTimeline Timeline => new(ReportedAt, _reportedSeverity ?? throw NotReported(), _events) { Id = TicketId };

    /// <summary>Gets the pauses so far; one still open counts up to <see cref="Now"/>.</summary>
    public IReadOnlyList<Interval> Pauses => _pausedSince is { } since ? [.. _pauses, new Interval(since, Now)] : _pauses;

    /// <summary>Gets whether the clock is paused now.</summary>
    public bool IsPaused => _pausedSince is not null;

    /// <summary>Starts a scenario under <paramref name="policy"/> on a new fake clock.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The scenario.</returns>
    public static SlaScenario For(SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new SlaScenario(policy, new FakeClock(Instant.FromUtc(2000, 1, 1, 0, 0)));
    }

    /// <summary>Names the ticket, for failure messages.</summary>
    /// <param name="id">The id, for example <c>T-1001</c>.</param>
    /// <returns>This scenario.</returns>
    public SlaScenario Ticket(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        TicketId = id;
        return this;
    }

    /// <summary>Reports the ticket at a wall-clock time in the support zone: the SLA clock starts then, and so does the scenario's clock.</summary>
    /// <param name="severity">A name in any case, or a rank.</param>
    /// <param name="at">The wall-clock time in <see cref="SlaPolicy.SupportZone"/>.</param>
    /// <returns>This scenario.</returns>
    /// <exception cref="ArgumentException">The policy has no such severity.</exception>
    public SlaScenario Reported(string severity, LocalDateTime at) => Reported(severity, OnSupportZone(at));

    /// <summary>Reports the ticket at an instant: the SLA clock starts then, and so does the scenario's clock.</summary>
    /// <param name="severity">A name in any case, or a rank.</param>
    /// <param name="at">The instant.</param>
    /// <returns>This scenario.</returns>
    /// <exception cref="ArgumentException">The policy has no such severity.</exception>
    /// <exception cref="InvalidOperationException">The ticket was already reported.</exception>
    public SlaScenario Reported(string severity, Instant at)
    {
        if (_tier is not null)
        {
            throw new InvalidOperationException($"The ticket was already reported, at {SlaText.Utc(ReportedAt)}.");
        }

        _tier = Policy.GetTier(severity);
        _reportedSeverity = severity;
        ReportedAt = at;
        Clock.Reset(at);
        return this;
    }

    /// <summary>Lets time pass.</summary>
    /// <param name="span">How long; not negative.</param>
    /// <returns>This scenario.</returns>
    public SlaScenario After(Duration span)
    {
        if (span < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "A scenario's time only moves forward.");
        }

        Clock.Advance(span);
        return this;
    }

    /// <summary>Moves the scenario's clock forward to a wall-clock time in the support zone.</summary>
    /// <param name="local">The wall-clock time.</param>
    /// <returns>This scenario.</returns>
    public SlaScenario At(LocalDateTime local) => At(OnSupportZone(local));

    /// <summary>Moves the scenario's clock forward to an instant.</summary>
    /// <param name="instant">The instant; not before <see cref="Now"/>.</param>
    /// <returns>This scenario.</returns>
    public SlaScenario At(Instant instant)
    {
        if (instant < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, $"A scenario's time only moves forward; it is {SlaText.Utc(Now)} now.");
        }

        Clock.Reset(instant);
        return this;
    }

    /// <summary>Records that something happened now, for example <see cref="TicketEventKind.EngineerAssigned"/>.</summary>
    /// <param name="kind">What happened; <see cref="TicketEventKind.Paused"/> and <see cref="TicketEventKind.Resumed"/> pause and resume the clock.</param>
    /// <returns>This scenario.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is <see cref="TicketEventKind.Reported"/> (use <see cref="Reported(string, LocalDateTime)"/>) or <see cref="TicketEventKind.SeverityChanged"/> (use <see cref="SeverityChanged"/>).</exception>
    public SlaScenario Then(TicketEventKind kind)
    {
        switch (kind)
        {
            case TicketEventKind.Paused:
                return Paused();
            case TicketEventKind.Resumed:
                return Resumed();
            case TicketEventKind.Reported or TicketEventKind.SeverityChanged:
                throw new ArgumentException($"Use {(kind == TicketEventKind.Reported ? "Reported(...)" : "SeverityChanged(...)")} for a {kind} event.", nameof(kind));
            default:
                _ = Tier;
                _events.Add(new TicketEvent(kind, Now));
                return this;
        }
    }

    /// <summary>Changes the ticket's severity now: goals are recomputed from the report under the new level.</summary>
    /// <param name="severity">The new severity: a name in any case, or a rank.</param>
    /// <returns>This scenario.</returns>
    /// <exception cref="ArgumentException">The policy has no such severity.</exception>
    public SlaScenario SeverityChanged(string severity)
    {
        _ = Tier;
        _tier = Policy.GetTier(severity);
        _events.Add(TicketEvent.SeverityChanged(Now, severity));
        return this;
    }

    /// <summary>Stops the SLA clock now, until <see cref="Resumed"/>.</summary>
    /// <param name="reason">Why, for example "waiting on customer" (it shows in the audit trail).</param>
    /// <returns>This scenario.</returns>
    /// <exception cref="InvalidOperationException">The clock is already paused.</exception>
    public SlaScenario Paused(string? reason = null)
    {
        _ = Tier;
        if (_pausedSince is { } since)
        {
            throw new InvalidOperationException($"The clock is already paused, since {SlaText.Utc(since)}.");
        }

        _pausedSince = Now;
        _events.Add(TicketEvent.Paused(Now, reason));
        return this;
    }

    /// <summary>Starts the SLA clock again.</summary>
    /// <returns>This scenario.</returns>
    /// <exception cref="InvalidOperationException">The clock is not paused.</exception>
    public SlaScenario Resumed()
    {
        var since = _pausedSince ?? throw new InvalidOperationException("The clock is not paused.");
        _pauses.Add(new Interval(since, Now));
        _pausedSince = null;
        _events.Add(TicketEvent.Resumed(Now));
        return this;
    }

    /// <summary>Pauses the SLA clock now for <paramref name="span"/>, then resumes it: the scenario's clock ends at the resumption.</summary>
    /// <param name="span">How long the clock is stopped.</param>
    /// <param name="reason">Why, for example "waiting on customer".</param>
    /// <returns>This scenario.</returns>
    public SlaScenario PausedFor(Duration span, string? reason = null) => Paused(reason).After(span).Resumed();

    /// <summary>The ticket's plan: response due, each resolution step's due instant, with the pauses so far.</summary>
    /// <returns>The plan.</returns>
    public ResponsePlan Plan() => SlaClock.Plan(Tier, ReportedAt, [.. Pauses]);

    /// <summary>Where the response goal stands now.</summary>
    /// <returns>The status at <see cref="Now"/>, with the pauses so far (an open one up to now).</returns>
    public SlaStatus ResponseStatus() => SlaClock.Status(ReportedAt, Tier, Now, [.. Pauses]);

    /// <summary>The SLA verdict on the ticket's history as of <see cref="Now"/>: response, steps, periodic updates, audit trail.</summary>
    /// <returns>The evaluation; assert on it with <c>.Should()</c>.</returns>
    /// <exception cref="InvalidTicketTimelineException">The story cannot have happened (for example a second resolve without a reopen).</exception>
    public TicketEvaluation Evaluate() => (_evaluator ??= new TicketEvaluator(SlaClock)).Evaluate(Timeline, Now);

    /// <summary>Starts assertions on the scenario's ticket.</summary>
    /// <returns>The assertions.</returns>
    public SlaScenarioAssertions Should() => new(this);

    /// <summary>The pauses for computing due instants: an open pause stops the clock for good.</summary>
    internal IReadOnlyList<Interval> PausesForDue => _pausedSince is { } since ? [.. _pauses, new Interval(since, null)] : _pauses;

    private Instant OnSupportZone(LocalDateTime local) => local.InZoneLeniently(Policy.SupportZone).ToInstant();

    private static InvalidOperationException NotReported() => new("The ticket has not been reported yet: start the scenario with Reported(...).");
}
