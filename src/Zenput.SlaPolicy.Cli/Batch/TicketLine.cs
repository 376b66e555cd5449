using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Zenput.Sla.Cli.Batch;

/// <summary>
/// One parsed input line of the batch contract:
/// <c>{"id"?: string|number, "severity": name|rank, "reportedAt": ISO-8601 with offset, "pauses"?: [{"start", "end"}]}</c>.
/// Unknown properties are ignored (ticket exports carry many).
/// </summary>
internal sealed class TicketLine
{
    private const int MaxDepth = 4;
    private static readonly OffsetDateTimePattern InstantWithOffset = OffsetDateTimePattern.ExtendedIso;

    private readonly List<Interval> _pauses = [];

    /// <summary>Gets the raw JSON of the id (a string or number token), or empty when absent.</summary>
    public byte[]? IdJson { get; private set; }

    public SeverityTier? Tier { get; private set; }

    public Instant ReportedAt { get; private set; }

    public ReadOnlySpan<Interval> Pauses => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pauses);

    /// <summary>Parses <paramref name="utf8"/>; returns null on success, or the one-sentence error.</summary>
    public string? Parse(ReadOnlySpan<byte> utf8, SlaPolicy policy)
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
                var property = Property(ref reader, out var bit);
                if (bit != 0 && (seen & bit) != 0)
                {
                    error ??= $"The property '{reader.GetString()}' appears more than once.";
                }

                seen |= bit;
                reader.Read();
                switch (property)
                {
                    case "id":
                        if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
                        {
                            IdJson = Quote(ref reader);
                        }
                        else if (reader.TokenType != JsonTokenType.Null)
                        {
                            error ??= "'id' must be a string or a number.";
                            reader.Skip();
                        }

                        break;
                    case "severity":
                        seenSeverity = true;
                        error ??= ReadSeverity(ref reader, policy);
                        break;
                    case "reportedAt":
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
                    case "pauses":
                        error ??= ReadPauses(ref reader);
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
            return $"The line is not valid JSON: {Trim(e.Message)}";
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

    private static string Property(ref Utf8JsonReader reader, out int bit)
    {
        if (reader.ValueTextEquals("id"u8))
        {
            bit = 1;
            return "id";
        }

        if (reader.ValueTextEquals("severity"u8))
        {
            bit = 2;
            return "severity";
        }

        if (reader.ValueTextEquals("reportedAt"u8))
        {
            bit = 4;
            return "reportedAt";
        }

        if (reader.ValueTextEquals("pauses"u8))
        {
            bit = 8;
            return "pauses";
        }

        bit = 0;
        return string.Empty;
    }

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
        string text;
        if (reader.TokenType == JsonTokenType.String)
        {
            text = reader.GetString()!;
        }
        else if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var rank))
        {
            text = rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            reader.Skip();
            return "'severity' must be a severity name such as \"critical\" or a rank such as 1.";
        }

        Tier = policy.FindTier(text);
        return Tier is null ? UnknownSeverity(policy, text) : null;
    }

    /// <summary>The policy's own wording of an unknown severity (rare, so going through its exception is fine).</summary>
    internal static string UnknownSeverity(SlaPolicy policy, string text)
    {
        try
        {
            policy.GetTier(text);
            return $"Unknown severity '{text}'.";
        }
        catch (ArgumentException e)
        {
            return ErrorText.OneSentence(e);
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
        var result = InstantWithOffset.Parse(text);
        if (!result.Success)
        {
            error = $"'{name}' is '{text}', which is not an ISO-8601 instant with an offset or Z (such as \"2026-11-24T21:30:00-08:00\").";
            return false;
        }

        instant = result.Value.ToInstant();
        error = null;
        return true;
    }

    private string? ReadPauses(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return "'pauses' must be an array of {\"start\", \"end\"} objects.";
        }

        string? error = null;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                error ??= $"'pauses[{index}]' must be an object with 'start' and 'end'.";
                index++;
                continue;
            }

            Instant? start = null;
            Instant? end = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isStart = reader.ValueTextEquals("start"u8);
                var isEnd = reader.ValueTextEquals("end"u8);
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

            if (error is null)
            {
                if (start is null || end is null)
                {
                    error = $"'pauses[{index}]' needs both 'start' and 'end'.";
                }
                else if (end < start)
                {
                    error = $"'pauses[{index}]' ends ({InstantPattern.ExtendedIso.Format(end.Value)}) before it starts ({InstantPattern.ExtendedIso.Format(start.Value)}).";
                }
                else
                {
                    _pauses.Add(new Interval(start.Value, end.Value));
                }
            }

            index++;
        }

        return error;
    }

    internal static string Trim(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        return text.EndsWith('.') ? text : text + ".";
    }
}
