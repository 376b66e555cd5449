using Zenput.Sla.Cli.Text;

namespace Zenput.Sla.Tests.Cli.Text;

/// <summary>Which characters are escaped for a terminal, and how.</summary>
public sealed class ControlCharactersTests
{
    [Theory]
    [InlineData("\u001b[2J", "\\u001B[2J")]
    [InlineData("bell\u0007", "bell\\u0007")]
    [InlineData("nul\0", "nul\\u0000")]
    [InlineData("cr\rlf", "cr\\u000Dlf")]
    [InlineData("del\u007f", "del\\u007F")]
    [InlineData("c1\u0085\u009f", "c1\\u0085\\u009F")]
    public void Control_characters_from_C0_DEL_and_C1_are_shown_as_escapes(string text, string expected)
    {
        ControlCharacters.Escape(text).Should().Be(expected);
    }

    [Fact]
    public void Text_without_control_characters_is_returned_as_it_is()
    {
        const string text = "Level 1 – Critical\tüñí\n";

        ControlCharacters.Escape(text).Should().BeSameAs(text);
    }
}
