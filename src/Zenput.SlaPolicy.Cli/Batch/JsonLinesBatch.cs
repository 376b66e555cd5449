using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Zenput.Sla.Cli.Batch;

/// <summary>
/// The batch contract shared by every <c>--input</c> command: JSON lines in, one line out per non-blank
/// input line, in order; a line that cannot be answered gives <c>{"line": N, "id"?: …, "error": "…"}</c>
/// and the run goes on. Streams: one line (at most <see cref="MaxLineBytes"/>) is held at a time.
/// </summary>
internal static class JsonLinesBatch
{
    /// <summary>The longest input line accepted, in bytes.</summary>
    public const int MaxLineBytes = 1 << 20;

    /// <summary>Answers held before they are written to the output, in bytes (at least; a line's answer is never split).</summary>
    public const int OutputBytes = 1 << 16;

    /// <summary>Answers every line of <paramref name="input"/> with <paramref name="handler"/>, writing to <paramref name="output"/>.</summary>
    /// <param name="input">JSON lines.</param>
    /// <param name="output">Where the result lines go.</param>
    /// <param name="handler">Answers one line.</param>
    /// <param name="progress">Called now and then with the number of lines read so far; may be null.</param>
    /// <param name="failed">Called with the line number, the id's raw JSON (when read) and the error of each line that fails, instead of writing an error line; may be null.</param>
    /// <returns>How many lines were answered and how many of them failed.</returns>
    public static BatchSummary Run(Stream input, Stream output, IBatchLineHandler handler, Action<long>? progress = null, Action<long, byte[]?, string>? failed = null)
    {
        var reader = new BatchLineReader(input, MaxLineBytes);
        // Room for the threshold and a typical answer past it (the line that crosses it); a longer one grows the buffer once.
        var buffered = new OutputBuffer(OutputBytes + 4096);
        var writer = CreateErrorWriter(buffered);
        long answered = 0;
        long failures = 0;
        try
        {
            while (reader.TryReadLine(out var line, out var tooLong))
            {
                if (progress is not null && (reader.LineNumber & 0xFFFF) == 0)
                {
                    progress(reader.LineNumber);
                }

                var outcome = AnswerLine(handler, line, tooLong, buffered, out var error, out var idJson);
                if (outcome == LineOutcome.Blank)
                {
                    continue;
                }

                answered++;
                if (outcome == LineOutcome.Failed)
                {
                    failures++;
                    if (failed is not null)
                    {
                        failed(reader.LineNumber, idJson, error!);
                    }
                    else
                    {
                        WriteErrorLine(writer, buffered, reader.LineNumber, idJson, error!);
                    }
                }

                if (buffered.Length >= OutputBytes)
                {
                    buffered.WriteTo(output);
                }
            }

            buffered.WriteTo(output);
            output.Flush();
        }
        catch (CliException e)
        {
            // The input or the output failed: keep every answer already computed (when the output still
            // takes them) and say how far the run got, so that no line is lost without a word.
            TryFlush(buffered, output);
            throw new CliException(e.ExitCode, string.Create(CultureInfo.InvariantCulture, $"{e.Message} The run stopped at line {reader.LineNumber} of the input; no later line was answered."), e.InnerException);
        }

        progress?.Invoke(reader.LineNumber);
        return new BatchSummary(answered, failures);
    }

    /// <summary>Answers one line with <paramref name="handler"/> (the checks every command shares first), writing the answer to <paramref name="output"/>.</summary>
    /// <param name="handler">Answers the line.</param>
    /// <param name="line">The line, without its end.</param>
    /// <param name="tooLong">Whether the line was longer than <see cref="MaxLineBytes"/> (then <paramref name="line"/> is empty).</param>
    /// <param name="output">Where the answer goes.</param>
    /// <param name="error">The line's error, when it failed.</param>
    /// <param name="idJson">The raw JSON of the failed line's id, when the handler could read it.</param>
    /// <returns>Whether the line was blank (not answered), answered, or failed.</returns>
    internal static LineOutcome AnswerLine(IBatchLineHandler handler, ReadOnlySpan<byte> line, bool tooLong, OutputBuffer output, out string? error, out byte[]? idJson)
    {
        idJson = null;
        if (!tooLong && IsBlank(line))
        {
            error = null;
            return LineOutcome.Blank;
        }

        var parsed = false;
        if (tooLong)
        {
            error = $"The line is longer than {MaxLineBytes} bytes.";
        }
        else if (!Utf8.IsValid(line))
        {
            error = "The line is not valid UTF-8.";
        }
        else if (JsonEscapes.FindLoneSurrogate(line) is { } at)
        {
            error = $"The line holds an escaped lone surrogate at byte {at + 1} (a \\uD800–\\uDFFF escape without its pair), which is not text.";
        }
        else
        {
            error = handler.Answer(line, output);
            parsed = true;
        }

        if (error is null)
        {
            return LineOutcome.Answered;
        }

        idJson = parsed ? handler.IdJson : null;
        return LineOutcome.Failed;
    }

    /// <summary>Writes the error line <c>{"line": N, "id"?: …, "error": "…"}</c> that stands in for a failed line's answer.</summary>
    /// <param name="writer">A writer to reuse (reset onto <paramref name="output"/>).</param>
    /// <param name="output">Where the line goes.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="idJson">The id's raw JSON, or null.</param>
    /// <param name="error">The error.</param>
    internal static void WriteErrorLine(Utf8JsonWriter writer, Stream output, long line, byte[]? idJson, string error)
    {
        writer.Reset(output);
        writer.WriteStartObject();
        writer.WriteNumber("line"u8, line);
        if (idJson is not null)
        {
            writer.WritePropertyName("id"u8);
            writer.WriteRawValue(idJson, skipInputValidation: true);
        }

        writer.WriteString("error"u8, error);
        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>A writer for <see cref="WriteErrorLine"/>: compact, escaping as the tool's other output does.</summary>
    internal static Utf8JsonWriter CreateErrorWriter(Stream output) =>
        new(output, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Writes what <paramref name="buffered"/> holds (when there is anything) and flushes <paramref name="output"/>; a failure of the output is left to the caller's report.</summary>
    internal static void TryFlush(OutputBuffer? buffered, Stream output)
    {
        try
        {
            buffered?.WriteTo(output);
            output.Flush();
        }
        catch (CliException)
        {
            // The output is what failed; the caller reports it.
        }
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
