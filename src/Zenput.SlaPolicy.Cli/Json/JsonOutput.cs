using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Zenput.Sla.Cli.Json;

/// <summary>Writes the tool's JSON documents to standard output: indented, for people and scripts (apostrophes and non-ASCII text as they are), lists streamed.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one document, then a line end.</summary>
    public static void Write<T>(CliConsole console, T value, JsonTypeInfo<T> type)
    {
        console.Out.Flush();
        using (var writer = new Utf8JsonWriter(console.Output, Options))
        {
            JsonSerializer.Serialize(writer, value, type);
        }

        console.Output.Write("\n"u8);
    }

    /// <summary>Writes <paramref name="items"/> as one array, as they are enumerated: memory holds one item and a buffer, however many there are.</summary>
    public static void WriteArray<T>(CliConsole console, IEnumerable<T> items, JsonTypeInfo<T> type)
    {
        console.Out.Flush();
        using (var writer = new Utf8JsonWriter(console.Output, Options))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                JsonSerializer.Serialize(writer, item, type);
                if (writer.BytesPending > 1 << 16)
                {
                    writer.Flush();
                }
            }

            writer.WriteEndArray();
        }

        console.Output.Write("\n"u8);
    }
}
