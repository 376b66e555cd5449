using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace Zenput.Sla.Samples.Tests.HelpdeskService;

/// <summary>The README's curl session, replayed in-process against a fresh database: every line it prints must be the README's.</summary>
public sealed partial class ReadmeSessionTests
{
    [Fact]
    public async Task The_READMEs_curl_session_prints_what_the_README_says()
    {
        var steps = Session();
        steps.Should().HaveCountGreaterThan(8, "the session is read from the README between its markers");
        using var host = new HelpdeskHost(HelpdeskHost.NewDatabase(), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        using var client = host.CreateClient();

        foreach (var (commands, expected) in steps)
        {
            var printed = string.Empty;
            foreach (var command in commands)
            {
                printed += await Curl.RunAsync(client, command);
            }

            printed.Should().Be(expected, $"the README says so for{Environment.NewLine}{string.Join(Environment.NewLine, commands)}");
        }
    }

    private static List<(string[] Commands, string Expected)> Session()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "HelpdeskService", "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("<!-- helpdesk-session -->", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- /helpdesk-session -->", StringComparison.Ordinal);
        return [.. Step().Matches(readme[start..end]).Select(m => (
            m.Groups["commands"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            m.Groups["output"].Value))];
    }

    [GeneratedRegex("```sh\n(?<commands>.*?)\n```\n```text\n(?<output>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Step();
}
