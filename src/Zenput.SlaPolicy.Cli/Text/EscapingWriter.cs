using System;
using System.IO;
using System.Text;

namespace Zenput.Sla.Cli.Text;

/// <summary>A writer for text meant for a person's terminal: control characters in anything written are escaped (see <see cref="ControlCharacters"/>).</summary>
internal sealed class EscapingWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // The base setter accepts null; the inner writer decides.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => ControlCharacters.Write(inner, [value]);

    public override void Write(string? value) => ControlCharacters.Write(inner, value);

    public override void Write(ReadOnlySpan<char> buffer) => ControlCharacters.Write(inner, buffer);

    public override void Write(char[] buffer, int index, int count) => ControlCharacters.Write(inner, buffer.AsSpan(index, count));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value)
    {
        ControlCharacters.Write(inner, value);
        inner.WriteLine();
    }

    public override void Flush() => inner.Flush();
}
