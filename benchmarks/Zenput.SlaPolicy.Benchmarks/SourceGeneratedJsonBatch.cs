using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Benchmarks;

/// <summary>
/// The batch contract written the idiomatic System.Text.Json way, as the baseline the hand-written
/// fast path has to beat (issue 15): each line read as UTF-8 bytes (no string per line), deserialised
/// into a record by a source-generated <see cref="JsonSerializerContext"/>, answered with another
/// record serialised by the same context through one reused <see cref="Utf8JsonWriter"/>.
/// </summary>
internal static class SourceGeneratedJsonBatch
{
    private static readonly BatchJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,

        // The fast path writes offsets such as "+05:30" as they are; the default encoder would escape the '+'.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static long Run(SlaClock clock, SlaPolicy policy, Stream input, Stream output)
    {
        using var buffered = new BufferedStream(output, 1 << 16);
        using var writer = new Utf8JsonWriter(buffered, new JsonWriterOptions { Encoder = Context.Options.Encoder, SkipValidation = true });
        long lines = 0;
        var number = 0;
        var buffer = new byte[1 << 16];
        int start = 0, end = 0;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline < 0)
            {
                // Keep the partial line, make room for more (growing only for lines longer than the buffer), and read on.
                Array.Copy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
                if (end == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = input.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    newline = end;
                    if (end == 0)
                    {
                        break;
                    }
                }
                else
                {
                    end += read;
                    continue;
                }
            }

            number++;
            var line = buffer.AsSpan(start, newline - start);
            start = Math.Min(newline + 1, end);
            if (line.Trim(" \t\r"u8).IsEmpty)
            {
                if (newline == end)
                {
                    break;
                }

                continue;
            }

            lines++;
            try
            {
                JsonSerializer.Serialize(writer, Answer(clock, policy, JsonSerializer.Deserialize(line, Context.BatchTicket)!), Context.BatchAnswer);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                writer.Reset();
                JsonSerializer.Serialize(writer, new BatchError(number, e.Message), Context.BatchError);
            }

            writer.Flush();
            writer.Reset();
            buffered.WriteByte((byte)'\n');
            if (newline == end)
            {
                break;
            }
        }

        return lines;
    }

    private static BatchAnswer Answer(SlaClock clock, SlaPolicy policy, BatchTicket ticket)
    {
        var tier = policy.GetTier(ticket.Severity.ValueKind == JsonValueKind.String ? ticket.Severity.GetString()! : ticket.Severity.GetRawText());
        var reported = OffsetDateTimePattern.ExtendedIso.Parse(ticket.ReportedAt).Value.ToInstant();
        var pauses = new List<Interval>();
        foreach (var pause in ticket.Pauses ?? [])
        {
            pauses.Add(new Interval(
                OffsetDateTimePattern.ExtendedIso.Parse(pause.Start).Value.ToInstant(),
                OffsetDateTimePattern.ExtendedIso.Parse(pause.End).Value.ToInstant()));
        }

        var due = clock.DueAt(reported, tier.ResponseGoal, pauses.ToArray());
        return new BatchAnswer(
            ticket.Id,
            tier.Severity.Name.ToLowerInvariant(),
            InstantPattern.ExtendedIso.Format(reported),
            InstantPattern.ExtendedIso.Format(due),
            OffsetDateTimePattern.Rfc3339.Format(due.InZone(policy.SupportZone).ToOffsetDateTime()));
    }
}

/// <summary>A batch input line.</summary>
internal sealed record BatchTicket(JsonElement? Id, JsonElement Severity, string ReportedAt, BatchPause[]? Pauses);

/// <summary>A pause of a batch input line.</summary>
internal sealed record BatchPause(string Start, string End);

/// <summary>A batch answer, its properties in the contract's order.</summary>
internal sealed record BatchAnswer(JsonElement? Id, string Severity, string ReportedAt, string ResponseDueAt, string ResponseDueLocal);

/// <summary>A batch error line.</summary>
internal sealed record BatchError(int Line, string Error);

/// <summary>The source-generated metadata of the baseline's records.</summary>
[JsonSerializable(typeof(BatchTicket))]
[JsonSerializable(typeof(BatchAnswer))]
[JsonSerializable(typeof(BatchError))]
internal sealed partial class BatchJsonContext : JsonSerializerContext;
