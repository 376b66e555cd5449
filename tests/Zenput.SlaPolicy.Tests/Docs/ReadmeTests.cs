using System;
using System.IO;

namespace Zenput.Sla.Tests.Docs;

public sealed class ReadmeTests
{
    private static string ReadDoc(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", name)).ReplaceLineEndings("\n");

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        from.Should().BeGreaterThanOrEqualTo(0, $"the marker '{start}' must be present");
        from += start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        to.Should().BeGreaterThan(from, $"the marker '{end}' must follow '{start}'");
        return text[from..to].Trim('\n');
    }

    [Fact]
    public void Readme_quick_start_is_the_compiled_QuickStart_sample()
    {
        var sample = Between(ReadDoc("QuickStart.Program.cs"), "// <quick-start>\n", "// </quick-start>");
        var readme = ReadDoc("README.md");
        var snippet = Between(readme, "<!-- quick-start -->\n```csharp\n", "```\n<!-- /quick-start -->");

        snippet.Should().Be(sample);
    }
}
