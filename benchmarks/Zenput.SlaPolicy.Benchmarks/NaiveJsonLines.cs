using System;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;

namespace Zenput.Sla.Benchmarks;

/// <summary>The line loop of the straightforward batch baselines: a line as a string, a <see cref="JsonObject"/> answer (or an error object), serialised.</summary>
internal static class NaiveJsonLines
{
    /// <summary>Answers each non-blank line of <paramref name="input"/> with <paramref name="answer"/>; an exception becomes an error line.</summary>
    /// <returns>The lines answered and how many failed.</returns>
    public static (long Lines, long Failed) Run(Stream input, Stream output, Func<string, JsonObject> answer)
    {
        using var reader = new StreamReader(input, Encoding.UTF8);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16);
        long lines = 0;
        long failed = 0;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            lines++;
            JsonObject result;
            try
            {
                result = answer(line);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed++;
                result = new JsonObject { ["line"] = number, ["error"] = e.Message };
            }

            writer.Write(result.ToJsonString());
            writer.Write('\n');
        }

        return (lines, failed);
    }
}
