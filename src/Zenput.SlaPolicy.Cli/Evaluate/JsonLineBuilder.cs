using System;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zenput.Sla.Cli.Batch;

namespace Zenput.Sla.Cli.Evaluate;

/// <summary>
/// Builds one compact JSON line byte by byte in place, at the end of an <see cref="OutputBuffer"/> (the batch's
/// output, so that the line is never copied before it goes out; by default a buffer of its own), for the batch
/// fast path: the fixed part
/// of a line through a <see cref="SpanJsonWriter"/> over a reserved span (instants and durations by the same
/// fast formatters as <c>due --input</c>), then arrays of free text, which alone go through JSON escaping.
/// Property names are written as given (callers pass plain ASCII).
/// </summary>
internal sealed class JsonLineBuilder
{
    private readonly Iso8601Utf8.TextMemo _dates = new();
    private readonly OutputBuffer _own = new();
    private OutputBuffer _target;
    private int _start;
    private bool _needsComma;

    public JsonLineBuilder()
    {
        _target = _own;
    }

    /// <summary>Gets the line built so far.</summary>
    public ReadOnlySpan<byte> Written => _target.Written[_start..];

    /// <summary>Makes the next lines go to the end of <paramref name="target"/> (after what it holds), until the next call.</summary>
    /// <param name="target">Where lines are built.</param>
    public void Into(OutputBuffer target) => _target = target;

    /// <summary>Starts a new line: at the end of the target, or at the start of the builder's own buffer (the line before forgotten).</summary>
    public void Clear()
    {
        if (ReferenceEquals(_target, _own))
        {
            _own.Clear();
        }

        _start = (int)_target.Length;
        _needsComma = false;
    }

    /// <summary>Makes room for <paramref name="max"/> more bytes and returns a writer over them; hand what it wrote to <see cref="Advance"/>.</summary>
    /// <param name="max">The most bytes the caller will write.</param>
    public SpanJsonWriter Reserve(int max) => new(_target.GetSpan(max)[..max], _dates);

    /// <summary>Takes the bytes a <see cref="Reserve"/> writer wrote as part of the line.</summary>
    /// <param name="written">How many bytes it wrote.</param>
    /// <param name="inMember">Whether they ended inside an object or array after a member or element (so the next one needs a comma).</param>
    public void Advance(int written, bool inMember)
    {
        _target.Advance(written);
        _needsComma = inMember;
    }

    public void EndObject() => Close((byte)'}');

    public void StartArray(ReadOnlySpan<byte> name = default) => Open(name, (byte)'[');

    public void EndArray() => Close((byte)']');

    public void EndLine() => _target.WriteByte((byte)'\n');

    /// <summary>Writes free text as a JSON string: ASCII without specials is copied, anything else is escaped as the tool's other output is.</summary>
    public void String(ReadOnlySpan<byte> name, string value)
    {
        Name(name);
        if (IsPlainAscii(value))
        {
            var span = _target.GetSpan(value.Length + 2);
            span[0] = (byte)'"';
            var length = 1 + Encoding.ASCII.GetBytes(value, span[1..]);
            span[length++] = (byte)'"';
            _target.Advance(length);
            return;
        }

        var encoded = JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes;
        var escaped = _target.GetSpan(encoded.Length + 2);
        escaped[0] = (byte)'"';
        encoded.CopyTo(escaped[1..]);
        escaped[encoded.Length + 1] = (byte)'"';
        _target.Advance(encoded.Length + 2);
    }

    private static bool IsPlainAscii(string value)
    {
        foreach (var c in value)
        {
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\')
            {
                return false;
            }
        }

        return true;
    }

    private void Open(ReadOnlySpan<byte> name, byte bracket)
    {
        Name(name);
        _target.WriteByte(bracket);
        _needsComma = false;
    }

    private void Close(byte bracket)
    {
        _target.WriteByte(bracket);
        _needsComma = true;
    }

    /// <summary>Writes the comma before a member or element, and the property name when there is one.</summary>
    private void Name(ReadOnlySpan<byte> name)
    {
        var span = _target.GetSpan(name.Length + 4);
        var length = 0;
        if (_needsComma)
        {
            span[length++] = (byte)',';
        }

        _needsComma = true;
        if (!name.IsEmpty)
        {
            span[length++] = (byte)'"';
            name.CopyTo(span[length..]);
            length += name.Length;
            span[length++] = (byte)'"';
            span[length++] = (byte)':';
        }

        _target.Advance(length);
    }
}
