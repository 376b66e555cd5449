using System;
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

    // {"kind":…,"deadline":…,"dueAt": of each step kind and deadline kind.
    private readonly byte[][][] _stepOpenings;

    // The most bytes a line can take without its warnings, steps, missed deadlines, id and audit: the fixed
    // fragments (under 400 bytes), eight instants, four durations, two numbers and the longest names, severities aside.
    private readonly int _fixedBound;

    // The most bytes a step takes: its opening, two instants, a status and punctuation.
    private readonly int _stepBound;

    // The most bytes a warning takes: {"percent":N,"at":I} and a comma.
    private const int WarningBound = 32 + SpanJsonWriter.MaxNumber + SpanJsonWriter.MaxInstant;

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
        _stepOpenings = new byte[_stepKinds.Length][][];
        var longestOpening = 0;
        for (var kind = 0; kind < _stepKinds.Length; kind++)
        {
            _stepOpenings[kind] = new byte[_deadlineKinds.Length][];
            for (var deadline = 0; deadline < _deadlineKinds.Length; deadline++)
            {
                _stepOpenings[kind][deadline] = [.. "{\"kind\":"u8, .. _stepKinds[kind], .. ",\"deadline\":"u8, .. _deadlineKinds[deadline], .. ",\"dueAt\":"u8];
                longestOpening = Math.Max(longestOpening, _stepOpenings[kind][deadline].Length);
            }
        }

        var longestName = Math.Max(Longest(_stepKinds), Longest(_eventKinds));
        _fixedBound = 400 + (8 * SpanJsonWriter.MaxInstant) + (4 * SpanJsonWriter.MaxDuration) + (2 * SpanJsonWriter.MaxNumber) + (2 * longestName) + (4 * 16);
        _stepBound = longestOpening + (2 * SpanJsonWriter.MaxInstant) + 40;
    }

    private static int Longest(byte[][] names)
    {
        var longest = 0;
        foreach (var name in names)
        {
            longest = Math.Max(longest, name.Length);
        }

        return longest;
    }

    /// <summary>Writes <paramref name="evaluation"/> as one line (with its line end) into <paramref name="json"/>.</summary>
    /// <param name="json">The line being built; cleared first.</param>
    /// <param name="idJson">The ticket's id as raw JSON; empty for none.</param>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="audit">Whether to include the audit trail.</param>
    public void Write(JsonLineBuilder json, ReadOnlySpan<byte> idJson, TicketEvaluation evaluation, bool audit)
    {
        // Everything but the audit trail in one reserved span: most of a line is fixed text, written as
        // pre-encoded fragments (names with their punctuation), with no capacity check per value.
        var response = evaluation.Response;
        var warnings = response.Warnings;
        var steps = evaluation.Steps;
        var updates = evaluation.PeriodicUpdates;
        var missedDeadlines = updates?.MissedDeadlines;
        var severity = Severity(evaluation.Tier);
        var originalSeverity = Severity(evaluation.OriginalTier);
        var bound = _fixedBound + severity.Length + originalSeverity.Length + idJson.Length + (warnings.Count * WarningBound) + (steps.Count * _stepBound) + ((missedDeadlines?.Count ?? 0) * (SpanJsonWriter.MaxInstant + 1));

        json.Clear();
        var w = json.Reserve(bound);
        w.Raw("{\"id\":"u8);
        w.Raw(idJson.IsEmpty ? "null"u8 : idJson);
        w.Raw(",\"severity\":"u8);
        w.Raw(severity);
        w.Raw(",\"originalSeverity\":"u8);
        w.Raw(originalSeverity);
        w.Raw(",\"status\":"u8);
        w.Raw(StatusNames[(int)evaluation.Status]);
        w.Raw(",\"reportedAt\":"u8);
        w.Instant(evaluation.Timeline.ReportedAt);
        w.Raw(",\"evaluatedAt\":"u8);
        w.Instant(evaluation.EvaluatedAt);

        w.Raw(",\"response\":{\"dueAt\":"u8);
        w.Instant(response.DueAt);
        w.Raw(",\"originalDueAt\":"u8);
        w.Instant(response.OriginalDueAt);
        w.Raw(",\"metAt\":"u8);
        w.Instant(response.MetAt);
        w.Raw(",\"metBy\":"u8);
        w.Raw(response.MetBy is { } metBy ? _eventKinds[(int)metBy] : "null"u8);
        w.Raw(",\"status\":"u8);
        w.Raw(StatusNames[(int)response.Status]);
        w.Raw(",\"goal\":"u8);
        w.Duration(response.GoalLength);
        w.Raw(",\"elapsed\":"u8);
        w.Duration(response.Elapsed);
        w.Raw(",\"remaining\":"u8);
        w.Duration(response.Remaining);
        w.Raw(",\"shareUsed\":"u8);
        w.Number(response.ShareUsed);
        w.Raw(",\"warnings\":["u8);

        // Indexed, not foreach: enumerating an IReadOnlyList allocates an enumerator, and this runs for every line.
        for (var i = 0; i < warnings.Count; i++)
        {
            var warning = warnings[i];
            w.Raw(i == 0 ? "{\"percent\":"u8 : ",{\"percent\":"u8);
            w.Number(warning.Percent);
            w.Raw(",\"at\":"u8);
            w.Instant(warning.CrossedAt);
            w.Raw((byte)'}');
        }

        w.Raw("]},\"steps\":["u8);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (i > 0)
            {
                w.Raw((byte)',');
            }

            // {"kind":…,"deadline":…,"dueAt": is fixed for a step: one fragment.
            w.Raw(_stepOpenings[(int)step.Kind][(int)step.Step.Deadline.Kind]);
            w.Instant(step.DueAt);
            w.Raw(",\"metAt\":"u8);
            w.Instant(step.MetAt);
            w.Raw(",\"status\":"u8);
            w.Raw(StatusNames[(int)step.Status]);
            w.Raw((byte)'}');
        }

        w.Raw((byte)']');
        if (updates is not null)
        {
            w.Raw(",\"periodicUpdates\":{\"cadence\":"u8);
            w.Duration(updates.Cadence);
            w.Raw(",\"missed\":"u8);
            w.Number(updates.Missed);
            w.Raw(",\"missedDeadlines\":["u8);
            for (var i = 0; i < missedDeadlines!.Count; i++)
            {
                if (i > 0)
                {
                    w.Raw((byte)',');
                }

                w.Instant(missedDeadlines[i]);
            }

            w.Raw("],\"nextDueAt\":"u8);
            w.Instant(updates.NextDueAt);
            w.Raw(",\"lastUpdateAt\":"u8);
            w.Instant(updates.LastUpdateAt);
            w.Raw(",\"status\":"u8);
            w.Raw(StatusNames[(int)updates.Status]);
            w.Raw((byte)'}');
        }
        else
        {
            w.Raw(",\"periodicUpdates\":null"u8);
        }

        if (evaluation.NextDue is { } next)
        {
            w.Raw(",\"nextDue\":{\"kind\":"u8);
            w.Raw(next.Step is { } kind ? _stepKinds[(int)kind] : "\"response\""u8);
            w.Raw(",\"dueAt\":"u8);
            w.Instant(next.DueAt);
            w.Raw((byte)'}');
        }
        else
        {
            w.Raw(",\"nextDue\":null"u8);
        }

        w.Raw(",\"paused\":"u8);
        w.Boolean(evaluation.IsPaused);
        w.Raw(",\"resolved\":"u8);
        w.Boolean(evaluation.IsResolved);
        if (!audit)
        {
            w.Raw("}\n"u8);
            json.Advance(w.Written, inMember: false);
            return;
        }

        json.Advance(w.Written, inMember: true);
        json.StartArray("audit"u8);
        var trail = evaluation.Audit;
        for (var i = 0; i < trail.Count; i++)
        {
            json.String(default, trail[i].Text);
        }

        json.EndArray();
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
