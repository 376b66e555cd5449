using System;
using System.Linq;
using FluentValidation;
using FluentValidation.TestHelper;
using NodaTime;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Maintenance;

/// <summary>The notice rules: planned one-offs and moves need <see cref="MaintenanceSchedule.NoticeLeadTime"/>; emergencies are exempt but flagged.</summary>
public sealed class NoticeValidationTests
{
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly MaintenanceRecurrence Weekly = MaintenanceRecurrence.Weekly("weekly", "Weekly maintenance", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2));
    private static readonly Duration Lead = Duration.FromDays(3);

    // 2026-02-07 01:00 PST = 09:00Z; with a 3-day lead the notice is due by 2026-02-04T09:00Z.
    private static readonly LocalDateTime OneOffStart = new(2026, 2, 7, 1, 0);
    private static readonly Instant Deadline = Instant.FromUtc(2026, 2, 4, 9, 0);

    private static readonly MaintenanceScheduleValidator Validator = new();

    private static MaintenanceSchedule WithOneOff(MaintenanceKind kind, Instant? announcedAt) =>
        new(Pacific, [Weekly], oneOffs: [new MaintenanceOneOff("upgrade", "Upgrade", kind, OneOffStart, Duration.FromHours(3), "Storage upgrade.", announcedAt)], noticeLeadTime: Lead);

    private static MaintenanceSchedule WithMove(LocalDateTime newStart, Instant? announcedAt) =>
        new(Pacific, [Weekly], moves: [new MovedOccurrence("weekly", new LocalDate(2026, 2, 10), newStart) { AnnouncedAt = announcedAt }], noticeLeadTime: Lead);

    [Fact]
    public void A_planned_one_off_announced_at_the_deadline_passes()
    {
        Validator.TestValidate(WithOneOff(MaintenanceKind.Planned, Deadline)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void A_planned_one_off_announced_a_tick_after_the_deadline_is_an_error()
    {
        Validator.TestValidate(WithOneOff(MaintenanceKind.Planned, Deadline + Duration.Epsilon))
            .ShouldHaveValidationErrorFor("OneOffs[0].AnnouncedAt")
            .WithErrorCode(PolicyErrorCodes.LateMaintenanceNotice)
            .WithSeverity(Severity.Error);
    }

    [Fact]
    public void A_planned_one_off_announced_after_it_started_is_an_error_saying_so()
    {
        Validator.TestValidate(WithOneOff(MaintenanceKind.Planned, Instant.FromUtc(2026, 2, 7, 10, 0)))
            .ShouldHaveValidationErrorFor("OneOffs[0].AnnouncedAt")
            .WithErrorCode(PolicyErrorCodes.LateMaintenanceNotice)
            .WithErrorMessage("The planned window 'upgrade' starting 2026-02-07T09:00:00Z was announced at 2026-02-07T10:00:00Z, 1 hour after it started; planned maintenance must be announced at least 72 hours ahead (by 2026-02-04T09:00:00Z). If it was an emergency, record it as one.");
    }

    [Fact]
    public void A_planned_one_off_not_yet_announced_is_a_warning_with_its_deadline()
    {
        Validator.TestValidate(WithOneOff(MaintenanceKind.Planned, null))
            .ShouldHaveValidationErrorFor("OneOffs[0].AnnouncedAt")
            .WithErrorCode(PolicyErrorCodes.MaintenanceNotAnnounced)
            .WithSeverity(Severity.Warning)
            .WithErrorMessage("The planned window 'upgrade' starting 2026-02-07T09:00:00Z has not been announced; planned maintenance must be announced by 2026-02-04T09:00:00Z (72 hours ahead).");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_emergency_one_off_is_exempt_from_the_notice_rule_but_flagged_as_a_warning(bool announced)
    {
        var result = Validator.TestValidate(WithOneOff(MaintenanceKind.Emergency, announced ? Instant.FromUtc(2026, 2, 7, 8, 30) : null));

        result.Errors.Should().ContainSingle().Which.Should().Match<FluentValidation.Results.ValidationFailure>(f =>
            f.ErrorCode == PolicyErrorCodes.EmergencyMaintenance && f.Severity == Severity.Warning && f.PropertyName == "OneOffs[0].AnnouncedAt");
        result.Errors[0].ErrorMessage.Should().Contain(announced ? "announced 30 minutes ahead" : "not announced");
    }

    [Fact]
    public void A_move_to_a_later_time_needs_notice_before_the_original_time()
    {
        // The 2026-02-10 occurrence (21:00 PST = 2026-02-11T05:00Z) moves two days later: notice is due 3 days before the original.
        var newStart = new LocalDateTime(2026, 2, 12, 21, 0);

        Validator.TestValidate(WithMove(newStart, Instant.FromUtc(2026, 2, 8, 5, 0))).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(WithMove(newStart, Instant.FromUtc(2026, 2, 8, 5, 1)))
            .ShouldHaveValidationErrorFor("Moves[0].AnnouncedAt").WithErrorCode(PolicyErrorCodes.LateMaintenanceNotice);
    }

    [Fact]
    public void A_move_to_an_earlier_time_needs_notice_before_the_new_time()
    {
        // Moved from 2026-02-10 21:00 PST to 2026-02-09 21:00 PST (2026-02-10T05:00Z): notice due 2026-02-07T05:00Z.
        var newStart = new LocalDateTime(2026, 2, 9, 21, 0);

        Validator.TestValidate(WithMove(newStart, Instant.FromUtc(2026, 2, 7, 5, 0))).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(WithMove(newStart, Instant.FromUtc(2026, 2, 8, 0, 0)))
            .ShouldHaveValidationErrorFor("Moves[0].AnnouncedAt").WithErrorCode(PolicyErrorCodes.LateMaintenanceNotice);
        Validator.TestValidate(WithMove(newStart, null))
            .ShouldHaveValidationErrorFor("Moves[0].AnnouncedAt").WithErrorCode(PolicyErrorCodes.MaintenanceNotAnnounced).WithSeverity(Severity.Warning);
    }

    [Fact]
    public void Cancelling_or_moving_a_date_the_rule_does_not_occur_on_is_an_error()
    {
        var schedule = new MaintenanceSchedule(
            Pacific,
            [Weekly],
            cancellations: [new CancelledOccurrence("weekly", new LocalDate(2026, 2, 11))],
            moves: [new MovedOccurrence("weekly", new LocalDate(2026, 2, 12), new LocalDateTime(2026, 2, 13, 21, 0)) { AnnouncedAt = Instant.FromUtc(2026, 1, 1, 0, 0) }]);

        var result = Validator.TestValidate(schedule);

        result.ShouldHaveValidationErrorFor("Cancellations[0].Date").WithErrorCode(PolicyErrorCodes.NotAnOccurrence);
        result.ShouldHaveValidationErrorFor("Moves[0].OriginalDate").WithErrorCode(PolicyErrorCodes.NotAnOccurrence);
    }

    [Fact]
    public void Changing_the_same_occurrence_twice_is_an_error()
    {
        var schedule = new MaintenanceSchedule(
            Pacific,
            [Weekly],
            cancellations: [new CancelledOccurrence("weekly", new LocalDate(2026, 2, 10))],
            moves: [new MovedOccurrence("weekly", new LocalDate(2026, 2, 10), new LocalDateTime(2026, 2, 13, 21, 0)) { AnnouncedAt = Instant.FromUtc(2026, 1, 1, 0, 0) }]);

        Validator.TestValidate(schedule).ShouldHaveValidationErrorFor("Moves[0]").WithErrorCode(PolicyErrorCodes.ConflictingOccurrenceChange);
    }

    [Fact]
    public void A_policy_with_a_late_planned_window_does_not_build_and_lists_the_finding()
    {
        var builder = SlaPolicyBuilder.From(ZenputSla.Default).WithMaintenance(WithOneOff(MaintenanceKind.Planned, Deadline + Duration.FromHours(1)));

        var act = () => builder.Build();

        act.Should().Throw<SlaPolicyValidationException>()
            .Which.Errors.Select(f => (f.Path, f.Code)).Should().Equal(("Maintenance.OneOffs[0].AnnouncedAt", PolicyErrorCodes.LateMaintenanceNotice));
    }

    [Fact]
    public void The_built_in_schedule_has_no_findings()
    {
        Validator.Validate(ZenputSla.MaintenanceSchedule).Errors.Should().BeEmpty();
    }
}
