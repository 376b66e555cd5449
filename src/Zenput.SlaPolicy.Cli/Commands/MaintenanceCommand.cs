using System.CommandLine;
using System.IO;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.ICalendar;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Cli.Commands;

/// <summary><c>maintenance</c>: the scheduled maintenance windows overlapping <c>[from, to)</c>.</summary>
internal sealed class MaintenanceCommand : ICliCommand
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly OffsetDateTimePattern OffsetPattern = OffsetDateTimePattern.ExtendedIso;

    public Command Create(CliRuntime runtime)
    {
        var from = new Option<string>("--from") { Description = "Start of the range (inclusive): a date (midnight in the policy's support zone) or an instant with an offset.", HelpName = "DATE|INSTANT", Required = true };
        var to = new Option<string>("--to") { Description = "End of the range (exclusive): a date (midnight in the policy's support zone) or an instant with an offset.", HelpName = "DATE|INSTANT", Required = true };
        var asOf = new Option<string>("--as-of") { Description = "For --format statuspage: the instant the statuses are given as of (default: now).", HelpName = "INSTANT" };
        var policy = CliRuntime.PolicyOption();
        var format = CliRuntime.FormatOption("text", "json", "ics", "statuspage");

        var command = new Command("maintenance", "List the scheduled maintenance windows that overlap [--from, --to): as text, a JSON array, an iCalendar file (ics) or status-page notices.");
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(format);
        command.Options.Add(asOf);
        command.Options.Add(policy);
        command.SetAction(parse =>
        {
            var loaded = runtime.LoadPolicy(parse.GetValue(policy));
            var zone = loaded.SupportZone;
            var start = ParseBound(parse.GetValue(from)!, "--from", zone);
            var end = ParseBound(parse.GetValue(to)!, "--to", zone);
            if (end < start)
            {
                throw new CliException($"--to ({parse.GetValue(to)}) is before --from ({parse.GetValue(from)}).");
            }

            var schedule = loaded.Maintenance;
            var windows = schedule?.WindowsOverlapping(start, end) ?? [];
            var output = runtime.Console.Out;
            switch (parse.GetValue(format))
            {
                case "json":
                    CliJson.WriteLine(output, w => MaintenanceWindowJson.WriteArray(w, windows));
                    break;
                case "ics":
                    // The iCalendar text already ends its lines with CRLF, as RFC 5545 requires.
                    output.Write(MaintenanceICalendar.ToIcs(schedule ?? new MaintenanceSchedule(zone, []), start, end));
                    break;
                case "statuspage":
                    var now = parse.GetValue(asOf) is { } text ? ParseInstant(text, "--as-of") : runtime.Console.Clock.GetCurrentInstant();
                    CliJson.WriteLine(output, w => StatusPageNotice.WriteArray(w, schedule?.StatusPageNotices(start, end, now) ?? []));
                    break;
                default:
                    WriteText(output, windows, zone, schedule is not null && loaded.ClockStopsDuringMaintenance);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, System.Collections.Generic.IReadOnlyList<MaintenanceWindow> windows, DateTimeZone zone, bool clockStops)
    {
        if (windows.Count == 0)
        {
            output.WriteLine("No scheduled maintenance in this range.");
            return;
        }

        foreach (var window in windows)
        {
            output.WriteLine($"{NodaTime.Text.InstantPattern.ExtendedIso.Format(window.Start)} – {NodaTime.Text.InstantPattern.ExtendedIso.Format(window.End)}  {window.LocalStart.ToString("ddd uuuu-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)}–{window.LocalEnd.ToString("HH:mm x", System.Globalization.CultureInfo.InvariantCulture)}  {MaintenanceWindowJson.KindName(window)}  {window.Title}");
        }

        output.WriteLine($"{windows.Count} window{(windows.Count == 1 ? string.Empty : "s")} ({zone.Id}); the SLA clock {(clockStops ? "stops" : "keeps running")} during maintenance.");
    }

    /// <summary>A date is midnight at the start of that date in the zone; otherwise an instant with an offset.</summary>
    private static Instant ParseBound(string text, string option, DateTimeZone zone)
    {
        var date = DatePattern.Parse(text);
        if (date.Success)
        {
            return zone.AtStartOfDay(date.Value).ToInstant();
        }

        return ParseInstant(text, option);
    }

    private static Instant ParseInstant(string text, string option)
    {
        var instant = OffsetPattern.Parse(text);
        if (!instant.Success)
        {
            throw new CliException($"{option} '{text}' is neither a date (2026-01-01) nor an ISO-8601 instant with an offset (2026-01-01T00:00:00-08:00).");
        }

        return instant.Value.ToInstant();
    }
}
