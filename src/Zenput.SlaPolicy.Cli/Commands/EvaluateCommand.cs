using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Cli.Evaluate;
using Zenput.Sla.Cli.Text;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Cli.Commands;

/// <summary>
/// <c>evaluate</c>: the SLA verdict of a ticket's history (is it within the SLA, which goal or step is
/// missed, what is due next, and why), for one ticket given by options or for every line of a
/// JSON-lines stream (<c>--input</c>).
/// </summary>
internal sealed class EvaluateCommand : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var ticket = new TicketArguments();
        var events = new Option<TicketEvent[]>("--event")
        {
            Description = "Something that happened, as TYPE@INSTANT, with =VALUE for a pause's reason or a severity change's new level (paused@2026-11-25T06:10:00Z=waiting on customer, severityChanged@2026-11-25T07:00:00Z=major); repeat for each event.",
            HelpName = "TYPE@INSTANT[=VALUE]",
            Arity = ArgumentArity.ZeroOrMore,
            CustomParser = result => [.. result.Tokens.Select(token => ParseEvent(result, token.Value))],
        };
        var now = CliOptions.Instant("--now", "The instant to evaluate at (default: now), ISO-8601 with an offset. Events after it are not counted. In a batch, for lines without \"now\".");
        var input = CliRuntime.InputOption();
        var audit = new Option<bool>("--audit") { Description = "Include the audit trail in JSON output (default true); --audit false is faster.", DefaultValueFactory = _ => true };
        var policy = CliRuntime.PolicyOption();
        var format = CliRuntime.FormatOption("text", "json");
        var parallel = CliOptions.Parallel();

        var command = new Command("evaluate", "The SLA verdict of a ticket's history: response goal and resolution steps met, breached or pending, periodic updates missed, what is due next, and the audit trail that explains it. One ticket, or (with --input) a stream of JSON lines.\nExit codes: 0 all lines succeeded, 3 some lines failed, 1 invalid policy, 2 usage error, 4 input or output failed.");
        ticket.AddTo(command, pauses: false);
        command.Options.Add(events);
        command.Options.Add(now);
        command.Options.Add(input);
        command.Options.Add(audit);
        command.Options.Add(policy);
        command.Options.Add(format);
        command.Options.Add(parallel);
        command.SetAction(parse =>
        {
            var nowValue = parse.GetValue(now) ?? runtime.Console.Clock.GetCurrentInstant();
            if (parse.GetValue(input) is { } inputValue)
            {
                if (parse.GetValue(ticket.Severity) is not null || parse.GetValue(ticket.ReportedAt) is not null || parse.GetValue(events) is { Length: > 0 })
                {
                    throw new CliException("Use either --input (batch) or --severity, --reported-at and --event (one ticket), not both.");
                }

                if (parse.GetResult(format) is { Implicit: false })
                {
                    throw new CliException("--format applies to one ticket; a batch (--input) always writes JSON lines.");
                }

                var processor = new EvaluateBatchProcessor(runtime.LoadPolicy(parse.GetValue(policy)), nowValue, parse.GetValue(audit), parse.GetValue(parallel));
                return BatchCommand.Run(runtime, inputValue, "Evaluating tickets", processor.Run);
            }

            var loaded = runtime.LoadPolicy(parse.GetValue(policy));
            var (tier, reported, _) = ticket.Resolve(parse, loaded, "Give --severity and --reported-at (and an --event for each thing that happened) for one ticket, or --input FILE|- for a batch.");
            var timeline = new TicketTimeline(reported, tier.Severity.Name, parse.GetValue(events) ?? []);
            var evaluator = new TicketEvaluator(loaded);
            if (!evaluator.TryEvaluate(timeline, nowValue, out var evaluation, out var problems))
            {
                foreach (var problem in problems)
                {
                    // One line per problem: a severity change's value quoted in it keeps its line feeds escaped.
                    runtime.Console.Error.WriteLine(ControlCharacters.OneLine(Renumber(problem.Message)));
                }

                throw new CliException($"The ticket's history cannot have happened ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}); nothing was evaluated.");
            }

            if (parse.GetValue(format) == "json")
            {
                WriteJson(runtime.Console, loaded, evaluation, parse.GetValue(audit));
            }
            else
            {
                WriteText(runtime.Console.Text, loaded, evaluation);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads one <c>TYPE@INSTANT[=VALUE]</c> into an event, or adds a parse error naming it.</summary>
    private static TicketEvent ParseEvent(ArgumentResult result, string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            result.AddError($"--event {ErrorText.Quote(value)} is not TYPE@INSTANT (for example engineerAssigned@2026-11-25T06:15:00Z).");
            return default!;
        }

        var type = value[..at];
        var rest = value[(at + 1)..];
        var equals = rest.IndexOf('=', StringComparison.Ordinal);
        var instantText = equals < 0 ? rest : rest[..equals];
        var extra = equals < 0 ? null : rest[(equals + 1)..];
        var kind = Enum.GetValues<TicketEventKind>().Where(k => k != TicketEventKind.Reported).FirstOrDefault(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString()) == type);
        if (kind == TicketEventKind.Reported)
        {
            result.AddError($"--event {ErrorText.Quote(value)}: {ErrorText.Quote(type)} is not an event type; expected one of {string.Join(", ", Enum.GetValues<TicketEventKind>().Skip(1).Select(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString())))}.");
            return default!;
        }

        if (!InstantText.TryParse(instantText, out var instant, out var problem))
        {
            result.AddError($"--event {ErrorText.Quote(value)}: {ErrorText.Quote(instantText)} {problem}.");
            return default!;
        }

        return kind == TicketEventKind.SeverityChanged ? new TicketEvent(kind, instant, severity: extra) : new TicketEvent(kind, instant, extra);
    }

    /// <summary>Problems name events as <c>events[i]</c>; on the command line they are the i+1-th <c>--event</c>.</summary>
    private static string Renumber(string message) =>
        message.StartsWith("events[", StringComparison.Ordinal) && message.IndexOf(']', StringComparison.Ordinal) is var close and > 7
            && int.TryParse(message.AsSpan(7, close - 7), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? string.Create(CultureInfo.InvariantCulture, $"--event #{index + 1}{message[(close + 1)..]}")
            : message;

    private static void WriteJson(CliConsole console, SlaPolicy policy, TicketEvaluation evaluation, bool audit)
    {
        // One shape for the batch line and the single ticket: the batch's writer, re-indented.
        var line = new JsonLineBuilder();
        new EvaluationJson(policy).Write(line, default, evaluation, audit);
        using var document = JsonDocument.Parse(line.Written.ToArray());
        console.Out.Flush();
        using (var writer = new Utf8JsonWriter(console.Output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        console.Output.Write("\n"u8);
    }

    private static void WriteText(TextWriter output, SlaPolicy policy, TicketEvaluation evaluation)
    {
        foreach (var line in evaluation.Audit.Lines)
        {
            output.WriteLine(ControlCharacters.OneLine(line));
        }

        output.WriteLine();
        var zone = policy.SupportZone;
        var response = evaluation.Response;
        output.WriteLine($"{ControlCharacters.OneLine(evaluation.Tier.Severity.DisplayName)} ({ControlCharacters.OneLine(policy.Name)}) as of {Utc(evaluation.EvaluatedAt)}: {Word(evaluation.Status)}");
        output.WriteLine($"Reported:   {Utc(evaluation.Timeline.ReportedAt)}  ({Local(evaluation.Timeline.ReportedAt, zone)} {zone.Id})");
        if (evaluation.SeverityChanged)
        {
            output.WriteLine($"Severity:   {ControlCharacters.OneLine(evaluation.Tier.Severity.DisplayName)}, reported as {ControlCharacters.OneLine(evaluation.OriginalTier.Severity.DisplayName)} (originally due {Utc(response.OriginalDueAt)})");
        }

        output.WriteLine($"Response:   {Word(response.Status)}; due {Utc(response.DueAt)} ({Local(response.DueAt, zone)}){(response.MetAt is { } met ? $"; met {Utc(met)} by {Name(response.MetBy!.Value)}" : string.Empty)}");
        output.WriteLine($"            {Length(response.Elapsed)} of {Length(response.GoalLength)} used ({SharePercent.Format(response.Elapsed, response.GoalLength)} %), {Length(response.Remaining)} remaining");
        output.WriteLine(response.Warnings.Count == 0
            ? "Warnings:   none crossed"
            : $"Warnings:   {string.Join(", ", response.Warnings.Select(w => $"{w.Percent.ToString(CultureInfo.InvariantCulture)} % at {Utc(w.CrossedAt)}"))}");
        output.WriteLine("Steps:");
        foreach (var step in evaluation.Steps)
        {
            var due = step.DueAt is { } at ? $"due {Utc(at)}" : step.IsBestEffort ? "best effort" : ControlCharacters.OneLine(policy.DescribeDeadline(evaluation.Tier, step.Step.Deadline));
            var metText = step.MetAt is { } stepMet ? $"; {(step.Kind == ResolutionStepKind.PeriodicUpdates ? "last update" : "met")} {Utc(stepMet)}" : string.Empty;
            output.WriteLine($"  {step.Kind,-20}{Word(step.Status),-10}{due}{metText}");
        }

        if (evaluation.PeriodicUpdates is { } updates)
        {
            // The cadence in the words `due` prints, on the tier's step clock ("every 4 business hours" on a business-time tier).
            var cadence = evaluation.Tier.FindStep(ResolutionStepKind.PeriodicUpdates)?.Deadline ?? StepDeadline.Every(updates.Cadence);
            output.WriteLine($"Updates:    {ControlCharacters.OneLine(policy.DescribeDeadline(evaluation.Tier, cadence))}: {updates.Missed.ToString(CultureInfo.InvariantCulture)} missed{(updates.NextDueAt is { } next ? $"; next due {Utc(next)}" : "; none owed now")}");
        }

        output.WriteLine(evaluation.NextDue is { } upcoming
            ? $"Next due:   {(upcoming.Step is { } kind ? kind.ToString() : "response")} at {Utc(upcoming.DueAt)} ({Local(upcoming.DueAt, zone)})"
            : "Next due:   nothing with a deadline is owed");
    }

    private static string Word(EvaluationStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    private static string Name(TicketEventKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static string Utc(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string Local(Instant instant, DateTimeZone zone) => LocalText.Format(instant, zone);

    private static string Length(Duration duration) => DurationPattern.JsonRoundtrip.Format(duration);
}
