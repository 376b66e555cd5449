using System;
using System.IO;
using Zenput.Sla.Cli.Text;

namespace Zenput.Sla.Tests.Cli.Text;

/// <summary>Text for a person's terminal: whichever way text is written, control characters arrive escaped and line feeds and tabs pass.</summary>
public sealed class EscapingWriterTests
{
    [Fact]
    public void Every_way_of_writing_escapes_control_characters()
    {
        var inner = new StringWriter();
        var writer = new EscapingWriter(inner) { NewLine = "\n" };

        writer.Write('\u001b');
        writer.Write("a\u0007b");
        writer.Write("\0c".AsSpan());
        writer.Write(['x', '\u009b', 'y'], 1, 2);
        writer.WriteLine("\r");
        writer.WriteLine();
        writer.Flush();

        inner.ToString().Should().Be("\\u001Ba\\u0007b\\u0000c\\u009By\\u000D\n\n");
    }

    [Fact]
    public void Line_feeds_and_tabs_pass_unescaped()
    {
        var inner = new StringWriter();

        new EscapingWriter(inner).Write("a\tb\nc");

        inner.ToString().Should().Be("a\tb\nc");
    }

    [Fact]
    public void The_line_end_is_the_inner_writers()
    {
        var inner = new StringWriter { NewLine = "\r\n" };
        var writer = new EscapingWriter(inner);

        writer.NewLine = "\n";

        (inner.NewLine, writer.NewLine, writer.Encoding).Should().Be(("\n", "\n", inner.Encoding));
    }
}
