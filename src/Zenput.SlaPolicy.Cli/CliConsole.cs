using System;
using System.IO;
using System.Text;
using NodaTime;
using Zenput.Sla.Cli.Io;
using Zenput.Sla.Cli.Text;

namespace Zenput.Sla.Cli;

/// <summary>The streams a command reads and writes, so that tests can run commands in-process.</summary>
/// <remarks>
/// <para><see cref="Output"/> is standard output as bytes (JSON lines, JSON documents); <see cref="Out"/>
/// writes UTF-8 text to it with <c>\n</c> line ends (iCalendar text, which escapes itself), and
/// <see cref="Text"/> is the same with control characters escaped, for text meant for a person.
/// Writing to <see cref="Output"/> after <see cref="Out"/> needs <c>Out.Flush()</c> first.</para>
/// <para>A failure to write the output is a <see cref="CliException"/> (exit code 4); standard error is
/// best effort: a closed or full standard error is ignored.</para>
/// </remarks>
internal sealed class CliConsole
{
    private readonly TextWriter _errorRaw;

    /// <summary>Creates a console.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="openInput">Opens standard input as bytes; throws <see cref="CliException"/> when there is none.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal (progress is shown only then).</param>
    /// <param name="clock">Where "now" comes from.</param>
    public CliConsole(Stream output, TextWriter error, Func<Stream> openInput, bool errorIsTerminal, IClock clock)
    {
        Output = new GuardedOutputStream(output);
        Out = new StreamWriter(Output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Text = new EscapingWriter(Out);
        _errorRaw = new BestEffortWriter(error) { NewLine = "\n" };
        Error = new EscapingWriter(_errorRaw);
        OpenInput = openInput;
        ErrorIsTerminal = errorIsTerminal;
        Clock = clock;
    }

    /// <summary>Gets standard output as bytes.</summary>
    public Stream Output { get; }

    /// <summary>Gets standard output as UTF-8 text.</summary>
    public TextWriter Out { get; }

    /// <summary>Gets standard output as text for a person: control characters are escaped.</summary>
    public TextWriter Text { get; }

    /// <summary>Gets standard error (best effort, control characters escaped).</summary>
    public TextWriter Error { get; }

    /// <summary>Gets a function that opens standard input as bytes.</summary>
    public Func<Stream> OpenInput { get; }

    /// <summary>Gets whether standard error is a terminal.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>Gets where "now" comes from (status as of now, status-page notices as of now).</summary>
    public IClock Clock { get; }

    /// <summary>Shows <paramref name="text"/> as the progress line on a terminal's standard error (replacing the previous one), or clears it when null.</summary>
    public void Progress(string? text)
    {
        if (ErrorIsTerminal)
        {
            // Carriage return and "erase to end of line": the one place the tool writes control characters itself.
            _errorRaw.Write(text is null ? "\r\u001b[K" : "\r" + ControlCharacters.Escape(text) + "\u001b[K");
            _errorRaw.Flush();
        }
    }

    /// <summary>Gets the console of this process: descriptors 0, 1 and 2, checked (see <see cref="StandardStreams"/>).</summary>
    public static CliConsole ForProcess()
    {
        var output = StandardStreams.IsInherited(1) ? StandardStreams.Open(1) : new ClosedStream();
        var error = StandardStreams.IsInherited(2)
            ? new StreamWriter(StandardStreams.Open(2), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true }
            : TextWriter.Null;
        return new CliConsole(
            output,
            error,
            () => StandardStreams.IsInherited(0)
                ? StandardStreams.Open(0)
                : throw new CliException(ExitCodes.IoError, "Standard input is closed, so there is no input to read (--input -)."),
            StandardStreams.IsInherited(2) && !Console.IsErrorRedirected,
#pragma warning disable RS0030 // The tool is the one place that reads the real clock; the library only takes an IClock.
            SystemClock.Instance);
#pragma warning restore RS0030
    }

    /// <summary>Standard output when the caller closed it: every write fails, and is reported as such.</summary>
    private sealed class ClosedStream : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => 0;

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new ObjectDisposedException("standard output");
    }
}
