using System.Globalization;

namespace Zenput.Sla.Internal;

/// <summary>
/// The one rule for quoting a value a caller gave (a severity, an event type, an id) in a message, compiled into the core
/// and the tool (a source file linked into each, as <see cref="SharePercent"/> is): a long value is cut, with its length
/// said, so that an error about a 1 MB string is a sentence, not a megabyte, and a report that keeps a thousand such
/// errors keeps a thousand sentences.
/// </summary>
internal static class QuotedValue
{
    /// <summary>Values longer than this many UTF-16 characters are cut.</summary>
    public const int Longest = 64;

    /// <summary>
    /// <paramref name="value"/> as given when at most <see cref="Longest"/> characters; otherwise its first 48 characters (47 when
    /// the 48th would split a surrogate pair), an ellipsis and its length: <c>xxxx… (1000000 characters)</c>.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The value, or its beginning and its length.</returns>
    public static string Shorten(string value)
    {
        if (value.Length <= Longest)
        {
            return value;
        }

        var kept = Longest - 16;
        if (char.IsHighSurrogate(value[kept - 1]))
        {
            kept--;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value[..kept]}… ({value.Length} characters)");
    }
}
