using System.IO;
using System.IO.Pipes;
using System.Text;
using Zenput.Sla.Cli.Io;

namespace Zenput.Sla.Tests.Cli.Io;

/// <summary>
/// The descriptor streams behind standard input and output (<c>read(2)</c>/<c>write(2)</c> directly), tried on
/// real pipes: a closed reader is an error, not a write that silently "succeeds".
/// </summary>
public sealed class StandardStreamsTests
{
    [Fact]
    public void Bytes_written_to_a_descriptor_arrive_at_its_reader()
    {
        using var reader = new AnonymousPipeServerStream(PipeDirection.In);
        var output = StandardStreams.Open((int)reader.ClientSafePipeHandle.DangerousGetHandle());

        output.Write("hello\n"u8);
        output.Flush();
        reader.DisposeLocalCopyOfClientHandle();

        new StreamReader(reader, Encoding.UTF8).ReadToEnd().Should().Be("hello\n");
    }

    [Fact]
    public void Writing_after_the_reader_closed_the_pipe_is_an_IOException_carrying_EPIPE()
    {
        var reader = new AnonymousPipeServerStream(PipeDirection.In);
        using var writeEnd = reader.ClientSafePipeHandle;
        var output = StandardStreams.Open((int)writeEnd.DangerousGetHandle());
        reader.Dispose();

        var write = () => output.Write([1, 2, 3], 0, 3);

        write.Should().Throw<IOException>().Which.HResult.Should().Be(32);
    }

    [Fact]
    public void Reading_a_descriptor_returns_what_was_written_then_zero_at_the_end()
    {
        using var writer = new AnonymousPipeServerStream(PipeDirection.Out);
        using var readEnd = writer.ClientSafePipeHandle;
        var input = StandardStreams.Open((int)readEnd.DangerousGetHandle());
        writer.Write("abc"u8);
        writer.Dispose();
        var buffer = new byte[8];

        var first = input.Read(buffer, 0, buffer.Length);
        var end = input.Read(buffer, 0, buffer.Length);

        (first, Encoding.ASCII.GetString(buffer, 0, 3), end).Should().Be((3, "abc", 0));
    }

    [Fact]
    public void A_descriptor_the_runtime_opened_itself_is_not_taken_for_one_the_caller_handed_over()
    {
        // Everything .NET opens is close-on-exec; descriptors inherited from the caller are not.
        using var pipe = new AnonymousPipeServerStream(PipeDirection.In);

        StandardStreams.IsInherited((int)pipe.SafePipeHandle.DangerousGetHandle()).Should().BeFalse();
    }

    [Fact]
    public void A_closed_descriptor_is_not_inherited()
    {
        StandardStreams.IsInherited(1_000_000).Should().BeFalse();
    }
}
