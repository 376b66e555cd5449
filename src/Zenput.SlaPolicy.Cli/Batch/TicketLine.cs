using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli.Text;

namespace Zenput.Sla.Cli.Batch;

/// <summary>Reads a property of a batch line that <see cref="TicketLine"/> does not know (the reader is on its name), or returns false to leave it to the line.</summary>
/// <param name="reader">The reader, on the property's name; when claimed, left on the end of its value.</param>
/// <param name="error">The line's first error so far; set it when there is none yet.</param>
/// <returns>Whether the property was read.</returns>
internal delegate bool JsonPropertyReader(ref Utf8JsonReader reader, ref string? error);

/// <summary>
/// One parsed input line of the batch contract:
/// <c>{"id"?: string|number, "severity": name|rank, "reportedAt": ISO-8601 with offset, "pauses"?: [{"start", "end"}]}</c>.
/// Unknown properties are ignored (ticket exports carry many). Commands whose lines carry more (such as
/// <c>evaluate</c>'s events) read their own properties through a <see cref="JsonPropertyReader"/>.
/// </summary>
internal sealed class TicketLine
{
    private const int MaxDepth = 4;

    // Up to this many severities a line's severity is matched by scanning them (the built-in policy has three).
    private const int ScannedSeverities = 8;

    /// <summary>The longest id, in bytes as written in the line (a string's without its quotes, escapes as written; a number's digits).</summary>
    public const int MaxIdBytes = 1024;

    // In the order of their bits: 1 id, 2 severity, 4 reportedAt, 8 pauses.
    private static readonly byte[][] Names = PropertyNames.Of("id", "severity", "reportedAt", "pauses");

    private readonly List<Interval> _pauses = [];
    private readonly JsonObjectReader _readPause;

    public TicketLine() => _readPause = ReadPause;

    /// <summary>Gets the raw JSON of the id (a string or number token), or null when absent or given more than once.</summary>
    public byte[]? IdJson { get; private set; }

    public SeverityTier? Tier { get; private set; }

    public Instant ReportedAt { get; private set; }

