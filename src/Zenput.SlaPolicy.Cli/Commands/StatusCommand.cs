using System.CommandLine;
using System.IO;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli.Json;
using Zenput.Sla.Cli.Text;
using Zenput.Sla.Clock;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Cli.Commands;

/// <summary><c>status</c>: where one ticket's response goal stands at an instant: elapsed, remaining, breached.</summary>
internal sealed class StatusCommand : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var ticket = new TicketArguments();
        var at = CliOptions.Instant("--at", "The instant to report the status at (default: now), ISO-8601 with an offset.");
        var policy = CliRuntime.PolicyOption();
        var format = CliRuntime.FormatOption("text", "json");
        var command = new Command("status", "Where one ticket's response goal stands at an instant: SLA time elapsed and remaining (negative when overdue), the share of the goal used, and whether and when it was breached.");
        ticket.AddTo(command);
        command.Options.Add(at);
        command.Options.Add(policy);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var loaded = runtime.LoadPolicy(parse.GetValue(policy));
            var (tier, reportedAt, pauses) = ticket.Resolve(parse, loaded, "Give --severity and --reported-at.");
            var now = parse.GetValue(at) ?? runtime.Console.Clock.GetCurrentInstant();
            if (now < reportedAt)
            {
                throw new CliException("--at is before --reported-at: the goal has not started.");
            }

            var status = new SlaClock(loaded).Status(reportedAt, tier.ResponseGoal, now, pauses);
            if (parse.GetValue(format) == "json")
            {
                JsonOutput.Write(runtime.Console, SlaStatusJson.From(tier, status), CliJsonContext.Default.SlaStatusJson);
            }
            else
            {
                WriteText(runtime.Console.Text, tier, status, loaded.SupportZone);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Length(Duration duration) => DurationPattern.JsonRoundtrip.Format(duration);

    private static void WriteText(TextWriter output, SeverityTier tier, SlaStatus status, DateTimeZone zone)
    {
        output.WriteLine($"{ControlCharacters.OneLine(tier.Severity.DisplayName)}: respond within {ControlCharacters.OneLine(tier.ResponseGoal.ToString())}");
        output.WriteLine($"At:         {LocalText.Utc(status.At)}  ({LocalText.Format(status.At, zone)} {zone.Id})");
        output.WriteLine($"Goal:       {Length(status.Goal)}");
        output.WriteLine($"Elapsed:    {Length(status.Elapsed)} ({SharePercent.Format(status.Elapsed, status.Goal, alwaysDecimal: true)} % of the goal)");
        output.WriteLine($"Remaining:  {Length(status.Remaining)}");
        output.WriteLine(status.DueAt is { } due ? $"Due:        {LocalText.Utc(due)}" : "Due:        never (the clock is stopped for good before the goal is met)");
        output.WriteLine(status.IsBreached ? $"Breached:   yes, at {LocalText.Utc(status.BreachedAt!.Value)}" : "Breached:   no");
    }
}
