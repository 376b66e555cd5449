using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Zenput.Sla.Cli;

/// <summary>Writes one indented JSON document to a text output, for the commands' <c>--format json</c>.</summary>
internal static class CliJson
{
    /// <summary>Output for people and scripts, not HTML: apostrophes and non-ASCII text are written as they are.</summary>
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteLine(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
