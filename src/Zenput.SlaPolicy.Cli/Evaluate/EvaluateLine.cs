using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using NodaTime;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Cli.Evaluate;

/// <summary>
/// One input line of <c>zenput-sla evaluate --input</c>:
/// <c>{"id"?, "severity", "reportedAt", "events"?: [{"type", "at", "reason"?, "severity"?}, ...], "now"?}</c>.
/// Unknown properties are ignored (ticket exports carry many); a property given twice is an error, in an
/// event too. Reused from line to line: it holds one line's events at a time.
/// </summary>
internal sealed class EvaluateLine
{
    private const int MaxDepth = 4;

    private readonly SlaPolicy _policy;
    private readonly List<TicketEvent> _events = [];
    private readonly byte[][] _eventTypes;
    private readonly (byte[] Lower, byte[] AsWritten)[] _severityNames;

    public EvaluateLine(SlaPolicy policy)
    {
        _policy = policy;
        _eventTypes = new byte[(int)TicketEventKind.SeverityChanged + 1][];
        for (var kind = TicketEventKind.Reported; kind <= TicketEventKind.SeverityChanged; kind++)
        {
            _eventTypes[(int)kind] = JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(kind.ToString())).EncodedUtf8Bytes.ToArray();
        }

        _severityNames = new (byte[], byte[])[policy.Tiers.Count];
        for (var i = 0; i < _severityNames.Length; i++)
        {
            var name = policy.Tiers[i].Severity.Name;
            _severityNames[i] = (System.Text.Encoding.UTF8.GetBytes(name.ToLowerInvariant()), System.Text.Encoding.UTF8.GetBytes(name));
        }
    }

    /// <summary>Gets the raw JSON of the id (a string or number token), or null when absent.</summary>
    public byte[]? IdJson { get; private set; }

    /// <summary>Gets the ticket's tier (set when the line parsed).</summary>
    public SeverityTier? Tier { get; private set; }

    /// <summary>Gets the line's <c>now</c>, or null when it has none.</summary>
    public Instant? Now { get; private set; }

    /// <summary>Gets whether the timeline carries the line's id (as text: a string's value, a number's digits), for reports that name tickets.</summary>
    public bool KeepIds { get; init; }

    /// <summary>Gets the ticket's history (set when the line parsed).</summary>
    public TicketTimeline? Timeline { get; private set; }

    /// <summary>Parses <paramref name="utf8"/>; returns null on success, or the one-sentence error.</summary>
    public string? Parse(ReadOnlySpan<byte> utf8)
    {
        IdJson = null;
        Tier = null;
        Now = null;
        Timeline = null;
        _events.Clear();
        string? error = null;
        Instant reportedAt = default;
        var seen = 0;

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return "Expected a JSON object such as {\"severity\": \"critical\", \"reportedAt\": \"2026-11-24T21:30:00-08:00\", \"events\": []}.";
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var bit = reader.ValueTextEquals("id"u8) ? 1
                    : reader.ValueTextEquals("severity"u8) ? 2
                    : reader.ValueTextEquals("reportedAt"u8) ? 4
                    : reader.ValueTextEquals("events"u8) ? 8
                    : reader.ValueTextEquals("now"u8) ? 16
                    : 0;
                if (bit != 0 && (seen & bit) != 0)
                {
                    error ??= $"The property '{reader.GetString()}' appears more than once.";
                }

                seen |= bit;
                reader.Read();
                switch (bit)
                {
                    case 1:
                        if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
                        {
                            IdJson = TicketLine.Quote(ref reader);
                        }
                        else if (reader.TokenType != JsonTokenType.Null)
                        {
                            error ??= "'id' must be a string or a number.";
                            reader.Skip();
                        }

                        break;
                    case 2:
                        if (ReadSeverity(ref reader) is { } severity)
                        {
                            var tier = _policy.FindTier(severity);
                            Tier = tier;
                            error ??= tier is null ? TicketLine.UnknownSeverity(_policy, severity) : null;
                        }
                        else
                        {
                            error ??= "'severity' must be a severity name such as \"critical\" or a rank such as 1.";
                        }

                        break;
                    case 4:
                        if (TicketLine.ReadInstant(ref reader, "reportedAt", out var reported, out var reportedError))
                        {
                            reportedAt = reported;
                        }
                        else
                        {
                            error ??= reportedError;
                        }

                        break;
                    case 8:
                        error ??= ReadEvents(ref reader);
                        break;
                    case 16:
                        if (reader.TokenType != JsonTokenType.Null)
                        {
                            if (TicketLine.ReadInstant(ref reader, "now", out var now, out var nowError))
                            {
                                Now = now;
                            }
                            else
                            {
                                error ??= nowError;
                            }
                        }

                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return "The line holds more than one JSON value.";
            }
        }
        catch (JsonException e)
        {
            return $"The line is not valid JSON: {TicketLine.Trim(e.Message)}";
        }

        if (error is not null)
        {
            return error;
        }

        if ((seen & 2) == 0)
        {
            return "The property 'severity' is required (a severity name such as \"critical\" or a rank such as 1).";
        }

        if ((seen & 4) == 0)
        {
            return "The property 'reportedAt' is required (an ISO-8601 instant with an offset, such as \"2026-11-24T21:30:00-08:00\").";
        }

        Timeline = new TicketTimeline(reportedAt, Tier!.Severity.Name, CollectionsMarshal.AsSpan(_events)) { Id = KeepIds ? IdText(IdJson) : null };
        return null;
    }

    /// <summary>The text of an id's raw JSON: a string's value, a number's digits; null for none.</summary>
    internal static string? IdText(byte[]? idJson)
    {
        if (idJson is null)
        {
            return null;
        }

        var reader = new Utf8JsonReader(idJson);
        reader.Read();
        return reader.TokenType == JsonTokenType.String ? reader.GetString() : System.Text.Encoding.UTF8.GetString(idJson);
    }

    /// <summary>Reads a severity token: a string as given, or a whole-number rank as its digits; null when it is neither.</summary>
    private string? ReadSeverity(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            // The policy's own names, as written or in lower case, without allocating a string.
            if (!reader.ValueIsEscaped)
            {
                for (var i = 0; i < _severityNames.Length; i++)
                {
                    if (reader.ValueSpan.SequenceEqual(_severityNames[i].Lower) || reader.ValueSpan.SequenceEqual(_severityNames[i].AsWritten))
                    {
                        return _policy.Tiers[i].Severity.Name;
                    }
                }
            }

            return reader.GetString();
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var rank))
        {
            foreach (var tier in _policy.Tiers)
            {
                if (tier.Severity.Rank == rank)
                {
                    return tier.Severity.Name;
                }
            }

            return rank.ToString(CultureInfo.InvariantCulture);
        }

        reader.Skip();
        return null;
    }

    private string? ReadEvents(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return "'events' must be an array of {\"type\", \"at\"} objects.";
        }

        string? error = null;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                error ??= $"'events[{index}]' must be an object with 'type' and 'at'.";
                index++;
                continue;
            }

            error ??= ReadEvent(ref reader, index);
            index++;
        }

        return error;
    }

    private string? ReadEvent(ref Utf8JsonReader reader, int index)
    {
        string? error = null;
        TicketEventKind? kind = null;
        Instant? at = null;
        string? reason = null;
        string? severity = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var bit = reader.ValueTextEquals("type"u8) ? 1
                : reader.ValueTextEquals("at"u8) ? 2
                : reader.ValueTextEquals("reason"u8) ? 4
                : reader.ValueTextEquals("severity"u8) ? 8
                : 0;
            if (bit != 0 && (seen & bit) != 0)
            {
                error ??= $"'events[{index}].{reader.GetString()}' appears more than once.";
            }

            seen |= bit;
            reader.Read();
            switch (bit)
            {
                case 1:
                    kind = ReadType(ref reader, index, ref error);
                    break;
                case 2:
                    if (TicketLine.ReadInstant(ref reader, $"events[{index}].at", out var instant, out var instantError))
                    {
                        at = instant;
                    }
                    else
                    {
                        error ??= instantError;
                    }

                    break;
                case 4:
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        reason = reader.GetString();
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        reader.Skip();
                        error ??= $"'events[{index}].reason' must be a string.";
                    }

                    break;
                case 8:
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        severity = ReadSeverity(ref reader);
                        error ??= severity is null ? $"'events[{index}].severity' must be a severity name such as \"critical\" or a rank such as 1." : null;
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (error is not null)
        {
            return error;
        }

        if (kind is null || at is null)
        {
            return $"'events[{index}]' needs both 'type' and 'at'.";
        }

        // A severity on another event, or none on a change, is a problem of the history: the evaluator lists it with the others.
        _events.Add(new TicketEvent(kind.Value, at.Value, reason, severity));
        return null;
    }

    private TicketEventKind? ReadType(ref Utf8JsonReader reader, int index, ref string? error)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            // "reported" is not an event (the report is the line's reportedAt).
            for (var kind = TicketEventKind.TicketCreated; kind <= TicketEventKind.SeverityChanged; kind++)
            {
                if (reader.ValueTextEquals(_eventTypes[(int)kind]))
                {
                    return kind;
                }
            }

            error ??= $"'events[{index}].type' is '{reader.GetString()}', which is not an event type; expected one of {Choices()}.";
            return null;
        }

        reader.Skip();
        error ??= $"'events[{index}].type' must be a string such as \"engineerAssigned\".";
        return null;
    }

    private string Choices() => string.Join(", ", Array.ConvertAll(_eventTypes[1..], t => System.Text.Encoding.UTF8.GetString(t)));
}
