using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using NodaTime;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Cli.Evaluate;

/// <summary>
/// One input line of <c>zenput-sla evaluate --input</c>:
/// <c>{"id"?, "severity", "reportedAt", "events"?: [{"type", "at", "reason"?, "severity"?}, ...], "now"?}</c>.
/// The common properties (id, severity, report, and every rule about the line as a whole) are read by the
/// <c>due --input</c> line, <see cref="TicketLine"/>; this class reads <c>events</c> and <c>now</c>. Unknown
/// properties are ignored (ticket exports carry many); a property given twice is an error, in an event
/// too. Reused from line to line: it holds one line's events at a time.
/// </summary>
internal sealed class EvaluateLine
{
    // In the order of their bits: the line's own properties (1 events, 2 now, 4 pauses, 8 evaluatedAt) and an event's (1 type, 2 at, 4 reason, 8 severity).
    private static readonly byte[][] OwnNames = PropertyNames.Of("events", "now", "pauses", "evaluatedAt");
    internal static readonly byte[][] EventNames = PropertyNames.Of("type", "at", "reason", "severity");

    private readonly SlaPolicy _policy;
    private readonly TicketLine _ticket = new();
    private readonly List<TicketEvent> _events = [];
    private readonly Iso8601Utf8.TextMemo _dates = new();
    private readonly JsonObjectReader _readEvent;
    private readonly JsonPropertyReader _readOwn;
    private int _seen;
    private bool _plain;

    // The plain line's id as raw JSON (the first _idLength bytes; −1 for none), kept in one buffer from line to line; an
    // array of its own is made only when asked for (IdJson: a failed line, a report that names tickets).
    private byte[] _idBytes = new byte[64];
    private int _idLength = -1;
    private byte[]? _idArray;

    public EvaluateLine(SlaPolicy policy)
    {
        _policy = policy;
        _readEvent = ReadEvent;
        _readOwn = ReadOwn;
    }

    /// <summary>Gets the raw JSON of the id (a string or number token), or null when absent.</summary>
    public byte[]? IdJson => _plain ? (_idLength < 0 ? null : _idArray ??= _idBytes.AsSpan(0, _idLength).ToArray()) : _ticket.IdJson;

    /// <summary>Gets the raw JSON of the id without a copy; empty when absent.</summary>
    public ReadOnlySpan<byte> IdJsonSpan => _plain ? (_idLength < 0 ? default : _idBytes.AsSpan(0, _idLength)) : _ticket.IdJson;

    /// <summary>Gets the timeline to refill with each line instead of making a new one (the evaluate batch's, <see cref="EvaluationReuse.Timeline"/>); null for a new timeline per line. Not with <see cref="KeepIds"/>.</summary>
    public TicketTimeline? ReusableTimeline { get; init; }

    /// <summary>Gets the line's <c>now</c>, or null when it has none.</summary>
    public Instant? Now { get; private set; }

    /// <summary>Gets whether the timeline carries the line's id (as text: a string's value, a number's digits, with <see cref="TicketTimeline.IdIsNumber"/> telling which), for reports that name tickets.</summary>
    public bool KeepIds { get; init; }

    /// <summary>Gets whether lines of the plain shape are read by <see cref="PlainLineScanner"/> (the default); false reads every line with the full reader (tests compare the two).</summary>
    internal bool ScanPlainLines { get; init; } = true;

    /// <summary>Gets whether the last line was read by <see cref="PlainLineScanner"/>.</summary>
    internal bool ReadPlain => _plain;

    /// <summary>Gets the ticket's history (set when the line parsed).</summary>
    public TicketTimeline? Timeline { get; private set; }

    /// <summary>Parses <paramref name="utf8"/>; returns null on success, or the one-sentence error.</summary>
    public string? Parse(ReadOnlySpan<byte> utf8)
    {
        Now = null;
        Timeline = null;
        _events.Clear();
        _seen = 0;
        _plain = false;
        if (ScanPlainLines && new PlainLineScanner(utf8, _dates).TryRead(_policy, _events, out var id, out var tier, out var reportedAt, out var now))
        {
            _plain = true;
            KeepId(utf8[id]);
            Now = now;
            Timeline = ReusableTimeline is { } reusable && !KeepIds
                ? reusable.Refill(reportedAt, tier!.Severity.Name, CollectionsMarshal.AsSpan(_events))
                : new TicketTimeline(reportedAt, tier!.Severity.Name, CollectionsMarshal.AsSpan(_events)) { Id = KeepIds ? IdText(IdJson) : null, IdIsNumber = KeepIds && IsNumber(IdJson) };
            return null;
        }

        // Not of the plain shape (or not valid at all): the full reader, which words every error.
        _events.Clear();
        if (_ticket.Parse(utf8, _policy, _readOwn) is { } error)
        {
            return error;
        }

        Timeline = new TicketTimeline(_ticket.ReportedAt, _ticket.Tier!.Severity.Name, CollectionsMarshal.AsSpan(_events)) { Id = KeepIds ? IdText(IdJson) : null, IdIsNumber = KeepIds && IsNumber(IdJson) };
        return null;
    }

