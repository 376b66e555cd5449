using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Serialization;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Serialization;

/// <summary>The calendar constructs of schema version 2 in policy documents: their form, and every error at once with its path.</summary>
public sealed class CalendarDocumentTests
{
    private const string Tiers = """
        [{ "severity": { "rank": 1, "name": "Critical" },
           "responseGoal": { "kind": "businessDays", "days": 3, "calendarName": "site-and-desk" },
           "resolutionProcess": [{ "kind": "problemTicket", "satisfiedBy": ["ticketCreated"], "deadline": { "kind": "within", "length": "0:15:00" } }] }]
        """;

    private const string Calendars = """
        [{ "name": "desk", "zone": "America/New_York",
           "windows": [{ "day": "monday", "start": "08:00", "end": "20:00" }],
           "holidays": [
             { "name": "Thanksgiving", "rule": { "kind": "nthWeekday", "month": 11, "dayOfWeek": "thursday", "week": 4 } },
             { "name": "Memorial Day", "rule": { "kind": "nthWeekday", "month": 5, "dayOfWeek": "monday", "week": -1 } },
             { "name": "Christmas", "rule": { "kind": "fixedDate", "date": "12-25", "saturdayObservedOn": "friday", "sundayObservedOn": "monday" } },
             { "name": "Good Friday", "rule": { "kind": "easter", "offsetDays": -2 } },
             { "name": "Christmas Eve", "rule": { "kind": "fixedDate", "date": "12-24" }, "closedFrom": "12:00", "closedUntil": "24:00" },
             { "name": "Network work", "date": "2026-12-04", "closedFrom": "22:00", "closedUntil": "02:00" }
           ],
           "schedules": [
             { "effectiveFrom": "2026-06-01", "effectiveUntil": "2026-08-31", "windows": [{ "day": "monday", "start": "07:00", "end": "15:00" }] },
             { "effectiveFrom": "2027-01-01", "windows": [{ "day": "tuesday", "start": "09:00", "end": "17:00" }] }
           ] },
         { "name": "site", "zone": "Europe/London", "windows": [{ "day": "monday", "start": "09:00", "end": "17:00" }] }]
        """;

    private const string Intersections = """[{ "name": "site-and-desk", "calendars": ["site", "desk"] }]""";

    private static string Document(string tiers = Tiers, string calendars = Calendars, string intersections = Intersections, int version = 2) =>
        $$"""
        {
          "schemaVersion": {{version}},
          "name": "Support calendars",
          "supportZone": "America/New_York",
          "responseSatisfiedBy": ["firstResponse"],
          "tiers": {{tiers}},
          "calendars": {{calendars}},
          "calendarIntersections": {{intersections}}
        }
        """;

    [Fact]
    public void Every_calendar_construct_reads_into_the_model_and_saves_back_equal()
    {
        var policy = SlaPolicyDocument.Load(Document());

        var desk = policy.GetCalendar("desk");
        desk.Holidays.Select(h => h.Rule).Should().Equal(
            HolidayRule.NthWeekday(11, IsoDayOfWeek.Thursday, 4),
            HolidayRule.LastWeekday(5, IsoDayOfWeek.Monday),
            HolidayRule.FixedDate(new AnnualDate(12, 25)),
            HolidayRule.Easter(-2),
            HolidayRule.FixedDate(new AnnualDate(12, 24)),
            null);
        desk.Holidays[4].ClosedUntil.Should().Be(LocalTime.Midnight);
        desk.Holidays[5].ClosedUntil.Should().Be(new LocalTime(2, 0));
        desk.Schedules.Should().HaveCount(2);
        desk.Schedules[0].EffectiveUntil.Should().Be(new LocalDate(2026, 8, 31));
        policy.CalendarIntersections.Should().ContainSingle().Which.CalendarNames.Should().Equal("site", "desk");
        policy.Tiers[0].ResponseGoal.Should().Be(GoalTarget.BusinessDays(3, "site-and-desk"));

        SlaPolicyDocument.Load(SlaPolicyDocument.Save(policy)).Should().Be(policy);
    }

    [Fact]
    public void Version_1_document_without_the_new_constructs_still_reads()
    {
        var calendars = """[{ "name": "desk", "zone": "America/New_York", "windows": [{ "day": "monday", "start": "08:00", "end": "20:00" }] }]""";
        var tiers = Tiers.Replace("\"kind\": \"businessDays\", \"days\": 3", "\"kind\": \"businessTime\", \"workingTime\": \"8:00:00\"").Replace("site-and-desk", "desk");

        var result = SlaPolicyDocument.Read(Document(tiers, calendars, "[]", version: 1));

        result.Findings.Should().BeEmpty();
        result.Policy!.GetCalendar("desk").Windows.Should().ContainSingle();
    }

