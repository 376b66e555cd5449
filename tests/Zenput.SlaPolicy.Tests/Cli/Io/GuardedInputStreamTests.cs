using System;
using System.IO;
using Zenput.Sla.Cli;
using Zenput.Sla.Cli.Io;

namespace Zenput.Sla.Tests.Cli.Io;

/// <summary>A batch's input: a read failure is one exit-4 error naming the input; the bytes otherwise pass unchanged.</summary>
public sealed class GuardedInputStreamTests
{
    [Theory]
    [InlineData(typeof(IOException))]
    [InlineData(typeof(UnauthorizedAccessException))]
    public void A_failed_read_is_exit_4_naming_the_input_and_the_reason(Type failure)
    {
        var exception = failure == typeof(IOException) ? (Exception)new IOException("Input/output error.") : new UnauthorizedAccessException("Input/output error.");
        var input = new GuardedInputStream(new ScriptedStream { OnRead = exception }, "'tickets.jsonl'");

        var read = () => input.Read(new byte[8], 0, 8);

        read.Should().Throw<CliException>().Which.Should().Match<CliException>(e =>
            e.ExitCode == ExitCodes.IoError && e.Message == "Cannot read the input 'tickets.jsonl': Input/output error." && e.InnerException == exception);
    }

    [Fact]
    public void The_bytes_of_the_input_pass_unchanged()
    {
        var input = new GuardedInputStream(new ScriptedStream([10, 20, 30]), "-");
        var buffer = new byte[5];

        var read = input.Read(buffer, 1, 4);

        read.Should().Be(3);
        buffer.Should().Equal(0, 10, 20, 30, 0);
    }

    [Fact]
    public void Disposing_the_guard_closes_the_input_it_reads()
    {
        var inner = new ScriptedStream();

        new GuardedInputStream(inner, "-").Dispose();

        inner.Disposed.Should().BeTrue();
    }
}
