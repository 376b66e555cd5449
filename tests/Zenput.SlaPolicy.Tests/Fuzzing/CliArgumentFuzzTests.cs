using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Zenput.Sla.Tests.Cli;
using Zenput.Sla.Tests.Docs;

namespace Zenput.Sla.Tests.Fuzzing;

/// <summary>
/// Mutated command lines (from every README example and a few more): the tool ends with a documented
/// exit code (0 to 4), never 5 (an internal error), never hangs, and says why whenever it does not
/// succeed.
/// </summary>
public sealed class CliArgumentFuzzTests
{
    /// <summary>A command line and its standard input.</summary>
    internal sealed record Invocation(string[] Args, byte[] Input)
    {
        public override string ToString() =>
            string.Join(' ', Args.Select(a => a.Length > 200 ? $"'{a[..100]}…({a.Length} chars)'" : $"'{a}'")) + $" < {Fuzz.Show(Input, 200)}";
    }

    private static readonly Lazy<List<Invocation>> Seeds = new(() =>
    [
        .. ReadmeCliExampleTests.ReadExamples().Select(e => new Invocation([.. ReadmeCliExampleTests.Arguments(e.Command).Skip(1)], Encoding.UTF8.GetBytes(e.Input))),
        new(["due", "--severity", "2", "--reported-at", "2026-03-07T23:00:00-08:00", "--format", "json", "--pause", "2026-03-08T08:00:00Z/2026-03-08T09:30:00Z"], []),
        new(["status", "--severity", "minor", "--reported-at", "2026-10-30T12:00:00-07:00", "--at", "2026-11-02T20:00:00Z", "--format", "json"], []),
        new(["maintenance", "--from", "2026-03-01", "--to", "2026-04-01", "--format", "ics"], []),
        new(["evaluate", "--severity", "major", "--reported-at", "2026-03-02T09:00:00-08:00", "--event", "severityChanged@2026-03-02T14:30:00-08:00=critical", "--format", "json", "--now", "2026-03-02T16:00:00-08:00"], []),
        new(["report", "--input", "-", "--as-of", "2027-01-01T00:00:00Z", "--format", "csv", "--worst", "3", "--met-rate-target", "0.9"], Encoding.UTF8.GetBytes("""{"id":"T-1","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00"}""" + "\n")),
        new(["policy", "show", "--verbose"], []),
        new(["--help"], []),
    ]);

    private static readonly Lazy<string[]> Options = new(() =>
        [.. Seeds.Value.SelectMany(s => s.Args).Where(a => a.StartsWith('-') && a.Length > 1).Distinct(), "--help", "-h", "-?", "--version", "--verbose", "--format", "--policy", "--input", "--", "-"]);

    private static readonly string[] Commands = ["due", "status", "evaluate", "report", "maintenance", "validate", "policy", "classify", "show", "Due", ""];

    [Fact]
    public void A_mutated_command_line_ends_with_a_documented_exit_code_and_says_why_it_failed()
    {
        // Built before the runs: the seeds (and the JIT they warm up) are not input 0's, whose 30 s bound they took under load.
        _ = Options.Value;
        Fuzz.Run("CLI arguments", ciRuns: 2000, Make, Check, i => i.ToString());
    }

    private static Invocation Make(Random rng)
    {
        var seed = Seeds.Value[rng.Next(Seeds.Value.Count)];
        var args = seed.Args.ToList();
        var mutator = new JsonMutator(rng, []);
        var edits = rng.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var at = args.Count == 0 ? 0 : rng.Next(args.Count);
            switch (rng.Next(8))
            {
                case 0 when args.Count > 0:
                    args.RemoveAt(at);
                    break;
                case 1 when args.Count > 0:
                    args.InsertRange(at, args.Skip(at).Take(rng.Next(1, 3)).ToList());
                    break;
                case 2 when args.Count > 1:
                    var other = rng.Next(args.Count);
                    (args[at], args[other]) = (args[other], args[at]);
                    break;
                case 3:
                    args.Insert(at, Options.Value[rng.Next(Options.Value.Length)]);
                    break;
                case 4 when args.Count > 0:
                    args[0] = Commands[rng.Next(Commands.Length)];
                    break;
                case 5 when args.Count > 0:
                    args[at] = mutator.EditedText(args[at]);
                    break;
                default:
                    var value = Value(rng);
                    if (args.Count == 0)
                    {
                        args.Add(value);
                    }
                    else
                    {
                        args[at] = value;
                    }

                    break;
            }
        }

        // No mutant may write files: --output always names nothing, and the tool never writes elsewhere.
        return new Invocation([.. args.Where(a => a != "--output")], seed.Input);
    }

    private static string Value(Random rng) => rng.Next(7) switch
    {
        0 => JsonMutator.EdgeInstants[rng.Next(JsonMutator.EdgeInstants.Length)],
        1 => JsonMutator.EdgeDurations[rng.Next(JsonMutator.EdgeDurations.Length)],
        2 => JsonMutator.EdgeStrings[rng.Next(JsonMutator.EdgeStrings.Length)],
        3 => new string('9', rng.Next(1, 100_000)),
        4 => new[] { "\ud800", "x\udfff", "@args.rsp", "-1", "0", "2147483648", "1e400", "NaN", "4,5", "critical@2026-11-24T21:30:00Z", "paused@2026-11-24T21:30:00Z=", "2026-11-25T06:00:00Z/2026-11-25T05:00:00Z", "2026-11-25T06:00:00Z/" }[rng.Next(13)],
        5 => new[] { "-9998-01-01", "9999-12-31", "0001-01-01", "2026-02-30", "10000-01-01" }[rng.Next(5)],
        _ => new[] { "json", "text", "csv", "html", "ics", "xml", "JSON" }[rng.Next(7)],
    };

    private static void Check(Invocation invocation)
    {
        var result = CliRunner.RunWithInput(invocation.Input, invocation.Args);

        result.ExitCode.Should().BeInRange(0, 4, $"only the documented codes 0-4 (5 is a bug); stderr: {Cut(result.Error)}");
        if (result.ExitCode != 0)
        {
            (result.Error + result.Out).Should().NotBeNullOrWhiteSpace("a failure says why");
        }
    }

    private static string Cut(string text) => text.Length > 2000 ? text[..2000] + "…" : text;
}
