using System;
using System.IO;
using System.Text;

namespace Zenput.Sla.Cli.Io;

/// <summary>
/// Standard error: messages are written if they can be, and a closed or full standard error is
/// ignored, so that failing to explain an error never turns it into a crash (it used to abort the
/// process with exit code 134). The exit code still says what happened.
/// </summary>
internal sealed class BestEffortWriter(TextWriter inner) : TextWriter
{
    private bool _failed;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Try(() => inner.Write(value));

    public override void Write(string? value) => Try(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Try(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Try(() => inner.WriteLine(value));

    public override void Flush() => Try(inner.Flush);

    private void Try(Action write)
    {
        if (_failed)
        {
            return;
        }

        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            _failed = true;
        }
    }
}
