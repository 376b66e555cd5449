using System;
using System.Collections.Generic;
using System.Linq;
using FluentValidation.Results;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Validation;

/// <summary>
/// Tests for the mutants of <c>Validation/</c> that the session-12 mutation run left undetected (docs/mutation.md,
/// "Validation/ (session 12)"). Each asserts the finding a rule reports (path, code and the message as the rule
/// words it), or that a boundary value the rule's words allow is accepted. Instants are formatted as NodaTime's
/// extended ISO pattern documents it; the supported range is NodaTime's <see cref="Instant.MinValue"/> and
/// <see cref="Instant.MaxValue"/> less a week at each end (SupportedRangeTests).
/// </summary>
public sealed class ValidationMutantTests
{
    private static readonly DateTimeZone Utc = DateTimeZone.Utc;
    private static readonly WorkingWindow Monday = new(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0));
    private static readonly Instant Early = Instant.FromUtc(2026, 11, 1, 0, 0);

    private static BusinessCalendar Calendar(
        IEnumerable<WorkingWindow>? windows = null,
        IEnumerable<Holiday>? holidays = null,
        IEnumerable<ExtraWorkingDay>? extraWorkingDays = null,
        IEnumerable<WeeklySchedule>? schedules = null) =>
        new("office", Utc, windows ?? [Monday], holidays, extraWorkingDays, schedules);

    private static (string Path, string Code, string Message)[] Errors(ValidationResult result) =>
        [.. result.Errors.Where(e => e.Severity == FluentValidation.Severity.Error).Select(e => (e.PropertyName, e.ErrorCode, e.ErrorMessage))];

    private static (string Path, string Code, string Message)[] Errors(BusinessCalendar calendar) => Errors(new BusinessCalendarValidator().Validate(calendar));

    private static (string Path, string Code, string Message)[] Errors(MaintenanceSchedule schedule) => Errors(new MaintenanceScheduleValidator().Validate(schedule));

    private static (string Path, string Code)[] Codes(MaintenanceSchedule schedule) => [.. Errors(schedule).Select(e => (e.Path, e.Code))];

    private static MaintenanceRecurrence Tuesdays(Duration length) =>
        MaintenanceRecurrence.Weekly("w", "Weekly", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), length);

    private static MaintenanceOneOff OneOff(string id, LocalDateTime start, Duration length, Instant? announcedAt = null, MaintenanceKind kind = MaintenanceKind.Planned) =>
        new(id, "One-off", kind, start, length, "reason", announcedAt);

    private static SeverityLevel Level(int rank, string name) => new(rank, name, $"{name} issues.", [], []);

    private static ResolutionStep Step(ResolutionStepKind kind, StepDeadline deadline, params TicketEventKind[] satisfiedBy) => new(kind, "A step.", satisfiedBy, deadline);

    private static ResolutionStep Ticket() => Step(ResolutionStepKind.ProblemTicket, StepDeadline.Within(Duration.FromMinutes(15)), TicketEventKind.TicketCreated);

    private static (string Path, string Code, string Message)[] Errors(ResolutionStep step) => Errors(new ResolutionStepValidator().Validate(step));

    private static (string Path, string Code, string Message)[] Errors(SeverityTier tier) => Errors(new SeverityTierValidator().Validate(tier));

    // ---- BusinessCalendarValidator ----

    [Fact]
    public void A_calendar_without_windows_whose_only_schedule_has_none_either_never_has_working_time()
    {
        var calendar = Calendar(windows: [], schedules: [new WeeklySchedule(new LocalDate(2027, 1, 4), [])]);

        Errors(calendar).Should().Equal(
            ("Windows", PolicyErrorCodes.NoWorkingTime, "A business calendar needs at least one weekly working window (its own or a schedule's), or it never has working time."));
    }

    [Fact]
    public void Window_days_outside_Monday_to_Sunday_are_refused_in_the_calendar_and_in_its_schedules()
    {
        var calendar = Calendar(
            windows: [Monday, new WorkingWindow(IsoDayOfWeek.None, new LocalTime(9, 0), new LocalTime(17, 0))],
            schedules: [new WeeklySchedule(new LocalDate(2027, 1, 4), [new WorkingWindow((IsoDayOfWeek)8, new LocalTime(9, 0), new LocalTime(17, 0))])]);

        Errors(calendar).Should().BeEquivalentTo(new[]
        {
            ("Windows[1].Day", PolicyErrorCodes.OutOfRange, "'Day' must be a day from Monday to Sunday."),
            ("Schedules[0].Windows[0].Day", PolicyErrorCodes.OutOfRange, "'Day' must be a day from Monday to Sunday."),
        });
    }

    [Fact]
    public void A_schedule_may_end_on_the_day_it_takes_effect_but_not_before()
    {
        var oneDay = Calendar(schedules: [new WeeklySchedule(new LocalDate(2027, 1, 4), [Monday], new LocalDate(2027, 1, 4))]);
        var backwards = Calendar(schedules: [new WeeklySchedule(new LocalDate(2027, 1, 4), [Monday], new LocalDate(2027, 1, 3))]);

        Errors(oneDay).Should().BeEmpty();
        Errors(backwards).Should().Equal(("Schedules[0].EffectiveUntil", PolicyErrorCodes.InvalidRange, "'Effective Until' must not be before 'Effective From'."));
    }

    [Fact]
    public void Holiday_rules_out_of_range_are_reported_with_the_value_they_have()
    {
        var calendar = Calendar(holidays:
        [
            Holiday.ByRule("Bad month", new NthWeekdayHolidayRule(13, IsoDayOfWeek.Thursday, 4)),
            Holiday.ByRule("Bad week", new NthWeekdayHolidayRule(11, IsoDayOfWeek.Thursday, 6)),
            Holiday.ByRule("Bad Saturday", new FixedDateHolidayRule(new AnnualDate(7, 4), IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday)),
            Holiday.ByRule("Far from Easter", new EasterHolidayRule(201)),
        ]);

        Errors(calendar).Should().BeEquivalentTo(new[]
        {
            ("Holidays[0].Rule.Month", PolicyErrorCodes.OutOfRange, "'Month' must be from 1 to 12, but is 13."),
            ("Holidays[1].Rule.Week", PolicyErrorCodes.InvalidWeekOfMonth, "A holiday's week of the month must be 1 to 5, or -1 for the last, but is 6."),
            ("Holidays[2].Rule.SaturdayObservedOn", PolicyErrorCodes.OutOfRange, "A Saturday holiday can be observed on Friday, Saturday or Monday, not on Sunday."),
            ("Holidays[3].Rule.OffsetDays", PolicyErrorCodes.OutOfRange, "A holiday relative to Easter must be within 200 days of it, but is 201 days away."),
        });
    }

    [Fact]
    public void The_fifth_week_and_Easter_offsets_of_exactly_200_days_either_way_are_valid()
    {
        var calendar = Calendar(holidays:
        [
            Holiday.ByRule("Fifth Monday", new NthWeekdayHolidayRule(10, IsoDayOfWeek.Monday, 5)),
            Holiday.ByRule("Last Monday", new NthWeekdayHolidayRule(5, IsoDayOfWeek.Monday, NthWeekdayHolidayRule.Last)),
            Holiday.ByRule("Easter + 200", new EasterHolidayRule(EasterHolidayRule.MaxOffsetDays)),
            Holiday.ByRule("Easter - 200", new EasterHolidayRule(-EasterHolidayRule.MaxOffsetDays)),
        ]);

        Errors(calendar).Should().BeEmpty();
    }

    [Fact]
    public void An_extra_working_day_given_twice_is_reported_at_its_second_entry_with_its_date()
    {
        var calendar = Calendar(extraWorkingDays:
        [
            new ExtraWorkingDay(new LocalDate(2026, 12, 26), [new OpeningHours(new LocalTime(9, 0), new LocalTime(13, 0))]),
            new ExtraWorkingDay(new LocalDate(2026, 12, 26), [new OpeningHours(new LocalTime(14, 0), new LocalTime(17, 0))]),
        ]);

        Errors(calendar).Should().Equal(
            ("ExtraWorkingDays[1].Date", PolicyErrorCodes.DuplicateDate, "The extra working day 2026-12-26 is given more than once; give all its hours in one."));
    }

    [Fact]
    public void Two_schedules_taking_effect_on_one_date_are_reported_with_the_date()
    {
        var calendar = Calendar(schedules:
        [
            new WeeklySchedule(new LocalDate(2027, 1, 4), [Monday]),
            new WeeklySchedule(new LocalDate(2027, 1, 4), [Monday with { End = new LocalTime(12, 0) }]),
        ]);

        Errors(calendar).Should().Equal(
            ("Schedules[1].EffectiveFrom", PolicyErrorCodes.DuplicateDate, "Another schedule also takes effect on 2027-01-04, so which one is in force would be ambiguous."));
    }

    // ---- MaintenanceScheduleValidator: recurrences ----

    [Fact]
    public void A_recurrence_pattern_outside_the_enum_and_a_day_outside_Monday_to_Sunday_are_refused()
    {
        var schedule = new MaintenanceSchedule(Utc,
        [
            new MaintenanceRecurrence("p", "Pattern", (RecurrencePattern)2, IsoDayOfWeek.Tuesday, null, new LocalTime(21, 0), Duration.FromHours(2)),
            MaintenanceRecurrence.Weekly("d", "Day", IsoDayOfWeek.None, new LocalTime(21, 0), Duration.FromHours(2)),
        ]);

        Codes(schedule).Should().BeEquivalentTo(new[]
        {
            ("Recurrences[0].Pattern", PolicyErrorCodes.OutOfRange),
            ("Recurrences[1].DayOfWeek", PolicyErrorCodes.OutOfRange),
        });
        Errors(schedule).Should().Contain(("Recurrences[1].DayOfWeek", PolicyErrorCodes.OutOfRange, "'Day Of Week' must be a day from Monday to Sunday."));
    }

    [Fact]
    public void A_window_must_be_shorter_than_a_week_when_weekly_and_than_four_weeks_when_monthly()
    {
        var schedule = new MaintenanceSchedule(Utc,
        [
            MaintenanceRecurrence.Weekly("week", "A week", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromDays(7)),
            MaintenanceRecurrence.MonthlyNthWeekday("eight", "Eight days", 1, IsoDayOfWeek.Sunday, new LocalTime(2, 0), Duration.FromDays(8)),
            MaintenanceRecurrence.MonthlyNthWeekday("four-weeks", "Four weeks", 2, IsoDayOfWeek.Sunday, new LocalTime(2, 0), Duration.FromDays(28)),
        ]);

        Errors(schedule).Should().BeEquivalentTo(new[]
        {
            ("Recurrences[0].Length", PolicyErrorCodes.WindowLongerThanRecurrence, "A Weekly window must be shorter than the 168 hours between occurrences, but lasts 168 hours."),
            ("Recurrences[2].Length", PolicyErrorCodes.WindowLongerThanRecurrence, "A MonthlyNthWeekday window must be shorter than the 672 hours between occurrences, but lasts 672 hours."),
        });
    }

    [Fact]
    public void A_weekly_window_with_a_week_of_month_is_refused()
    {
        var schedule = new MaintenanceSchedule(Utc,
            [new MaintenanceRecurrence("w", "Weekly", RecurrencePattern.Weekly, IsoDayOfWeek.Tuesday, 2, new LocalTime(21, 0), Duration.FromHours(2))]);

        Errors(schedule).Should().Equal(("Recurrences[0].WeekOfMonth", PolicyErrorCodes.InvalidWeekOfMonth, "A weekly window has no week of month."));
    }

    [Fact]
    public void A_recurrence_may_end_on_the_day_it_starts_or_have_only_an_end_but_may_not_end_before_it_starts()
    {
        var schedule = new MaintenanceSchedule(Utc,
        [
            MaintenanceRecurrence.Weekly("same", "Same day", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2), new LocalDate(2027, 1, 5), new LocalDate(2027, 1, 5)),
            MaintenanceRecurrence.Weekly("open", "Open start", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2), null, new LocalDate(2027, 1, 5)),
            MaintenanceRecurrence.Weekly("back", "Backwards", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2), new LocalDate(2027, 1, 12), new LocalDate(2027, 1, 5)),
        ]);

        Errors(schedule).Should().Equal(("Recurrences[2].EffectiveUntil", PolicyErrorCodes.InvalidRange, "'Effective Until' must not be before 'Effective From'."));
    }

    // ---- one-offs, moves, notice lead time, ids ----

    [Fact]
    public void A_one_off_kind_outside_the_enum_and_a_one_off_of_no_length_are_refused()
    {
        var schedule = new MaintenanceSchedule(Utc, [],
        [
            OneOff("kind", new LocalDateTime(2026, 12, 10, 10, 0), Duration.FromHours(2), Early, (MaintenanceKind)5),
            OneOff("empty", new LocalDateTime(2026, 12, 11, 10, 0), Duration.Zero, Early),
        ]);

        Codes(schedule).Should().BeEquivalentTo(new[]
        {
            ("OneOffs[0].Kind", PolicyErrorCodes.OutOfRange),
            ("OneOffs[1].Length", PolicyErrorCodes.NonPositiveDuration),
        });
        Errors(schedule).Single(e => e.Path == "OneOffs[1].Length").Message.Should().StartWith("'Length' must be positive, but is ");
    }

    [Fact]
    public void A_move_to_a_new_length_of_zero_is_refused_at_its_NewLength()
    {
        var schedule = new MaintenanceSchedule(Utc, [Tuesdays(Duration.FromHours(2))],
            moves: [new MovedOccurrence("w", new LocalDate(2026, 12, 8), new LocalDateTime(2026, 12, 9, 21, 0), Duration.Zero) { AnnouncedAt = Early }]);

        Codes(schedule).Should().Equal(("Moves[0].NewLength", PolicyErrorCodes.NonPositiveDuration));
    }

    [Fact]
    public void A_negative_notice_lead_time_is_refused()
    {
        var schedule = new MaintenanceSchedule(Utc, [], noticeLeadTime: Duration.FromHours(-1));

        Errors(schedule).Should().Equal(("NoticeLeadTime", PolicyErrorCodes.OutOfRange, "'Notice Lead Time' must not be negative."));
    }

    [Fact]
    public void One_off_ids_must_differ_from_each_other_and_from_the_recurrences()
    {
        var schedule = new MaintenanceSchedule(Utc, [Tuesdays(Duration.FromHours(2))],
        [
            OneOff("w", new LocalDateTime(2026, 12, 10, 10, 0), Duration.FromHours(1), Early),
            OneOff("o", new LocalDateTime(2026, 12, 11, 10, 0), Duration.FromHours(1), Early),
            OneOff("o", new LocalDateTime(2026, 12, 12, 10, 0), Duration.FromHours(1), Early),
        ]);

        Errors(schedule).Should().BeEquivalentTo(new[]
        {
            ("OneOffs[0].Id", PolicyErrorCodes.DuplicateId, "The id 'w' is used more than once in the schedule."),
            ("OneOffs[2].Id", PolicyErrorCodes.DuplicateId, "The id 'o' is used more than once in the schedule."),
        });
    }

    [Fact]
    public void A_cancellation_of_an_unknown_recurrence_names_the_id()
    {
        var schedule = new MaintenanceSchedule(Utc, [Tuesdays(Duration.FromHours(2))], cancellations: [new CancelledOccurrence("nope", new LocalDate(2026, 12, 8))]);

        Errors(schedule).Should().Equal(("Cancellations[0].RecurrenceId", PolicyErrorCodes.UnknownRecurrence, "No recurrence has the id 'nope'."));
    }

    [Fact]
    public void Cancelling_a_date_without_an_occurrence_and_changing_an_occurrence_twice_are_reported_in_words()
    {
        // 2026-12-08 is a Tuesday, 2026-12-09 a Wednesday.
        var schedule = new MaintenanceSchedule(Utc, [Tuesdays(Duration.FromHours(2))],
            cancellations: [new CancelledOccurrence("w", new LocalDate(2026, 12, 9)), new CancelledOccurrence("w", new LocalDate(2026, 12, 8))],
            moves: [new MovedOccurrence("w", new LocalDate(2026, 12, 8), new LocalDateTime(2026, 12, 10, 21, 0)) { AnnouncedAt = Early }]);

        Errors(schedule).Should().BeEquivalentTo(new[]
        {
            ("Cancellations[0].Date", PolicyErrorCodes.NotAnOccurrence, "The recurrence 'w' has no occurrence on 2026-12-09 (Wednesday) to be cancelled."),
            ("Moves[0]", PolicyErrorCodes.ConflictingOccurrenceChange, "The occurrence of 'w' on 2026-12-08 is moved here but already changed by Cancellations[1]."),
        });
    }

    // ---- the supported range ----

    [Fact]
    public void A_move_without_a_new_length_keeps_its_rules_length_when_checked_against_the_end_of_the_supported_range()
    {
        // The last supported instant is 9999-12-24T23:59:59.999999999Z; a 6-hour window starting at 20:00 that day ends after it, a 1-hour one does not.
        var schedule = new MaintenanceSchedule(Utc, [Tuesdays(Duration.FromHours(6))],
            moves:
            [
                new MovedOccurrence("w", new LocalDate(2026, 12, 8), new LocalDateTime(9999, 12, 24, 20, 0)) { AnnouncedAt = Early },
                new MovedOccurrence("w", new LocalDate(2026, 12, 15), new LocalDateTime(9999, 12, 24, 20, 0), Duration.FromHours(1)) { AnnouncedAt = Early },
            ]);

        Errors(schedule).Should().Equal(
            ("Moves[0].NewLength", PolicyErrorCodes.OutsideSupportedRange,
                "The move of 'w' starts at 9999-12-24T20:00:00Z and lasts 6 hours, so it would end after 9999-12-24T23:59:59.999999999Z, the last instant the SLA clock supports."));
    }

    [Fact]
    public void A_one_off_starting_after_the_supported_range_is_reported_with_its_local_start_and_the_range()
    {
        var schedule = new MaintenanceSchedule(Utc, [], [OneOff("late", new LocalDateTime(9999, 12, 28, 0, 0), Duration.FromHours(1), Early)]);

        Errors(schedule).Should().Equal(
            ("OneOffs[0].Start", PolicyErrorCodes.OutsideSupportedRange,
                "The one-off 'late' starts at 9999-12-28T00:00:00 (UTC), outside the instants the SLA clock supports (-9998-01-08T00:00:00Z to 9999-12-24T23:59:59.999999999Z)."));
    }

    [Fact]
    public void One_offs_may_start_at_the_first_supported_instant_and_end_at_the_last_but_not_start_after_it()
    {
        var last = new LocalDateTime(9999, 12, 24, 23, 59, 59).PlusNanoseconds(999_999_999);
        var schedule = new MaintenanceSchedule(Utc, [],
        [
            OneOff("at-min", new LocalDateTime(-9998, 1, 8, 0, 0), Duration.FromHours(1)),
            OneOff("to-max", new LocalDateTime(9999, 12, 24, 23, 0), Duration.FromHours(1) - Duration.Epsilon),
            OneOff("after-max", new LocalDateTime(9999, 12, 25, 0, 30), Duration.FromHours(1)),
            OneOff("at-max", last, Duration.Epsilon),
        ]);

        // "after-max" resolves to an instant past the range, so it is refused for its start; "at-max" starts in the range and is refused for running past it.
        Codes(schedule).Should().BeEquivalentTo(new[]
        {
            ("OneOffs[2].Start", PolicyErrorCodes.OutsideSupportedRange),
            ("OneOffs[3].Length", PolicyErrorCodes.OutsideSupportedRange),
        });
    }

    // ---- notices ----

    [Fact]
    public void A_late_notice_says_how_long_ahead_or_after_the_start_the_window_was_announced()
    {
        var schedule = new MaintenanceSchedule(Utc, [],
        [
            OneOff("ahead", new LocalDateTime(2026, 12, 10, 10, 0), Duration.FromHours(1), Instant.FromUtc(2026, 12, 10, 9, 0)),
            OneOff("at-start", new LocalDateTime(2026, 12, 11, 10, 0), Duration.FromHours(1), Instant.FromUtc(2026, 12, 11, 10, 0)),
            OneOff("after", new LocalDateTime(2026, 12, 12, 10, 0), Duration.FromHours(1), Instant.FromUtc(2026, 12, 12, 12, 0)),
        ], noticeLeadTime: Duration.FromHours(48));

        Errors(schedule).Should().BeEquivalentTo(new[]
        {
            ("OneOffs[0].AnnouncedAt", PolicyErrorCodes.LateMaintenanceNotice,
                "The planned window 'ahead' starting 2026-12-10T10:00:00Z was announced at 2026-12-10T09:00:00Z, only 1 hour ahead; planned maintenance must be announced at least 48 hours ahead (by 2026-12-08T10:00:00Z). If it was an emergency, record it as one."),
            ("OneOffs[1].AnnouncedAt", PolicyErrorCodes.LateMaintenanceNotice,
                "The planned window 'at-start' starting 2026-12-11T10:00:00Z was announced at 2026-12-11T10:00:00Z, only 0 minutes ahead; planned maintenance must be announced at least 48 hours ahead (by 2026-12-09T10:00:00Z). If it was an emergency, record it as one."),
            ("OneOffs[2].AnnouncedAt", PolicyErrorCodes.LateMaintenanceNotice,
                "The planned window 'after' starting 2026-12-12T10:00:00Z was announced at 2026-12-12T12:00:00Z, 2 hours after it started; planned maintenance must be announced at least 48 hours ahead (by 2026-12-10T10:00:00Z). If it was an emergency, record it as one."),
        });
    }

    // ---- ResolutionStepValidator ----

    [Fact]
    public void A_step_kind_outside_the_enum_is_refused()
    {
        var step = Step((ResolutionStepKind)9, StepDeadline.Within(Duration.FromMinutes(15)), TicketEventKind.TicketCreated);

        Errors(step).Select(e => (e.Path, e.Code)).Should().Equal(("Kind", PolicyErrorCodes.OutOfRange));
    }

    [Fact]
    public void A_step_must_name_at_least_one_event_that_satisfies_it()
    {
        var step = Step(ResolutionStepKind.ProblemTicket, StepDeadline.Within(Duration.FromMinutes(15)));

        Errors(step).Should().Equal(("SatisfiedBy", PolicyErrorCodes.InvalidSatisfyingEvent, "A step must list at least one ticket event that satisfies it."));
    }

    [Fact]
    public void A_deadline_within_no_time_is_refused_at_its_length()
    {
        var step = Step(ResolutionStepKind.ProblemTicket, StepDeadline.Within(Duration.Zero), TicketEventKind.TicketCreated);

        Errors(step).Select(e => (e.Path, e.Code)).Should().Equal(("Deadline.Length", PolicyErrorCodes.NonPositiveDuration));
    }

    [Fact]
    public void Only_periodic_updates_recur_and_periodic_updates_must()
    {
        var recurringTicket = Step(ResolutionStepKind.ProblemTicket, StepDeadline.Every(Duration.FromHours(1)), TicketEventKind.TicketCreated);
        var onceUpdates = Step(ResolutionStepKind.PeriodicUpdates, StepDeadline.Within(Duration.FromHours(1)), TicketEventKind.StatusUpdate);

        Errors(recurringTicket).Should().Equal(("Deadline.Kind", PolicyErrorCodes.InvalidDeadline, "Only periodic updates recur; this step is owed once."));
        Errors(onceUpdates).Should().Equal(("Deadline.Kind", PolicyErrorCodes.InvalidDeadline, "Periodic updates need a recurring deadline with a cadence."));
    }

    [Fact]
    public void Resolving_the_ticket_is_work_that_can_satisfy_a_step_and_reopening_it_is_not()
    {
        // RuleExtensions.IsWork: work is "ticket creation to resolution"; Reopened is a lifecycle event (TicketEventKind).
        var byResolution = Step(ResolutionStepKind.FixInitiation, StepDeadline.WithResponseGoal(), TicketEventKind.Resolved);
        var byReopening = Step(ResolutionStepKind.FixInitiation, StepDeadline.WithResponseGoal(), TicketEventKind.Reopened);

        Errors(byResolution).Should().BeEmpty();
        Errors(byReopening).Should().Equal(
            ("SatisfiedBy[0]", PolicyErrorCodes.InvalidSatisfyingEvent, "Reopened is a lifecycle event of the ticket, not work done on it, so it cannot satisfy a step."));
    }

    [Fact]
    public void The_report_itself_is_refused_as_a_satisfying_event_once_and_not_called_a_lifecycle_event()
    {
        // Found by mutant 7591 (docs/mutation.md): the report also drew "Reported is a lifecycle event of the ticket";
        // TicketEventKind names Reopened, Paused, Resumed and SeverityChanged as the lifecycle events.
        var step = Step(ResolutionStepKind.ProblemTicket, StepDeadline.Within(Duration.FromMinutes(15)), TicketEventKind.Reported);

        Errors(step).Should().Equal(("SatisfiedBy[0]", PolicyErrorCodes.InvalidSatisfyingEvent, "The report itself cannot satisfy a step."));
    }

    [Fact]
    public void Every_event_that_cannot_satisfy_a_step_gets_its_own_finding()
    {
        // The report's one finding must not hide the next event's: a lifecycle event after it is still named.
        var step = Step(ResolutionStepKind.ProblemTicket, StepDeadline.Within(Duration.FromMinutes(15)), TicketEventKind.Reported, TicketEventKind.Paused);

        Errors(step).Should().Equal(
            ("SatisfiedBy[0]", PolicyErrorCodes.InvalidSatisfyingEvent, "The report itself cannot satisfy a step."),
            ("SatisfiedBy[1]", PolicyErrorCodes.InvalidSatisfyingEvent, "Paused is a lifecycle event of the ticket, not work done on it, so it cannot satisfy a step."));
    }

    [Fact]
    public void The_report_itself_is_refused_once_as_what_satisfies_the_response_goal()
    {
        var findings = SlaPolicyBuilder.From(ZenputSla.Default).WithResponseSatisfiedBy(TicketEventKind.Reported).Validate();

        findings.Where(f => !f.IsWarning).Select(f => (f.Path, f.Code, f.Message)).Should().Equal(
            ("ResponseSatisfiedBy[0]", PolicyErrorCodes.InvalidSatisfyingEvent, "The report itself cannot satisfy the response goal."));
    }

    // ---- SeverityTierValidator ----

    [Fact]
    public void A_tier_without_resolution_steps_is_refused()
    {
        var tier = new SeverityTier(Level(1, "Critical"), GoalTarget.Elapsed(Duration.FromHours(1)), []);

        Errors(tier).Should().Equal(("ResolutionProcess", PolicyErrorCodes.MissingResolutionProcess, "A severity level must define at least one resolution step."));
    }

    [Fact]
    public void Steps_out_of_order_and_a_user_notification_without_fix_initiation_are_reported_in_words()
    {
        var assignment = Step(ResolutionStepKind.EngineerAssignment, StepDeadline.WithResponseGoal(), TicketEventKind.EngineerAssigned);
        var notification = Step(ResolutionStepKind.UserNotification, StepDeadline.After(TicketEventKind.FixApplied), TicketEventKind.UsersNotified);
        var outOfOrder = new SeverityTier(Level(1, "Critical"), GoalTarget.Elapsed(Duration.FromHours(1)), [assignment, Ticket()]);
        var noFix = new SeverityTier(Level(1, "Critical"), GoalTarget.Elapsed(Duration.FromHours(1)), [Ticket(), notification]);

        Errors(outOfOrder).Should().Equal(
            ("ResolutionProcess[1].Kind", PolicyErrorCodes.StepsOutOfOrder,
                "The step ProblemTicket comes after EngineerAssignment; steps follow the SLA's order: problem ticket, engineer assignment, periodic updates, fix initiation, user notification, next-release effort."));
        Errors(noFix).Should().Equal(
            ("ResolutionProcess", PolicyErrorCodes.MissingRequiredStep, "A UserNotification step (users told once the fix is applied) needs a FixInitiation step before it."));
    }

    // ---- findings and the exception ----

    [Fact]
    public void A_finding_reads_path_message_and_code_with_warnings_marked()
    {
        new PolicyFinding("Tiers[1].ResponseGoal", "Shorter.", "code-x", isWarning: true).ToString().Should().Be("warning: Tiers[1].ResponseGoal: Shorter. [code-x]");
        new PolicyFinding("Tiers[1].ResponseGoal", "Shorter.", "code-x").ToString().Should().Be("Tiers[1].ResponseGoal: Shorter. [code-x]");
    }

    [Fact]
    public void The_exception_message_lists_each_finding_on_its_own_dashed_line()
    {
        var e = new SlaPolicyValidationException(new[] { new PolicyFinding("SupportZone", "Bad zone.", "code-x") });

        e.Message.Should().Be("The SLA policy is invalid (1 error):" + Environment.NewLine + " - SupportZone: Bad zone. [code-x]");
    }

    [Fact]
    public void Validate_lists_errors_before_warnings()
    {
        // SlaPolicyBuilder.Validate: "The findings, errors first". Major's goal is shorter than Critical's (a warning); Minor's is negative (an error).
        var builder = new SlaPolicyBuilder("Order")
            .AddTier(Level(1, "Critical"), GoalTarget.Elapsed(Duration.FromHours(1)), [Ticket()])
            .AddTier(Level(2, "Major"), GoalTarget.Elapsed(Duration.FromMinutes(30)), [Ticket()])
            .AddTier(Level(3, "Minor"), GoalTarget.Elapsed(Duration.FromMinutes(-1)), [Ticket()]);

        var findings = builder.Validate();

        findings.Should().Contain(f => f.IsWarning).And.Contain(f => !f.IsWarning);
        findings.Select(f => f.IsWarning).Should().BeInAscendingOrder();
    }

    // ---- mutants no test reached in the session-12 run (not covered); added by the lead ----

    [Fact]
    public void A_holiday_on_no_weekday_or_observed_on_a_wrong_day_after_a_Sunday_is_refused_in_words()
    {
        var calendar = Calendar(holidays:
        [
            Holiday.ByRule("No weekday", new NthWeekdayHolidayRule(11, (IsoDayOfWeek)0, 4)),
            Holiday.ByRule("Bad Sunday", new FixedDateHolidayRule(new AnnualDate(7, 4), IsoDayOfWeek.Friday, IsoDayOfWeek.Tuesday)),
        ]);

        Errors(calendar).Should().BeEquivalentTo(new[]
        {
            ("Holidays[0].Rule.DayOfWeek", PolicyErrorCodes.OutOfRange, "'Day Of Week' must be a day from Monday to Sunday."),
            ("Holidays[1].Rule.SundayObservedOn", PolicyErrorCodes.OutOfRange, "A Sunday holiday can be observed on Friday, Sunday or Monday, not on Tuesday."),
        });
    }

    [Fact]
    public void A_step_twice_and_a_process_that_does_not_start_with_the_ticket_are_refused_in_words()
    {
        var assignment = Step(ResolutionStepKind.EngineerAssignment, StepDeadline.WithResponseGoal(), TicketEventKind.EngineerAssigned);
        var twice = new SeverityTier(Level(1, "Critical"), GoalTarget.Elapsed(Duration.FromHours(1)), [Ticket(), Ticket()]);
        var noTicket = new SeverityTier(Level(1, "Critical"), GoalTarget.Elapsed(Duration.FromHours(1)), [assignment]);

        Errors(twice).Should().Contain(e => e.Code == PolicyErrorCodes.DuplicateStep && e.Message == "The step ProblemTicket appears more than once.");
        Errors(noTicket).Should().Contain(("ResolutionProcess", PolicyErrorCodes.MissingRequiredStep, "A resolution process that assigns, updates or fixes must start with a ProblemTicket step."));
    }

    [Fact]
    public void The_message_only_constructors_of_the_validation_exception_leave_no_findings()
    {
        new SlaPolicyValidationException("Invalid.").Findings.Should().BeEmpty();
        new SlaPolicyValidationException("Invalid.", new InvalidOperationException()).Findings.Should().BeEmpty();
    }
}