    [Fact]
    public void Zero_goals_are_allowed_in_documents()
    {
        var tiers = Tiers.Replace("\"days\": 3", "\"days\": 0");

        SlaPolicyDocument.Read(Document(tiers)).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Shape_errors_of_the_new_constructs_are_reported_together_with_their_paths()
    {
        var calendars = Calendars
            .Replace("\"kind\": \"easter\", \"offsetDays\": -2", "\"kind\": \"pentecost\"")
            .Replace("{ \"name\": \"Thanksgiving\", \"rule\"", "{ \"name\": \"Thanksgiving\", \"date\": \"2026-11-26\", \"rule\"")
            .Replace("\"month\": 5, \"dayOfWeek\": \"monday\", \"week\": -1", "\"month\": 5, \"dayOfWeek\": \"monday\", \"week\": \"last\"")
            .Replace("\"effectiveFrom\": \"2027-01-01\",", string.Empty);
        var intersections = """[{ "name": "site-and-desk", "calendars": "site" }]""";

        var findings = SlaPolicyDocument.Read(Document(calendars: calendars, intersections: intersections)).Findings;

        findings.Select(f => (f.Path, f.Code)).Should().BeEquivalentTo(new[]
        {
            ("$.calendars[0].holidays[0].rule", PolicyErrorCodes.Required),
            ("$.calendars[0].holidays[1].rule.week", PolicyErrorCodes.InvalidValue),
            ("$.calendars[0].holidays[3].rule.kind", PolicyErrorCodes.InvalidValue),
            ("$.calendars[0].schedules[1].effectiveFrom", PolicyErrorCodes.Required),
            ("$.calendarIntersections[0].calendars", PolicyErrorCodes.InvalidValue),
        });
        findings.Single(f => f.Path.EndsWith("rule.kind", System.StringComparison.Ordinal)).Message
            .Should().Be("'pentecost' is not one of 'nthWeekday', 'fixedDate', 'easter'.");
    }

    [Fact]
    public void Rule_errors_are_reported_together_with_their_paths()
    {
        var calendars = Calendars
            .Replace("\"month\": 11, \"dayOfWeek\": \"thursday\", \"week\": 4", "\"month\": 13, \"dayOfWeek\": \"thursday\", \"week\": 6")
            .Replace("\"saturdayObservedOn\": \"friday\"", "\"saturdayObservedOn\": \"wednesday\"")
            .Replace("\"offsetDays\": -2", "\"offsetDays\": 400")
            .Replace("\"effectiveUntil\": \"2026-08-31\"", "\"effectiveUntil\": \"2026-05-31\"")
            .Replace("\"effectiveFrom\": \"2027-01-01\"", "\"effectiveFrom\": \"2026-06-01\"");
        var intersections = """[{ "name": "site", "calendars": ["site", "nowhere", "site"] }, { "name": "alone", "calendars": ["desk"] }]""";
        var tiers = Tiers.Replace("\"days\": 3", "\"days\": -1");

        var findings = SlaPolicyDocument.Read(Document(tiers, calendars, intersections)).Findings;

        findings.Select(f => (f.Path, f.Code)).Should().BeEquivalentTo(new[]
        {
            ("$.tiers[0].responseGoal", PolicyErrorCodes.NegativeGoal),
            ("$.calendars[0].holidays[0].rule.month", PolicyErrorCodes.OutOfRange),
            ("$.calendars[0].holidays[0].rule.week", PolicyErrorCodes.InvalidWeekOfMonth),
            ("$.calendars[0].holidays[2].rule.saturdayObservedOn", PolicyErrorCodes.OutOfRange),
            ("$.calendars[0].holidays[3].rule.offsetDays", PolicyErrorCodes.OutOfRange),
            ("$.calendars[0].schedules[0].effectiveUntil", PolicyErrorCodes.InvalidRange),
            ("$.calendars[0].schedules[1].effectiveFrom", PolicyErrorCodes.DuplicateDate),
            ("$.calendarIntersections[0].name", PolicyErrorCodes.DuplicateCalendarName),
            ("$.calendarIntersections[0].calendarNames[1]", PolicyErrorCodes.InvalidIntersection),
            ("$.calendarIntersections[0].calendarNames[2]", PolicyErrorCodes.InvalidIntersection),
            ("$.calendarIntersections[1].calendarNames", PolicyErrorCodes.InvalidIntersection),
            ("$.tiers[0].responseGoal.calendarName", PolicyErrorCodes.UnknownCalendar),
        });
    }
}
