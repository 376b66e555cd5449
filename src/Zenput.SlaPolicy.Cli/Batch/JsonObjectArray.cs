using System.Text.Json;

namespace Zenput.Sla.Cli.Batch;

/// <summary>Reads one object of an array in a batch line, at its position; returns its error or null.</summary>
/// <param name="reader">The reader, on the object's start; must be left on its end.</param>
/// <param name="index">The object's position in the array.</param>
/// <returns>The one-sentence error, or null.</returns>
internal delegate string? JsonObjectReader(ref Utf8JsonReader reader, int index);

/// <summary>The arrays of objects in batch lines (<c>pauses</c>, <c>events</c>): null or an array, each element an object with two required members.</summary>
internal static class JsonObjectArray
{
    /// <summary>Reads the array the reader is on with <paramref name="read"/> for each object, and returns the first error (every element is read, so the line stays in step).</summary>
    /// <param name="reader">The reader, on the property's value.</param>
    /// <param name="name">The property's name, for messages.</param>
    /// <param name="first">The first required member, for messages.</param>
    /// <param name="second">The second required member, for messages.</param>
    /// <param name="read">Reads one object.</param>
    /// <returns>The first error, or null.</returns>
    public static string? Read(ref Utf8JsonReader reader, string name, string first, string second, JsonObjectReader read)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return $"'{name}' must be an array of {{\"{first}\", \"{second}\"}} objects.";
        }

        string? error = null;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                error ??= $"'{name}[{index}]' must be an object with '{first}' and '{second}'.";
            }
            else
            {
                var itemError = read(ref reader, index);
                error ??= itemError;
            }

            index++;
        }

        return error;
    }
}
