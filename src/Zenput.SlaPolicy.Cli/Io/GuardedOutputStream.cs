using System;
using System.IO;

namespace Zenput.Sla.Cli.Io;

/// <summary>
/// Standard output as the tool writes it: any failure to write (a reader that closed the pipe, a full
/// disk, a closed descriptor) becomes one <see cref="CliException"/> with exit code 4, so the run stops
/// there instead of losing its later answers silently.
/// </summary>
internal sealed class GuardedOutputStream(Stream inner) : Stream
{
    private CliException? _failure;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ThrowIfFailed();
        try
        {
            inner.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            throw Fail(e);
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
        ThrowIfFailed();
        try
        {
            inner.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            throw Fail(e);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            throw _failure;
        }
    }

    private CliException Fail(Exception e)
    {
        // errno 32 (EPIPE): the reader went away, as `| head -1` does once it has its line.
        var reason = e is ObjectDisposedException or UnauthorizedAccessException ? "standard output is closed"
            : e.HResult == 32 ? "the reader closed the pipe (Broken pipe)"
            : e.Message.TrimEnd('.');
        _failure = new CliException(ExitCodes.IoError, $"Cannot write the output: {reason}.", e);
        return _failure;
    }
}
