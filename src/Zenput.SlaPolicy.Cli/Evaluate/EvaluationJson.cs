using System.Text.Json;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Cli.Evaluate;

/// <summary>
/// The JSON of one evaluated ticket, as <c>zenput-sla evaluate</c> writes it (one line in a batch, indented
/// for <c>--format json</c>): <c>{"id", "severity", "originalSeverity", "status", "reportedAt", "evaluatedAt",
/// "response": {...}, "steps": [...], "periodicUpdates": {...}|null, "nextDue": {...}|null, "paused",
/// "resolved", "audit": [...]}</c>. Instants are RFC 3339 UTC, durations NodaTime's round-trip text, names camelCase.
/// </summary>
internal sealed class EvaluationJson
{
    private static readonly byte[][] StatusNames = [Quoted("pending"), Quoted("met"), Quoted("breached")];

    private readonly byte[][] _severityNames;
    private readonly byte[][] _stepKinds;
    private readonly byte[][] _deadlineKinds;
    private readonly byte[][] _eventKinds;
    private readonly SlaPolicy _policy;

    public EvaluationJson(SlaPolicy policy)
    {
        _policy = policy;
        _severityNames = new byte[policy.Tiers.Count][];
        for (var i = 0; i < _severityNames.Length; i++)
        {
            _severityNames[i] = Quoted(policy.Tiers[i].Severity.Name.ToLowerInvariant());
        }

        _stepKinds = Names<ResolutionStepKind>();
        _deadlineKinds = Names<StepDeadlineKind>();
        _eventKinds = Names<TicketEventKind>();
    }

    /// <summary>Writes <paramref name="evaluation"/> as one line (with its line end) into <paramref name="json"/>.</summary>
    /// <param name="json">The line being built; cleared first.</param>
    /// <param name="idJson">The ticket's id as raw JSON, or null.</param>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="audit">Whether to include the audit trail.</param>
    public void Write(JsonLineBuilder json, byte[]? idJson, TicketEvaluation evaluation, bool audit)
    {
        json.Clear();
        json.StartObject();
        json.RawValue("id"u8, idJson ?? "null"u8);
        json.RawValue("severity"u8, Severity(evaluation.Tier));
        json.RawValue("originalSeverity"u8, Severity(evaluation.OriginalTier));
        json.RawValue("status"u8, StatusNames[(int)evaluation.Status]);
        json.Instant("reportedAt"u8, evaluation.Timeline.ReportedAt);
        json.Instant("evaluatedAt"u8, evaluation.EvaluatedAt);

        var response = evaluation.Response;
        json.StartObject("response"u8);
        json.Instant("dueAt"u8, response.DueAt);
        json.Instant("originalDueAt"u8, response.OriginalDueAt);
        json.Instant("metAt"u8, response.MetAt);
        if (response.MetBy is { } metBy)
        {
            json.RawValue("metBy"u8, _eventKinds[(int)metBy]);
        }
        else
        {
            json.Null("metBy"u8);
        }

        json.RawValue("status"u8, StatusNames[(int)response.Status]);
        json.Duration("goal"u8, response.GoalLength);
        json.Duration("elapsed"u8, response.Elapsed);
        json.Duration("remaining"u8, response.Remaining);
        json.Number("shareUsed"u8, response.ShareUsed);
        json.StartArray("warnings"u8);
        // Indexed, not foreach: enumerating an IReadOnlyList allocates an enumerator, and this runs for every line.
        var warnings = response.Warnings;
        for (var i = 0; i < warnings.Count; i++)
        {
            var warning = warnings[i];
            json.StartObject();
            json.Number("percent"u8, warning.Percent);
            json.Instant("at"u8, warning.CrossedAt);
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();

        json.StartArray("steps"u8);
        var steps = evaluation.Steps;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            json.StartObject();
            json.RawValue("kind"u8, _stepKinds[(int)step.Kind]);
            json.RawValue("deadline"u8, _deadlineKinds[(int)step.Step.Deadline.Kind]);
            json.Instant("dueAt"u8, step.DueAt);
            json.Instant("metAt"u8, step.MetAt);
            json.RawValue("status"u8, StatusNames[(int)step.Status]);
            json.EndObject();
        }

        json.EndArray();

        if (evaluation.PeriodicUpdates is { } updates)
        {
            json.StartObject("periodicUpdates"u8);
            json.Duration("cadence"u8, updates.Cadence);
            json.Number("missed"u8, updates.Missed);
            json.StartArray("missedDeadlines"u8);
            var missedDeadlines = updates.MissedDeadlines;
            for (var i = 0; i < missedDeadlines.Count; i++)
            {
                json.Instant(default, missedDeadlines[i]);
            }

            json.EndArray();
            json.Instant("nextDueAt"u8, updates.NextDueAt);
            json.Instant("lastUpdateAt"u8, updates.LastUpdateAt);
            json.RawValue("status"u8, StatusNames[(int)updates.Status]);
            json.EndObject();
        }
        else
        {
            json.Null("periodicUpdates"u8);
        }

        if (evaluation.NextDue is { } next)
        {
            json.StartObject("nextDue"u8);
            json.RawValue("kind"u8, next.Step is { } kind ? _stepKinds[(int)kind] : "\"response\""u8);
            json.Instant("dueAt"u8, next.DueAt);
            json.EndObject();
        }
        else
        {
            json.Null("nextDue"u8);
        }

        json.Boolean("paused"u8, evaluation.IsPaused);
        json.Boolean("resolved"u8, evaluation.IsResolved);
        if (audit)
        {
            json.StartArray("audit"u8);
            var trail = evaluation.Audit;
            for (var i = 0; i < trail.Count; i++)
            {
                json.String(default, trail[i].Text);
            }

            json.EndArray();
        }

        json.EndObject();
        json.EndLine();
    }

    private byte[] Severity(SeverityTier tier)
    {
        for (var i = 0; i < _severityNames.Length; i++)
        {
            if (ReferenceEquals(_policy.Tiers[i], tier))
            {
                return _severityNames[i];
            }
        }

        return Quoted(tier.Severity.Name.ToLowerInvariant());
    }

    private static byte[][] Names<TEnum>()
        where TEnum : struct, System.Enum
    {
        var values = System.Enum.GetValues<TEnum>();
        var names = new byte[values.Length][];
        foreach (var value in values)
        {
            names[System.Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = Quoted(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
        }

        return names;
    }

    private static byte[] Quoted(string plain) => System.Text.Encoding.UTF8.GetBytes($"\"{plain}\"");
}
