using System;
using System.Linq;
using FluentValidation.TestHelper;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Validation;

public sealed class SlaPolicyBuilderValidationTests
{
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private static SeverityLevel Level(int rank, string name) => new(rank, name, $"{name} issues.", [], []);

    private static ResolutionStep Ticket() =>
        new(ResolutionStepKind.ProblemTicket, "Create a ticket.", [TicketEventKind.TicketCreated], StepDeadline.Within(Duration.FromMinutes(15)));

    private static ResolutionStep Updates(Duration cadence) =>
        new(ResolutionStepKind.PeriodicUpdates, "Give updates.", [TicketEventKind.StatusUpdate], StepDeadline.Every(cadence));

    private static ResolutionStep Assignment() =>
        new(ResolutionStepKind.EngineerAssignment, "Assign an engineer.", [TicketEventKind.EngineerAssigned], StepDeadline.WithResponseGoal());

    private static (string Path, string Code, bool IsWarning)[] Summaries(SlaPolicyValidationException e) =>
        [.. e.Findings.Select(f => (f.Path, f.Code, f.IsWarning))];

    [Fact]
    public void Build_reports_every_failure_at_once_with_its_path_and_code()
    {
        var builder = new SlaPolicyBuilder("Broken")
            .WithSupportZone("Mars/Olympus_Mons")
            .AddTier(Level(1, "Critical"), GoalTarget.Elapsed(Duration.FromMinutes(-1)), [Ticket()])
            .AddTier(Level(1, "Major"), GoalTarget.Elapsed(Duration.FromHours(-4)), [Ticket(), Updates(Duration.Zero)])
            .AddTier(Level(3, "critical"), GoalTarget.BusinessTime(Duration.FromHours(8), "office"), [Assignment(), Ticket()])
            .AddCalendar(new BusinessCalendar("weekends", LosAngeles, []))
            .WithMaintenance(new MaintenanceSchedule(LosAngeles, [MaintenanceRecurrence.Weekly("w", "Weekly", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromDays(8))]));

        var act = () => builder.Build();

        var e = act.Should().Throw<SlaPolicyValidationException>().Which;
        Summaries(e).Should().BeEquivalentTo(new[]
        {
            ("SupportZone", PolicyErrorCodes.UnknownTimeZone, false),
            ("Tiers[0].ResponseGoal", PolicyErrorCodes.NegativeGoal, false),
            ("Tiers[1].ResponseGoal", PolicyErrorCodes.NegativeGoal, false),
            ("Tiers[1].ResolutionProcess[1].Deadline.Length", PolicyErrorCodes.NonPositiveCadence, false),
            ("Tiers[2].ResolutionProcess[1].Kind", PolicyErrorCodes.StepsOutOfOrder, false),
            ("Tiers[1].Severity.Rank", PolicyErrorCodes.DuplicateRank, false),
            ("Tiers[2].Severity.Name", PolicyErrorCodes.DuplicateName, false),
            ("Tiers[2].ResponseGoal.CalendarName", PolicyErrorCodes.UnknownCalendar, false),
            ("Calendars[0].Windows", PolicyErrorCodes.NoWorkingTime, false),
            ("Maintenance.Recurrences[0].Length", PolicyErrorCodes.WindowLongerThanRecurrence, false),
            ("Tiers[1].ResponseGoal", PolicyErrorCodes.ShorterGoalForLessSevereLevel, true),
        });
        e.Message.Should().StartWith("The SLA policy is invalid (10 errors):")
            .And.Contain("SupportZone: 'Mars/Olympus_Mons' is not a known IANA time-zone id");
    }

    [Fact]
    public void Less_severe_level_with_shorter_goal_is_a_warning_that_does_not_stop_the_build()
    {
        var builder = new SlaPolicyBuilder("Inverted")
            .AddTier(Level(1, "High"), GoalTarget.Elapsed(Duration.FromHours(8)), [Ticket()])
            .AddTier(Level(2, "Low"), GoalTarget.Elapsed(Duration.FromHours(1)), [Ticket()]);

        var findings = builder.Validate();
        var policy = builder.Build();

        findings.Should().ContainSingle().Which.Should().Be(new PolicyFinding(
            "Tiers[1].ResponseGoal",
            "Level 2 - Low has a shorter response goal (1 hour) than the more severe Level 1 - High (8 hours).",
            PolicyErrorCodes.ShorterGoalForLessSevereLevel,
            isWarning: true));
        policy.Tiers.Should().HaveCount(2);
    }

