using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Tests.Generators;

namespace Zenput.Sla.Tests.Cli;

/// <summary>
/// The line reader of every <c>--input</c> batch against a reference written from its contract: a line is the
/// bytes up to a LF (or the end of the input, when not empty); a CR before the LF is not part of it, nor is a
/// UTF-8 byte-order mark at its start (one, on any line: files joined with <c>cat</c>); a line of more bytes than the cap (as read, before
/// those two are dropped) is reported as too long, with no text, and still counts as a line. The reader hands
/// out a line straight from its read buffer when the whole line lies in it and copies it otherwise, so the
/// buffer size and where lines fall against its ends are generated too.
/// </summary>
public sealed class BatchLineReaderTests
{
    [ScaledProperty(500, Arbitrary = [typeof(Inputs)])]
    public void The_reader_gives_every_line_as_the_contract_words_it_whatever_the_buffer_size(ReaderInput input)
    {
        var expected = Reference(input.Bytes, input.MaxLineBytes);

        var reader = new BatchLineReader(new MemoryStream(input.Bytes), input.MaxLineBytes, input.BufferSize);
        var actual = new List<(string Text, bool TooLong, long Number)>();
        while (reader.TryReadLine(out var line, out var tooLong))
        {
            actual.Add((Convert.ToHexString(line), tooLong, reader.LineNumber));
        }

        actual.Should().Equal(expected, input.ToString());
    }

    [ScaledProperty(300, Arbitrary = [typeof(Inputs)])]
    public void A_line_unread_is_read_again_with_its_number_then_the_reader_goes_on_as_the_contract_words_it(ReaderInput input)
    {
        // The parallel batch unreads a line that does not fit in its chunk, to begin the next chunk with it.
        var expected = Reference(input.Bytes, input.MaxLineBytes).SelectMany(line => new[] { line, line }).ToList();

        var reader = new BatchLineReader(new MemoryStream(input.Bytes), input.MaxLineBytes, input.BufferSize);
        var actual = new List<(string Text, bool TooLong, long Number)>();
        var repeated = false;
        while (reader.TryReadLine(out var line, out var tooLong))
        {
            actual.Add((Convert.ToHexString(line), tooLong, reader.LineNumber));
            if (!repeated)
            {
                reader.Unread();
            }

            repeated = !repeated;
        }

        actual.Should().Equal(expected, input.ToString());
    }

