using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Cli.Io;
using Zenput.Sla.Cli.Text;
using Zenput.Sla.ICalendar;
using Zenput.Sla.Serialization;

namespace Zenput.Sla.Cli.Commands;

/// <summary><c>calendar import-holidays FILE.ics --calendar NAME --policy FILE</c>: adds a feed's holidays to a calendar of a policy document and writes the document.</summary>
/// <remarks>
/// The document is edited, not regenerated: the holidays are appended to the calendar's
/// <c>holidays</c> array and everything else is kept as written (only the indentation changes). The
/// result is read back before it is written: it must be valid and its calendar must be exactly the
/// one the import computed, or nothing is written.
/// </remarks>
internal sealed class CalendarCommand : ICliCommand
{
    /// <summary>The largest feed read, in bytes (a feed of every public holiday of a country for decades is well under 1 MiB).</summary>
    /// <remarks>
    /// 4 MiB, not 16 as before: Ical.Net holds about 80 bytes of memory per byte of feed it reads (4 MB of events: 400 MB;
    /// 15 MB: past the 1 GiB heap the resource contract is tested under, an internal error).
    /// </remarks>
    private const long MaxFeedBytes = 4 * 1024 * 1024;

    public Command Create(CliRuntime runtime)
    {
        var file = new Argument<FileInfo>("FILE.ics") { Description = "The iCalendar feed (.ics) to import holidays from." };
        var calendarName = new Option<string>("--calendar")
        {
            Description = "The name of the policy's business calendar to add the holidays to.",
            HelpName = "NAME",
            Required = true,
        };
        var policy = CliRuntime.PolicyOption();
        policy.Description = "The JSON policy document holding the calendar; the document is written with the holidays added.";
        policy.Required = true;
        var from = CliOptions.Date("--from", "The first local date to import (default: 1 January of the current year in the calendar's zone).");
        var to = CliOptions.Date("--to", "The end of the range, exclusive (default: two years after --from). Recurring events are expanded over [--from, --to).");
        var output = new Option<FileInfo?>("--output")
        {
            Description = "Write the document to FILE (it may be the --policy file) instead of standard output; the account of the import then goes to standard output.",
            HelpName = "FILE",
        };

        var import = new Command("import-holidays", "Import holidays from an iCalendar feed into a calendar of a policy document: all-day events become holidays (one per date), timed events partial closures (times converted to the calendar's zone), recurring events are expanded over [--from, --to) minus their EXDATEs. Holidays the calendar already has are not written twice. Writes the document with the holidays added and an account of every event imported or skipped, with the reason.");
        import.Arguments.Add(file);
        import.Options.Add(calendarName);
        import.Options.Add(policy);
        import.Options.Add(from);
        import.Options.Add(to);
        import.Options.Add(output);
        import.SetAction(parse =>
        {
            var policyFile = parse.GetValue(policy)!;
            // Read once: the document written back is made from these bytes, not from a second read of the file,
            // which a pipe (`--policy <(...)`, `/dev/stdin`) cannot give again (that second read found it empty: exit 5).
            var loaded = runtime.LoadPolicy(policyFile, out var policyBytes);
            var name = parse.GetValue(calendarName)!;
            var calendar = FindCalendar(loaded, name);
            var start = parse.GetValue(from) ?? new LocalDate(runtime.Console.Clock.GetCurrentInstant().InZone(calendar.Zone).Year, 1, 1);
            var end = parse.GetValue(to) ?? start.PlusYears(2);
            if (end < start)
            {
                throw new CliException(ExitCodes.UsageError, "--to is before --from.");
            }

            var feedFile = parse.GetValue(file)!;
            HolidayFeedImport result;
            try
            {
                result = HolidayFeed.Import(ReadFeed(feedFile), calendar, start, end);
            }
            catch (HolidayFeedException e)
            {
                throw new CliException(ExitCodes.UsageError, $"{ErrorText.Quote(feedFile.Name)}: {e.Message}", e);
            }

            var document = WithHolidays(policyBytes, result);
            Check(document, result.Calendar);

            var destination = parse.GetValue(output);
            var account = destination is null ? runtime.Console.Error : runtime.Console.Text;
            if (destination is null)
            {
                runtime.Console.Out.Write(Encoding.UTF8.GetString(document));
            }
            else
            {
                Write(destination, document);
            }

            WriteAccount(account, result);
            return ExitCodes.Success;
        });

        var command = new Command("calendar", "Work with the business calendars of a policy document.");
        command.Subcommands.Add(import);
        return command;
    }

    private static BusinessCalendar FindCalendar(SlaPolicy policy, string name)
    {
        if (policy.Calendars.FirstOrDefault(c => c.Name == name) is { } calendar)
        {
            return calendar;
        }

        if (policy.CalendarIntersections.FirstOrDefault(i => i.Name == name) is { } intersection)
        {
            throw new CliException(ExitCodes.UsageError, $"{ErrorText.Quote(name)} is a calendar intersection; import the holidays into one of its calendars ({string.Join(", ", intersection.CalendarNames.Select(ErrorText.Quote))}).");
        }

        var known = policy.Calendars.Count == 0 ? "it has no business calendars" : $"its calendars are {string.Join(", ", policy.Calendars.Select(c => ErrorText.Quote(c.Name)))}";
        throw new CliException(ExitCodes.UsageError, $"The policy has no calendar {ErrorText.Quote(name)}; {known}.");
    }