    [Fact]
    public void Calendar_days_and_elapsed_goals_compare_for_the_ordering_warning()
    {
        var findings = new SlaPolicyBuilder("Mixed")
            .AddTier(Level(1, "High"), GoalTarget.CalendarDays(2), [Ticket()])
            .AddTier(Level(2, "Low"), GoalTarget.Elapsed(Duration.FromHours(47)), [Ticket()])
            .Validate();

        findings.Should().ContainSingle(f => f.Code == PolicyErrorCodes.ShorterGoalForLessSevereLevel && f.IsWarning);
    }

    [Fact]
    public void Builder_is_single_use()
    {
        var builder = SlaPolicyBuilder.From(ZenputSla.Default);
        builder.Build();

        var again = () => builder.Build();
        var change = () => builder.WithName("Other");

        again.Should().Throw<InvalidOperationException>().WithMessage("*single-use*");
        change.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Failed_build_leaves_the_builder_usable_to_fix_what_failed()
    {
        var builder = new SlaPolicyBuilder("Fixable").AddTier(Level(1, "Critical"), GoalTarget.Elapsed(Duration.FromHours(-1)), [Ticket()]);

        var first = () => builder.Build();
        first.Should().Throw<SlaPolicyValidationException>().Which.Errors.Should().ContainSingle(f => f.Code == PolicyErrorCodes.NegativeGoal);

        var policy = builder.ClearTiers().AddTier(Level(1, "Critical"), GoalTarget.Elapsed(Duration.FromHours(2)), [Ticket()]).Build();

        policy.Tiers.Should().ContainSingle().Which.ResponseGoal.Should().Be(GoalTarget.Elapsed(Duration.FromHours(2)));
    }

    [Fact]
    public void Part_reused_in_another_policy_reports_its_findings_at_its_new_place()
    {
        var broken = new SeverityTier(Level(1, "Critical"), GoalTarget.Elapsed(Duration.FromHours(-1)), [Ticket()]);
        var good = new SeverityTier(Level(2, "Major"), GoalTarget.Elapsed(Duration.FromHours(4)), [Ticket()]);

        var alone = new SlaPolicyBuilder("A").AddTier(broken).Validate();
        var second = new SlaPolicyBuilder("B").AddTier(good).AddTier(broken).Validate();

        alone.Select(f => (f.Path, f.Code)).Should().Equal(("Tiers[0].ResponseGoal", PolicyErrorCodes.NegativeGoal));
        second.Select(f => (f.Path, f.Code)).Should().Equal(("Tiers[1].ResponseGoal", PolicyErrorCodes.NegativeGoal));
        second.Single().Message.Should().Be(alone.Single().Message);
    }

    [Fact]
    public void From_copies_a_policy_so_that_building_it_unchanged_gives_an_equal_policy()
    {
        SlaPolicyBuilder.From(ZenputSla.Default).Build().Should().Be(ZenputSla.Default);
    }

    [Fact]
    public void Tiers_added_out_of_order_are_listed_by_rank()
    {
        var policy = new SlaPolicyBuilder("Ordered")
            .AddTier(Level(2, "Low"), GoalTarget.Elapsed(Duration.FromHours(8)), [Ticket()])
            .AddTier(Level(1, "High"), GoalTarget.Elapsed(Duration.FromHours(1)), [Ticket()])
            .Build();

        policy.Tiers.Select(t => t.Severity.Rank).Should().Equal(1, 2);
    }

    [Fact]
    public void Policy_without_tiers_is_invalid()
    {
        var act = () => new SlaPolicyBuilder("Empty").Build();

        act.Should().Throw<SlaPolicyValidationException>().Which.Findings
            .Should().ContainSingle().Which.Code.Should().Be(PolicyErrorCodes.NoTiers);
    }

    [Fact]
    public void Stopping_the_clock_for_maintenance_without_a_schedule_is_a_warning()
    {
        var findings = new SlaPolicyBuilder("No schedule")
            .AddTier(Level(1, "High"), GoalTarget.Elapsed(Duration.FromHours(1)), [Ticket()])
            .WithMaintenance(null, clockStopsDuringMaintenance: true)
            .Validate();

        findings.Should().ContainSingle().Which.Should().Match<PolicyFinding>(f => f.IsWarning && f.Code == PolicyErrorCodes.NoMaintenanceSchedule);
    }

    [Fact]
    public void User_notification_without_fix_initiation_is_a_missing_required_step()
    {
        var notify = new ResolutionStep(ResolutionStepKind.UserNotification, "Tell users.", [TicketEventKind.UsersNotified], StepDeadline.After(TicketEventKind.FixApplied));
        var result = new SeverityTierValidator().TestValidate(new SeverityTier(Level(1, "High"), GoalTarget.Elapsed(Duration.FromHours(1)), [Ticket(), notify]));

        result.ShouldHaveValidationErrorFor("ResolutionProcess").WithErrorCode(PolicyErrorCodes.MissingRequiredStep);
    }

    [Theory]
    [InlineData(1, "0:00:00.000000001")]
    [InlineData(999_999_999, "0:00:00.999999999")]
    public void A_periodic_update_cadence_shorter_than_one_second_is_refused_naming_the_tier_and_the_step(long nanoseconds, string text)
    {
        // A cadence of 1 ns over the supported range is ~6.3e20 deadlines, more than a long counts: evaluation never ended.
        var findings = new SlaPolicyBuilder("Tiny cadence")
            .AddTier(Level(1, "Critical"), GoalTarget.Elapsed(Duration.FromHours(2)), [Ticket(), Updates(Duration.FromNanoseconds(nanoseconds))])
            .Validate();

        findings.Select(f => (f.Path, f.Code, f.Message, f.IsWarning)).Should().Equal((
            "Tiers[0].ResolutionProcess[1].Deadline.Length",
            PolicyErrorCodes.CadenceTooShort,
            $"The periodic updates of Level 1 - Critical recur every {text}, more often than once a second, the shortest cadence allowed.",
            false));
    }

    [Fact]
    public void A_periodic_update_cadence_of_one_second_is_allowed()
    {
        new SlaPolicyBuilder("One second")
            .AddTier(Level(1, "Critical"), GoalTarget.Elapsed(Duration.FromHours(2)), [Ticket(), Updates(Duration.FromSeconds(1))])
            .Validate().Should().BeEmpty();
    }

    [Theory]
    [InlineData(1, "2", "2")]
    [InlineData(3, "1", "1")]
    [InlineData(1, "02", "2")]
    [InlineData(2, "0", "0")]
    [InlineData(1, "12345678901234567890", "12345678901234567890")]
    public void A_severity_name_that_is_a_whole_number_other_than_its_rank_is_refused(int rank, string name, string readAs)
    {
        // "--severity 2" matches the first level whose name or rank is 2, so a Level 1 named "2" hid Level 2.
        var findings = new SlaPolicyBuilder("Numbered")
            .AddTier(Level(rank, name), GoalTarget.Elapsed(Duration.FromHours(2)), [Ticket()])
            .AddTier(Level(rank + 1, "Other"), GoalTarget.Elapsed(Duration.FromHours(4)), [Ticket()])
            .Validate();

        findings.Select(f => (f.Path, f.Code, f.Message, f.IsWarning)).Should().Equal((
            "Tiers[0].Severity.Name",
            PolicyErrorCodes.AmbiguousSeverityName,
            $"Level {rank} - {name} is named '{name}', which reads as the rank {readAs}, not its own rank {rank}: a name that is a whole number must be its level's rank.",
            false));
    }

    [Theory]
    [InlineData(2, "2")]
    [InlineData(2, "002")]
    [InlineData(1, "P1")]
    [InlineData(1, "-1")]
    [InlineData(1, "2.5")]
    public void A_severity_name_that_is_its_own_rank_or_not_a_whole_number_is_allowed(int rank, string name)
    {
        new SlaPolicyBuilder("Numbered")
            .AddTier(Level(rank, name), GoalTarget.Elapsed(Duration.FromHours(2)), [Ticket()])
            .Validate().Should().BeEmpty();
    }

    [Fact]
    public void Periodic_updates_need_a_recurring_deadline()
    {
        var wrong = new ResolutionStep(ResolutionStepKind.PeriodicUpdates, "Updates.", [TicketEventKind.StatusUpdate], StepDeadline.WithResponseGoal());

        new ResolutionStepValidator().TestValidate(wrong)
            .ShouldHaveValidationErrorFor("Deadline.Kind").WithErrorCode(PolicyErrorCodes.InvalidDeadline);
    }

    [Fact]
    public void Partial_closure_ending_at_or_before_its_start_is_valid_because_it_ends_the_next_day()
    {
        var calendar = new BusinessCalendar("office", LosAngeles, [new WorkingWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))],
        [
            Holiday.PartOf("Overnight", new LocalDate(2026, 12, 24), new LocalTime(22, 0), new LocalTime(2, 0)),
            Holiday.PartOf("Rest of day", new LocalDate(2026, 12, 31), new LocalTime(13, 0), LocalTime.Midnight),
            Holiday.PartOf("All day by the clock", new LocalDate(2027, 1, 4), LocalTime.Midnight, LocalTime.Midnight),
        ]);

