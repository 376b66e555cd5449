using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using Zenput.Sla.Serialization;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Calendars;

/// <summary>
/// Partial-day closures: the local span they remove, on the clock of a policy. Expected instants are
/// written out by hand (Los Angeles is UTC−8 in November).
/// </summary>
public sealed class ClosureTests
{
    private static readonly LocalDate Monday = new(2026, 11, 23);

    /// <summary>The reproducer: Monday and Tuesday 09:00–17:00 Los Angeles, a Level 1 goal of 2 business hours.</summary>
    private static string Document(string closedUntil) => $$"""
        {
          "schemaVersion": 1,
          "name": "Closure",
          "supportZone": "America/Los_Angeles",
          "responseSatisfiedBy": ["firstResponse"],
          "tiers": [
            { "severity": { "rank": 1, "name": "Critical" },
              "responseGoal": { "kind": "businessTime", "workingTime": "2:00:00", "calendarName": "office" },
              "resolutionProcess": [{ "kind": "problemTicket", "satisfiedBy": ["ticketCreated"], "deadline": { "kind": "within", "length": "0:15:00" } }] }
          ],
          "calendars": [
            { "name": "office", "zone": "America/Los_Angeles",
              "windows": [ { "day": "monday", "start": "09:00", "end": "17:00" }, { "day": "tuesday", "start": "09:00", "end": "17:00" } ],
              "holidays": [ { "name": "Early close", "date": "2026-11-23", "closedFrom": "13:00", "closedUntil": "{{closedUntil}}" } ] }
          ]
        }
        """;

    [Theory]
    [InlineData("24:00")]
    [InlineData("00:00")]
    public void Partial_closure_ending_at_midnight_removes_the_rest_of_its_day(string closedUntil)
    {
        var policy = SlaPolicyDocument.Load(Document(closedUntil));
        var clock = new SlaClock(policy);

        // Reported Monday 14:00 PST, inside the closure: the two hours are Tuesday 09:00–11:00 PST.
        clock.DueAt(Instant.FromUtc(2026, 11, 23, 22, 0), policy.GetTier(1)).Should().Be(Instant.FromUtc(2026, 11, 24, 19, 0));
    }

    [Fact]
    public void Partial_closure_ending_at_24_00_and_at_23_59_differ_by_one_minute_only()
    {
        var office = Calendar("America/Los_Angeles", Every([IsoDayOfWeek.Monday], 9, 0, 24, 0), [Holiday.PartOf("Early close", Monday, At(13), LocalTime.Midnight)], name: "office");
        var almost = Calendar("America/Los_Angeles", Every([IsoDayOfWeek.Monday], 9, 0, 24, 0), [Holiday.PartOf("Early close", Monday, At(13), At(23, 59))], name: "almost");
        var clock = new SlaClock(Policy(false, office, almost));
        var day = (Instant.FromUtc(2026, 11, 23, 17, 0), Instant.FromUtc(2026, 11, 24, 8, 0));

        // Monday 09:00–24:00 PST less 13:00–24:00 is 4 hours; less 13:00–23:59 it is 4 hours and a minute.
        clock.Elapsed(day.Item1, day.Item2, GoalTarget.BusinessTime(Duration.Zero, "office")).Should().Be(Duration.FromHours(4));
        clock.Elapsed(day.Item1, day.Item2, GoalTarget.BusinessTime(Duration.Zero, "almost")).Should().Be(Duration.FromHours(4) + Duration.FromMinutes(1));
    }

    [Fact]
    public void Partial_closure_from_midnight_to_midnight_closes_the_whole_day_by_the_clock()
    {
        // Unlike a whole-day holiday, it cuts the overnight shift that started the evening before.
        var nights = Calendar("America/Los_Angeles", Every(AllDays, 22, 0, 6, 0), [Holiday.PartOf("Office move", Monday, LocalTime.Midnight, LocalTime.Midnight)], name: "nights");
        var clock = new SlaClock(Policy(false, nights));

        // Sunday 22:00 PST to Tuesday 06:00 PST would be 16 hours; Monday 00:00–24:00 is closed, leaving Sunday 22–24 and Tuesday 00–06.
        clock.Elapsed(Instant.FromUtc(2026, 11, 23, 6, 0), Instant.FromUtc(2026, 11, 24, 14, 0), GoalTarget.BusinessTime(Duration.Zero, "nights"))
            .Should().Be(Duration.FromHours(8));
    }

    [Fact]
    public void Policy_document_keeps_a_closure_ending_at_24_00_when_saved_and_loaded()
    {
        var policy = SlaPolicyDocument.Load(Document("24:00"));

        var holiday = SlaPolicyDocument.Load(SlaPolicyDocument.Save(policy)).GetCalendar("office").Holidays.Single();

        holiday.ClosedUntil.Should().Be(LocalTime.Midnight);
        SlaPolicyDocument.Save(policy).Should().Contain("\"closedUntil\": \"24:00\"");
    }
}
