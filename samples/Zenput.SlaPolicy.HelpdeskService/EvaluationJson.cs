using System.Text.Json;
using NodaTime;
using Zenput.Sla;
using Zenput.Sla.Evaluation;

namespace HelpdeskService;

/// <summary>
/// A ticket's evaluation in the JSON shape of <c>zenput-sla evaluate</c> (one object per ticket; property
/// names camelCase; instants RFC 3339 UTC and durations NodaTime's <c>H:mm:ss</c>, by NodaTime's
/// System.Text.Json converters; enum values camelCase; <c>null</c> where there is none).
/// </summary>
public sealed record EvaluationJson(
    string? Id,
    string Severity,
    string OriginalSeverity,
    EvaluationStatus Status,
    Instant ReportedAt,
    Instant EvaluatedAt,
    ResponseJson Response,
    IReadOnlyList<StepJson> Steps,
    PeriodicUpdatesJson? PeriodicUpdates,
    NextDueJson? NextDue,
    bool Paused,
    bool Resolved,
    IReadOnlyList<string> Audit)
{
    /// <summary>The JSON of <paramref name="evaluation"/>.</summary>
    public static EvaluationJson From(TicketEvaluation evaluation)
    {
        var response = evaluation.Response;
        var updates = evaluation.PeriodicUpdates;
        return new EvaluationJson(
            evaluation.Timeline.Id,
            Name(evaluation.Tier),
            Name(evaluation.OriginalTier),
            evaluation.Status,
            evaluation.Timeline.ReportedAt,
            evaluation.EvaluatedAt,
            new ResponseJson(
                response.DueAt,
                response.OriginalDueAt,
                response.MetAt,
                response.MetBy,
                response.Status,
                response.GoalLength,
                response.Elapsed,
                response.Remaining,
                response.ShareUsed,
                [.. response.Warnings.Select(w => new WarningJson(w.Percent, w.CrossedAt))]),
            [.. evaluation.Steps.Select(s => new StepJson(s.Kind, s.Step.Deadline.Kind, s.DueAt, s.MetAt, s.Status))],
            updates is null ? null : new PeriodicUpdatesJson(updates.Cadence, updates.Missed, updates.MissedDeadlines, updates.NextDueAt, updates.LastUpdateAt, updates.Status),
            NextDueJson.From(evaluation.NextDue),
            evaluation.IsPaused,
            evaluation.IsResolved,
            [.. evaluation.Audit.Lines]);
    }

    /// <summary>A severity as the tool writes it: the policy's name in lower case.</summary>
    public static string Name(SeverityTier tier) => tier.Severity.Name.ToLowerInvariant();
}

/// <summary>Where the response goal stands.</summary>
public sealed record ResponseJson(
    Instant DueAt,
    Instant OriginalDueAt,
    Instant? MetAt,
    TicketEventKind? MetBy,
    EvaluationStatus Status,
    Duration Goal,
    Duration Elapsed,
    Duration Remaining,
    double ShareUsed,
    IReadOnlyList<WarningJson> Warnings);

/// <summary>A warning threshold crossed, and when.</summary>
public sealed record WarningJson(double Percent, Instant At);

/// <summary>Where one resolution step stands.</summary>
public sealed record StepJson(ResolutionStepKind Kind, StepDeadlineKind Deadline, Instant? DueAt, Instant? MetAt, EvaluationStatus Status);

/// <summary>How the periodic updates stand.</summary>
public sealed record PeriodicUpdatesJson(Duration Cadence, long Missed, IReadOnlyList<Instant> MissedDeadlines, Instant? NextDueAt, Instant? LastUpdateAt, EvaluationStatus Status);

/// <summary>What is due next: a step's kind, or <c>response</c>.</summary>
public sealed record NextDueJson(string Kind, Instant DueAt)
{
    /// <summary>The JSON of <paramref name="next"/>, or null.</summary>
    public static NextDueJson? From(UpcomingDeadline? next) =>
        next is { } n ? new NextDueJson(n.Step is { } step ? JsonNamingPolicy.CamelCase.ConvertName(step.ToString()) : "response", n.DueAt) : null;
}

/// <summary>An open ticket with something due soon, for <c>GET /tickets/at-risk</c>.</summary>
public sealed record AtRiskJson(string Id, string Severity, EvaluationStatus Status, NextDueJson NextDue);

/// <summary>A stored event, for <c>GET /tickets/{id}/events</c>.</summary>
public sealed record EventJson(TicketEventKind Type, Instant At, string? Reason, string? Severity);
