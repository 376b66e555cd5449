using System;
using System.IO;
using System.Text;
using Zenput.Sla.Cli.Io;

namespace Zenput.Sla.Tests.Cli.Io;

/// <summary>Standard error: written while it can be; once it fails, later messages are dropped without an error, so explaining an error never crashes the tool.</summary>
public sealed class BestEffortWriterTests
{
    [Fact]
    public void Every_kind_of_write_reaches_standard_error_while_it_works()
    {
        var inner = new StringWriter { NewLine = "\n" };
        var error = new BestEffortWriter(inner) { NewLine = "\n" };

        error.Write('a');
        error.Write("bc");
        error.Write(['x', 'd', 'e', 'y'], 1, 2);
        error.WriteLine("f");
        error.Flush();

        inner.ToString().Should().Be("abcdef\n");
        error.Encoding.Should().Be(inner.Encoding);
    }

    [Theory]
    [InlineData(typeof(IOException))]
    [InlineData(typeof(ObjectDisposedException))]
    [InlineData(typeof(UnauthorizedAccessException))]
    public void Once_standard_error_fails_later_writes_are_dropped_without_an_error(Type failure)
    {
        var inner = new FailingWriter(failure);
        var error = new BestEffortWriter(inner);

        var writes = () =>
        {
            error.WriteLine("first");
            error.Write('x');
            error.Write("more");
            error.Write(['y'], 0, 1);
            error.Flush();
        };

        writes.Should().NotThrow();
        inner.Calls.Should().Be(1);
    }

    [Fact]
    public void A_failure_that_is_not_about_writing_is_not_swallowed()
    {
        var error = new BestEffortWriter(new FailingWriter(typeof(InvalidOperationException)));

        var write = () => error.Write("x");

        write.Should().Throw<InvalidOperationException>();
    }

    private sealed class FailingWriter(Type failure) : TextWriter
    {
        public int Calls { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Fail();

        public override void Write(string? value) => Fail();

        public override void Write(char[] buffer, int index, int count) => Fail();

        public override void WriteLine(string? value) => Fail();

        public override void Flush() => Fail();

        private void Fail()
        {
            Calls++;
            throw (Exception)Activator.CreateInstance(failure, "standard error failed")!;
        }
    }
}