    [Fact]
    public void Unread_before_any_line_is_refused()
    {
        var reader = new BatchLineReader(new MemoryStream("a\n"u8.ToArray()), maxLineBytes: 10);

        var act = reader.Unread;

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_line_handed_out_from_the_read_buffer_is_the_line_and_the_next_call_moves_on()
    {
        // Three short lines in one read: each handed out from the buffer, none changed by the read of the next.
        var reader = new BatchLineReader(new MemoryStream("ab\r\ncd\nef"u8.ToArray()), maxLineBytes: 10, bufferSize: 64);

        reader.TryReadLine(out var first, out _).Should().BeTrue();
        var firstText = first.ToArray();
        reader.TryReadLine(out var second, out _).Should().BeTrue();
        var secondText = second.ToArray();
        reader.TryReadLine(out var third, out _).Should().BeTrue();

        firstText.Should().Equal("ab"u8.ToArray());
        secondText.Should().Equal("cd"u8.ToArray());
        third.ToArray().Should().Equal("ef"u8.ToArray());
        reader.LineNumber.Should().Be(3);
        reader.TryReadLine(out _, out _).Should().BeFalse();
    }

    [Fact]
    public void A_byte_order_mark_is_dropped_at_the_start_of_every_line_one_only_also_after_a_line_too_long()
    {
        var bytes = "\uFEFFtoo long\n\uFEFFx\n\uFEFF\uFEFFy\r\nz\uFEFF\n"u8.ToArray();
        var reader = new BatchLineReader(new MemoryStream(bytes), maxLineBytes: 8, bufferSize: 64);

        reader.TryReadLine(out _, out var tooLong).Should().BeTrue();
        tooLong.Should().BeTrue("11 bytes as read, mark included, are over 8");
        reader.TryReadLine(out var second, out tooLong).Should().BeTrue();
        var secondText = second.ToArray();
        reader.TryReadLine(out var third, out _).Should().BeTrue();
        var thirdText = third.ToArray();
        reader.TryReadLine(out var fourth, out _).Should().BeTrue();

        tooLong.Should().BeFalse();
        secondText.Should().Equal("x"u8.ToArray(), "a mark starting a line inside the input is dropped (files joined with cat)");
        thirdText.Should().Equal("\uFEFFy"u8.ToArray(), "one mark is dropped, a second is the line's text");
        fourth.ToArray().Should().Equal("z\uFEFF"u8.ToArray(), "a mark after the line's start is its text");
    }

    /// <summary>The contract's words, on the whole input at once.</summary>
    private static List<(string Text, bool TooLong, long Number)> Reference(byte[] bytes, int maxLineBytes)
    {
        var lines = new List<(string, bool, long)>();
        var start = 0;
        long number = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            var raw = bytes[start..(end < 0 ? bytes.Length : end)];
            number++;
            if (raw.Length > maxLineBytes)
            {
                lines.Add((string.Empty, true, number));
            }
            else
            {
                var text = raw.AsSpan();
                if (text.StartsWith("\uFEFF"u8))
                {
                    text = text[3..];
                }

                if (text.EndsWith("\r"u8))
                {
                    text = text[..^1];
                }

                lines.Add((Convert.ToHexString(text), false, number));
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return lines;
    }

    /// <summary>An input, the reader's cap and its read buffer size.</summary>
    /// <param name="Bytes">The input.</param>
    /// <param name="MaxLineBytes">The cap.</param>
    /// <param name="BufferSize">The read buffer's size.</param>
    public sealed record ReaderInput(byte[] Bytes, int MaxLineBytes, int BufferSize)
    {
        /// <inheritdoc />
        public override string ToString() => $"cap {MaxLineBytes}, buffer {BufferSize}, input {Convert.ToHexString(Bytes)}";
    }

    /// <summary>Generators.</summary>
    public static class Inputs
    {
        /// <summary>Inputs of short lines (a few bytes, some with CR, some over the cap), with or without a byte-order mark and a last LF.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<ReaderInput> ReaderInputs()
        {
            var text = Gen.Elements((byte)'a', (byte)'{', (byte)'\r', (byte)' ', (byte)0xEF, (byte)0xBB, (byte)0xBF);
            var line = from length in Gen.Frequency((4, Gen.Choose(0, 6)), (1, Gen.Choose(7, 30)))
                       from bytes in Gen.ArrayOf(text, length)
                       from crlf in Gen.Elements(false, true)
                       from bom in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
                       select (bom ? "\uFEFF"u8.ToArray() : []).Concat(bytes).Concat(crlf ? [(byte)'\r'] : Array.Empty<byte>()).ToArray();
            var gen =
                from count in Gen.Choose(0, 12)
                from lines in Gen.ArrayOf(line, count)
                from bom in Gen.Elements(false, false, true)
                from lastEnd in Gen.Elements(false, true)
                from cap in Gen.Choose(1, 12)
                from buffer in Gen.Choose(1, 40)
                select new ReaderInput(Join(lines, bom, lastEnd), cap, buffer);
            return Arb.From(gen);
        }

        private static byte[] Join(byte[][] lines, bool bom, bool lastEnd)
        {
            var bytes = new List<byte>();
            if (bom)
            {
                bytes.AddRange("\uFEFF"u8.ToArray());
            }

            for (var i = 0; i < lines.Length; i++)
            {
                bytes.AddRange(lines[i]);
                if (i < lines.Length - 1 || lastEnd)
                {
                    bytes.Add((byte)'\n');
                }
            }

            return [.. bytes];
        }
    }
}
