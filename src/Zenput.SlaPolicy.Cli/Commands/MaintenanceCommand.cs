using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli.Json;
using Zenput.Sla.Cli.Text;
using Zenput.Sla.ICalendar;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Cli.Commands;

/// <summary><c>maintenance</c>: the scheduled maintenance windows overlapping <c>[from, to)</c>, written as they are expanded.</summary>
internal sealed class MaintenanceCommand : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var from = CliOptions.Bound("--from", "Start of the range (inclusive): a date (midnight in the policy's support zone) or an instant with an offset.");
        var to = CliOptions.Bound("--to", "End of the range (exclusive): a date (midnight in the policy's support zone) or an instant with an offset.");
        var asOf = CliOptions.Instant("--as-of", "For --format statuspage: the instant the statuses are given as of (default: now).");
        var policy = CliRuntime.PolicyOption();
        var format = CliRuntime.FormatOption("text", "json", "ics", "statuspage");

        var command = new Command("maintenance", "List the scheduled maintenance windows that overlap [--from, --to): as text, a JSON array, an iCalendar file (ics) or status-page notices. Windows are written as they are computed, so any range streams.");
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(format);
        command.Options.Add(asOf);
        command.Options.Add(policy);
        command.SetAction(parse =>
        {
            var loaded = runtime.LoadPolicy(parse.GetValue(policy));
            var zone = loaded.SupportZone;
            var start = parse.GetValue(from)!.Value.In(zone);
            var end = parse.GetValue(to)!.Value.In(zone);
            if (end < start)
            {
                throw new CliException("--to is before --from.");
            }

            var schedule = loaded.Maintenance ?? new MaintenanceSchedule(zone, []);
            var windows = end > start ? schedule.WindowsFrom(start).TakeWhile(w => w.Start < end) : [];
            var console = runtime.Console;
            switch (parse.GetValue(format))
            {
                case "json":
                    JsonOutput.WriteArray(console, windows.Select(MaintenanceWindowJson.From), CliJsonContext.Default.MaintenanceWindowJson);
                    break;
                case "ics":
                    // The iCalendar text escapes its own values and ends its lines with CRLF, as RFC 5545 requires.
                    CheckIcsStart(start, zone);
                    try
                    {
                        MaintenanceICalendar.WriteIcs(console.Out, schedule, start, end);
                    }
                    catch (ArgumentOutOfRangeException e) when (e.ParamName == "from")
                    {
                        // Documented: a range (or a window in it) before 0001-01-01, which no iCalendar file holds; nothing was written.
                        var parameter = e.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
                        throw new CliException($"--format ics: {(parameter >= 0 ? e.Message[..parameter] : e.Message)}", e);
                    }

                    break;
                case "statuspage":
                    var now = parse.GetValue(asOf) ?? console.Clock.GetCurrentInstant();
                    var notices = windows.Select(w => StatusPageNoticeJson.From(StatusPageNotice.For(w, schedule.AffectedComponents, now)));
                    JsonOutput.WriteArray(console, notices, CliJsonContext.Default.StatusPageNoticeJson);
                    break;
                default:
                    WriteText(console.Text, windows, zone, loaded.Maintenance is not null && loaded.ClockStopsDuringMaintenance);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Refuses with a usage error, in the option's terms, a range starting before 0001-01-01T00:00:00Z, which an iCalendar file cannot hold.</summary>
    private static void CheckIcsStart(Instant start, DateTimeZone zone)
    {
        var first = Instant.FromUtc(1, 1, 1, 0, 0);
        if (start >= first)
        {
            return;
        }

        // The first --from date whose midnight in the support zone is at or after that instant.
        var date = first.InZone(zone).Date;
        date = date.AtStartOfDayInZone(zone).ToInstant() < first ? date.PlusDays(1) : date;
        throw new CliException(
            $"--from is {InstantPattern.ExtendedIso.Format(start)}, before 0001-01-01T00:00:00Z: an iCalendar file (--format ics) holds no earlier date (RFC 5545 years have four digits, and readers start at year 1); give --from {date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} or later.");
    }

    private static void WriteText(TextWriter output, IEnumerable<MaintenanceWindow> windows, DateTimeZone zone, bool clockStops)
    {
        long count = 0;
        foreach (var window in windows)
        {
            count++;
            output.WriteLine($"{LocalText.Utc(window.Start)} – {LocalText.Utc(window.End)}  {window.LocalStart.ToString("ddd uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture)}–{window.LocalEnd.ToString("HH:mm x", CultureInfo.InvariantCulture)}  {MaintenanceWindowJson.KindName(window)}  {ControlCharacters.OneLine(window.Title)}");
        }

        output.WriteLine(count == 0
            ? "No scheduled maintenance in this range."
            : string.Create(CultureInfo.InvariantCulture, $"{count} window{(count == 1 ? string.Empty : "s")} ({zone.Id}); the SLA clock {(clockStops ? "stops" : "keeps running")} during maintenance."));
    }
}
