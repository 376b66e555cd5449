using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zenput.Sla.Cli.Batch;

namespace Zenput.Sla.Cli.Evaluate;

/// <summary>
/// Builds one compact JSON line byte by byte in a reused buffer, for the batch fast path: the fixed part
/// of a line through a <see cref="SpanJsonWriter"/> over a reserved span (instants and durations by the same
/// fast formatters as <c>due --input</c>), then arrays of free text, which alone go through JSON escaping.
/// Property names are written as given (callers pass plain ASCII).
/// </summary>
internal sealed class JsonLineBuilder
{
    private readonly Iso8601Utf8.TextMemo _dates = new();
    private byte[] _buffer = new byte[4096];
    private int _length;
    private bool _needsComma;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Clear()
    {
        _length = 0;
        _needsComma = false;
    }

    public void WriteTo(Stream output) => output.Write(_buffer, 0, _length);

    /// <summary>Makes room for <paramref name="max"/> more bytes and returns a writer over them; hand what it wrote to <see cref="Advance"/>.</summary>
    /// <param name="max">The most bytes the caller will write.</param>
    public SpanJsonWriter Reserve(int max)
    {
        Ensure(max);
        return new SpanJsonWriter(_buffer.AsSpan(_length, max), _dates);
    }

    /// <summary>Takes the bytes a <see cref="Reserve"/> writer wrote as part of the line.</summary>
    /// <param name="written">How many bytes it wrote.</param>
    /// <param name="inMember">Whether they ended inside an object or array after a member or element (so the next one needs a comma).</param>
    public void Advance(int written, bool inMember)
    {
        _length += written;
        _needsComma = inMember;
    }

    public void EndObject() => Close((byte)'}');

    public void StartArray(ReadOnlySpan<byte> name = default) => Open(name, (byte)'[');

    public void EndArray() => Close((byte)']');

    public void EndLine() => Raw("\n"u8);

    /// <summary>Writes free text as a JSON string: ASCII without specials is copied, anything else is escaped as the tool's other output is.</summary>
    public void String(ReadOnlySpan<byte> name, string value)
    {
        Name(name);
        if (IsPlainAscii(value))
        {
            Ensure(value.Length + 2);
            _buffer[_length++] = (byte)'"';
            _length += Encoding.ASCII.GetBytes(value, _buffer.AsSpan(_length));
            _buffer[_length++] = (byte)'"';
            return;
        }

        var encoded = JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes;
        Ensure(encoded.Length + 2);
        _buffer[_length++] = (byte)'"';
        encoded.CopyTo(_buffer.AsSpan(_length));
        _length += encoded.Length;
        _buffer[_length++] = (byte)'"';
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
        Ensure(1);
        _buffer[_length++] = bracket;
        _needsComma = false;
    }

    private void Close(byte bracket)
    {
        Ensure(1);
        _buffer[_length++] = bracket;
        _needsComma = true;
    }

    /// <summary>Writes the comma before a member or element, and the property name when there is one.</summary>
    private void Name(ReadOnlySpan<byte> name)
    {
        Ensure(name.Length + 4);
        if (_needsComma)
        {
            _buffer[_length++] = (byte)',';
        }

        _needsComma = true;
        if (!name.IsEmpty)
        {
            _buffer[_length++] = (byte)'"';
            name.CopyTo(_buffer.AsSpan(_length));
            _length += name.Length;
            _buffer[_length++] = (byte)'"';
            _buffer[_length++] = (byte)':';
        }
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length)
        {
            // Rare (a long audit trail): the buffer keeps its size for the lines after.
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }
}
