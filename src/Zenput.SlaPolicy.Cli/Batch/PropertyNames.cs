using System;
using System.Text.Json;

namespace Zenput.Sla.Cli.Batch;

/// <summary>
/// Matches a property name against the few a reader knows, on the raw UTF-8 bytes (an unescaped name,
/// the common case) or as text (an escaped one): one loop instead of a chain of <c>ValueTextEquals</c> per reader.
/// </summary>
internal static class PropertyNames
{
    /// <summary>Which of <paramref name="names"/> the property the reader is on is called: <c>1 &lt;&lt; index</c>, or 0 for another.</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="names">The names known, UTF-8, at most 31.</param>
    /// <returns>The name's bit, or 0.</returns>
    public static int Match(ref Utf8JsonReader reader, byte[][] names)
    {
        if (!reader.ValueIsEscaped)
        {
            return Match(reader.ValueSpan, names);
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return 1 << i;
            }
        }

        return 0;
    }

    /// <summary>Which of <paramref name="names"/> <paramref name="name"/> is: <c>1 &lt;&lt; index</c>, or 0 for another.</summary>
    /// <param name="name">An unescaped name, UTF-8.</param>
    /// <param name="names">The names known, UTF-8, at most 31.</param>
    /// <returns>The name's bit, or 0.</returns>
    public static int Match(ReadOnlySpan<byte> name, byte[][] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return 1 << i;
            }
        }

        return 0;
    }

    /// <summary>The UTF-8 bytes of each name, for <see cref="Match(ref Utf8JsonReader, byte[][])"/>.</summary>
    /// <param name="names">The names, in bit order.</param>
    /// <returns>Their UTF-8 bytes.</returns>
    public static byte[][] Of(params string[] names) => Array.ConvertAll(names, System.Text.Encoding.UTF8.GetBytes);
}
