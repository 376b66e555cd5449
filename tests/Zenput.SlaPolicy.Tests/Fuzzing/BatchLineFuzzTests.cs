using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Tests.Cli;
using Zenput.Sla.Tests.Docs;

namespace Zenput.Sla.Tests.Fuzzing;

/// <summary>
/// Batches of mutated JSON lines (from the README's <c>due</c> and <c>evaluate</c> examples) through
/// <c>due</c>, <c>evaluate</c> and <c>report</c> in-process: the exit code is 0 or 3 (3 exactly when a
/// line failed), and every non-blank line is answered, in order, by one output line that is a result
/// or <c>{"line": N, …, "error"}</c> with its own physical line number; no line is lost.
/// </summary>
public sealed class BatchLineFuzzTests
{
    private const int LinesPerBatch = 10;

    private static readonly Lazy<List<JsonNode>> Seeds = new(() => JsonMutator.Parse(
        ReadmeCliExampleTests.ReadExamples()
            .Where(e => e.Command.Contains("--input -", StringComparison.Ordinal))
            .SelectMany(e => e.Input.Split('\n'))
            .Where(line => line.Trim().Length > 0)));

    [Fact]
    public void Every_mutated_due_line_gets_its_answer_or_its_error_line_and_none_is_lost()
    {
        // Built before the runs: the seeds (and the JIT they warm up) are not input 0's, whose 30 s bound they took under load.
        _ = Seeds.Value;
        Fuzz.Run("due --input", ciRuns: 250, MakeBatch, batch => CheckLines(batch, "responseDueAt", "due", "--input", "-"), Describe, LinesPerBatch);
    }

    [Fact]
    public void Every_mutated_evaluate_line_gets_its_answer_or_its_error_line_and_none_is_lost()
    {
        // Built before the runs: the seeds (and the JIT they warm up) are not input 0's, whose 30 s bound they took under load.
        _ = Seeds.Value;
        Fuzz.Run("evaluate --input", ciRuns: 250, MakeBatch, batch => CheckLines(batch, "status", "evaluate", "--input", "-", "--audit", "true"), Describe, LinesPerBatch);
    }

    [Fact]
    public void Every_mutated_report_line_is_counted_or_listed_as_a_failure_with_its_line_number()
    {
        // Built before the runs: the seeds (and the JIT they warm up) are not input 0's, whose 30 s bound they took under load.
        _ = Seeds.Value;
        Fuzz.Run("report --input", ciRuns: 150, MakeBatch, CheckReport, Describe, LinesPerBatch);
    }

    /// <summary>A batch: mutated lines mostly, some valid, some blank; LF or CRLF; with or without a BOM and a last line end.</summary>
    internal static byte[] MakeBatch(Random rng)
    {
        var mutator = new JsonMutator(rng, Seeds.Value);
        var output = new MemoryStream();
        if (rng.Next(20) == 0)
        {
            output.Write("\uFEFF"u8);
        }

        var crlf = rng.Next(4) == 0;
        for (var i = 0; i < LinesPerBatch; i++)
        {
            var seed = Seeds.Value[rng.Next(Seeds.Value.Count)];
            var line = rng.Next(10) switch
            {
                0 => Encoding.UTF8.GetBytes(seed.ToJsonString()),
                1 => Encoding.UTF8.GetBytes(new[] { string.Empty, " ", "\t \r" }[rng.Next(3)]),
                _ => mutator.Mutate(seed, JsonLinesBatch.MaxLineBytes),
            };

            // A line end inside a line would make two lines: the contract is per physical line.
            output.Write(line.Select(b => b == (byte)'\n' ? (byte)' ' : b).ToArray());
            if (i < LinesPerBatch - 1 || rng.Next(2) == 0)
            {
                output.Write(crlf ? "\r\n"u8 : "\n"u8);
            }
        }

        return output.ToArray();
    }

    /// <summary>The physical line numbers (from 1) of the lines the tool must answer.</summary>
    internal static List<int> AnsweredLines(byte[] batch)
    {
        var text = batch;
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == (byte)'\n')
            {
                if (i < text.Length || start < text.Length)
                {
                    lines.Add(text[start..i]);
                }

                start = i + 1;
            }
        }

        return [.. lines.Select((line, i) => (line, number: i + 1))
            .Where(l => l.line.Length > JsonLinesBatch.MaxLineBytes || l.line.AsSpan(l.line.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0).ToArray().Any(b => b is not ((byte)' ' or (byte)'\t' or (byte)'\r')))
            .Select(l => l.number)];
    }

    private static void CheckLines(byte[] batch, string resultProperty, params string[] args)
    {
        var expected = AnsweredLines(batch);
        var result = CliRunner.RunWithInput(batch, args);

        result.ExitCode.Should().BeOneOf([0, 3], $"a batch answers every line (stderr: {result.Error})");
        var output = result.Out.Length == 0 ? [] : result.Out.TrimEnd('\n').Split('\n');
        output.Should().HaveCount(expected.Count, "every non-blank line is answered by one line, none lost");
        var errors = 0;
        for (var i = 0; i < output.Length; i++)
        {
            var answer = JsonNode.Parse(output[i])!.AsObject();
            if (answer.ContainsKey("error"))
            {
                errors++;
                answer["line"]!.GetValue<long>().Should().Be(expected[i], $"output line {i + 1} answers input line {expected[i]}");
                answer["error"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
            }
            else
            {
                answer.ContainsKey(resultProperty).Should().BeTrue($"output line {i + 1} is a result or an error line: {output[i]}");
            }
        }

        result.ExitCode.Should().Be(errors > 0 ? 3 : 0, "exit 3 exactly when a line failed");
    }

    private static void CheckReport(byte[] batch)
    {
        var expected = AnsweredLines(batch);
        var result = CliRunner.RunWithInput(batch, "report", "--input", "-", "--as-of", "2027-01-01T00:00:00Z");

        result.ExitCode.Should().BeOneOf([0, 3], $"a report counts or lists every line (stderr: {result.Error})");
        var report = JsonNode.Parse(result.Out)!.AsObject();
        var tickets = report["tickets"]!.GetValue<long>();
        var failed = report["failed"]!.GetValue<long>();
        (tickets + failed).Should().Be(expected.Count, "every non-blank line is counted or listed as a failure");
        report["failures"]!.AsArray().Select(f => (int)f!["line"]!.GetValue<long>()).Should().BeSubsetOf(expected).And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
        var overall = report["overall"]!;
        (overall["met"]!.GetValue<long>() + overall["breached"]!.GetValue<long>() + overall["pending"]!.GetValue<long>()).Should().Be(tickets);
        result.ExitCode.Should().Be(failed > 0 ? 3 : 0, "exit 3 exactly when a line failed");
    }

    private static string Describe(byte[] batch) => Fuzz.Show(batch, 1200);
}