    private static string ReadFeed(FileInfo file)
    {
        try
        {
            if (Directory.Exists(file.FullName))
            {
                throw new CliException(ExitCodes.IoError, $"Cannot read the iCalendar file {ErrorText.Quote(file.FullName)}: it is a directory, not a file.");
            }

            if (file.Exists && file.Length > MaxFeedBytes)
            {
                throw new CliException(ExitCodes.UsageError, $"The iCalendar file {ErrorText.Quote(file.Name)} is {file.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes; the limit is 4 MiB.");
            }

            // The length above is 0 for a pipe or a device (/dev/zero, `<(...)`), so the read itself stops past the limit:
            // reading to the end took all the memory there was (exit 5).
            using var stream = File.OpenRead(file.FullName);
            var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxFeedBytes)
                {
                    throw new CliException(ExitCodes.UsageError, $"The iCalendar file {ErrorText.Quote(file.Name)} is over 4 MiB, the limit.");
                }

                buffer.Write(chunk, 0, read);
            }

            buffer.Position = 0;
            using var reader = new StreamReader(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException e)
        {
            throw new CliException(ExitCodes.UsageError, $"The iCalendar file {ErrorText.Quote(file.Name)} is not UTF-8 text.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.IoError, $"Cannot read the iCalendar file {ErrorText.Quote(file.FullName)}: {e.Message}", e);
        }
    }

    /// <summary>The document with the imported holidays appended to the calendar's <c>holidays</c> array.</summary>
    private static byte[] WithHolidays(byte[] document, HolidayFeedImport result)
    {
        // Refused before the document is built: a feed's 4 MiB SUMMARY on a daily event made 365 copies of it in the
        // document (5 GB, an internal error) only to be refused afterwards as over the 1 MiB a policy document may hold.
        long size = document.Length;
        foreach (var holiday in result.Holidays)
        {
            size += Encoding.UTF8.GetByteCount(holiday.Name) + 64;
            if (size > SlaPolicyDocument.MaxDocumentBytes)
            {
                throw new CliException(ExitCodes.InvalidPolicy, $"The policy with the {result.Holidays.Count().ToString("N0", CultureInfo.InvariantCulture)} imported holidays would be over {SlaPolicyDocument.MaxDocumentBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes (1 MiB), the limit of a policy document, so nothing was written; import a shorter range or a feed with shorter names.");
            }
        }

        var root = JsonNode.Parse(document)!.AsObject();
        var calendar = root["calendars"]!.AsArray().Select(c => c!.AsObject()).First(c => (string?)c["name"] == result.Calendar.Name);
        if (calendar["holidays"] is not JsonArray holidays)
        {
            holidays = [];
            calendar["holidays"] = holidays;
        }

        foreach (var holiday in result.Holidays)
        {
            holidays.Add((JsonNode)HolidayJson(holiday)); // the JsonNode overload: the generic one needs reflection (no Native AOT)
        }

        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return Encoding.UTF8.GetBytes(root.ToJsonString(options) + "\n");
    }

    private static JsonObject HolidayJson(Holiday holiday)
    {
        var json = new JsonObject
        {
            ["name"] = holiday.Name,
            ["date"] = holiday.Date!.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        };
        if (holiday.ClosedFrom is { } closedFrom && holiday.ClosedUntil is { } closedUntil)
        {
            json["closedFrom"] = Time(closedFrom);
            json["closedUntil"] = closedUntil == LocalTime.Midnight ? "24:00" : Time(closedUntil);
        }

        return json;
    }

    private static string Time(LocalTime time) => time.ToString(time.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Reads the written document back: it must be valid and say exactly what the import computed.</summary>
    private static void Check(byte[] document, BusinessCalendar expected)
    {
        var reread = SlaPolicyDocument.Read(document);
        if (!reread.IsValid)
        {
            var problems = string.Join(Environment.NewLine, reread.Errors.Select(f => "  " + f));
            throw new CliException(ExitCodes.InvalidPolicy, $"The policy with the imported holidays would not be valid, so nothing was written:{Environment.NewLine}{problems}");
        }

        if (reread.Policy!.Calendars.First(c => c.Name == expected.Name) != expected)
        {
            throw new InvalidOperationException($"The document written does not hold the calendar '{expected.Name}' the import computed.");
        }
    }

    private static void Write(FileInfo destination, byte[] document)
    {
        // Through a temporary file in the same folder, so that a failed write never leaves half a policy (the destination may be the --policy file).
        using var file = ReplacingFile.Create(destination);
        new GuardedOutputStream(file.Stream).Write(document);
        file.Commit();
    }

    private static void WriteAccount(TextWriter output, HolidayFeedImport result)
    {
        var range = $"{result.From.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} to {result.To.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}, exclusive";
        output.WriteLine($"Imported {Count(result.Imported.Count, "holiday")} into '{ControlCharacters.OneLine(result.Calendar.Name)}' ({range}):");
        foreach (var entry in result.Imported)
        {
            output.WriteLine($"  + {entry.Date!.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} {ControlCharacters.OneLine(entry.Holiday!.Name)}: {ControlCharacters.OneLine(entry.Message)}");
        }

        output.WriteLine($"Skipped {Count(result.Skipped.Count, "event or date", "events or dates")}:");
        foreach (var entry in result.Skipped)
        {
            output.WriteLine($"  - {ControlCharacters.OneLine(entry.ToString())}");
        }
    }

    private static string Count(int count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many ?? one + "s")}");
}
