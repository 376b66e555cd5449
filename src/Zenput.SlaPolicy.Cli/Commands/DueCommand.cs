using System.CommandLine;
using System.Globalization;
using System.IO;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Cli.Json;
using Zenput.Sla.Cli.Text;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Cli.Commands;

/// <summary>
/// <c>due</c>: the response due instant for one ticket (<c>--severity</c>, <c>--reported-at</c>) or for
/// every line of a JSON-lines stream (<c>--input</c>).
/// </summary>
internal sealed class DueCommand : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var ticket = new TicketArguments();
        var input = CliRuntime.InputOption();
        var policy = CliRuntime.PolicyOption();
        var format = CliRuntime.FormatOption("text", "json");

        var command = new Command("due", "Compute response due times: for one ticket, or (with --input) for a stream of JSON lines.\nExit codes: 0 all lines succeeded, 3 some lines failed, 1 invalid policy, 2 usage error, 4 input or output failed.");
        ticket.AddTo(command);
        command.Options.Add(input);
        command.Options.Add(policy);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            if (parse.GetValue(input) is { } inputValue)
            {
                if (parse.GetValue(ticket.Severity) is not null || parse.GetValue(ticket.ReportedAt) is not null)
                {
                    throw new CliException("Use either --input (batch) or --severity with --reported-at (one ticket), not both.");
                }

                if (parse.GetResult(format) is { Implicit: false } || parse.GetValue(ticket.Pause) is { Length: > 0 })
                {
                    throw new CliException("--format and --pause apply to one ticket; in a batch (--input) each line carries its own pauses and the output is always JSON lines.");
                }

                var processor = new DueBatchProcessor(runtime.LoadPolicy(parse.GetValue(policy)));
                return BatchCommand.Run(runtime, inputValue, "Computing due times", processor.Run);
            }

            var loaded = runtime.LoadPolicy(parse.GetValue(policy));
            var (tier, reported, pauses) = ticket.Resolve(parse, loaded, "Give --severity and --reported-at for one ticket, or --input FILE|- for a batch.");
            var plan = new SlaClock(loaded).Plan(tier, reported, pauses);
            if (parse.GetValue(format) == "json")
            {
                JsonOutput.Write(runtime.Console, ResponsePlanJson.From(plan, loaded), CliJsonContext.Default.ResponsePlanJson);
            }
            else
            {
                WriteText(runtime.Console.Text, loaded, plan);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, SlaPolicy policy, ResponsePlan plan)
    {
        var zone = policy.SupportZone;
        output.WriteLine($"{ControlCharacters.OneLine(plan.Tier.Severity.DisplayName)} ({ControlCharacters.OneLine(policy.Name)})");
        output.WriteLine($"Reported:       {LocalText.Utc(plan.ReportedAt)}  ({LocalText.Format(plan.ReportedAt, zone)} {zone.Id})");
        output.WriteLine($"Response goal:  {ControlCharacters.OneLine(plan.Tier.ResponseGoal.ToString())}");
        output.WriteLine($"Response due:   {LocalText.Utc(plan.ResponseDueAt)}  ({LocalText.Format(plan.ResponseDueAt, zone)} {zone.Id})");
        output.WriteLine($"Updates:        {(plan.UpdateCadence is { } cadence ? policy.DescribeDeadline(plan.Tier, StepDeadline.Every(cadence)) : "no periodic updates owed")}");
        output.WriteLine("Resolution steps:");
        var number = 1;
        foreach (var planned in plan.Steps)
        {
            // A step without a description (policy documents may leave it out) is its kind alone, not "ProblemTicket: ".
            output.WriteLine(string.IsNullOrWhiteSpace(planned.Step.Description)
                ? $"  {number++}. {planned.Step.Kind}"
                : $"  {number++}. {planned.Step.Kind}: {ControlCharacters.OneLine(planned.Step.Description)}");
            output.WriteLine(planned.DueAt is { } at
                ? $"     due {LocalText.Utc(at)} ({LocalText.Format(at, zone)}): {ControlCharacters.OneLine(policy.DescribeDeadline(plan.Tier, planned.Step.Deadline))}"
                : $"     {ControlCharacters.OneLine(policy.DescribeDeadline(plan.Tier, planned.Step.Deadline))}");
        }

        if (plan.MaintenanceDuringGoal.Count == 0)
        {
            output.WriteLine("Maintenance:    none during the response goal");
            return;
        }

        output.WriteLine($"Maintenance during the response goal ({(plan.ClockStopsDuringMaintenance ? "the SLA clock stops" : "the SLA clock keeps running")}):");
        foreach (var window in plan.MaintenanceDuringGoal)
        {
            output.WriteLine($"  {LocalText.Utc(window.Start)} – {LocalText.Utc(window.End)}  ({LocalText.Format(window.Start, zone)} – {LocalText.Format(window.End, zone)}) {ControlCharacters.OneLine(window.Title)}");
        }

        if (plan.MaintenanceListTruncated)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and more: a plan lists the first {ResponsePlan.MaintenanceListLimit} windows ('zenput-sla maintenance' lists them all)."));
        }
    }
}
