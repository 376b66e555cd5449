using System.Linq;
using Zenput.Sla.Serialization;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Validation;

/// <summary>
/// A goal whose clock has no working time at any instant is refused when the policy is validated (and so wherever it
/// is loaded), not at every ticket's due instant. Found by the policy fuzzer: a Monday-to-Friday 09:00-17:00 tier whose
/// clock stops during a weekly maintenance window covering every opening hour passed <c>zenput-sla validate</c>, and
/// every ticket of that tier then failed with "... less the maintenance windows has no working time after ...".
/// </summary>
public sealed class NoWorkingTimeValidationTests
{
    // Monday 09:00 for 4 days 8 hours ends on Friday at 17:00: every opening hour of Monday-to-Friday 09:00-17:00.
    internal const string WholeWorkingWeek = "104:00:00";

    /// <summary>The office calendar's windows in <see cref="Policy"/>.</summary>
    private const string Weekdays = """{"day":"monday","start":"09:00","end":"17:00"},{"day":"tuesday","start":"09:00","end":"17:00"},{"day":"wednesday","start":"09:00","end":"17:00"},{"day":"thursday","start":"09:00","end":"17:00"},{"day":"friday","start":"09:00","end":"17:00"}""";

    /// <summary>The end of the office calendar in <see cref="Policy"/>: its last window, the calendar and the list closing.</summary>
    private const string LastOfficeWindow = "\"friday\",\"start\":\"09:00\",\"end\":\"17:00\"}]}],";

    [Fact]
    public void A_weekly_window_covering_every_opening_hour_with_the_clock_stopping_is_refused_naming_the_tier_goal_and_calendar()
    {
        var result = SlaPolicyDocument.Read(Policy("UTC", "UTC", "09:00", WholeWorkingWeek, stops: true));

        result.IsValid.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Path.Should().Be("$.tiers[1].responseGoal");
        error.Code.Should().Be(PolicyErrorCodes.NoWorkingTime);
        error.Message.Should().Contain("Level 2 - L2")
            .And.Contain("response goal")
            .And.Contain("business calendar 'office' (UTC)")
            .And.Contain("no working time at any instant once the maintenance windows are taken out")
            .And.Contain("Check the calendar's working windows and the maintenance recurrences")
            .And.Contain("clockStopsDuringMaintenance");
    }

    [Fact]
    public void The_same_policy_with_the_clock_running_during_maintenance_is_valid()
    {
        SlaPolicyDocument.Read(Policy("UTC", "UTC", "09:00", WholeWorkingWeek, stops: false)).Errors.Should().BeEmpty();
    }

    [Fact]
    public void A_window_covering_all_but_the_last_opening_hour_is_valid()
    {
        // Monday 09:00 for 4 days 7 hours ends on Friday at 16:00: Friday 16:00-17:00 is still working time.
        SlaPolicyDocument.Read(Policy("UTC", "UTC", "09:00", "103:00:00", stops: true)).Errors.Should().BeEmpty();
    }

    [Fact]
    public void A_window_covering_all_but_the_first_opening_hour_is_valid()
    {
        SlaPolicyDocument.Read(Policy("UTC", "UTC", "10:00", "103:00:00", stops: true)).Errors.Should().BeEmpty();
    }

    [Fact]
    public void In_a_zone_with_daylight_saving_time_opening_hours_far_from_its_clock_changes_are_judged_exactly()
    {
        // Los Angeles changes its clocks at night (and once, in 1883, at noon on a Sunday): 09:00-17:00 on weekdays is
        // never near a change, so the window covers exactly the opening hours on every date.
        var result = SlaPolicyDocument.Read(Policy("America/Los_Angeles", "America/Los_Angeles", "09:00", WholeWorkingWeek, stops: true));

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(PolicyErrorCodes.NoWorkingTime);
    }

