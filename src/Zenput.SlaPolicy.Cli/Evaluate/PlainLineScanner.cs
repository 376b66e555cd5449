using System;
using System.Collections.Generic;
using NodaTime;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Cli.Evaluate;

/// <summary>
/// The fast path of <see cref="EvaluateLine"/>: reads a line of the one shape integrators' exports have —
/// <c>{"id", "severity", "reportedAt", "events": [{"type", "at", "reason"?, "severity"?}, ...], "now"?}</c>
/// with unescaped strings, whole-number ids and ranks, known properties only, each once — straight from
/// the bytes, without <c>System.Text.Json</c>'s reader (which was half the cost of a line). It accepts a
/// strict subset of JSON and of what the full reader accepts, and gives what the full reader would; on
/// anything else (an escape, an unknown or repeated property, a fraction, a value the full reader would
/// refuse...) it declines, and the line is read again by the full reader, which also words every error.
/// </summary>
internal ref struct PlainLineScanner
{
    // In the order of their bits: 1 id, 2 severity, 4 reportedAt, 8 events, 16 now (an event's are the full reader's, EvaluateLine.EventNames).
    private static readonly byte[][] LineNames = PropertyNames.Of("id", "severity", "reportedAt", "events", "now");

    private readonly ReadOnlySpan<byte> _line;
    private readonly Iso8601Utf8.TextMemo? _dates;
    private int _at;

    /// <summary>Creates a scanner of <paramref name="line"/>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="dates">The owner's memo of the last date read, or null.</param>
    public PlainLineScanner(ReadOnlySpan<byte> line, Iso8601Utf8.TextMemo? dates = null)
    {
        _line = line;
        _dates = dates;
        _at = 0;
    }

    /// <summary>Reads the line; false when it is not of the plain shape (nothing it set is then to be used).</summary>
    /// <param name="policy">The policy whose severities the line names.</param>
    /// <param name="events">Receives the events, in the order given.</param>
    /// <param name="id">Where the id's raw JSON lies in the line; empty when there is none (or it is <c>null</c>).</param>
    /// <param name="tier">The severity's tier.</param>
    /// <param name="reportedAt">The report.</param>
    /// <param name="now">The line's own <c>now</c>, or null.</param>
    public bool TryRead(SlaPolicy policy, List<TicketEvent> events, out Range id, out SeverityTier? tier, out Instant reportedAt, out Instant? now)
    {
        id = default;
        tier = null;
        reportedAt = default;
        now = null;
        var seen = 0;
        if (!Take((byte)'{'))
        {
            return false;
        }

        if (Take((byte)'}'))
        {
            return false;
        }

        do
        {
            if (!TryString(out var name) || !Take((byte)':'))
            {
                return false;
            }

            var bit = PropertyNames.Match(name, LineNames);
            if (bit == 0 || (seen & bit) != 0)
            {
                return false;
            }

            seen |= bit;
            switch (bit)
            {
                case 1:
                    if (!TryIdJson(out id))
                    {
                        return false;
                    }

                    break;
                case 2:
                    if ((tier = TrySeverity(policy)) is null)
                    {
                        return false;
                    }

                    break;
                case 4:
                    if (!TryString(out var reported) || !Iso8601Utf8.TryParseOffsetDateTime(reported, out reportedAt, _dates))
                    {
                        return false;
                    }

                    break;
                case 8:
                    if (!TryEvents(policy, events))
                    {
                        return false;
                    }

                    break;
                default:
                    if (TakeLiteral("null"u8))
                    {
                        break;
                    }

                    if (!TryString(out var nowText) || !Iso8601Utf8.TryParseOffsetDateTime(nowText, out var nowValue, _dates))
                    {
                        return false;
                    }

                    now = nowValue;
                    break;
            }
        }
        while (Take((byte)','));

        if (!Take((byte)'}') || (seen & 6) != 6)
        {
            return false;
        }

        SkipSpace();
        return _at == _line.Length;
    }

    private bool TryEvents(SlaPolicy policy, List<TicketEvent> events)
    {
        if (!Take((byte)'['))
        {
            return false;
        }

        if (Take((byte)']'))
        {
            return true;
        }

        do
        {
            if (!TryEvent(policy, events))
            {
                return false;
            }
        }
        while (Take((byte)','));

        return Take((byte)']');
    }

    private bool TryEvent(SlaPolicy policy, List<TicketEvent> events)
    {
        if (TryCompactEvent(events))
        {
            return true;
        }

        if (!Take((byte)'{') || Take((byte)'}'))
        {
            return false;
        }

        var seen = 0;
        TicketEventKind kind = default;
        Instant at = default;
        string? reason = null;
        string? severity = null;
        do
        {
            if (!TryString(out var name) || !Take((byte)':'))
            {
                return false;
            }

            var bit = PropertyNames.Match(name, EvaluateLine.EventNames);
            if (bit == 0 || (seen & bit) != 0)
            {
                return false;
            }

            seen |= bit;
            switch (bit)
            {
                case 1:
                    if (!TryString(out var type) || !TryKind(type, out kind))
                    {
                        return false;
                    }

                    break;
                case 2:
                    if (!TryString(out var instant) || !Iso8601Utf8.TryParseOffsetDateTime(instant, out at, _dates))
                    {
                        return false;
                    }

                    break;
                case 4:
                    if (TakeLiteral("null"u8))
                    {
                        break;
                    }

                    // Not valid UTF-8 (a caller that did not check the line): the full reader's to refuse, not ours to repair.
                    if (!TryString(out var text) || !System.Text.Unicode.Utf8.IsValid(text))
                    {
                        return false;
                    }

                    reason = _dates?.Reason(text) ?? System.Text.Encoding.UTF8.GetString(text);
                    break;
                default:
                    // Only a severity the policy defines, by name: anything else the full reader words or hands to the evaluator.
                    if (TakeLiteral("null"u8))
                    {
                        break;
                    }

                    if ((severity = TrySeverity(policy)?.Severity.Name) is null)
                    {
                        return false;
                    }

                    break;
            }
        }
        while (Take((byte)','));

        if (!Take((byte)'}') || (seen & 3) != 3)
        {
            return false;
        }

        events.Add(new TicketEvent(kind, at, reason, severity));
        return true;
    }

    /// <summary>
    /// The commonest event by far, <c>{"type":"…","at":"…"}</c> without spaces, matched as bytes; false (nothing
    /// consumed) for any other shape, which the property loop of <see cref="TryEvent"/> reads. What it accepts,
    /// it reads as that loop would: a type matches only a known type's letters and an instant only its strict
    /// shape, so neither can hide an escape or a control character.
    /// </summary>
    private bool TryCompactEvent(List<TicketEvent> events)
    {
        // The type and the instant's opening as one fragment per type, {"type":"fixApplied","at":" (the candidates
        // picked by the type's first letter): one comparison where a search for the type's end, a match of its
        // letters and a match of ,"at":" were three.
        var rest = _line[_at..];
        if (rest.Length < 10 || !rest.StartsWith("{\"type\":\""u8))
        {
            return false;
        }

        var candidates = EventTypeNames.ByFirstLetter[rest[9] & 0x7F];
        var kind = TicketEventKind.Reported;
        var openingLength = 0;
        foreach (var candidate in candidates)
        {
            var opening = EventTypeNames.CompactOpenings[(int)candidate];
            if (rest.StartsWith(opening))
            {
                kind = candidate;
                openingLength = opening.Length;
                break;
            }
        }

        if (openingLength == 0)
        {
            return false;
        }

        // The instant's end, byte by byte: it is short, and its parser refuses any byte an instant cannot hold.
        var instant = rest[openingLength..];
        var instantEnd = 0;
        while (instantEnd < instant.Length && instantEnd <= Iso8601Utf8.MaxLength && instant[instantEnd] != (byte)'"')
        {
            instantEnd++;
        }

        if (instantEnd + 1 >= instant.Length || instant[instantEnd] != (byte)'"' || instant[instantEnd + 1] != (byte)'}'
            || !Iso8601Utf8.TryParseOffsetDateTime(instant[..instantEnd], out var at, _dates))
        {
            return false;
        }

        _at += openingLength + instantEnd + 2;
        events.Add(new TicketEvent(kind, at));
        return true;
    }

    private static bool TryKind(ReadOnlySpan<byte> type, out TicketEventKind kind)
    {
        if (type.Length < EventTypeNames.ByLength.Length)
        {
            foreach (var candidate in EventTypeNames.ByLength[type.Length])
            {
                if (type.SequenceEqual(EventTypeNames.Utf8[(int)candidate]))
                {
                    kind = candidate;
                    return true;
                }
            }
        }

        kind = default;
        return false;
    }

    /// <summary>A severity by name (ASCII, any case) or by rank (a plain whole number), as the full reader matches it first.</summary>
    private SeverityTier? TrySeverity(SlaPolicy policy)
    {
        SkipSpace();
        if (_at < _line.Length && _line[_at] == (byte)'"')
        {
            if (!TryString(out var name))
            {
                return null;
            }

            // Indexed: enumerating the policy's list allocates an enumerator, and this runs for every line.
            for (var i = 0; i < policy.Tiers.Count; i++)
            {
                var tier = policy.Tiers[i];
                if (System.Text.Ascii.EqualsIgnoreCase(name, tier.Severity.Name))
                {
                    return tier;
                }
            }

            return null;
        }

        var start = _at;
        if (!TryInteger() || _line[start] == (byte)'-' || _at - start > 9)
        {
            return null;
        }

        var rank = 0;
        foreach (var digit in _line[start.._at])
        {
            rank = (rank * 10) + (digit - '0');
        }

        // Indexed: enumerating the policy's list allocates an enumerator, and this runs for every line.
        for (var i = 0; i < policy.Tiers.Count; i++)
        {
            var tier = policy.Tiers[i];
            if (tier.Severity.Rank == rank)
            {
                return tier;
            }
        }

        return null;
    }

    /// <summary>An id: a plain string (with its quotes) or a whole number (its digits), where it lies in the line, as the full reader keeps the token; one longer than the full reader allows is declined, for it to word.</summary>
    private bool TryIdJson(out Range id)
    {
        id = default;
        SkipSpace();
        var start = _at;
        if (TakeLiteral("null"u8))
        {
            return true;
        }

        if (_at < _line.Length && _line[_at] == (byte)'"')
        {
            if (!TryString(out var text) || text.Length > TicketLine.MaxIdBytes)
            {
                return false;
            }
        }
        else if (!TryInteger() || _at - start > TicketLine.MaxIdBytes)
        {
            return false;
        }

        id = start.._at;
        return true;
    }

    /// <summary>An optional minus, then 0 or digits without a leading zero; nothing may follow that would make it a fraction or an exponent.</summary>
    private bool TryInteger()
    {
        SkipSpace();
        var start = _at;
        if (_at < _line.Length && _line[_at] == (byte)'-')
        {
            _at++;
        }

        var digits = _at;
        while (_at < _line.Length && _line[_at] is >= (byte)'0' and <= (byte)'9')
        {
            _at++;
        }

        if (_at == digits || (_line[digits] == (byte)'0' && _at - digits > 1))
        {
            _at = start;
            return false;
        }

        return _at == _line.Length || _line[_at] is not ((byte)'.' or (byte)'e' or (byte)'E');
    }

    /// <summary>A string without escapes or control characters; <paramref name="value"/> is its bytes between the quotes.</summary>
    private bool TryString(out ReadOnlySpan<byte> value)
    {
        value = default;
        SkipSpace();
        if (_at >= _line.Length || _line[_at] != (byte)'"')
        {
            return false;
        }

        // One pass, byte by byte: the strings here are short (names, types, instants), where a vectorised search costs more than it saves.
        var rest = _line[(_at + 1)..];
        for (var end = 0; end < rest.Length; end++)
        {
            var b = rest[end];
            if (b == (byte)'"')
            {
                value = rest[..end];
                _at += end + 2;
                return true;
            }

            if (b is (byte)'\\' or < 0x20)
            {
                return false;
            }
        }

        return false;
    }

    private bool TakeLiteral(ReadOnlySpan<byte> literal)
    {
        SkipSpace();
        if (!_line[_at..].StartsWith(literal))
        {
            return false;
        }

        _at += literal.Length;
        return true;
    }

    private bool Take(byte token)
    {
        SkipSpace();
        if (_at < _line.Length && _line[_at] == token)
        {
            _at++;
            return true;
        }

        return false;
    }

    private void SkipSpace()
    {
        while (_at < _line.Length && _line[_at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            _at++;
        }
    }
}
