using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli.Batch;

namespace Zenput.Sla.Cli.Evaluate;

/// <summary>
/// Builds one compact JSON line byte by byte in a reused buffer, for the batch fast path: property
/// names are written as given (callers pass plain ASCII), instants and durations by the same fast
/// formatters as <c>due --input</c>, and only free text goes through JSON escaping.
/// </summary>
internal sealed class JsonLineBuilder
{
    private readonly Iso8601Utf8.DateMemo _dates = new();
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

    public void StartObject(ReadOnlySpan<byte> name = default) => Open(name, (byte)'{');

    public void EndObject() => Close((byte)'}');

    public void StartArray(ReadOnlySpan<byte> name = default) => Open(name, (byte)'[');

    public void EndArray() => Close((byte)']');

    public void EndLine() => Raw("\n"u8);

    /// <summary>Writes a value that is already JSON (a checked token, a pre-encoded string with its quotes).</summary>
    public void RawValue(ReadOnlySpan<byte> name, ReadOnlySpan<byte> json)
    {
        Name(name);
        Raw(json);
    }

    public void Null(ReadOnlySpan<byte> name)
    {
        Name(name);
        Raw("null"u8);
    }

    public void Boolean(ReadOnlySpan<byte> name, bool value)
    {
        Name(name);
        Raw(value ? "true"u8 : "false"u8);
    }

    public void Number(ReadOnlySpan<byte> name, long value)
    {
        Name(name);
        Ensure(20);
        value.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    public void Number(ReadOnlySpan<byte> name, double value)
    {
        Name(name);
        Ensure(32);
        value.TryFormat(_buffer.AsSpan(_length), out var written, "R", CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>Writes an instant as RFC 3339 UTC (<c>2026-11-25T07:30:00Z</c>), or null.</summary>
    public void Instant(ReadOnlySpan<byte> name, Instant? value)
    {
        Name(name);
        if (value is not { } instant)
        {
            Raw("null"u8);
            return;
        }

        Ensure(Iso8601Utf8.MaxLength + 2);
        _buffer[_length++] = (byte)'"';
        var written = Iso8601Utf8.FormatUtc(instant, _buffer.AsSpan(_length), _dates);
        _length += written > 0 ? written : Encoding.UTF8.GetBytes(InstantPattern.ExtendedIso.Format(instant), _buffer.AsSpan(_length));
        _buffer[_length++] = (byte)'"';
    }

    /// <summary>Writes a duration as NodaTime's JSON round-trip text (<c>-H:mm:ss.FFFFFFFFF</c>: total hours, <c>"2:00:00"</c>).</summary>
    public void Duration(ReadOnlySpan<byte> name, Duration value)
    {
        Name(name);
        Ensure(48);
        _buffer[_length++] = (byte)'"';
        if (value < NodaTime.Duration.Zero)
        {
            _buffer[_length++] = (byte)'-';
            value = -value;
        }

        var hours = (value.Days * 24L) + value.Hours;
        hours.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
        TwoDigits((byte)':', value.Minutes);
        TwoDigits((byte)':', value.Seconds);
        var fraction = value.SubsecondNanoseconds;
        if (fraction > 0)
        {
            _buffer[_length++] = (byte)'.';
            for (var divisor = 100_000_000; divisor > 0 && fraction > 0; divisor /= 10)
            {
                _buffer[_length++] = (byte)('0' + (fraction / divisor));
                fraction %= divisor;
            }
        }

        _buffer[_length++] = (byte)'"';
    }

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

    private void TwoDigits(byte separator, int value)
    {
        _buffer[_length++] = separator;
        _buffer[_length++] = (byte)('0' + (value / 10));
        _buffer[_length++] = (byte)('0' + (value % 10));
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
