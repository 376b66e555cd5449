using System;
using System.IO;

namespace Zenput.Sla.Cli.Io;

/// <summary>
/// The file an <c>--output FILE</c> option names, written so that nothing is lost: the output goes to a
/// temporary file beside it and is moved over it by <see cref="Commit"/> only once the command has written
/// everything. A run that stops part-way (the input cannot be read, the disk is full, a bug) leaves the old
/// file exactly as it was and no half-written one. Paths under <c>/dev</c> or <c>/proc</c> (or links into them:
/// <c>/dev/stdout</c>, <c>/dev/null</c>, a shell's process substitution) and anything else that is not a regular
/// file (a named pipe made with <c>mkfifo</c>) are not files to replace and are written directly. A symbolic link is
/// followed to its final target, which is replaced the same way (the temporary file beside the target, in the target's
/// folder), so the link stays a link and its target gets the output, as with <c>cp</c> or a shell's <c>&gt;</c>; a link
/// to nothing (dangling) or a loop of links is refused with exit 4.
/// </summary>
internal sealed class ReplacingFile : IDisposable
{
    private readonly FileInfo _destination;
    private readonly FileInfo _target;
    private readonly string? _temporary;
    private readonly FileStream _stream;
    private bool _committed;

    private ReplacingFile(FileInfo destination, FileInfo target, string? temporary, FileStream stream)
    {
        _destination = destination;
        _target = target;
        _temporary = temporary;
        _stream = stream;
    }

    /// <summary>Where to write: a temporary file beside the destination, or the destination itself for a device.</summary>
    public Stream Stream => _stream;

    /// <summary>Opens the temporary file (or the device); exit 4 if the folder cannot be written.</summary>
    public static ReplacingFile Create(FileInfo destination)
    {
        string? temporary = null;
        try
        {
            if (IsDevice(destination))
            {
                return new ReplacingFile(destination, destination, null, new FileStream(destination.FullName, FileMode.Open, FileAccess.Write));
            }

            var target = Followed(destination);
            if (OpenIfNotRegular(target) is { } pipe)
            {
                return new ReplacingFile(destination, target, null, pipe);
            }

            temporary = Path.Combine(target.DirectoryName ?? ".", $".{target.Name}.{Guid.NewGuid():N}.tmp");
            return new ReplacingFile(destination, target, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failed(destination, e);
        }
    }

    /// <summary>Writes everything out and puts the file in place of the destination; exit 4 if that fails.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        try
        {
            _stream.Dispose();
            if (_temporary is not null)
            {
                File.Move(_temporary, _target.FullName, overwrite: true);
            }

            _committed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failed(_destination, e);
        }
    }

    /// <summary>Without <see cref="Commit"/>: drops the temporary file, leaving the destination untouched.</summary>
    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        _committed = true;
        try
        {
            _stream.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The run already failed and says why; the temporary file goes below either way.
        }

        if (_temporary is not null)
        {
            try
            {
                File.Delete(_temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The failure that got us here is reported; a leftover temporary file is the lesser problem.
            }
        }
    }

    /// <summary>
    /// The file the output replaces: the destination itself, or for a symbolic link its final target (through any chain of
    /// links), which must exist. Moving the temporary file over the link replaced the link with a plain file and left its
    /// target as it was. A dangling link or a loop is a CliException with exit 4 naming the link.
    /// </summary>
    private static FileInfo Followed(FileInfo destination)
    {
        if (destination.LinkTarget is null)
        {
            return destination;
        }

        FileSystemInfo? target;
        try
        {
            target = destination.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException e)
        {
            // ELOOP: the links lead back to themselves (or form a chain longer than the system follows).
            throw new CliException(
                ExitCodes.IoError,
                $"Cannot write the output {ErrorText.Quote(destination.FullName)}: it is a symbolic link that never reaches a file (its links form a loop).",
                e);
        }

        if (target is null)
        {
            return destination;
        }

        if (!Path.Exists(target.FullName))
        {
            throw new CliException(
                ExitCodes.IoError,
                $"Cannot write the output {ErrorText.Quote(destination.FullName)}: it is a symbolic link to {ErrorText.Quote(target.FullName)}, which does not exist; create the file or give the path to write.");
        }

        return new FileInfo(target.FullName);
    }

    /// <summary>
    /// An existing destination that is not a regular file (a named pipe, a character device, wherever it lies), opened to
    /// be written directly; null for a regular file or none. Moving a file over a named pipe replaced the pipe with a
    /// plain file: its reader never had a byte and waited for ever, and the run said exit 0.
    /// </summary>
    private static FileStream? OpenIfNotRegular(FileInfo destination)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(destination.FullName))
        {
            return null;
        }

        FileStream stream;
        try
        {
            // Opening without truncating changes nothing in a regular file; only a regular file (or a disk) can seek.
            stream = new FileStream(destination.FullName, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file that cannot be written in place (read-only) can still be replaced, as before.
            return null;
        }

        if (stream.CanSeek)
        {
            stream.Dispose();
            return null;
        }

        return stream;
    }

    private static bool IsDevice(FileInfo destination)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        if (IsUnder(destination.FullName))
        {
            return true;
        }

        try
        {
            var target = destination.Exists || destination.LinkTarget is not null
                ? destination.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? destination.FullName
                : destination.FullName;
            return IsUnder(target);
        }
        catch (IOException)
        {
            // A loop of links leads to no device; Followed says what is wrong with it.
            return false;
        }

        static bool IsUnder(string path) =>
            path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal);
    }

    private static CliException Failed(FileInfo destination, Exception e) =>
        new(ExitCodes.IoError, $"Cannot write the output {ErrorText.Quote(destination.FullName)}: {e.Message}", e);
}
