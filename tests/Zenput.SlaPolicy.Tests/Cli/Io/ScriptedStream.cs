using System;
using System.IO;

namespace Zenput.Sla.Tests.Cli.Io;

/// <summary>A stream whose reads, writes and flushes throw what the test says, and that counts the calls that reach it.</summary>
internal sealed class ScriptedStream : Stream
{
    private readonly MemoryStream _input;
    private readonly MemoryStream _output = new();

    public ScriptedStream(byte[]? input = null) => _input = new MemoryStream(input ?? []);

    public Exception? OnWrite { get; set; }

    public Exception? OnFlush { get; set; }

    public Exception? OnRead { get; set; }

    public int Writes { get; private set; }

    public int Flushes { get; private set; }

    public bool Disposed { get; private set; }

    public byte[] Written => _output.ToArray();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => OnRead is { } e ? throw e : _input.Read(buffer);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Writes++;
        if (OnWrite is { } e)
        {
            throw e;
        }

        _output.Write(buffer);
    }

    public override void Flush()
    {
        Flushes++;
        if (OnFlush is { } e)
        {
            throw e;
        }
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
