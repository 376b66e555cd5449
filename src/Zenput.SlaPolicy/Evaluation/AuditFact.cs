using System.Collections.Generic;
using NodaTime;

namespace Zenput.Sla.Evaluation;

/// <summary>What one audit fact records; the renderer turns each into a clause or a line.</summary>
internal enum AuditFactKind
{
    /// <summary>The clock started at the report: <c>A</c> is the response due instant as then known (no pauses yet).</summary>
    ClockStarted,

    /// <summary>The severity changed later: every figure that follows is under the current tier (<c>Index</c>), whose response would be due at <c>A</c> without pauses.</summary>
    Recomputed,

    /// <summary>A maintenance window during the ticket: <c>A</c> start, <c>B</c> end, <c>Text</c> its title, <c>Flag</c> whether it stops the clock of the tier's figures, <c>Length</c> the SLA time (on the response goal's clock: on a business-hours tier its working time only) of the part of it after the report that no window listed before it covers (zero when the clock keeps running), <c>Overlap</c> that of the rest of it after the report, which those windows cover: the lines' <c>Length</c>s add up to the SLA time maintenance takes out after the report, counted once. When the tier's steps count on a clock of their own (<see cref="TierModel.StepsCountOnOwnClock"/>), <c>StepStopped</c> and <c>StepOverlap</c> are the same two parts on the steps' clock.</summary>
    Maintenance,

    /// <summary>More maintenance windows than the trail lists: the first not listed starts at <c>At</c>; they run up to <c>A</c>, the last instant a figure depends on; <c>Flag</c> whether they stop the clock.</summary>
    MaintenanceNotListed,

    /// <summary>A pause ended: <c>Length</c> its wall-clock length; <c>A</c> the response due instant now, when the response is still owed (<c>Flag</c>); <c>Stopped</c> the SLA time it took out (on the response goal's clock, less clock-stopping maintenance); <c>Overlap</c> its SLA time in clock-stopping maintenance windows, which their lines already count; when the tier's steps count on a clock of their own, <c>StepStopped</c> and <c>StepOverlap</c> the same two on the steps' clock.</summary>
    Resumed,

    /// <summary>The severity changed: <c>Index</c> the new tier, <c>Index2</c> the previous one; <c>A</c> the response due instant under the new tier, <c>B</c> under the tier reported with; with <c>Flag</c>, the new tier's due instant lies after the last instant the SLA clock supports (no <c>A</c>); with <c>Text</c>, the new tier's response clock (described) has no working time left, so it would never be due (no <c>A</c>).</summary>
    SeverityChanged,

    /// <summary>The response goal was met: <c>A</c> its due instant, <c>Length</c> the SLA time used.</summary>
    ResponseMet,

    /// <summary>A step was met: <c>Index</c> the step, <c>A</c> its due instant when it has one (<c>Flag</c>).</summary>
    StepMet,

    /// <summary>An event of a step's kind came before the step's anchor and does not count: <c>Index</c> the step.</summary>
    StepEventBeforeAnchor,

    /// <summary>A step's anchor happened, so it is owed now: <c>Index</c> the step, <c>A</c> its due instant when it has one (<c>Flag</c>).</summary>
    StepOwed,

    /// <summary>A status update met the update deadline <c>A</c>; the next is <c>B</c>.</summary>
    UpdateMet,

    /// <summary>A status update when none was owed.</summary>
    UpdateNotOwed,

    /// <summary>Periodic updates stop being owed (fix applied, ticket resolved); with <c>Flag</c>, their anchor happened after that, so none begin.</summary>
    UpdatesStopped,

    /// <summary>Periodic updates are owed again (reopened) or begin (the anchor happened): the next is <c>A</c>.</summary>
    UpdatesOwed,

    /// <summary>A warning threshold was crossed: <c>Number</c> the percentage, <c>Length</c> the SLA time it stands for.</summary>
    WarningCrossed,

    /// <summary>The response due instant passed with no response.</summary>
    ResponseBreached,

    /// <summary>A step's due instant passed with the step not met: <c>Index</c> the step.</summary>
    StepBreached,

    /// <summary>An update deadline passed with no update; <c>A</c> is the next deadline. With <c>Flag</c>, <c>Index</c> more misses followed that are not listed one by one, the last at <c>B</c>.</summary>
    UpdateMissed,

    /// <summary>Events after the evaluation instant that were not counted: <c>Index</c> how many, <c>A</c> the first.</summary>
    LaterEventsIgnored,

    /// <summary>The verdict as of the evaluation instant.</summary>
    Verdict,
}

/// <summary>One structured fact of an evaluation, recorded only when the audit trail is asked for. Facts with an <c>Event</c> (its position in time order) add a clause to that event's line; the others are lines of their own.</summary>
internal readonly record struct AuditFact(
    AuditFactKind Kind,
    Instant At,
    int Event = -1,
    int Index = -1,
    int Index2 = -1,
    Instant A = default,
    Instant B = default,
    Duration Length = default,
    double Number = 0,
    bool Flag = false,
    string? Text = null,
    Duration Overlap = default,
    Duration Stopped = default,
    Duration StepStopped = default,
    Duration StepOverlap = default);

/// <summary>Collects facts while an evaluation is replayed for its audit trail.</summary>
internal sealed class AuditRecorder
{
    public List<AuditFact> Facts { get; } = [];

    public void Add(in AuditFact fact) => Facts.Add(fact);
}