    public ReadOnlySpan<Interval> Pauses => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pauses);

    /// <summary>Parses <paramref name="utf8"/>; returns null on success, or the one-sentence error.</summary>
    /// <param name="utf8">The line.</param>
    /// <param name="policy">The policy whose severities the line names.</param>
    /// <param name="other">Reads the properties of a command's own, before the common ones are tried; may be null.</param>
    public string? Parse(ReadOnlySpan<byte> utf8, SlaPolicy policy, JsonPropertyReader? other = null)
    {
        IdJson = null;
        Tier = null;
        _pauses.Clear();
        string? error = null;
        var seenSeverity = false;
        var seenReportedAt = false;
        var seen = 0;

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return "Expected a JSON object such as {\"severity\": \"critical\", \"reportedAt\": \"2026-11-24T21:30:00-08:00\"}.";
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (other is not null && other(ref reader, ref error))
                {
                    continue;
                }

                var bit = PropertyNames.Match(ref reader, Names);
                var repeated = bit != 0 && (seen & bit) != 0;
                if (repeated)
                {
                    error ??= $"The property '{reader.GetString()}' appears more than once.";
                }

                seen |= bit;
                reader.Read();
                switch (bit)
                {
                    case 1:
                        if (repeated)
                        {
                            // An id given twice (an error, above): neither value is known to be the ticket's, so the error line carries none.
                            IdJson = null;
                            reader.Skip();
                        }
                        else if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number && reader.ValueSpan.Length > MaxIdBytes)
                        {
                            // Not kept, nor echoed in the error line: a report keeps the ids of a thousand tickets.
                            error ??= string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'id' is {reader.ValueSpan.Length} bytes long; an id is at most {MaxIdBytes} bytes.");
                        }
                        else if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
                        {
                            IdJson = Quote(ref reader);
                        }
                        else if (reader.TokenType != JsonTokenType.Null)
                        {
                            error ??= "'id' must be a string or a number.";
                            reader.Skip();
                        }

                        break;
                    case 2:
                        // Read whatever the line's first error: the value is passed over only by reading it (an ??= would skip the call).
                        seenSeverity = true;
                        var severityError = ReadSeverity(ref reader, policy);
                        error ??= severityError;
                        break;
                    case 4:
                        seenReportedAt = true;
                        if (ReadInstant(ref reader, "reportedAt", out var reported, out var instantError))
                        {
                            ReportedAt = reported;
                        }
                        else
                        {
                            error ??= instantError;
                        }

                        break;
                    case 8:
                        var pausesError = ReadPauses(ref reader);
                        error ??= pausesError;
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
            return $"The line is not valid JSON: {Trim(e.Message)}{ByteOrderMarkNote(utf8, e)}";
        }

        if (error is not null)
        {
            return error;
        }

        if (!seenSeverity)
        {
            return "The property 'severity' is required (a severity name such as \"critical\" or a rank such as 1).";
        }

        if (!seenReportedAt)
        {
            return "The property 'reportedAt' is required (an ISO-8601 instant with an offset, such as \"2026-11-24T21:30:00-08:00\").";
        }

        return null;
    }

    /// <summary>
    /// When the JSON error is at a UTF-8 byte-order mark (bytes EF BB BF), which the reader reports as the byte
    /// '0xEF' (files joined with the first's last line unended, a mark after a space), a note that names it.
    /// </summary>
    internal static string ByteOrderMarkNote(ReadOnlySpan<byte> utf8, JsonException e) =>
        e.BytePositionInLine is { } at && at < utf8.Length && utf8[(int)at..].StartsWith("\uFEFF"u8)
            ? $" Bytes EF BB BF at byte {at + 1} are a UTF-8 byte-order mark, accepted only at the very start of a line."
            : string.Empty;

    internal static byte[] Quote(ref Utf8JsonReader reader)
    {
        // Keep the token exactly as written: a string keeps its quotes and escapes, a number its digits.
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.ValueSpan.ToArray();
        }

        var value = reader.ValueSpan;
        var quoted = new byte[value.Length + 2];
        quoted[0] = (byte)'"';
        value.CopyTo(quoted.AsSpan(1));
        quoted[^1] = (byte)'"';
        return quoted;
    }

    private string? ReadSeverity(ref Utf8JsonReader reader, SlaPolicy policy)
    {
        Tier = ReadSeverity(ref reader, policy, out var text);
        return Tier is not null ? null
            : text is null ? "'severity' must be a severity name such as \"critical\" or a rank such as 1."
            : UnknownSeverity(policy, text);
    }

    /// <summary>
    /// Reads a severity token (a name in any case, or a rank): the policy's tier, or null with the text as
    /// written (null when the token is neither a string nor a whole number, which is skipped). The names and
    /// ranks of a policy of a few severities are matched on the UTF-8 bytes, without allocating; a policy of
    /// more is asked (<see cref="SlaPolicy.FindTier"/>, which takes constant time), as a scan took time in
    /// proportion to its severities for every line.
    /// </summary>
    internal static SeverityTier? ReadSeverity(ref Utf8JsonReader reader, SlaPolicy policy, out string? text)
    {
        text = null;
        var scan = policy.Tiers.Count <= ScannedSeverities;
        if (reader.TokenType == JsonTokenType.String)
        {
            // The bytes as written match a name with surrounding white space that the policy's lookup, which trims the text,
            // does not: a policy of many severities is scanned for such a text too, so that every policy reads it alike.
            if (!reader.ValueIsEscaped && (scan || HasSurroundingWhiteSpace(reader.ValueSpan)))
            {
                // Indexed: enumerating the policy's list allocates an enumerator, and this runs for every line.
                for (var i = 0; i < policy.Tiers.Count; i++)
                {
                    var tier = policy.Tiers[i];
                    if (System.Text.Ascii.EqualsIgnoreCase(reader.ValueSpan, tier.Severity.Name))
                    {
                        return tier;
                    }
                }
            }

            text = reader.GetString()!;
            return policy.FindTier(text);
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var rank))
        {
            if (scan)
            {
                // Indexed: enumerating the policy's list allocates an enumerator, and this runs for every line.
                for (var i = 0; i < policy.Tiers.Count; i++)
                {
                    var tier = policy.Tiers[i];
                    if (tier.Severity.Rank == rank)
                    {
                        return tier;
                    }
                }

                text = rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return null;
            }

            // A positive rank's digits identify the level of that rank alone (a name made of digits must be its own rank).
            text = rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return rank > 0 ? policy.FindTier(text) : null;
        }

        reader.Skip();
        return null;
    }

    private static bool HasSurroundingWhiteSpace(ReadOnlySpan<byte> utf8) =>
        utf8.Length > 0 && (IsWhiteSpaceByte(utf8[0]) || IsWhiteSpaceByte(utf8[^1]));

    // The scan matches ASCII text only; these are the ASCII characters char.IsWhiteSpace may count (the lookup trims them), and more.
    private static bool IsWhiteSpaceByte(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r' or 0x1C or 0x1D or 0x1E or 0x1F;

    /// <summary>The policy's own wording of an unknown severity, listing the ones it has, with a long value cut short (by the policy: the rule is shared, <see cref="Internal.QuotedValue"/>).</summary>
    /// <remarks>That wording is the message of <see cref="SlaPolicy.GetTier(string)"/>'s documented exception; an unknown severity is rare, so going through it is cheap enough.</remarks>
    internal static string UnknownSeverity(SlaPolicy policy, string text)
    {
        try
        {
            policy.GetTier(text);
            return $"Unknown severity {ErrorText.Quote(text)}.";
        }
        catch (ArgumentException e)
        {
            var parameter = e.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            return parameter >= 0 ? e.Message[..parameter] : e.Message;
        }
    }

    internal static bool ReadInstant(ref Utf8JsonReader reader, string name, out Instant instant, out string? error)
    {
        instant = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            error = $"'{name}' must be a string holding an ISO-8601 instant with an offset, such as \"2026-11-24T21:30:00-08:00\".";
            return false;
        }

        if (!reader.ValueIsEscaped && Iso8601Utf8.TryParseOffsetDateTime(reader.ValueSpan, out instant))
        {
            error = null;
            return true;
        }

        var text = reader.GetString()!;
        if (!InstantText.TryParse(text, out instant, out var problem))
        {
            error = $"'{name}' is {ErrorText.Quote(text)}, which {problem}.";
            return false;
        }

        error = null;
        return true;
    }

    private string? ReadPauses(ref Utf8JsonReader reader) => JsonObjectArray.Read(ref reader, "pauses", "start", "end", _readPause);

    private string? ReadPause(ref Utf8JsonReader reader, int index)
    {
        string? error = null;
        Instant? start = null;
        Instant? end = null;
        bool seenStart = false, seenEnd = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStart = reader.ValueTextEquals("start"u8);
            var isEnd = reader.ValueTextEquals("end"u8);
            if ((isStart && seenStart) || (isEnd && seenEnd))
            {
                // A second value must not silently win over the first, as in the line's own properties.
                error ??= $"'pauses[{index}].{(isStart ? "start" : "end")}' appears more than once.";
            }

            seenStart |= isStart;
            seenEnd |= isEnd;
            reader.Read();
            if (!isStart && !isEnd)
            {
                reader.Skip();
                continue;
            }

            if (ReadInstant(ref reader, $"pauses[{index}].{(isStart ? "start" : "end")}", out var value, out var instantError))
            {
                if (isStart)
                {
                    start = value;
                }
                else
                {
                    end = value;
                }
            }
            else
            {
                error ??= instantError;
            }
        }

        if (error is not null)
        {
            return error;
        }

        if (start is null || end is null)
        {
            return $"'pauses[{index}]' needs both 'start' and 'end'.";
        }

        if (end < start)
        {
            return $"'pauses[{index}]' ends ({InstantPattern.ExtendedIso.Format(end.Value)}) before it starts ({InstantPattern.ExtendedIso.Format(start.Value)}).";
        }

        _pauses.Add(new Interval(start.Value, end.Value));
        return null;
    }

    internal static string Trim(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;

        // System.Text.Json's advice for a trailing comma ("… not supported in this mode. Change the reader options.")
        // speaks to the reader's programmer, not to whoever wrote the line.
        text = text.Replace(" which is not supported in this mode. Change the reader options.", ", which JSON does not allow.", StringComparison.Ordinal);
        return text.EndsWith('.') ? text : text + ".";
    }
}
