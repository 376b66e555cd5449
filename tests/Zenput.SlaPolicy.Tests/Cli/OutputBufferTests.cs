using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;
using Zenput.Sla.Cli;
using Zenput.Sla.Cli.Batch;

namespace Zenput.Sla.Tests.Cli;

/// <summary>The buffer that holds a batch's answers before they go out: what is written in place or as a stream comes out once, in order.</summary>
public sealed class OutputBufferTests
{
    [Fact]
    public void Bytes_written_in_place_and_as_a_stream_come_out_in_order_past_many_growths()
    {
        var buffer = new OutputBuffer(capacity: 4);
        var expected = new MemoryStream();
        for (var i = 0; i < 500; i++)
        {
            var text = System.Text.Encoding.ASCII.GetBytes($"line {i};");
            if (i % 3 == 0)
            {
                var span = buffer.GetSpan(text.Length + 10);
                span.Length.Should().BeGreaterThanOrEqualTo(text.Length + 10);
                text.CopyTo(span);
                buffer.Advance(text.Length);
            }
            else if (i % 3 == 1)
            {
                buffer.Write(text);
            }
            else
            {
                foreach (var b in text)
                {
                    buffer.WriteByte(b);
                }
            }

            expected.Write(text);
        }

        buffer.Length.Should().Be(expected.Length);
        var output = new MemoryStream();
        buffer.WriteTo(output);

        output.ToArray().Should().Equal(expected.ToArray());
        buffer.Length.Should().Be(0, "what was handed on is not handed on again");
    }

    [Fact]
    public void A_failed_hand_on_empties_the_buffer_so_that_no_byte_is_written_twice()
    {
        var buffer = new OutputBuffer();
        buffer.Write("answer\n"u8);

        var write = () => buffer.WriteTo(new FailingStream());

        write.Should().Throw<CliException>();
        buffer.Length.Should().Be(0);
        var output = new MemoryStream();
        buffer.WriteTo(output);
        output.Length.Should().Be(0);
    }

    [Fact]
    public void Advancing_past_the_room_given_is_refused()
    {
        var buffer = new OutputBuffer(capacity: 8);
        var room = buffer.GetSpan(8).Length;

        var advance = () => buffer.Advance(room + 1);

        advance.Should().Throw<ArgumentOutOfRangeException>();
        buffer.Length.Should().Be(0);
    }

    private sealed class FailingStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new CliException(ExitCodes.IoError, "The output failed.");
    }
}
