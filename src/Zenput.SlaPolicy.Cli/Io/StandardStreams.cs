using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

namespace Zenput.Sla.Cli.Io;

/// <summary>
/// The process's standard input, output and error as streams that call <c>read(2)</c> and
/// <c>write(2)</c> on descriptors 0, 1 and 2 directly.
/// </summary>
/// <remarks>
/// <para>.NET's console streams ignore a broken pipe (a write to a closed reader "succeeds"), which
/// would let the tool exit 0 after dropping every later answer. A <see cref="FileStream"/> on the
/// descriptor would report it, but writes a regular file at its own offset (<c>pwrite</c>), over what
/// the shell or an earlier command appended to the same file. Plain <c>write(2)</c> does neither:
/// every error (a closed pipe, a full disk) is an <see cref="IOException"/> with the errno as its
/// <see cref="Exception.HResult"/>, and the shared file offset moves as it should.</para>
/// <para>A descriptor closed by the caller (<c>&lt;&amp;-</c>) is reused by the runtime for its own
/// pipes before the tool starts, so reading "standard input" would block forever on the runtime's
/// pipe. Descriptors inherited from the caller never have close-on-exec set (they would not have been
/// inherited), while everything the runtime opens does: that tells the two apart.</para>
/// </remarks>
internal static partial class StandardStreams
{
    private const int GetDescriptorFlags = 1;
    private const int CloseOnExec = 1;
    private const int Interrupted = 4;

    /// <summary>Whether descriptor <paramref name="fd"/> was handed to the process open by its caller.</summary>
    public static bool IsInherited(int fd)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        var flags = Fcntl(fd, GetDescriptorFlags);
        return flags >= 0 && (flags & CloseOnExec) == 0;
    }

    /// <summary>Opens descriptor <paramref name="fd"/> (0, 1 or 2) as an unbuffered stream, without taking ownership of it.</summary>
    public static Stream Open(int fd)
    {
        if (OperatingSystem.IsWindows())
        {
            return fd switch
            {
                0 => Console.OpenStandardInput(),
                1 => Console.OpenStandardOutput(),
                _ => Console.OpenStandardError(),
            };
        }

        return new DescriptorStream(fd);
    }

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(int fd, int command);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static unsafe partial nint ReadNative(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint WriteNative(int fd, byte* buffer, nint count);

    /// <summary>A would-block error (EAGAIN/EWOULDBLOCK) on a descriptor the caller left non-blocking.</summary>
    private static bool WouldBlock(int errno) => errno == (OperatingSystem.IsMacOS() ? 35 : 11);

    private static IOException Failure(int errno) => new(Marshal.GetPInvokeErrorMessage(errno), errno);

    private sealed class DescriptorStream(int fd) : Stream
    {
        public override bool CanRead => fd == 0;

        public override bool CanSeek => false;

        public override bool CanWrite => fd != 0;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override unsafe int Read(Span<byte> buffer)
        {
            fixed (byte* pointer = buffer)
            {
                while (true)
                {
                    var read = ReadNative(fd, pointer, buffer.Length);
                    if (read >= 0)
                    {
                        return (int)read;
                    }

                    var errno = Marshal.GetLastPInvokeError();
                    if (errno != Interrupted && !WouldBlock(errno))
                    {
                        throw Failure(errno);
                    }

                    if (WouldBlock(errno))
                    {
                        Thread.Sleep(1);
                    }
                }
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override unsafe void Write(ReadOnlySpan<byte> buffer)
        {
            fixed (byte* pointer = buffer)
            {
                var done = 0;
                while (done < buffer.Length)
                {
                    var written = WriteNative(fd, pointer + done, buffer.Length - done);
                    if (written >= 0)
                    {
                        done += (int)written;
                        continue;
                    }

                    var errno = Marshal.GetLastPInvokeError();
                    if (errno != Interrupted && !WouldBlock(errno))
                    {
                        throw Failure(errno);
                    }

                    if (WouldBlock(errno))
                    {
                        Thread.Sleep(1);
                    }
                }
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
