using System;
using System.IO;
using Zenput.Sla.Cli;
using Zenput.Sla.Cli.Io;

namespace Zenput.Sla.Tests.Cli.Io;

/// <summary>Standard output's guard: every kind of write failure is one exit-4 error that names it, and it stays failed.</summary>
public sealed class GuardedOutputStreamTests
{
    [Fact]
    public void A_reader_that_closed_the_pipe_is_exit_4_saying_so()
    {
        var inner = new ScriptedStream { OnWrite = new IOException("Broken pipe", 32) };
        var output = new GuardedOutputStream(inner);

        var write = () => output.Write([1, 2, 3], 0, 3);

        write.Should().Throw<CliException>().Which.Should().Match<CliException>(e =>
            e.ExitCode == ExitCodes.IoError && e.Message == "Cannot write the output: the reader closed the pipe (Broken pipe).");
    }

    [Fact]
    public void A_full_disk_on_flush_is_exit_4_with_the_systems_reason()
    {
        var inner = new ScriptedStream { OnFlush = new IOException("No space left on device.", 28) };
        var output = new GuardedOutputStream(inner);

        var flush = () => output.Flush();

        flush.Should().Throw<CliException>().Which.Should().Match<CliException>(e =>
            e.ExitCode == ExitCodes.IoError && e.Message == "Cannot write the output: No space left on device.");
    }

    [Theory]
    [InlineData(typeof(ObjectDisposedException))]
    [InlineData(typeof(UnauthorizedAccessException))]
    public void A_closed_or_forbidden_standard_output_is_exit_4_saying_it_is_closed(Type failure)
    {
        var exception = failure == typeof(ObjectDisposedException) ? (Exception)new ObjectDisposedException("stdout") : new UnauthorizedAccessException("denied");
        var output = new GuardedOutputStream(new ScriptedStream { OnWrite = exception });

        var write = () => output.WriteByte(7);

        write.Should().Throw<CliException>().WithMessage("Cannot write the output: standard output is closed.");
    }

    [Fact]
    public void After_one_failed_write_later_writes_and_flushes_fail_the_same_way_without_reaching_the_output()
    {
        var inner = new ScriptedStream { OnWrite = new IOException("Broken pipe", 32) };
        var output = new GuardedOutputStream(inner);
        var first = Record.Exception(() => output.Write([1]));
        inner.OnWrite = null;

        var laterWrite = Record.Exception(() => output.Write([2]));
        var laterFlush = Record.Exception(() => output.Flush());

        first.Should().BeOfType<CliException>();
        laterWrite.Should().BeSameAs(first);
        laterFlush.Should().BeSameAs(first);
        inner.Writes.Should().Be(1);
        inner.Flushes.Should().Be(0);
        inner.Written.Should().BeEmpty();
    }

    [Fact]
    public void An_error_that_is_not_about_writing_is_not_dressed_up_as_an_output_failure()
    {
        var output = new GuardedOutputStream(new ScriptedStream { OnWrite = new InvalidOperationException("a bug") });

        var write = () => output.Write([1]);

        write.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Bytes_that_can_be_written_reach_the_output_unchanged()
    {
        var inner = new ScriptedStream();
        var output = new GuardedOutputStream(inner);

        output.Write([1, 2, 3, 4], 1, 2);
        output.WriteByte(9);
        output.Flush();

        inner.Written.Should().Equal(2, 3, 9);
        inner.Flushes.Should().Be(1);
    }
}
