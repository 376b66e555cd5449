using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Serialization;
using Zenput.Sla.Testing;

namespace Zenput.Sla.Tests.Testing;

public sealed class SlaStatusAndDocumentAssertionsTests
{
    private static readonly SlaClock Clock = new(ZenputSla.Default);
    private static readonly Instant ReportedAt = Instant.FromUtc(2026, 11, 25, 5, 30);

    [Fact]
    public void Status_assertions_pass_on_the_status_they_describe()
    {
        var status = Clock.Status(ReportedAt, ZenputSla.Default.GetTier(1), ReportedAt + Duration.FromMinutes(90));

        status.Should().NotBeBreached().And.HaveRemaining(Duration.FromMinutes(30)).And.BeDueAt(Instant.FromUtc(2026, 11, 25, 7, 30));
    }

    [Fact]
    public void BeBreached_failure_says_how_much_time_remains_and_when_it_is_due()
    {
        var status = Clock.Status(ReportedAt, ZenputSla.Default.GetTier(1), ReportedAt + Duration.FromMinutes(90));

        Failure.Of(() => status.Should().BeBreached())
            .Should().Be("Expected the goal of 2 hours started 2026-11-25T05:30:00Z to be breached at 2026-11-25T07:00:00Z, but 30 minutes remain (due 2026-11-25T07:30:00Z).");
    }

    [Fact]
    public void NotBeBreached_failure_says_when_it_was_breached_and_by_how_much()
    {
        var status = Clock.Status(ReportedAt, ZenputSla.Default.GetTier(1), ReportedAt + Duration.FromHours(3));

        Failure.Of(() => status.Should().NotBeBreached())
            .Should().Be("Expected the goal of 2 hours started 2026-11-25T05:30:00Z not to be breached at 2026-11-25T08:30:00Z, but it was breached at 2026-11-25T07:30:00Z, 1 hour overdue.");
    }

    [Fact]
    public void A_due_instant_equal_to_now_is_not_breached()
    {
        Clock.Status(ReportedAt, ZenputSla.Default.GetTier(1), ReportedAt + Duration.FromHours(2)).Should().NotBeBreached();
    }

    [Fact]
    public void Clock_assertions_take_pauses()
    {
        Interval[] pauses = [new(ReportedAt + Duration.FromMinutes(30), ReportedAt + Duration.FromMinutes(75))];

        Clock.Should().HaveResponseDue("critical", ReportedAt, Instant.FromUtc(2026, 11, 25, 8, 15), pauses);
        Failure.Of(() => Clock.Should().HaveResponseDue("critical", ReportedAt, Instant.FromUtc(2026, 11, 25, 7, 30), pauses))
            .Should().Be("Expected the Level 1 - Critical ticket reported 2026-11-25T05:30:00Z (Tue 2026-11-24 21:30 PST) and paused from 2026-11-25T06:00:00Z (Tue 2026-11-24 22:00 PST) for 45 minutes to have its response (within 2 hours) due at 2026-11-25T07:30:00Z (Tue 2026-11-24 23:30 PST), but it is due at 2026-11-25T08:15:00Z (Wed 2026-11-25 00:15 PST), 45 minutes later.");
    }

    [Fact]
    public void A_clock_of_a_calendar_alone_cannot_answer_for_a_severity()
    {
        var clock = new SlaClock(Zenput.Sla.Calendars.BusinessCalendar.AlwaysOpen(DateTimeZone.Utc));

        Failure.Of(() => clock.Should().HaveResponseDue("critical", ReportedAt, ReportedAt))
            .Should().Be("Expected a clock with a policy to have the severity 'critical', but it is a clock of one business calendar, with no policy.");
    }

    [Fact]
    public void BeValid_failure_lists_every_error_with_its_path()
    {
        var document = SlaPolicyDocument.Read("""{ "schemaVersion": 99, "name": "", "supportZone": "Nowhere/Special", "responseSatisfiedBy": ["firstResponse"], "tiers": [] }""");

        Failure.Of(() => document.Should().BeValid()).Should().Be(string.Join(System.Environment.NewLine,
            "Expected the policy document to be valid, but it has 2 errors:",
            "  $.schemaVersion: Schema version 99 is not supported; this library reads versions 1 to 2. [UnsupportedSchemaVersion]",
            "  $.supportZone: 'Nowhere/Special' is not a known IANA time-zone id (for example 'America/Los_Angeles'). [UnknownTimeZone]."));
    }

    [Fact]
    public void HaveError_finds_an_error_by_path_and_code_and_fails_listing_the_errors_there_are()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(SlaPolicyDocument.Save(ZenputSla.Default))!;
        json["tiers"]![0]!["responseGoal"]!["duration"] = "-2:00:00";
        var document = SlaPolicyDocument.Read(json.ToJsonString());

        document.Should().HaveError("$.tiers[0].responseGoal", "NegativeGoal");
        Failure.Of(() => document.Should().HaveError("$.tiers[1].responseGoal", "NegativeGoal"))
            .Should().Be(string.Join(
                System.Environment.NewLine,
                "Expected the policy document to have the error NegativeGoal at $.tiers[1].responseGoal, but its only error is:",
                "  $.tiers[0].responseGoal: 'Response Goal' must not be negative, but is -2 hours. [NegativeGoal]."));
        SlaPolicyDocument.Read(SlaPolicyDocument.Save(ZenputSla.Default)).Should().BeValid().Which.Should().Be(ZenputSla.Default);
    }
}
