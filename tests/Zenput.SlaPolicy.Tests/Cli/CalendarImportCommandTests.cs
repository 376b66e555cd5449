using System;
using System.IO;
using System.Linq;
using NodaTime;
using Zenput.Sla.Cli;
using Zenput.Sla.Serialization;
using Zenput.Sla.Tests.ICalendar;

namespace Zenput.Sla.Tests.Cli;

/// <summary><c>zenput-sla calendar import-holidays</c>: the document written back, the account of the import, and the exit codes of the README's contract.</summary>
public sealed class CalendarImportCommandTests : IDisposable
{
    private const string Office = """
        {
          "schemaVersion": 2,
          "name": "Office SLA",
          "supportZone": "America/New_York",
          "responseSatisfiedBy": ["firstResponse"],
          "tiers": [
            { "severity": { "rank": 1, "name": "Urgent" },
              "responseGoal": { "kind": "businessTime", "workingTime": "8:00:00", "calendarName": "office" },
              "resolutionProcess": [{ "kind": "problemTicket", "satisfiedBy": ["ticketCreated"], "deadline": { "kind": "within", "length": "0:15:00" } }] }
          ],
          "calendars": [
            { "name": "office", "zone": "America/New_York",
              "windows": [
                { "day": "monday", "start": "09:00", "end": "17:00" }, { "day": "tuesday", "start": "09:00", "end": "17:00" },
                { "day": "wednesday", "start": "09:00", "end": "17:00" }, { "day": "thursday", "start": "09:00", "end": "17:00" },
                { "day": "friday", "start": "09:00", "end": "17:00" }
              ],
              "holidays": [ { "name": "Christmas Day", "annualDate": "12-25" } ] },
            { "name": "desk", "zone": "Europe/London", "windows": [ { "day": "monday", "start": "08:00", "end": "20:00" } ] }
          ],
          "calendarIntersections": [ { "name": "both", "calendars": ["office", "desk"] } ]
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("zenput-sla-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string FileWith(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private (string Feed, string Policy) Files() => (FileWith("us.ics", HolidayFeeds.UsFederal), FileWith("office.json", Office));

    [Fact]
    public void The_written_document_is_accepted_by_validate_as_a_separate_process_and_closes_the_feeds_dates()
    {
        var (feed, policy) = Files();
        var output = Path.Combine(_folder, "out.json");

        var import = CliRunner.AsProcess([], "calendar", "import-holidays", feed, "--calendar", "office", "--policy", policy, "--from", "2027-01-01", "--to", "2028-01-01", "--output", output);
        var validate = CliRunner.AsProcess([], "validate", output);

        import.ExitCode.Should().Be(ExitCodes.Success, import.Error);
        import.OutLines[0].Should().Be("Imported 10 holidays into 'office' (2027-01-01 to 2028-01-01, exclusive):");
        import.Out.Should().Contain("  - event 11 (line 74) 'Christmas Day' 2027-12-25: whole day: the calendar already has Christmas Day (every 12-25)");
        validate.ExitCode.Should().Be(ExitCodes.Success);
        validate.Out.Should().Be($"valid: 'Office SLA' (0 warnings){Environment.NewLine}");
        var holidays = SlaPolicyDocument.LoadFile(output).Calendars.Single(c => c.Name == "office").Holidays;
        holidays.Should().HaveCount(11);
        holidays.Where(h => h.Date is not null).Select(h => h.Date!.Value).Should().Contain([new LocalDate(2027, 11, 25), new LocalDate(2027, 5, 31), new LocalDate(2027, 1, 18)]);
    }

    [Fact]
    public void A_holiday_name_with_a_line_break_is_printed_on_its_line_of_the_account()
    {
        // RFC 5545 TEXT: "\n" in a SUMMARY is a line break, so a feed could print a forged line in the account.
        var feed = FileWith("forged.ics", HolidayFeeds.Feed(HolidayFeeds.Event("f", "DTSTART;VALUE=DATE:20270301", @"SUMMARY:Founders Day\nSkipped 0 events or dates:")));
        var policy = FileWith("office.json", Office);

        var result = CliRunner.Run("calendar", "import-holidays", feed, "--calendar", "office", "--policy", policy, "--from", "2027-01-01", "--to", "2028-01-01", "--output", Path.Combine(_folder, "out.json"));

        result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
        result.OutLines[0].Should().Be("Imported 1 holiday into 'office' (2027-01-01 to 2028-01-01, exclusive):");
        result.OutLines[1].Should().StartWith(@"  + 2027-03-01 Founders Day\u000ASkipped 0 events or dates:: ");
        result.OutLines.Where(l => l.StartsWith("Skipped", StringComparison.Ordinal)).Should().Equal("Skipped 0 events or dates:");
    }

    [Fact]
    public void An_error_naming_the_calendars_keeps_a_calendar_name_with_a_line_break_on_its_line()
    {
        var policy = FileWith("office.json", Office.Replace("\"desk\"", "\"desk'.\\nImported 10 holidays into 'office\"", StringComparison.Ordinal));

        var result = CliRunner.Run("calendar", "import-holidays", FileWith("us.ics", HolidayFeeds.UsFederal), "--calendar", "support", "--policy", policy);

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().Be($"error: The policy has no calendar 'support'; its calendars are 'office', 'desk'.\\u000AImported 10 holidays into 'office'.{Environment.NewLine}");
    }

    [Fact]
    public void Without_output_the_document_goes_to_standard_output_and_the_account_to_standard_error()
    {
        var (feed, policy) = Files();

        var result = CliRunner.Run("calendar", "import-holidays", feed, "--calendar", "office", "--policy", policy, "--from", "2027-01-01", "--to", "2028-01-01");

        result.ExitCode.Should().Be(ExitCodes.Success);
        SlaPolicyDocument.Read(result.Out).IsValid.Should().BeTrue();
        result.Out.Should().Contain("\"calendarIntersections\"", "the rest of the document is kept as written");
        result.Error.Should().StartWith("Imported 10 holidays into 'office'");
        File.ReadAllText(policy).Should().Be(Office, "the policy file is only read");
    }

    [Fact]
    public void Importing_the_same_feed_again_into_the_written_back_policy_writes_no_duplicates()
    {
        var (feed, policy) = Files();
        string[] args = ["calendar", "import-holidays", feed, "--calendar", "office", "--policy", policy, "--from", "2027-01-01", "--to", "2028-01-01", "--output", policy];

        CliRunner.Run(args).ExitCode.Should().Be(ExitCodes.Success);
        var once = File.ReadAllText(policy);
        var again = CliRunner.Run(args);

        again.ExitCode.Should().Be(ExitCodes.Success);
        again.OutLines[0].Should().Be("Imported 0 holidays into 'office' (2027-01-01 to 2028-01-01, exclusive):");
        again.OutLines.Count(l => l.Contains("[Duplicate]", StringComparison.Ordinal) || l.Contains("the calendar already has", StringComparison.Ordinal)).Should().Be(11);
        File.ReadAllText(policy).Should().Be(once);
    }

    [Fact]
    public void Without_a_range_it_imports_the_current_and_the_next_year_in_the_calendars_zone()
    {
        var (feed, policy) = Files();

        // In-process runs are at 2026-11-24T12:00:00Z.
        var result = CliRunner.Run("calendar", "import-holidays", feed, "--calendar", "office", "--policy", policy);

        result.Error.Should().StartWith("Imported 20 holidays into 'office' (2026-01-01 to 2028-01-01, exclusive):");
    }

    [Fact]
    public void An_unknown_calendar_is_a_usage_error_that_names_the_calendars_there_are()
    {
        var (feed, policy) = Files();

        var result = CliRunner.Run("calendar", "import-holidays", feed, "--calendar", "support", "--policy", policy);

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be($"error: The policy has no calendar 'support'; its calendars are 'office', 'desk'.{Environment.NewLine}");
    }

    [Fact]
    public void A_calendar_intersection_is_refused_with_the_calendars_to_import_into_instead()
    {
        var (feed, policy) = Files();

        var result = CliRunner.Run("calendar", "import-holidays", feed, "--calendar", "both", "--policy", policy);

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().Contain("'both' is a calendar intersection; import the holidays into one of its calendars ('office', 'desk').");
    }

    [Fact]
    public void A_malformed_feed_is_a_usage_error_naming_the_file_and_line_and_nothing_is_written()
    {
        var feed = FileWith("bad.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nthis is not a property\r\nEND:VCALENDAR\r\n");
        var policy = FileWith("office.json", Office);

        var result = CliRunner.Run("calendar", "import-holidays", feed, "--calendar", "office", "--policy", policy, "--output", policy);

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().StartWith("error: 'bad.ics': The feed is not a readable iCalendar file (line 3):");
        File.ReadAllText(policy).Should().Be(Office);
    }

    [Fact]
    public void A_missing_feed_is_an_input_error()
    {
        var policy = FileWith("office.json", Office);

        var result = CliRunner.Run("calendar", "import-holidays", Path.Combine(_folder, "none.ics"), "--calendar", "office", "--policy", policy);

        result.ExitCode.Should().Be(ExitCodes.IoError);
        result.Error.Should().StartWith("error: Cannot read the iCalendar file");
    }

    [Fact]
    public void An_invalid_policy_is_exit_1_with_its_findings()
    {
        var feed = FileWith("us.ics", HolidayFeeds.UsFederal);
        var policy = FileWith("office.json", Office.Replace("\"09:00\", \"end\": \"17:00\" }, { \"day\": \"tuesday\"", "\"9 am\", \"end\": \"17:00\" }, { \"day\": \"tuesday\"", StringComparison.Ordinal));

        var result = CliRunner.Run("calendar", "import-holidays", feed, "--calendar", "office", "--policy", policy);

        result.ExitCode.Should().Be(ExitCodes.InvalidPolicy);
        result.Error.Should().Contain("$.calendars[0].windows[0].start");
    }

    [Theory]
    [InlineData("--from", "2027-13-01")]
    [InlineData("--to", "next year")]
    public void A_malformed_date_is_a_usage_error_naming_the_option(string option, string value)
    {
        var (feed, policy) = Files();

        var result = CliRunner.Run("calendar", "import-holidays", feed, "--calendar", "office", "--policy", policy, option, value);

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().StartWith($"error: {option} '{value}' is not a date");
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_a_usage_error()
    {
        var (feed, policy) = Files();

        var result = CliRunner.Run("calendar", "import-holidays", feed, "--calendar", "office", "--policy", policy, "--from", "2028-01-01", "--to", "2027-01-01");

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().Contain("--to is before --from.");
    }

    [Fact]
    public void A_feed_line_with_control_characters_is_refused_with_the_line_shown_escaped()
    {
        var feed = FileWith("evil.ics", HolidayFeeds.Feed(HolidayFeeds.Event("evil", "DTSTART;VALUE=DATE:20270301", "SUMMARY:Bad\u001B[31mDay")));
        var policy = FileWith("office.json", Office);

        var result = CliRunner.Run("calendar", "import-holidays", feed, "--calendar", "office", "--policy", policy, "--from", "2027-01-01", "--to", "2028-01-01");

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().Be($"error: 'evil.ics': The feed is not a readable iCalendar file (line 8): Could not parse line: 'SUMMARY:Bad\\u001B[31mDay'{Environment.NewLine}");
        result.Out.Should().BeEmpty();
    }
}
