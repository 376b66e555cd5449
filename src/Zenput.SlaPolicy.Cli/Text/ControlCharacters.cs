using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;

namespace Zenput.Sla.Cli.Text;

/// <summary>
/// Makes text safe for a terminal: control characters (ESC, BEL, NUL, CR, DEL, C1 controls) are shown
/// as <c>\u001B</c>-style escapes, so that nothing a policy or an input line holds can move the cursor,
/// recolour the screen or rewrite a line. Line feeds and tabs pass.
/// </summary>
internal static class ControlCharacters
{
    private static readonly SearchValues<char> Controls = SearchValues.Create(Enumerable());

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Controls) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> made to stay on one line: line feeds are escaped too (<c>\u000A</c>), so that a value
    /// quoted in a message cannot break it into lines that pass for the tool's own (a zone id holding
    /// <c>\nvalid: 'x' (0 warnings)</c> printed a forged verdict line under <c>validate</c>). The escaping writer
    /// leaves the escapes as they are and escapes any other control character.
    /// </summary>
    public static string OneLine(string text) =>
        text.Contains('\n', StringComparison.Ordinal) ? text.Replace("\n", "\\u000A", StringComparison.Ordinal) : text;

    /// <summary>Writes <paramref name="text"/> to <paramref name="output"/>, escaping control characters.</summary>
    public static void Write(TextWriter output, ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var at = text.IndexOfAny(Controls);
            if (at < 0)
            {
                output.Write(text);
                return;
            }

            output.Write(text[..at]);
            output.Write(EscapeOf(text[at]));
            text = text[(at + 1)..];
        }
    }

    private static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (Controls.Contains(c))
            {
                builder.Append(EscapeOf(c));
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private static string EscapeOf(char c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");

    private static string Enumerable()
    {
        var controls = new StringBuilder();
        for (var c = '\0'; c <= '\u009F'; c++)
        {
            if (char.IsControl(c) && c is not ('\n' or '\t'))
            {
                controls.Append(c);
            }
        }

        return controls.ToString();
    }
}
