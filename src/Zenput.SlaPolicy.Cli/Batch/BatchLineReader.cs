using System;
using System.IO;

namespace Zenput.Sla.Cli.Batch;

/// <summary>
/// Splits a byte stream into lines without holding more than one line (capped) in memory.
/// Accepts LF and CRLF ends and a UTF-8 byte-order mark at the start of any line: each line is a JSON text, which
/// RFC 8259 lets a reader take with a mark before it, and files that each begin with one are joined with <c>cat</c>.
/// </summary>
internal sealed class BatchLineReader
{
    private readonly Stream _input;
    private readonly int _maxLineBytes;
    private readonly byte[] _buffer;
    private byte[] _line;
    private int _start;
    private int _end;
    private bool _eof;

    // The last line handed out, as read (before Trim), and whether it was too long: Unread hands it out again. Its bytes
    // stay where they are until the next read, which is the only thing that moves the buffers on.
    private ReadOnlyMemory<byte> _last;
    private bool _lastTooLong;
    private bool _repeat;

    public BatchLineReader(Stream input, int maxLineBytes, int bufferSize = 1 << 16)
    {
        _input = input;
        _maxLineBytes = maxLineBytes;
        _buffer = new byte[bufferSize];
        _line = new byte[Math.Min(maxLineBytes, 4096)];
    }

    /// <summary>Gets the 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>
    /// Reads the next line (without its end). Returns false at the end of input. When the line is
    /// longer than the cap, <paramref name="tooLong"/> is true, the rest of it is skipped, and
    /// <paramref name="line"/> is empty.
    /// </summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        if (_repeat)
        {
            _repeat = false;
            tooLong = _lastTooLong;
            line = tooLong ? default : Trim(_last.Span);
            return true;
        }

        line = default;
        tooLong = false;
        var length = 0;
        var sawAny = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_eof || !Fill())
                {
                    if (!sawAny)
                    {
                        return false;
                    }

                    break;
                }
            }

            sawAny = true;
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            if (length == 0 && newline >= 0 && !tooLong && newline <= _maxLineBytes)
            {
                // The whole line lies in the buffer (the common case): hand it out from there, with no copy.
                _last = _buffer.AsMemory(_start, newline);
                _lastTooLong = false;
                _start += newline + 1;
                LineNumber++;
                line = Trim(_last.Span);
                return true;
            }

            var chunk = newline >= 0 ? available[..newline] : available;
            if (!tooLong)
            {
                if (length + chunk.Length > _maxLineBytes)
                {
                    tooLong = true;
                }
                else
                {
                    if (length + chunk.Length > _line.Length)
                    {
                        Array.Resize(ref _line, Math.Min(_maxLineBytes, Math.Max(_line.Length * 2, length + chunk.Length)));
                    }

                    chunk.CopyTo(_line.AsSpan(length));
                    length += chunk.Length;
                }
            }

            if (newline >= 0)
            {
                _start += newline + 1;
                break;
            }

            _start = _end;
        }

        LineNumber++;
        _lastTooLong = tooLong;
        _last = tooLong ? default : _line.AsMemory(0, length);
        if (tooLong)
        {
            return true;
        }

        line = Trim(_last.Span);
        return true;
    }

    /// <summary>
    /// Makes the next <see cref="TryReadLine"/> hand out the line last read again, the same bytes with the same
    /// <see cref="LineNumber"/>, without reading (a batch whose chunk the line did not fit begins the next chunk with it).
    /// </summary>
    public void Unread()
    {
        if (LineNumber == 0)
        {
            throw new InvalidOperationException("No line was read.");
        }

        _repeat = true;
    }

    /// <summary>The line without a byte-order mark at its start (one) and without the CR of a CRLF end.</summary>
    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> result)
    {
        // One byte compared on a line without a mark (the lead byte 0xEF cannot start a JSON text).
        if (!result.IsEmpty && result[0] == 0xEF && result.StartsWith("\uFEFF"u8))
        {
            result = result[3..];
        }

        if (!result.IsEmpty && result[^1] == (byte)'\r')
        {
            result = result[..^1];
        }

        return result;
    }

    private bool Fill()
    {
        var read = _input.Read(_buffer, 0, _buffer.Length);
        if (read <= 0)
        {
            _eof = true;
            _start = _end = 0;
            return false;
        }

        _start = 0;
        _end = read;
        return true;
    }
}
