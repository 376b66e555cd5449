using System;
using System.IO;

namespace Zenput.Sla.Cli.Batch;

/// <summary>
/// The answers of a batch held before they go to the output: a growable byte buffer that writers can fill in
/// place (<see cref="GetSpan"/> and <see cref="Advance"/>), so that a line built byte by byte is never copied
/// from a buffer of its own into this one. It is a write-only <see cref="Stream"/> too, for the writers that
/// take a stream (error lines, the <c>due</c> answers). Writing to it never fails; only <see cref="WriteTo"/>,
/// which hands the bytes to the real output, can.
/// </summary>
internal sealed class OutputBuffer : Stream
{
    private byte[] _buffer;
    private int _length;

    /// <summary>Creates an empty buffer.</summary>
    /// <param name="capacity">The bytes it holds before it first grows.</param>
    public OutputBuffer(int capacity = 4096)
    {
        _buffer = new byte[capacity];
    }

    /// <summary>Gets the bytes written and not yet handed on.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Gets how many bytes the buffer holds before it grows.</summary>
    public int Capacity => _buffer.Length;

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => _length;

    /// <inheritdoc />
    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>Returns room for at least <paramref name="sizeHint"/> more bytes, after those written; hand what was written to <see cref="Advance"/>.</summary>
    /// <param name="sizeHint">The most bytes the caller will write.</param>
    public Span<byte> GetSpan(int sizeHint)
    {
        if (_length + sizeHint > _buffer.Length)
        {
            // Rare after the first lines: the buffer keeps its size for the lines after.
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + sizeHint));
        }

        return _buffer.AsSpan(_length);
    }

    /// <summary>Takes <paramref name="count"/> bytes written into the last <see cref="GetSpan"/>.</summary>
    /// <param name="count">How many bytes were written.</param>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _length);
        _length += count;
    }

    /// <summary>Forgets what was written (the bytes are not handed on).</summary>
    public void Clear() => _length = 0;

    /// <summary>Hands every byte written to <paramref name="output"/> and empties the buffer, even when <paramref name="output"/> fails (so that no byte is ever written twice).</summary>
    /// <param name="output">The real output.</param>
    public void WriteTo(Stream output)
    {
        var length = _length;
        _length = 0;
        if (length > 0)
        {
            output.Write(_buffer, 0, length);
        }
    }

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        buffer.CopyTo(GetSpan(buffer.Length));
        _length += buffer.Length;
    }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override void WriteByte(byte value)
    {
        GetSpan(1)[0] = value;
        _length++;
    }

    /// <inheritdoc />
    public override void Flush()
    {
        // Nothing to do: the bytes stay here until WriteTo hands them on.
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();
}