    private void KeepId(ReadOnlySpan<byte> idJson)
    {
        _idArray = null;
        _idLength = idJson.IsEmpty ? -1 : idJson.Length;
        if (idJson.Length > _idBytes.Length)
        {
            _idBytes = new byte[idJson.Length];
        }

        idJson.CopyTo(_idBytes);
    }

    /// <summary>Whether an id's raw JSON is a number (not a string, not none): the report writes it back as one.</summary>
    internal static bool IsNumber(byte[]? idJson) => idJson is [not (byte)'"', ..];

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

    /// <summary>
    /// Reads <c>events</c> and <c>now</c>; <c>pauses</c> (of <c>due</c> lines) is refused, since here pauses are events, and
    /// <c>evaluatedAt</c>, which every answer of evaluate carries and no history does: an answer given back as input (evaluate
    /// piped into report) has no <c>events</c> and would otherwise be read, silently, as a ticket with none.
    /// </summary>
    private bool ReadOwn(ref Utf8JsonReader reader, ref string? error)
    {
        var bit = PropertyNames.Match(ref reader, OwnNames);
        if (bit == 0)
        {
            return false;
        }

        if ((_seen & bit) != 0)
        {
            error ??= $"The property '{reader.GetString()}' appears more than once.";
        }

        _seen |= bit;
        reader.Read();
        switch (bit)
        {
            case 1:
                var eventsError = JsonObjectArray.Read(ref reader, "events", "type", "at", _readEvent);
                error ??= eventsError;
                break;
            case 2:
                if (reader.TokenType == JsonTokenType.Null)
                {
                    break;
                }

                if (TicketLine.ReadInstant(ref reader, "now", out var now, out var nowError))
                {
                    Now = now;
                }
                else
                {
                    error ??= nowError;
                }

                break;
            case 4:
                reader.Skip();
                error ??= "'pauses' is not read by evaluate: give each pause as a \"paused\" and a \"resumed\" event.";
                break;
            default:
                reader.Skip();
                error ??= "The line carries 'evaluatedAt': it is an answer of evaluate, not a ticket's history; give the tickets' histories (the lines evaluate --input reads).";
                break;
        }

        return true;
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
            var bit = PropertyNames.Match(ref reader, EventNames);
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
                    // The common shape first, so that the property's name is only spelled out for an error.
                    if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && Iso8601Utf8.TryParseOffsetDateTime(reader.ValueSpan, out var fast))
                    {
                        at = fast;
                    }
                    else if (TicketLine.ReadInstant(ref reader, $"events[{index}].at", out var instant, out var instantError))
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
                        // A level the policy lacks is a problem of the history: the evaluator lists it with the others.
                        severity = TicketLine.ReadSeverity(ref reader, _policy, out var text)?.Severity.Name ?? text;
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

        // A severity on another event, or none on a change, is a problem of the history too.
        _events.Add(new TicketEvent(kind.Value, at.Value, reason, severity));
        return null;
    }

    private TicketEventKind? ReadType(ref Utf8JsonReader reader, int index, ref string? error)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            // "reported" is not an event (the report is the line's reportedAt). An unescaped name (the common
            // case) is compared as bytes with the few types of its length only; an escaped one as text.
            if (!reader.ValueIsEscaped)
            {
                var name = reader.ValueSpan;
                if (name.Length < EventTypeNames.ByLength.Length)
                {
                    foreach (var kind in EventTypeNames.ByLength[name.Length])
                    {
                        if (name.SequenceEqual(EventTypeNames.Utf8[(int)kind]))
                        {
                            return kind;
                        }
                    }
                }
            }
            else
            {
                for (var kind = TicketEventKind.TicketCreated; kind <= TicketEventKind.SeverityChanged; kind++)
                {
                    if (reader.ValueTextEquals(EventTypeNames.Utf8[(int)kind]))
                    {
                        return kind;
                    }
                }
            }

            error ??= $"'events[{index}].type' is {ErrorText.Quote(reader.GetString()!)}, which is not an event type; expected one of {Choices()}.";
            return null;
        }

        reader.Skip();
        error ??= $"'events[{index}].type' must be a string such as \"engineerAssigned\".";
        return null;
    }

    private string Choices() => string.Join(", ", Array.ConvertAll(EventTypeNames.Utf8[1..], t => System.Text.Encoding.UTF8.GetString(t)));
}
