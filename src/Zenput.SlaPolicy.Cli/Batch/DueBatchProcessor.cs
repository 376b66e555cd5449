using System;
using System.IO;
using System.Text;
using System.Text.Json;
using NodaTime;
using Zenput.Sla.Cli.Text;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Cli.Batch;

/// <summary>
/// The batch contract of <c>zenput-sla due --input</c>: JSON lines in, one JSON line out per non-blank
/// input line, in order; a bad line gives an error line and the run goes on. Streams: memory does
/// not grow with the input.
/// </summary>
internal sealed class DueBatchProcessor
{
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
    public BatchSummary Run(Stream input, Stream output, Action<long>? progress = null) =>
        JsonLinesBatch.Run(input, output, new Lines(this), progress);

    /// <summary>Answers one line at a time; holds the parsed line between calls.</summary>
    private sealed class Lines(DueBatchProcessor processor) : IBatchLineHandler
    {
        private readonly TicketLine _ticket = new();

        public byte[]? IdJson => _ticket.IdJson;

        public string? Answer(ReadOnlySpan<byte> line, OutputBuffer output)
        {
            var error = _ticket.Parse(line, processor._policy);
            if (error is not null)
            {
                return error;
            }

            Instant due;
            try
            {
                due = processor._clock.DueAt(_ticket.ReportedAt, _ticket.Tier!.ResponseGoal, _ticket.Pauses);
            }
            catch (SlaClockException e)
            {
                // The clock's documented answer for a ticket it cannot answer; anything else is a bug and stops the run (exit 5).
                return e.Message;
            }

            processor.WriteAnswer(output, _ticket, due);
            return null;
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
        length += Iso8601Utf8.WriteUtc(ticket.ReportedAt, line[length..]);
        Append(line, ref length, "\",\"responseDueAt\":\""u8);
        length += Iso8601Utf8.WriteUtc(due, line[length..]);
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

    private static int FormatLocal(OffsetDateTime value, Span<byte> destination)
    {
        var length = Iso8601Utf8.FormatRfc3339(value, destination);
        return length > 0 ? length : Encoding.UTF8.GetBytes(LocalText.Format(value), destination);
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
}
