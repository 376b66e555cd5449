using System;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Serialization;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Api;

/// <summary>
/// The short paths for common calls, beyond the README's examples: their edges and what they refuse.
/// Expected instants are written out by hand (Los Angeles is UTC−8 in late November).
/// </summary>
public sealed class ShortPathTests
{
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    /// <summary>Tuesday 24 November 2026, 21:30 Pacific: inside the built-in Tuesday 21:00–23:00 window.</summary>
    private static readonly Instant ReportedInMaintenance = Instant.FromUtc(2026, 11, 25, 5, 30);

    [Fact]
    public void Weekdays_are_monday_to_friday_and_hour_24_is_the_end_of_the_day()
    {
        WorkingWindow.Weekdays(9, 17).Should().Equal(
            new WorkingWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0)),
            new WorkingWindow(IsoDayOfWeek.Tuesday, new LocalTime(9, 0), new LocalTime(17, 0)),
            new WorkingWindow(IsoDayOfWeek.Wednesday, new LocalTime(9, 0), new LocalTime(17, 0)),
            new WorkingWindow(IsoDayOfWeek.Thursday, new LocalTime(9, 0), new LocalTime(17, 0)),
            new WorkingWindow(IsoDayOfWeek.Friday, new LocalTime(9, 0), new LocalTime(17, 0)));
        WorkingWindow.Weekdays(18, 24)[0].Hours.NominalLength.Should().Be(Duration.FromHours(6));
        WorkingWindow.EveryDay(LocalTime.Midnight, LocalTime.Midnight).Select(w => w.Day).Should().HaveCount(7).And.OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData(-1, 17, "startHour")]
    [InlineData(24, 17, "startHour")]
    [InlineData(9, 25, "endHour")]
    public void Weekdays_refuses_an_hour_outside_the_day_naming_it(int start, int end, string parameter)
    {
        var act = () => WorkingWindow.Weekdays(start, end);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Fact]
    public void Holidays_given_by_date_alone_are_named_holiday_and_close_the_whole_day()
    {
        var dates = new[] { new LocalDate(2026, 12, 24), new LocalDate(2026, 12, 31) };

        Holiday.On(dates[0]).Should().Be(Holiday.On("Holiday", dates[0]));
        Holiday.OnDates(dates).Should().Equal(Holiday.On(dates[0]), Holiday.On(dates[1]));
        Holiday.OnDates("Winter shutdown", dates).Should().OnlyContain(h => h.Name == "Winter shutdown" && h.IsWholeDay);
    }

    [Fact]
    public void Light_one_off_is_planned_unannounced_and_named_by_its_start()
    {
        var oneOff = MaintenanceOneOff.At(new LocalDateTime(2026, 12, 24, 9, 0), Duration.FromHours(3));

        (oneOff.Id, oneOff.Title, oneOff.Kind, oneOff.Reason, oneOff.AnnouncedAt).Should().Be(("one-off-2026-12-24T09:00", "Maintenance", MaintenanceKind.Planned, string.Empty, (Instant?)null));
    }

    [Fact]
    public void Monthly_recurrence_takes_an_effective_range_too()
    {
        var rule = MaintenanceRecurrence.MonthlyNthWeekday("m", "Monthly", 2, IsoDayOfWeek.Sunday, new LocalTime(2, 0), Duration.FromHours(2), new LocalDate(2026, 3, 1), new LocalDate(2026, 5, 31));

        rule.OccurrenceDates(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)).Should().Equal(
            new LocalDate(2026, 3, 8), new LocalDate(2026, 4, 12), new LocalDate(2026, 5, 10));
    }

    [Fact]
    public void Goal_carrying_a_calendar_that_differs_from_the_policys_of_that_name_is_an_error_at_build()
    {
        var added = new BusinessCalendar("office", LosAngeles, WorkingWindow.Weekdays(9, 17));
        var carried = new BusinessCalendar("office", LosAngeles, WorkingWindow.Weekdays(8, 16));
        var minor = ZenputSla.Default.GetTier("minor");

        var act = () => SlaPolicyBuilder.From(ZenputSla.Default)
            .AddCalendar(added)
            .ReplaceTier(minor.WithResponseGoal(GoalTarget.BusinessTime(Duration.FromHours(8), carried)))
            .Build();

        act.Should().Throw<SlaPolicyValidationException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Match<PolicyFinding>(f => f.Code == PolicyErrorCodes.ConflictingCalendar && f.Path == "Tiers[2].ResponseGoal.Calendar");
    }

    [Fact]
    public void Goal_carrying_an_equal_copy_of_the_policys_calendar_is_accepted()
    {
        var minor = ZenputSla.Default.GetTier("minor");
        var policy = SlaPolicyBuilder.From(ZenputSla.Default)
            .AddCalendar(new BusinessCalendar("office", LosAngeles, WorkingWindow.Weekdays(9, 17)))
            .ReplaceTier(minor.WithResponseGoal(GoalTarget.BusinessTime(Duration.FromHours(8), new BusinessCalendar("office", LosAngeles, WorkingWindow.Weekdays(9, 17)))))
            .Build();

        policy.Calendars.Should().ContainSingle();
        new SlaClock(policy).DueAt(Instant.FromUtc(2026, 11, 24, 17, 0), policy.GetTier("minor")).Should().Be(Instant.FromUtc(2026, 11, 25, 1, 0));
    }

    [Fact]
    public void Any_clock_counts_a_goal_that_carries_a_calendar_it_does_not_know()
    {
        var office = new BusinessCalendar("office", LosAngeles, WorkingWindow.Weekdays(9, 17));
        var clock = new SlaClock(ZenputSla.Default);

        // Tuesday 24 November 09:00 PST = 17:00Z; eight working hours end at 17:00 PST = 01:00Z.
        clock.DueAt(Instant.FromUtc(2026, 11, 24, 17, 0), GoalTarget.BusinessTime(Duration.FromHours(8), office)).Should().Be(Instant.FromUtc(2026, 11, 25, 1, 0));
    }

    [Fact]
    public void Clock_refuses_a_carried_calendar_that_differs_from_its_own_of_that_name()
    {
        var clock = new SlaClock(new BusinessCalendar("office", LosAngeles, WorkingWindow.Weekdays(9, 17)));
        var other = new BusinessCalendar("office", LosAngeles, WorkingWindow.Weekdays(8, 16));

        var act = () => clock.DueAt(Instant.FromUtc(2026, 11, 24, 17, 0), GoalTarget.BusinessTime(Duration.FromHours(1), other));

        act.Should().Throw<ArgumentException>().WithMessage("The goal carries a business calendar named 'office' that is not the calendar of that name this clock*");
    }

    [Fact]
    public void Goal_that_runs_through_maintenance_overrides_a_policy_that_stops_for_it()
    {
        var policy = SlaPolicyBuilder.From(ZenputSla.Default).WithMaintenance(ZenputSla.MaintenanceSchedule, clockStopsDuringMaintenance: true).Build();
        var clock = new SlaClock(policy);
        var twoHours = GoalTarget.Elapsed(Duration.FromHours(2));

        clock.DueAt(ReportedInMaintenance, twoHours).Should().Be(Instant.FromUtc(2026, 11, 25, 9, 0));
        clock.DueAt(ReportedInMaintenance, twoHours with { ClockStopsDuringMaintenance = false }).Should().Be(Instant.FromUtc(2026, 11, 25, 7, 30));
        clock.IsRunningAt(Instant.FromUtc(2026, 11, 25, 6, 0), twoHours with { ClockStopsDuringMaintenance = false }).Should().BeTrue();
    }

    [Fact]
    public void Tier_that_stops_for_maintenance_plans_its_steps_the_same_way()
    {
        var critical = ZenputSla.Default.GetTier("critical");
        var tier = critical.WithResponseGoal(critical.ResponseGoal with { ClockStopsDuringMaintenance = true });
        var clock = new SlaClock(SlaPolicyBuilder.From(ZenputSla.Default).ReplaceTier(tier).Build());

        var plan = clock.Plan(tier, ReportedInMaintenance);

        plan.ClockStopsDuringMaintenance.Should().BeTrue();
        plan.ResponseDueAt.Should().Be(Instant.FromUtc(2026, 11, 25, 9, 0));
        plan.Steps[0].DueAt.Should().Be(Instant.FromUtc(2026, 11, 25, 7, 15), "the 15-minute ticket step starts counting when the window ends at 07:00Z");
    }

    [Fact]
    public void Goal_that_stops_for_maintenance_in_a_policy_without_a_schedule_is_a_warning()
    {
        var critical = ZenputSla.Default.GetTier("critical");

        var findings = SlaPolicyBuilder.From(ZenputSla.Default)
            .WithMaintenance(null)
            .ReplaceTier(critical.WithResponseGoal(critical.ResponseGoal with { ClockStopsDuringMaintenance = true }))
            .Validate();

        findings.Should().ContainSingle().Which.Should().Match<PolicyFinding>(f =>
            f.IsWarning && f.Code == PolicyErrorCodes.NoMaintenanceSchedule && f.Path == "Tiers[0].ResponseGoal.ClockStopsDuringMaintenance");
    }

    [Fact]
    public void Document_keeps_a_goals_maintenance_choice_and_leaves_it_out_when_unset()
    {
        var critical = ZenputSla.Default.GetTier("critical");
        var policy = SlaPolicyBuilder.From(ZenputSla.Default)
            .ReplaceTier(critical.WithResponseGoal(critical.ResponseGoal with { ClockStopsDuringMaintenance = true }))
            .Build();

        var json = SlaPolicyDocument.Save(policy);
        var loaded = SlaPolicyDocument.Load(json);

        // Once for the policy (false), once for the critical tier's goal (true); unset goals leave it out.
        json.Split("\"clockStopsDuringMaintenance\"").Should().HaveCount(3);
        json.Should().Contain("\"clockStopsDuringMaintenance\": true");
        loaded.Should().Be(policy);
        loaded.GetTier("critical").ResponseGoal.ClockStopsDuringMaintenance.Should().BeTrue();
        loaded.GetTier("major").ResponseGoal.ClockStopsDuringMaintenance.Should().BeNull();
    }

    [Fact]
    public void Document_refuses_a_maintenance_choice_that_is_not_true_or_false_with_its_path()
    {
        var json = SlaPolicyDocument.Save(ZenputSla.Default).Replace(
            "\"duration\": \"2:00:00\"", "\"duration\": \"2:00:00\", \"clockStopsDuringMaintenance\": \"yes\"", StringComparison.Ordinal);

        var result = SlaPolicyDocument.Read(json);

        result.Errors.Should().ContainSingle().Which.Path.Should().Be("$.tiers[0].responseGoal.clockStopsDuringMaintenance");
    }

    [Fact]
    public void Zoned_and_offset_starts_give_the_due_time_on_the_support_zones_wall_clock()
    {
        var clock = new SlaClock(ZenputSla.Default);
        var critical = ZenputSla.Default.GetTier("critical");
        var offsetStart = new OffsetDateTime(new LocalDateTime(2026, 11, 24, 21, 30), Offset.FromHours(-8));
        var zonedStart = offsetStart.ToInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Tokyo"]);

        var fromOffset = clock.DueAt(offsetStart, critical);
        var fromZoned = clock.DueAt(zonedStart, critical.ResponseGoal);

        fromOffset.Should().Be(new LocalDateTime(2026, 11, 24, 23, 30).InZoneStrictly(LosAngeles));
        fromZoned.Should().Be(fromOffset);
        clock.DueAt(offsetStart, Duration.FromHours(2)).Should().Be(fromOffset);
        clock.Elapsed(offsetStart, offsetStart.PlusHours(1), critical.ResponseGoal).Should().Be(Duration.FromHours(1));
        clock.InSupportZone(ReportedInMaintenance).LocalDateTime.Should().Be(new LocalDateTime(2026, 11, 24, 21, 30));
    }

    [Fact]
    public void Precompile_refuses_a_range_that_ends_before_it_starts()
    {
        var act = () => new SlaClock(ZenputSla.Default).Precompile(Instant.FromUtc(2027, 1, 1, 0, 0), Instant.FromUtc(2026, 1, 1, 0, 0));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("to");
    }
}
