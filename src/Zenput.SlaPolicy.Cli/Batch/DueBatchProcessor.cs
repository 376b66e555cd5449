using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Cli.Batch;

/// <summary>
/// The batch contract of <c>zenput-sla due --input</c>: JSON lines in, one JSON line out per non-blank
/// input line, in order; a bad line gives an error line and the run goes on. Streams: memory does
/// not grow with the input.
/// </summary>
internal sealed class DueBatchProcessor
{
    /// <summary>The longest input line accepted, in bytes.</summary>
    public const int MaxLineBytes = 1 << 20;

    private static readonly InstantPattern Utc = InstantPattern.ExtendedIso;
    private static readonly OffsetDateTimePattern Local = OffsetDateTimePattern.Rfc3339;

    private readonly SlaPolicy _policy;
    private readonly SlaClock _clock;
    private readonly DateTimeZone _zone;
    private readonly JsonEncodedText[] _severityNames;

    public DueBatchProcessor(SlaPolicy policy)
    {
        _policy = policy;
        _clock = new SlaClock(policy);
        _zone = policy.SupportZone;
        _severityNames = new JsonEncodedText[policy.Tiers.Count];
        for (var i = 0; i < policy.Tiers.Count; i++)
        {
            _severityNames[i] = JsonEncodedText.Encode(policy.Tiers[i].Severity.Name.ToLowerInvariant());
        }
    }

    /// <summary>Processes every line of <paramref name="input"/>, writing results to <paramref name="output"/>.</summary>
    /// <param name="input">JSON lines.</param>
    /// <param name="output">Where the result lines go.</param>
    /// <param name="progress">Called now and then with the number of lines read so far; may be null.</param>
    /// <returns>How many lines were answered and how many of them failed.</returns>
    public BatchSummary Run(Stream input, Stream output, Action<long>? progress = null)
    {
        var reader = new BatchLineReader(input, MaxLineBytes);
        var ticket = new TicketLine();
        var buffered = new BufferedStream(output, 1 << 16);
        using var writer = new Utf8JsonWriter(buffered, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        long answered = 0;
        long failed = 0;

        while (reader.TryReadLine(out var line, out var tooLong))
        {
            if (progress is not null && (reader.LineNumber & 0xFFFF) == 0)
            {
                progress(reader.LineNumber);
            }

            if (!tooLong && IsBlank(line))
            {
                continue;
            }

            answered++;
            string? error;
            var parsed = false;
            if (tooLong)
            {
                error = $"The line is longer than {MaxLineBytes} bytes.";
            }
            else if (!Utf8.IsValid(line))
            {
                error = "The line is not valid UTF-8.";
            }
            else
            {
                error = ticket.Parse(line, _policy);
                parsed = true;
            }

            Instant due = default;
            if (error is null)
            {
                try
                {
                    due = _clock.DueAt(ticket.ReportedAt, ticket.Tier!.ResponseGoal, ticket.Pauses);
                }
                catch (Exception e) when (e is ArgumentException or OverflowException or InvalidOperationException or SlaClockException)
                {
                    error = ErrorText.OneSentence(e);
                }
            }

            if (error is null)
            {
                WriteAnswer(buffered, ticket, due);
                continue;
            }

            failed++;
            writer.Reset(buffered);
            writer.WriteStartObject();
            writer.WriteNumber("line"u8, reader.LineNumber);
            if (parsed)
            {
                WriteId(writer, ticket);
            }

            writer.WriteString("error"u8, error);
            writer.WriteEndObject();
            writer.Flush();
            buffered.WriteByte((byte)'\n');
        }

        buffered.Flush();
        progress?.Invoke(reader.LineNumber);
        return new BatchSummary(answered, failed);
    }

    private static void WriteId(Utf8JsonWriter writer, TicketLine ticket)
    {
        if (ticket.IdJson is { } id)
        {
            writer.WritePropertyName("id"u8);
            writer.WriteRawValue(id, skipInputValidation: true);
        }
    }

    /// <summary>
    /// Writes a success line byte by byte: every value is either raw JSON checked by the reader (the
    /// id), pre-encoded (the severity) or an ISO-8601 text that needs no escaping.
    /// </summary>
    private void WriteAnswer(Stream output, TicketLine ticket, Instant due)
    {
        Span<byte> line = stackalloc byte[256];
        var length = 0;
        Append(line, ref length, "{\"id\":"u8);
        if (ticket.IdJson is { } id)
        {
            output.Write(line[..length]);
            output.Write(id);
            length = 0;
        }
        else
        {
            Append(line, ref length, "null"u8);
        }

        Append(line, ref length, ",\"severity\":\""u8);
        output.Write(line[..length]);
        output.Write(_severityNames[IndexOf(ticket.Tier!)].EncodedUtf8Bytes);
        length = 0;
        Append(line, ref length, "\",\"reportedAt\":\""u8);
        length += FormatUtc(ticket.ReportedAt, line[length..]);
        Append(line, ref length, "\",\"responseDueAt\":\""u8);
        length += FormatUtc(due, line[length..]);
        Append(line, ref length, "\",\"responseDueLocal\":\""u8);
        length += FormatLocal(due.InZone(_zone).ToOffsetDateTime(), line[length..]);
        Append(line, ref length, "\"}\n"u8);
        output.Write(line[..length]);
    }

    private static void Append(Span<byte> line, ref int length, ReadOnlySpan<byte> text)
    {
        text.CopyTo(line[length..]);
        length += text.Length;
    }

    private static int FormatUtc(Instant instant, Span<byte> destination)
    {
        var length = Iso8601Utf8.FormatUtc(instant, destination);
        return length > 0 ? length : Encoding.UTF8.GetBytes(Utc.Format(instant), destination);
    }

    private static int FormatLocal(OffsetDateTime value, Span<byte> destination)
    {
        var length = Iso8601Utf8.FormatRfc3339(value, destination);
        return length > 0 ? length : Encoding.UTF8.GetBytes(Local.Format(value), destination);
    }

    private int IndexOf(SeverityTier tier)
    {
        for (var i = 0; i < _policy.Tiers.Count; i++)
        {
            if (ReferenceEquals(_policy.Tiers[i], tier))
            {
                return i;
            }
        }

        return 0;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