    [Fact]
    public void Maintenance_in_another_zone_is_compared_through_UTC()
    {
        // Tokyo is UTC+9 at every instant since 1951 but not before (+10 in the summers of 1948-1951, LMT +09:18:59
        // before 1888): weekday 09:00-17:00 in Tokyo is 00:00-08:00 UTC now, 23:00-07:00 UTC (the day before) in those
        // summers and 23:41:01-07:41:01 UTC in LMT. Maintenance from Sunday 23:00 UTC for 4 days 10 hours (to Friday
        // 09:00 UTC) covers every one of them; from Monday 00:00 UTC it misses the earlier ones.
        var covered = SlaPolicyDocument.Read(Policy("Asia/Tokyo", "UTC", "23:00", "106:00:00", stops: true, maintenanceDay: "sunday"));
        var notCovered = SlaPolicyDocument.Read(Policy("Asia/Tokyo", "UTC", "00:00", "104:00:00", stops: true));

        covered.Errors.Should().ContainSingle().Which.Code.Should().Be(PolicyErrorCodes.NoWorkingTime);
        notCovered.Errors.Should().BeEmpty("Monday 09:00 in Tokyo was Sunday 23:00 UTC in the summers of 1948-1951, outside this window");
    }

    [Fact]
    public void Opening_hours_that_the_window_covers_in_local_time_but_not_in_elapsed_time_on_a_clock_change_day_are_valid()
    {
        // Sunday 01:00-03:00 in Los Angeles is 3 hours on the first Sunday of November (01:00 PDT to 03:00 PST), and a
        // maintenance window of 2 hours from 01:00 PDT ends at 02:00 PST, so 02:00-03:00 PST is still working time.
        var document = Policy("America/Los_Angeles", "America/Los_Angeles", "01:00", "2:00:00", stops: true, maintenanceDay: "sunday")
            .Replace(Weekdays, """{"day":"sunday","start":"01:00","end":"03:00"}""", System.StringComparison.Ordinal);

        SlaPolicyDocument.Read(document).Errors.Should().BeEmpty();
    }

    [Fact]
    public void Opening_hours_just_after_a_clock_change_covered_in_local_time_by_a_window_across_the_change_are_valid()
    {
        // Sunday 03:01-04:00 in Los Angeles under a 3-hour window from Sunday 01:00: on 2026-11-01 the window runs from
        // 01:00 PDT (08:00Z) to 03:00 PST (11:00Z), and 03:01-04:00 PST (11:01Z-12:00Z) is still working time.
        var document = Policy("America/Los_Angeles", "America/Los_Angeles", "01:00", "3:00:00", stops: true, maintenanceDay: "sunday")
            .Replace(Weekdays, """{"day":"sunday","start":"03:01","end":"04:00"}""", System.StringComparison.Ordinal);

        SlaPolicyDocument.Read(document).Errors.Should().BeEmpty();
    }

    [Fact]
    public void A_maintenance_rule_with_a_cancelled_occurrence_proves_nothing()
    {
        var document = Policy("UTC", "UTC", "09:00", WholeWorkingWeek, stops: true)
            .Replace("]}}", """],"cancellations":[{"recurrenceId":"m","date":"2026-01-05"}]}}""", System.StringComparison.Ordinal);

        SlaPolicyDocument.Read(document).Errors.Should().BeEmpty();
    }

    [Fact]
    public void An_elapsed_goal_whose_clock_stops_during_maintenance_that_covers_the_whole_week_is_refused()
    {
        // Monday 00:00 for 100 hours ends on Friday at 04:00; Thursday 04:00 for 100 hours ends on Monday at 08:00.
        var document = Policy("UTC", "UTC", "00:00", "100:00:00", stops: false)
            .Replace("]}}", """,{"id":"n","title":"Second half","pattern":"weekly","dayOfWeek":"thursday","startTime":"04:00","length":"100:00:00"}]}}""", System.StringComparison.Ordinal)
            .Replace("""{"kind":"elapsed","duration":"2:00:00"}""", """{"kind":"elapsed","duration":"2:00:00","clockStopsDuringMaintenance":true}""", System.StringComparison.Ordinal);

        var error = SlaPolicyDocument.Read(document).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.tiers[0].responseGoal");
        error.Message.Should().Contain("Level 1 - L1").And.Contain("the 24×7 clock").And.Contain("once the maintenance windows are taken out");
    }