        new BusinessCalendarValidator().TestValidate(calendar).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Zero_goals_of_every_kind_are_valid_and_negative_ones_are_not()
    {
        var office = new BusinessCalendar("office", LosAngeles, [new WorkingWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))]);
        var zero = new SlaPolicyBuilder("Zero")
            .AddCalendar(office)
            .AddTier(Level(1, "Elapsed"), GoalTarget.Elapsed(Duration.Zero), [Ticket()])
            .AddTier(Level(2, "Calendar days"), GoalTarget.CalendarDays(0), [Ticket()])
            .AddTier(Level(3, "Business time"), GoalTarget.BusinessTime(Duration.Zero, "office"), [Ticket()])
            .AddTier(Level(4, "Business days"), GoalTarget.BusinessDays(0, "office"), [Ticket()]);
        var negative = new SlaPolicyBuilder("Negative")
            .AddCalendar(office)
            .AddTier(Level(1, "Calendar days"), GoalTarget.CalendarDays(-1), [Ticket()])
            .AddTier(Level(2, "Business days"), GoalTarget.BusinessDays(-2, "office"), [Ticket()]);

        zero.Validate().Should().BeEmpty();
        negative.Validate().Where(f => !f.IsWarning).Select(f => (f.Path, f.Code, f.Message)).Should().Equal(
            ("Tiers[0].ResponseGoal", PolicyErrorCodes.NegativeGoal, "'Response Goal' must not be negative, but is -1 calendar days."),
            ("Tiers[1].ResponseGoal", PolicyErrorCodes.NegativeGoal, "'Response Goal' must not be negative, but is -2 business days on 'office'."));
    }

    [Fact]
    public void Maintenance_references_and_ids_are_checked()
    {
        var schedule = new MaintenanceSchedule(
            LosAngeles,
            [
                MaintenanceRecurrence.Weekly("w", "Weekly", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2)),
                MaintenanceRecurrence.MonthlyNthWeekday("w", "Monthly", 6, IsoDayOfWeek.Sunday, new LocalTime(2, 0), Duration.Zero),
            ],
            cancellations: [new CancelledOccurrence("nope", new LocalDate(2026, 12, 1))],
            moves: [new MovedOccurrence("gone", new LocalDate(2026, 12, 8), new LocalDateTime(2026, 12, 9, 21, 0))]);

        var result = new MaintenanceScheduleValidator().TestValidate(schedule);

        result.Errors.Select(e => (e.PropertyName, e.ErrorCode)).Should().BeEquivalentTo(new[]
        {
            ("Recurrences[1].Length", PolicyErrorCodes.NonPositiveDuration),
            ("Recurrences[1].WeekOfMonth", PolicyErrorCodes.InvalidWeekOfMonth),
            ("Recurrences[1].Id", PolicyErrorCodes.DuplicateId),
            ("Cancellations[0].RecurrenceId", PolicyErrorCodes.UnknownRecurrence),
            ("Moves[0].RecurrenceId", PolicyErrorCodes.UnknownRecurrence),
        });
    }

    [Theory]
    [InlineData(TicketEventKind.FixApplied, "the fix being applied")]
    [InlineData(TicketEventKind.Resolved, "the ticket being resolved")]
    public void Periodic_updates_counted_from_the_fix_or_the_resolution_are_refused_as_never_owed(TicketEventKind anchor, string named)
    {
        // README E9: no update is owed at or after the fix being applied or the ticket resolved, so updates counted from
        // either event would never be owed (the tool printed "every 2 hours from the fix being applied until the fix is
        // applied or the ticket is resolved"). Counted from the report, or from an engineer's assignment, they are accepted.
        var critical = ZenputSla.Default.GetTier("critical");
        SeverityTier WithUpdatesFrom(TicketEventKind from) => new(
            critical.Severity,
            critical.ResponseGoal,
            critical.ResolutionProcess.Select(s => s.Kind == ResolutionStepKind.PeriodicUpdates ? new ResolutionStep(s.Kind, s.Description, s.SatisfiedBy, StepDeadline.Every(Duration.FromHours(2), from)) : s));

        var act = () => SlaPolicyBuilder.From(ZenputSla.Default).ReplaceTier(WithUpdatesFrom(anchor)).Build();

        var e = act.Should().Throw<SlaPolicyValidationException>().Which;
        Summaries(e).Should().Equal(("Tiers[0].ResolutionProcess[2].Deadline.Anchor", PolicyErrorCodes.UpdatesNeverOwed, false));
        e.Findings[0].Message.Should().Be(
            $"Periodic updates counted from {named} would never be owed: updates stop being owed when the fix is applied or the ticket is resolved. Count them from the report or from work before the fix (such as engineerAssigned or fixStarted).");
        SlaPolicyBuilder.From(ZenputSla.Default).ReplaceTier(WithUpdatesFrom(TicketEventKind.EngineerAssigned)).Build().GetTier(1).UpdateCadence.Should().Be(Duration.FromHours(2));
    }
}
