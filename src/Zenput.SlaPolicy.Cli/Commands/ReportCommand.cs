using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Text;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Cli.Io;
using Zenput.Sla.Cli.Report;
using Zenput.Sla.Reports;
using Zenput.Sla.Reports.Html;

namespace Zenput.Sla.Cli.Commands;

/// <summary>
/// <c>report</c>: compliance over many tickets, from the JSON lines of <c>evaluate --input</c>: a summary
/// programs read (<c>json</c>), a page people read (<c>html</c>), or one row per ticket for spreadsheets
/// (<c>csv</c>); with <c>--compare-policy</c>, the same tickets under a second policy, side by side.
/// </summary>
internal sealed class ReportCommand : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var input = new Option<string>("--input") { Description = "The tickets: a file of JSON lines as for 'evaluate --input', or - for standard input.", HelpName = "FILE|-", Required = true };
        var policy = CliRuntime.PolicyOption();
        var compare = new Option<FileInfo?>("--compare-policy") { Description = "A second policy document to evaluate the same tickets under (what-if): figures side by side, differences, and the tickets whose verdict changed.", HelpName = "FILE" };
        var asOf = CliOptions.Instant("--as-of", "The instant the report describes (default: now), ISO-8601 with an offset; tickets are evaluated as of it (a line's own \"now\" wins).");
        var format = CliRuntime.FormatOption("json", "html", "csv");
        var output = new Option<FileInfo?>("--output") { Description = "Write the report to FILE instead of standard output.", HelpName = "FILE" };
        // Parsed by hand, like every typed option (CliOptions): a validator that reads a value the parser could
        // not convert throws from inside parsing, which escaped the tool as a crash (found by CliArgumentFuzzTests).
        var worst = new Option<int>("--worst")
        {
            Description = "How many of the most overdue tickets to list (default 10).",
            HelpName = "N",
            DefaultValueFactory = _ => ComplianceReportOptions.Default.WorstTickets,
            CustomParser = result => result.Tokens.Count == 0 ? ComplianceReportOptions.Default.WorstTickets
                : int.TryParse(result.Tokens[^1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
                : Refuse(result, 0, $"--worst must be a whole number, 0 or more, but is {ErrorText.Quote(result.Tokens[^1].Value)}."),
        };
        var target = new Option<double>("--met-rate-target")
        {
            Description = "The met rate drawn as the target line of the HTML report's met-rate chart, from 0 to 1 (default 0.95).",
            HelpName = "RATE",
            DefaultValueFactory = _ => ComplianceReportHtmlOptions.Default.MetRateTarget,
            CustomParser = result => result.Tokens.Count == 0 ? ComplianceReportHtmlOptions.Default.MetRateTarget
                : double.TryParse(result.Tokens[^1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) && rate <= 1 ? rate
                : Refuse(result, 0.0, $"--met-rate-target must be between 0 and 1, but is {ErrorText.Quote(result.Tokens[^1].Value)}."),
        };

        var parallel = CliOptions.Parallel();

        var command = new Command("report", "Compliance over many tickets, read from the same ticket lines that 'evaluate --input' reads (their histories, not evaluate's answers): per severity and overall, met, breached and pending tickets and the met rate, time to response (p50/p90/p99, wall and SLA time), missed updates, breaches per step, per ISO week and by weekday and hour, maintenance, the worst offenders; with --compare-policy, the same tickets under a second policy. Lines that cannot be counted are listed with their line numbers.\nExit codes: 0 every line counted, 3 some lines failed (the report is still written), 1 invalid policy, 2 usage error, 4 input or output cannot be read or written (or, for html, the native chart libraries are missing).");
        command.Options.Add(input);
        command.Options.Add(policy);
        command.Options.Add(compare);
        command.Options.Add(asOf);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(worst);
        command.Options.Add(target);
        command.Options.Add(parallel);
        command.SetAction(parse =>
        {
            var asOfValue = parse.GetValue(asOf) ?? runtime.Console.Clock.GetCurrentInstant();
            var loaded = runtime.LoadPolicy(parse.GetValue(policy));
            var whatIf = parse.GetValue(compare) is { } compareFile ? runtime.LoadPolicy(compareFile) : null;
            var chosen = parse.GetValue(format)!;
            var options = new ComplianceReportOptions { WorstTickets = parse.GetValue(worst) };
            var html = new ComplianceReportHtmlOptions { MetRateTarget = parse.GetValue(target) };
            var outputFile = parse.GetValue(output);
            var threads = parse.GetValue(parallel);
            if (chosen == "html")
            {
                ChartRenderer.EnsureAvailable();
            }

            return BatchCommand.Run(runtime, parse.GetValue(input)!, "Reading tickets", (stream, standardOutput, progress) =>
            {
                // Replaced only once the report is complete: a run that fails part-way keeps the old file.
                using var destination = outputFile is null ? null : ReplacingFile.Create(outputFile);
                // A full disk or a vanished file is exit 4 like a failing standard output, never an internal error.
                Stream sink = destination is null ? standardOutput : new GuardedOutputStream(destination.Stream);
                using var csv = chosen == "csv" ? new ReportCsv(sink, whatIf is not null) : null;
                var processor = new ReportBatchProcessor(loaded, whatIf, asOfValue, options, csv, threads);
                var summary = processor.Run(stream, progress);
                csv?.Dispose();
                var report = processor.Aggregator.ToReport();
                if (chosen == "json")
                {
                    ComplianceReportJson.Write(report, sink);
                }
                else if (chosen == "html")
                {
                    using var writer = new StreamWriter(sink, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                    ComplianceReportHtml.Write(report, writer, html);
                }

                sink.Flush();
                destination?.Commit();
                return summary;
            }, "the report's failed lines");
        });
        return command;
    }

    private static T Refuse<T>(ArgumentResult result, T placeholder, string error)
    {
        result.AddError(error);
        return placeholder;
    }
}