    [Fact]
    public void An_intersection_of_calendars_that_never_overlap_is_refused()
    {
        var document = Policy("UTC", "UTC", "09:00", "1:00:00", stops: false)
            .Replace("\"calendarName\":\"office\"", "\"calendarName\":\"both\"", System.StringComparison.Ordinal)
            .Replace(LastOfficeWindow, LastOfficeWindow[..^2] + """,{"name":"weekend","zone":"UTC","windows":[{"day":"saturday","start":"00:00","end":"24:00"},{"day":"sunday","start":"00:00","end":"24:00"}]}],"calendarIntersections":[{"name":"both","calendars":["office","weekend"]}],""", System.StringComparison.Ordinal);

        var error = SlaPolicyDocument.Read(document).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.tiers[1].responseGoal");
        error.Message.Should().Contain("calendar intersection 'both' ('office' ∩ 'weekend')").And.Contain("has no working time at any instant, so");
    }

    [Fact]
    public void A_calendar_whose_every_day_is_a_holiday_is_refused()
    {
        var holidays = string.Join(",", Enumerable.Range(0, 366).Select(i => new NodaTime.LocalDate(2024, 1, 1).PlusDays(i)).Select(d => $$"""{"name":"H","annualDate":"{{d.Month:00}}-{{d.Day:00}}"}"""));
        var document = Policy("UTC", "UTC", "09:00", "1:00:00", stops: false)
            .Replace(LastOfficeWindow, LastOfficeWindow[..^3] + $$""","holidays":[{{holidays}}]}],""", System.StringComparison.Ordinal);

        var errors = SlaPolicyDocument.Read(document).Errors;

        errors.Should().ContainSingle(errors.FirstOrDefault()?.ToString()).Which.Path.Should().Be("$.tiers[1].responseGoal");
    }

    [Fact]
    public void A_calendar_empty_on_its_own_is_not_blamed_on_maintenance_when_the_clock_also_stops_during_it()
    {
        var holidays = string.Join(",", Enumerable.Range(0, 366).Select(i => new NodaTime.LocalDate(2024, 1, 1).PlusDays(i)).Select(d => $$"""{"name":"H","annualDate":"{{d.Month:00}}-{{d.Day:00}}"}"""));
        var document = Policy("UTC", "UTC", "09:00", WholeWorkingWeek, stops: true)
            .Replace(LastOfficeWindow, LastOfficeWindow[..^3] + $$""","holidays":[{{holidays}}]}],""", System.StringComparison.Ordinal);

        var error = SlaPolicyDocument.Read(document).Errors.Should().ContainSingle().Subject;

        error.Message.Should().Contain("which has no working time at any instant, so").And.NotContain("maintenance");
        error.Message.Should().Contain("Check the calendars' working windows, schedules, extra working days and holidays.");
    }

    /// <summary>L1: 2 hours elapsed; L2: 1 hour of business time on Monday-to-Friday 09:00-17:00 'office'; one weekly maintenance rule.</summary>
    internal static string Policy(string calendarZone, string maintenanceZone, string maintenanceStart, string maintenanceLength, bool stops, string maintenanceDay = "monday") => $$$"""
        {"schemaVersion":2,"name":"Closed by maintenance","supportZone":"UTC","responseSatisfiedBy":["firstResponse"],"clockStopsDuringMaintenance":{{{(stops ? "true" : "false")}}},
         "tiers":[
          {"severity":{"rank":1,"name":"L1"},"responseGoal":{"kind":"elapsed","duration":"2:00:00"},
           "resolutionProcess":[{"kind":"nextReleaseEffort","satisfiedBy":["releasedInMajorVersion"],"deadline":{"kind":"bestEffort"}}]},
          {"severity":{"rank":2,"name":"L2"},"responseGoal":{"kind":"businessTime","workingTime":"1:00:00","calendarName":"office"},
           "resolutionProcess":[{"kind":"nextReleaseEffort","satisfiedBy":["releasedInMajorVersion"],"deadline":{"kind":"bestEffort"}}]}],
         "calendars":[{"name":"office","zone":"{{{calendarZone}}}","windows":[{"day":"monday","start":"09:00","end":"17:00"},{"day":"tuesday","start":"09:00","end":"17:00"},{"day":"wednesday","start":"09:00","end":"17:00"},{"day":"thursday","start":"09:00","end":"17:00"},{"day":"friday","start":"09:00","end":"17:00"}]}],
         "maintenance":{"zone":"{{{maintenanceZone}}}","recurrences":[{"id":"m","title":"Weekly","pattern":"weekly","dayOfWeek":"{{{maintenanceDay}}}","startTime":"{{{maintenanceStart}}}","length":"{{{maintenanceLength}}}"}]}}
        """;
}
