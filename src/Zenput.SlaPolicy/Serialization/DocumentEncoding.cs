using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Serialization;

/// <summary>
/// Checks a document's bytes before it is parsed: empty, not UTF-8 (with a hint when it looks like
/// UTF-16 or UTF-32), or holding an escaped lone surrogate (<c>"\ud800"</c>). Each is one finding
/// with its line and position, so that no text in a document can make reading throw.
/// </summary>
internal static class DocumentEncoding
{
    /// <summary>Gets the finding that stops the document from being read as JSON text, or null when its text is sound.</summary>
    public static PolicyFinding? Check(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Trim(" \t\r\n"u8).IsEmpty)
        {
            return Malformed("The document is empty; expected a policy document (a JSON object with \"schemaVersion\": 1).");
        }

        if (LooksLikeUtf16Or32(utf8Json) is { } encoding)
        {
            return Malformed($"The document looks like {encoding} text; save it as UTF-8.");
        }

        if (!Utf8.IsValid(utf8Json))
        {
            var offset = FirstInvalidByte(utf8Json);
            return Malformed(string.Create(CultureInfo.InvariantCulture, $"The document is not valid UTF-8: byte 0x{utf8Json[offset]:X2} {Where(utf8Json, offset)} does not belong to a UTF-8 character; save it as UTF-8."));
        }

        return utf8Json.IndexOf("\\u"u8) >= 0 ? LoneSurrogateEscape(utf8Json) : null;
    }

    /// <summary>Gets the finding for text that cannot be encoded as UTF-8 (a lone surrogate), or null.</summary>
    public static PolicyFinding? Check(string json)
    {
        for (var i = 0; i < json.Length; i++)
        {
            if (char.IsSurrogate(json[i]))
            {
                if (char.IsHighSurrogate(json[i]) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1]))
                {
                    i++;
                    continue;
                }

                return Malformed(string.Create(CultureInfo.InvariantCulture, $"The text holds a lone surrogate (U+{(int)json[i]:X4}) at character {i + 1}, which no UTF-8 document can hold."));
            }
        }

        return null;
    }

    private static string? LooksLikeUtf16Or32(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE, 0, 0 }) || bytes.StartsWith(new byte[] { 0, 0, 0xFE, 0xFF }))
        {
            return "UTF-32";
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return "UTF-16";
        }

        // No byte-order mark: JSON text starts with ASCII, which UTF-16 writes with a NUL byte beside it.
        return bytes.Length >= 2 && (bytes[0] == 0 || bytes[1] == 0) ? "UTF-16" : null;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        Span<char> buffer = stackalloc char[1024];
        var offset = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status != OperationStatus.DestinationTooSmall)
            {
                return Math.Min(offset, bytes.Length - 1);
            }
        }
    }

    /// <summary>Walks the tokens, keeping the JSON path, and reports the first string or property name whose escapes leave a lone surrogate.</summary>
    private static PolicyFinding? LoneSurrogateEscape(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = SlaPolicyDocument.MaxDepth });
        var path = new List<string>();
        var indexes = new List<int>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (reader.ValueIsEscaped && !Decodes(ref reader))
                        {
                            return Surrogate(utf8Json, reader, Path(path, indexes, null) + ".(a property name)");
                        }

                        property = reader.GetString();
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path.Add(Segment(property, indexes));
                        indexes.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        property = null;
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        indexes.RemoveAt(indexes.Count - 1);
                        Advance(indexes);
                        continue;
                    case JsonTokenType.String when reader.ValueIsEscaped && !Decodes(ref reader):
                        return Surrogate(utf8Json, reader, Path(path, indexes, property));
                }

                property = null;
                Advance(indexes);
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is reported by the parser, with its own position.
        }

        return null;
    }

    private static bool Decodes(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Segment(string? property, List<int> indexes) =>
        indexes.Count == 0 ? "$" : property is not null ? "." + property : string.Create(CultureInfo.InvariantCulture, $"[{indexes[^1]}]");

    private static void Advance(List<int> indexes)
    {
        if (indexes.Count > 0 && indexes[^1] >= 0)
        {
            indexes[^1]++;
        }
    }

    // A document that is a lone string is the root itself, "$" (its path was empty; found by PolicyDocumentFuzzTests).
    private static string Path(List<string> path, List<int> indexes, string? property) => path.Count == 0 ? "$" :
        string.Concat(path) + (property is not null ? "." + property : indexes.Count > 0 && indexes[^1] >= 0 ? string.Create(CultureInfo.InvariantCulture, $"[{indexes[^1]}]") : string.Empty);

    private static PolicyFinding Surrogate(ReadOnlySpan<byte> utf8Json, Utf8JsonReader reader, string path) =>
        new(path, $"The text {Where(utf8Json, (int)reader.TokenStartIndex)} holds an escaped lone surrogate (a \\uD800–\\uDFFF escape without its pair), which is not text.", PolicyErrorCodes.MalformedDocument);

    private static string Where(ReadOnlySpan<byte> utf8Json, int offset)
    {
        var before = utf8Json[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return string.Create(CultureInfo.InvariantCulture, $"at line {line}, position {offset - lineStart + 1}");
    }

    private static PolicyFinding Malformed(string message) => new("$", message, PolicyErrorCodes.MalformedDocument);
}
