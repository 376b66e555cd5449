using System.CommandLine;
using System.IO;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Clock;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Cli.Commands;

/// <summary>
/// <c>due</c>: the response due instant for one ticket (<c>--severity</c>, <c>--reported-at</c>) or for
/// every line of a JSON-lines stream (<c>--input</c>).
/// </summary>
internal sealed class DueCommand : ICliCommand
{
    private static readonly OffsetDateTimePattern OffsetPattern = OffsetDateTimePattern.ExtendedIso;
    private static readonly OffsetDateTimePattern LocalPattern = OffsetDateTimePattern.Rfc3339;

    public Command Create(CliRuntime runtime)
    {
        var ticket = new TicketArguments();
        var input = new Option<string>("--input") { Description = "Batch mode: a file of JSON lines, or - for standard input. Writes one JSON line per non-blank input line.", HelpName = "FILE|-" };
        var policy = CliRuntime.PolicyOption();
        var format = CliRuntime.FormatOption("text", "json");

        var command = new Command("due", "Compute response due times: for one ticket, or (with --input) for a stream of JSON lines.\nExit codes: 0 all lines succeeded, 3 some lines failed, 1 invalid policy, 2 usage error.");
        ticket.AddTo(command);
        command.Options.Add(input);
        command.Options.Add(policy);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var inputValue = parse.GetValue(input);
            var severityValue = parse.GetValue(ticket.Severity);
            var reportedValue = parse.GetValue(ticket.ReportedAt);
            if (inputValue is not null)
            {
                if (severityValue is not null || reportedValue is not null)
                {
                    throw new CliException("Use either --input (batch) or --severity with --reported-at (one ticket), not both.");
                }

                if (parse.GetResult(format) is { Implicit: false } || parse.GetValue(ticket.Pause) is { Length: > 0 })
                {
                    throw new CliException("--format and --pause apply to one ticket; in a batch (--input) each line carries its own pauses and the output is always JSON lines.");
                }

                return RunBatch(runtime, runtime.LoadPolicy(parse.GetValue(policy)), inputValue);
            }

            var loaded = runtime.LoadPolicy(parse.GetValue(policy));
            var (tier, reported, pauses) = ticket.Resolve(parse, loaded, "Give --severity and --reported-at for one ticket, or --input FILE|- for a batch.");
            var plan = new SlaClock(loaded).Plan(tier, reported, pauses);
            if (parse.GetValue(format) == "json")
            {
                WriteJson(runtime.Console, loaded, plan);
            }
            else
            {
                WriteText(runtime.Console.Out, loaded, plan);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static int RunBatch(CliRuntime runtime, SlaPolicy policy, string input) =>
        BatchCommand.Run(runtime, input, "Computing due times", new DueBatchProcessor(policy).Run);

    private static string Utc(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string Local(Instant instant, DateTimeZone zone) => LocalPattern.Format(instant.InZone(zone).ToOffsetDateTime());

    private static void WriteText(TextWriter output, SlaPolicy policy, ResponsePlan plan)
    {
        var zone = policy.SupportZone;
        output.WriteLine($"{plan.Tier.Severity.DisplayName} ({policy.Name})");
        output.WriteLine($"Reported:       {Utc(plan.ReportedAt)}  ({Local(plan.ReportedAt, zone)} {zone.Id})");
        output.WriteLine($"Response goal:  {plan.Tier.ResponseGoal}");
        output.WriteLine($"Response due:   {Utc(plan.ResponseDueAt)}  ({Local(plan.ResponseDueAt, zone)} {zone.Id})");
        output.WriteLine($"Updates:        {(plan.UpdateCadence is { } cadence ? $"every {GoalTarget.Elapsed(cadence)} until resolved" : "no periodic updates owed")}");
        output.WriteLine("Resolution steps:");
        var number = 1;
        foreach (var planned in plan.Steps)
        {
            output.WriteLine($"  {number++}. {planned.Step.Kind}: {planned.Step.Description}");
            output.WriteLine(planned.DueAt is { } at
                ? $"     due {Utc(at)} ({Local(at, zone)}): {planned.Step.Deadline}"
                : $"     {planned.Step.Deadline}");
        }

        if (plan.MaintenanceDuringGoal.Count == 0)
        {
            output.WriteLine("Maintenance:    none during the response goal");
            return;
        }

        output.WriteLine($"Maintenance during the response goal ({(plan.ClockStopsDuringMaintenance ? "the SLA clock stops" : "the SLA clock keeps running")}):");
        foreach (var window in plan.MaintenanceDuringGoal)
        {
            output.WriteLine($"  {Utc(window.Start)} – {Utc(window.End)}  ({Local(window.Start, zone)} – {Local(window.End, zone)}) {window.Title}");
        }
    }

    private static void WriteJson(CliConsole console, SlaPolicy policy, ResponsePlan plan)
    {
        var zone = policy.SupportZone;
        CliJson.WriteLine(console.Out, w =>
        {
            w.WriteStartObject();
            w.WriteString("severity", plan.Tier.Severity.Name.ToLowerInvariant());
            w.WriteNumber("severityRank", plan.Tier.Severity.Rank);
            w.WriteString("reportedAt", Utc(plan.ReportedAt));
            w.WriteString("reportedAtLocal", Local(plan.ReportedAt, zone));
            w.WriteString("responseGoal", plan.Tier.ResponseGoal.ToString());
            w.WriteString("responseDueAt", Utc(plan.ResponseDueAt));
            w.WriteString("responseDueLocal", Local(plan.ResponseDueAt, zone));
            if (plan.UpdateCadence is { } cadence)
            {
                w.WriteString("updateCadence", DurationPattern.JsonRoundtrip.Format(cadence));
            }
            else
            {
                w.WriteNull("updateCadence");
            }

            w.WriteStartArray("steps");
            foreach (var planned in plan.Steps)
            {
                w.WriteStartObject();
                w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(planned.Step.Kind.ToString()));
                w.WriteString("description", planned.Step.Description);
                w.WriteString("deadline", planned.Step.Deadline.ToString());
                if (planned.DueAt is { } at)
                {
                    w.WriteString("dueAt", Utc(at));
                    w.WriteString("dueLocal", Local(at, zone));
                }
                else
                {
                    w.WriteNull("dueAt");
                    w.WriteNull("dueLocal");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteBoolean("clockStopsDuringMaintenance", plan.ClockStopsDuringMaintenance);
            w.WritePropertyName("maintenance");
            MaintenanceWindowJson.WriteArray(w, plan.MaintenanceDuringGoal);
            w.WriteEndObject();
        });
    }
}
