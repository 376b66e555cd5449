using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Zenput.Sla.Tests.Cli;

namespace Zenput.Sla.Tests.Docs;

/// <summary>
/// Runs every <c>&lt;!-- cli-example --&gt;</c> of the README through the tool and compares the output.
/// In an example, a <c>sh</c> block holds the command, a block tagged <c>input</c> is standard input,
/// a block tagged <c>output</c> is the expected standard output, a block tagged <c>file:NAME</c> is written
/// to a file that the command names, and <c>&lt;!-- exit-code: N --&gt;</c>
/// the expected exit code (0 when absent).
/// </summary>
public sealed partial class ReadmeCliExampleTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in ReadExamples())
        {
            data.Add(example.Command);
        }

        return data;
    }

    [Fact]
    public void Readme_has_cli_examples_for_every_command()
    {
        var commands = ReadExamples().Select(e => e.Command.Split(' ')[1]).Distinct().ToList();

        commands.Should().Contain(["due", "status", "evaluate", "maintenance", "validate", "policy", "classify"]);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Readme_cli_example_output_is_what_the_tool_prints(string command)
    {
        var example = ReadExamples().Single(e => e.Command == command);

        var folder = Directory.CreateTempSubdirectory("zenput-sla-readme-").FullName;
        var args = Arguments(example.Command);
        foreach (var (name, text) in example.Files)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text);
            args = [.. args.Select(a => a == name ? path : a)];
        }

        var result = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(example.Input), [.. args]);
        Directory.Delete(folder, recursive: true);

        if (example.Output is not null)
        {
            result.Out.ReplaceLineEndings("\n").TrimEnd('\n').Should().Be(example.Output.TrimEnd('\n'), $"the README shows this output for '{command}'");
        }

        result.ExitCode.Should().Be(example.ExitCode);
    }

    /// <summary>An example; <see cref="Output"/> is null when the README shows no output (then only the exit code is checked).</summary>
    internal sealed record Example(string Command, string Input, string? Output, int ExitCode, List<(string Name, string Text)> Files);

    internal static List<Example> ReadExamples()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md")).ReplaceLineEndings("\n");
        var examples = new List<Example>();
        foreach (Match match in ExampleBlock().Matches(readme))
        {
            var body = match.Groups[1].Value;
            string? command = null;
            var input = string.Empty;
            string? output = null;
            var files = new List<(string, string)>();
            foreach (Match fence in Fence().Matches(body))
            {
                var info = fence.Groups[1].Value;
                var text = fence.Groups[2].Value;
                if (info == "sh")
                {
                    command = text.Trim();
                }
                else if (info.EndsWith(" input", StringComparison.Ordinal))
                {
                    input = text;
                }
                else if (info.EndsWith(" output", StringComparison.Ordinal))
                {
                    output = text;
                }
                else if (info.Split(' ').LastOrDefault(w => w.StartsWith("file:", StringComparison.Ordinal)) is { } file)
                {
                    files.Add((file["file:".Length..], text));
                }
            }

            var exit = ExitCode().Match(body);
            examples.Add(new Example(command ?? throw new InvalidOperationException("A cli-example needs a sh block."), input, output, exit.Success ? int.Parse(exit.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0, files));
        }

        return examples;
    }

    /// <summary>Splits <c>zenput-sla a 'b c' &lt; file</c> into its arguments, dropping the tool name and any redirection.</summary>
    internal static List<string> Arguments(string command)
    {
        var args = new List<string>();
        foreach (Match token in Token().Matches(command))
        {
            var value = token.Groups[1].Success ? token.Groups[1].Value : token.Groups[2].Success ? token.Groups[2].Value : token.Groups[3].Value;
            if (value == "<")
            {
                break;
            }

            args.Add(value);
        }

        args[0].Should().Be("zenput-sla");
        args.RemoveAt(0);
        return args;
    }

    [GeneratedRegex(@"<!-- cli-example -->\n(.*?)<!-- /cli-example -->", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();

    [GeneratedRegex(@"```([^\n]*)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"<!-- exit-code: (\d+) -->")]
    private static partial Regex ExitCode();

    [GeneratedRegex(@"'([^']*)'|""([^""]*)""|(\S+)")]
    private static partial Regex Token();
}
