using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Triage;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Policies;

/// <summary>
/// Tests for the mutants of the policy model (the root files of the package) and of <c>Internal/</c> that the
/// session-11 Stryker run left undetected or found no test reaching (docs/mutation.md, "Root files and
/// <c>Internal/</c> (session 11)"). Expected values come from the README and the XML docs.
/// </summary>
public sealed class PolicyMutantTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static BusinessCalendar Office(string name = "office") =>
        new(name, London, [new WorkingWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))]);

    private static SeverityLevel Level(int rank, string name) => new(rank, name, $"{name} issues.", [], []);

    private static ResolutionStep Ticket(Duration within) =>
        new(ResolutionStepKind.ProblemTicket, "Create a ticket.", [TicketEventKind.TicketCreated], StepDeadline.Within(within));

    private static SeverityTier Tier(int rank, string name, GoalTarget goal) => new(Level(rank, name), goal, [Ticket(Duration.FromMinutes(15))]);

    // ---- goal targets and their text (GoalText) ----

    [Fact]
    public void A_goal_of_one_day_is_written_in_the_singular_and_any_other_number_in_the_plural()
    {
        // "within 3 business days" (BusinessDaysGoalTarget's summary); README: "3 calendar days".
        GoalTarget.CalendarDays(1).ToString().Should().Be("1 calendar day");
        GoalTarget.CalendarDays(3).ToString().Should().Be("3 calendar days");
        GoalTarget.CalendarDays(0).ToString().Should().Be("0 calendar days");

        var one = GoalTarget.BusinessDays(1, "office").ToString();
        one.Should().StartWith("1 business day ").And.Contain("'office'");
        GoalTarget.BusinessDays(3, "office").ToString().Should().StartWith("3 business days ").And.Contain("'office'");
    }

    [Fact]
    public void A_business_time_goal_reads_as_its_working_time_on_its_calendar()
    {
        var text = GoalTarget.BusinessTime(Duration.FromHours(8), "office").ToString();

        text.Should().StartWith("8 hours ").And.Contain("working time").And.EndWith("'office'");
    }

    [Fact]
    public void Durations_read_as_whole_hours_or_minutes_with_the_sign_and_the_singular_for_one()
    {
        // GoalText: "2 hours", "90 minutes"; README: "must not be negative, but is -1 hour".
        GoalTarget.Elapsed(Duration.Zero).ToString().Should().Be("0 minutes");
        GoalTarget.Elapsed(Duration.FromHours(1)).ToString().Should().Be("1 hour");
        GoalTarget.Elapsed(Duration.FromHours(-1)).ToString().Should().Be("-1 hour");
        GoalTarget.Elapsed(Duration.FromHours(-2)).ToString().Should().Be("-2 hours");
        GoalTarget.Elapsed(Duration.FromMinutes(-1)).ToString().Should().Be("-1 minute");
        GoalTarget.Elapsed(Duration.FromMinutes(90)).ToString().Should().Be("90 minutes");
    }

    [Fact]
    public void A_duration_with_seconds_reads_in_the_documents_hours_minutes_and_seconds_form()
    {
        // Not a whole number of minutes: H:mm:ss as the README gives durations in documents, fractions after a point.
        GoalTarget.Elapsed(Duration.FromSeconds(90)).ToString().Should().Be("0:01:30");
        GoalTarget.Elapsed(Duration.FromMinutes(30) + Duration.FromMilliseconds(500)).ToString().Should().Be("0:30:00.5");
        GoalTarget.Elapsed(-Duration.FromSeconds(3725)).ToString().Should().Be("-1:02:05");
    }

    [Fact]
    public void A_business_time_goal_needs_its_calendar_when_made_from_one()
    {
        var act = () => new BusinessTimeGoalTarget(Duration.FromHours(1), (BusinessCalendar)null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("calendar");
    }

    [Fact]
    public void Business_time_goals_are_equal_exactly_when_working_time_calendar_name_and_maintenance_choice_are()
    {
        var goal = GoalTarget.BusinessTime(Duration.FromHours(8), "office");

        goal.Equals(GoalTarget.BusinessTime(Duration.FromHours(8), "office")).Should().BeTrue();
        goal.Equals(GoalTarget.BusinessTime(Duration.FromHours(8), Office())).Should().BeTrue("a goal read back from a document, which names calendars, equals the one saved");
        goal.Equals(GoalTarget.BusinessTime(Duration.FromHours(4), "office")).Should().BeFalse();
        goal.Equals(GoalTarget.BusinessTime(Duration.FromHours(8), "home")).Should().BeFalse();
        goal.Equals(goal with { ClockStopsDuringMaintenance = true }).Should().BeFalse();
        goal.Equals(GoalTarget.BusinessTime(Duration.FromHours(4), "home")).Should().BeFalse();
        goal.Equals((BusinessTimeGoalTarget?)null).Should().BeFalse();
        (goal == GoalTarget.BusinessTime(Duration.FromHours(8), "home")).Should().BeFalse();
    }

    // ---- Internal/Guard ----

    [Fact]
    public void A_list_with_a_null_element_is_refused_naming_the_list_and_the_element()
    {
        var act = () => new SeverityLevel(1, "Critical", "Critical issues.", ["Service down", null!], []);

        act.Should().Throw<ArgumentException>().WithParameterName("criteria").WithMessage("*1*null*");
    }

    [Fact]
    public void A_missing_name_is_an_argument_null_error_and_a_blank_one_says_it_must_not_be_blank()
    {
        var missing = () => new SeverityLevel(1, null!, "Critical issues.", [], []);
        var blank = () => new SeverityLevel(1, "  ", "Critical issues.", [], []);

        missing.Should().ThrowExactly<ArgumentNullException>().WithParameterName("name");
        blank.Should().ThrowExactly<ArgumentException>().WithParameterName("name").WithMessage("*empty or white space*");
    }

    [Fact]
    public void A_missing_list_is_refused_naming_its_parameter()
    {
        var act = () => new SeverityLevel(1, "Critical", "Critical issues.", null!, []);

        act.Should().Throw<ArgumentNullException>().WithParameterName("criteria");
    }

    // ---- Internal/SupportedRange ----

    [Fact]
    public void The_supported_instants_are_NodaTimes_range_less_its_first_and_last_week_both_ends_included()
    {
        // SlaClock.SupportedInstants: "NodaTime's range less its first and last week (about -9998-01-08 to 9999-12-24)";
        // NodaTime's instants run from -9998-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z.
        var first = new LocalDateTime(-9998, 1, 8, 0, 0).InUtc().ToInstant();
        var last = new LocalDateTime(9999, 12, 24, 23, 59, 59).PlusNanoseconds(999_999_999).InUtc().ToInstant();

        SlaClock.SupportedInstants.Start.Should().Be(first);
        SlaClock.SupportedInstants.End.Should().Be(last);
    }

    [Fact]
    public void Maintenance_starting_on_the_last_resolvable_local_date_in_a_zone_ahead_of_UTC_is_valid_and_counted()
    {
        // 9999-12-25 00:30 in Pacific/Kiritimati (UTC+14) is 9999-12-24 10:30 UTC, inside SlaClock.SupportedInstants
        // (which end 9999-12-24 23:59:59.999999999 UTC): the window lasts to 11:30 UTC.
        var kiritimati = DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"];
        var schedule = new MaintenanceSchedule(kiritimati, [], oneOffs: [MaintenanceOneOff.At(new LocalDateTime(9999, 12, 25, 0, 30), Duration.FromHours(1))]);

        schedule.WindowsOverlapping(Instant.FromUtc(9999, 12, 24, 0, 0), Instant.FromUtc(9999, 12, 24, 23, 0))
            .Select(w => w.Interval).Should().Equal(new Interval(Instant.FromUtc(9999, 12, 24, 10, 30), Instant.FromUtc(9999, 12, 24, 11, 30)));
        schedule.IsUnderMaintenance(Instant.FromUtc(9999, 12, 24, 11, 0)).Should().BeTrue();

        var findings = new SlaPolicyBuilder("Acme SLA")
            .AddTier(Tier(1, "Urgent", GoalTarget.Elapsed(Duration.FromHours(1))))
            .WithMaintenance(schedule)
            .Validate();
        findings.Should().NotContain(f => f.Code == PolicyErrorCodes.OutsideSupportedRange);
    }

    // ---- Internal/TimeZones ----

    [Fact]
    public void A_missing_zone_id_is_reported_by_the_build_like_an_unknown_one_not_thrown()
    {
        // WithSupportZone(string): "An unknown id is reported by Build."
        var builder = new SlaPolicyBuilder("Acme SLA")
            .AddTier(Tier(1, "Urgent", GoalTarget.Elapsed(Duration.FromHours(1))));

        var findings = builder.WithSupportZone((string)null!).Validate();

        findings.Should().ContainSingle().Which.Should().Match<PolicyFinding>(f => f.Path == "SupportZone" && f.Code == PolicyErrorCodes.UnknownTimeZone);
        builder.WithSupportZone(" ").Validate().Should().ContainSingle().Which.Code.Should().Be(PolicyErrorCodes.UnknownTimeZone);
    }

    // ---- equality operators ----

    private static void OperatorsAgreeWithEquality<T>(T value, T equalCopy, T other, Func<T?, T?, bool> equal, Func<T?, T?, bool> notEqual)
        where T : class
    {
        ReferenceEquals(value, equalCopy).Should().BeFalse("the copy must be another instance");
        equal(value, equalCopy).Should().BeTrue();
        equal(value, other).Should().BeFalse();
        equal(value, null).Should().BeFalse();
        equal(null, value).Should().BeFalse();
        equal(null, null).Should().BeTrue();
        notEqual(value, equalCopy).Should().BeFalse();
        notEqual(value, other).Should().BeTrue();
        notEqual(value, null).Should().BeTrue();
        notEqual(null, value).Should().BeTrue();
        notEqual(null, null).Should().BeFalse();
    }

    [Fact]
    public void Resolution_step_operators_compare_structurally_and_treat_two_nulls_as_equal()
    {
        OperatorsAgreeWithEquality(
            Ticket(Duration.FromMinutes(15)),
            Ticket(Duration.FromMinutes(15)),
            Ticket(Duration.FromMinutes(30)),
            (a, b) => a == b,
            (a, b) => a != b);
    }

    [Fact]
    public void Severity_level_operators_compare_structurally_and_treat_two_nulls_as_equal()
    {
        OperatorsAgreeWithEquality(Level(1, "Critical"), Level(1, "Critical"), Level(1, "Major"), (a, b) => a == b, (a, b) => a != b);
    }

    [Fact]
    public void Severity_tier_operators_compare_structurally_and_treat_two_nulls_as_equal()
    {
        OperatorsAgreeWithEquality(
            Tier(1, "Critical", GoalTarget.Elapsed(Duration.FromHours(2))),
            Tier(1, "Critical", GoalTarget.Elapsed(Duration.FromHours(2))),
            Tier(1, "Critical", GoalTarget.Elapsed(Duration.FromHours(4))),
            (a, b) => a == b,
            (a, b) => a != b);
    }

    [Fact]
    public void Policy_operators_compare_structurally_and_treat_two_nulls_as_equal()
    {
        var copy = SlaPolicyBuilder.From(ZenputSla.Default).Build();
        var renamed = SlaPolicyBuilder.From(ZenputSla.Default).WithName("Another SLA").Build();

        OperatorsAgreeWithEquality(ZenputSla.Default, copy, renamed, (a, b) => a == b, (a, b) => a != b);
    }

    // ---- what tiers, policies and contracts say about themselves ----

    [Fact]
    public void A_tier_reads_as_its_level_and_response_goal()
    {
        // README: var tier = policy.GetTier("critical");    // Level 1 - Critical: respond within 2 hours
        ZenputSla.Default.GetTier("critical").ToString().Should().Be("Level 1 - Critical: respond within 2 hours");
    }

    [Fact]
    public void A_policy_reads_as_its_name_number_of_levels_and_support_zone()
    {
        var policy = new SlaPolicyBuilder("Acme SLA")
            .WithSupportZone(London)
            .AddTier(Tier(1, "Urgent", GoalTarget.Elapsed(Duration.FromHours(1))))
            .AddTier(Tier(2, "High", GoalTarget.Elapsed(Duration.FromHours(4))))
            .Build();

        policy.ToString().Should().Contain("Acme SLA").And.Contain("2").And.Contain("Europe/London");
    }

    [Fact]
    public void Asking_for_a_rank_the_policy_lacks_says_which_ranks_it_has()
    {
        var act = () => ZenputSla.Default.GetTier(7);

        var e = act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rank").Which;
        e.ActualValue.Should().Be(7);
        e.Message.Should().Contain("1 to 3", "the Zenput policy's ranks are 1, 2 and 3");
    }

    [Fact]
    public void Asking_for_a_calendar_the_policy_lacks_names_it()
    {
        var policy = new SlaPolicyBuilder("Acme SLA").AddCalendar(Office()).AddTier(Tier(1, "Urgent", GoalTarget.Elapsed(Duration.FromHours(1)))).Build();

        policy.GetCalendar("office").Should().Be(Office());
        var act = () => policy.GetCalendar("nowhere");

        act.Should().Throw<ArgumentException>().WithParameterName("name").Which.Message.Should().Contain("'nowhere'");
    }

    [Fact]
    public void A_contract_reads_as_its_customer_and_policy()
    {
        var contract = new SupportContract("acme", "Acme Corp", ZenputSla.Default, new Interval(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2027, 1, 1, 0, 0)));

        contract.ToString().Should().Contain("Acme Corp").And.Contain("acme").And.Contain(ZenputSla.Default.Name).And.Contain("2026-01-01");
    }

    // ---- step deadlines' text ----

    [Fact]
    public void A_deadline_counted_from_any_event_names_that_event()
    {
        // README: "within 15 minutes of notification", "once the fix is applied"; each other phrase names its event.
        var keyWord = new (TicketEventKind Anchor, string Word)[]
        {
            (TicketEventKind.Reported, "notification"),
            (TicketEventKind.TicketCreated, "ticket"),
            (TicketEventKind.EngineerAssigned, "engineer"),
            (TicketEventKind.FirstResponse, "response"),
            (TicketEventKind.StatusUpdate, "update"),
            (TicketEventKind.FixStarted, "fix"),
            (TicketEventKind.FixApplied, "fix"),
            (TicketEventKind.UsersNotified, "notified"),
            (TicketEventKind.ReleasedInMajorVersion, "release"),
            (TicketEventKind.Resolved, "resolution"),
            (TicketEventKind.Reopened, "reopen"),
            (TicketEventKind.Paused, "pause"),
            (TicketEventKind.Resumed, "resum"),
            (TicketEventKind.SeverityChanged, "severity"),
        };
        keyWord.Select(k => k.Anchor).Should().BeEquivalentTo(Enum.GetValues<TicketEventKind>());

        foreach (var (anchor, word) in keyWord)
        {
            StepDeadline.Within(Duration.FromMinutes(15), anchor).ToString().Should().StartWith("within 15 minutes of ").And.Contain(word, "counted from {0}", anchor);
            StepDeadline.After(anchor).ToString().Should().StartWith("once ").And.Contain(word, "owed after {0}", anchor);
        }

        StepDeadline.Within(Duration.FromMinutes(15)).ToString().Should().Be("within 15 minutes of notification");
        StepDeadline.After(TicketEventKind.FixApplied).ToString().Should().Be("once the fix is applied");
    }

    [Fact]
    public void A_deadline_counted_from_an_event_names_it_as_a_noun_after_of_and_from()
    {
        // The audit and the tool print these after "within ... of" and "every ... from": "of the fix is applied" is not English.
        StepDeadline.Within(Duration.FromHours(1), TicketEventKind.FixApplied).ToString().Should().Be("within 1 hour of the fix being applied");
        StepDeadline.Within(Duration.FromHours(1), TicketEventKind.UsersNotified).ToString().Should().Be("within 1 hour of users being notified");
        StepDeadline.Within(Duration.FromHours(1), TicketEventKind.Reopened).ToString().Should().Be("within 1 hour of the ticket's reopening");
        StepDeadline.Every(Duration.FromHours(2), TicketEventKind.FixApplied).ToString().Should().Be("every 2 hours from the fix being applied until the fix is applied or the ticket is resolved");

        // "once" takes the clause.
        StepDeadline.After(TicketEventKind.UsersNotified).ToString().Should().Be("once users are notified");
        StepDeadline.After(TicketEventKind.Reopened).ToString().Should().Be("once the ticket is reopened");
    }

    [Fact]
    public void A_recurring_deadline_names_the_event_it_counts_from_unless_it_is_the_report()
    {
        // README: "every 2 hours until the fix is applied or the ticket is resolved" (DESIGN.md rule 10, README E9: nothing is owed once either happens).
        StepDeadline.Every(Duration.FromHours(2)).ToString().Should().Be("every 2 hours until the fix is applied or the ticket is resolved");

        var fromResponse = StepDeadline.Every(Duration.FromHours(4), TicketEventKind.FirstResponse).ToString();
        fromResponse.Should().StartWith("every 4 hours from ").And.Contain("response").And.EndWith(" until the fix is applied or the ticket is resolved");
    }

    [Fact]
    public void A_best_effort_obligation_says_it_has_no_deadline()
    {
        StepDeadline.BestEffort().ToString().Should().Contain("best effort").And.Contain("no deadline");
    }

    // ---- building and validating ----

    [Fact]
    public void A_known_zone_set_after_an_unknown_id_clears_the_unknown_zone_error()
    {
        var builder = new SlaPolicyBuilder("Acme SLA")
            .WithSupportZone("Mars/Olympus_Mons")
            .AddTier(Tier(1, "Urgent", GoalTarget.Elapsed(Duration.FromHours(1))))
            .WithSupportZone(London);

        builder.Validate().Should().BeEmpty();
        builder.Build().SupportZone.Should().Be(London);
    }

    [Fact]
    public void Only_the_last_unknown_zone_id_is_reported()
    {
        var findings = new SlaPolicyBuilder("Acme SLA")
            .WithSupportZone("Mars/Olympus_Mons")
            .WithSupportZone("Venus/Maxwell_Montes")
            .AddTier(Tier(1, "Urgent", GoalTarget.Elapsed(Duration.FromHours(1))))
            .Validate();

        findings.Should().ContainSingle().Which.Should().Match<PolicyFinding>(f =>
            f.Path == "SupportZone" && f.Code == PolicyErrorCodes.UnknownTimeZone && f.Message.Contains("Venus/Maxwell_Montes") && !f.Message.Contains("Mars"));
    }

    [Fact]
    public void Replacing_a_tier_of_a_rank_the_builder_does_not_hold_adds_it()
    {
        var policy = new SlaPolicyBuilder("Acme SLA")
            .AddTier(Tier(1, "Urgent", GoalTarget.Elapsed(Duration.FromHours(1))))
            .ReplaceTier(Tier(2, "High", GoalTarget.Elapsed(Duration.FromHours(4))))
            .ReplaceTier(Tier(1, "Critical", GoalTarget.Elapsed(Duration.FromHours(2))))
            .Build();

        policy.Tiers.Select(t => t.Severity.Name).Should().Equal("Critical", "High");
    }

    [Fact]
    public void A_calendar_a_goal_carries_is_added_to_the_policy_by_the_build()
    {
        var office = Office();

        var policy = new SlaPolicyBuilder("Acme SLA")
            .AddTier(Tier(1, "Urgent", GoalTarget.BusinessTime(Duration.FromHours(4), office)))
            .Build();

        policy.Calendars.Should().ContainSingle().Which.Should().BeSameAs(office);
    }

    [Fact]
    public void Two_calendars_of_one_name_are_an_error_at_the_second()
    {
        var findings = new SlaPolicyBuilder("Acme SLA")
            .AddCalendar(Office())
            .AddCalendar(Office())
            .AddTier(Tier(1, "Urgent", GoalTarget.BusinessTime(Duration.FromHours(4), "office")))
            .Validate();

        var finding = findings.Should().ContainSingle().Which;
        finding.Path.Should().Be("Calendars[1].Name");
        finding.Code.Should().Be(PolicyErrorCodes.DuplicateCalendarName);
        finding.IsWarning.Should().BeFalse();
        finding.Message.Should().Contain("'office'");
    }

    [Fact]
    public void A_goal_on_a_calendar_of_a_policy_with_no_calendars_says_so_without_a_list()
    {
        var findings = new SlaPolicyBuilder("Acme SLA")
            .AddTier(Tier(1, "Urgent", GoalTarget.BusinessTime(Duration.FromHours(8), "office")))
            .Validate();

        // README (validate): "The response goal counts working time on the calendar 'office', which the policy does not define."
        findings.Should().ContainSingle().Which.Should().Be(new PolicyFinding(
            "Tiers[0].ResponseGoal.CalendarName",
            "The response goal counts working time on the calendar 'office', which the policy does not define.",
            PolicyErrorCodes.UnknownCalendar,
            isWarning: false));
    }

    // ---- PolicyDraftValidator's own rules (its one instance is built once per process) ----

    private static SlaPolicyBuilder OneTier(string name = "Acme SLA") =>
        new SlaPolicyBuilder(name).AddTier(Tier(1, "Urgent", GoalTarget.Elapsed(Duration.FromHours(1))));

    [Fact]
    public void A_policy_with_one_valid_tier_and_nothing_else_raises_no_finding()
    {
        OneTier().Validate().Should().BeEmpty();
    }

    [Fact]
    public void A_policy_without_a_name_is_an_error_at_its_name()
    {
        var findings = OneTier(" ").Validate();

        findings.Should().ContainSingle().Which.Should().Match<PolicyFinding>(f => f.Path == "Name" && f.Code == PolicyErrorCodes.Required && !f.IsWarning);
    }

    [Fact]
    public void A_policy_without_tiers_is_an_error_that_says_it_needs_a_tier()
    {
        var finding = new SlaPolicyBuilder("Acme SLA").Validate().Should().ContainSingle().Which;

        finding.Path.Should().Be("Tiers");
        finding.Code.Should().Be(PolicyErrorCodes.NoTiers);
        finding.Message.Should().Contain("tier");
    }

    [Fact]
    public void A_tiers_own_findings_are_reported_at_the_tier()
    {
        var findings = new SlaPolicyBuilder("Acme SLA").AddTier(Tier(1, "Urgent", GoalTarget.Elapsed(Duration.FromHours(-1)))).Validate();

        findings.Should().ContainSingle().Which.Should().Match<PolicyFinding>(f => f.Path == "Tiers[0].ResponseGoal" && f.Code == PolicyErrorCodes.NegativeGoal);
    }

    [Fact]
    public void A_policy_must_say_which_events_satisfy_the_response_goal()
    {
        var finding = OneTier().WithResponseSatisfiedBy().Validate().Should().ContainSingle().Which;

        finding.Path.Should().Be("ResponseSatisfiedBy");
        finding.Code.Should().Be(PolicyErrorCodes.InvalidSatisfyingEvent);
        finding.Message.Should().Contain("response goal");
    }

    [Fact]
    public void Neither_the_report_nor_a_lifecycle_event_nor_an_unknown_event_satisfies_the_response_goal()
    {
        var report = OneTier().WithResponseSatisfiedBy(TicketEventKind.Reported).Validate();
        var pause = OneTier().WithResponseSatisfiedBy(TicketEventKind.Paused).Validate();
        var unknown = OneTier().WithResponseSatisfiedBy((TicketEventKind)99).Validate();

        report.Should().Contain(f => f.Path == "ResponseSatisfiedBy[0]" && f.Code == PolicyErrorCodes.InvalidSatisfyingEvent && f.Message.Contains("report"));
        pause.Should().ContainSingle().Which.Should().Match<PolicyFinding>(f =>
            f.Path == "ResponseSatisfiedBy[0]" && f.Code == PolicyErrorCodes.InvalidSatisfyingEvent && f.Message.Contains("Paused") && f.Message.Contains("response goal"));
        unknown.Should().Contain(f => f.Path == "ResponseSatisfiedBy[0]" && f.Code == PolicyErrorCodes.OutOfRange);
    }

    [Fact]
    public void A_step_clock_the_library_does_not_know_is_out_of_range()
    {
        OneTier().WithStepClock((StepClock)99).Validate().Should().ContainSingle()
            .Which.Should().Match<PolicyFinding>(f => f.Path == "StepClock" && f.Code == PolicyErrorCodes.OutOfRange);
    }

    [Fact]
    public void A_warning_threshold_outside_0_to_100_or_out_of_order_is_an_error_at_its_index_naming_the_values()
    {
        OneTier().WithWarningThresholds(50, 100).Validate().Should().ContainSingle()
            .Which.Should().Match<PolicyFinding>(f => f.Path == "WarningThresholds[1]" && f.Code == PolicyErrorCodes.InvalidWarningThreshold && f.Message.Contains("100"));

        // "in ascending order without repeats" (SlaPolicy.WarningThresholds: ascending; PolicyErrorCodes.InvalidWarningThreshold).
        OneTier().WithWarningThresholds(75, 50).Validate().Should().ContainSingle()
            .Which.Should().Match<PolicyFinding>(f => f.Path == "WarningThresholds[1]" && f.Code == PolicyErrorCodes.InvalidWarningThreshold && f.Message.Contains("50") && f.Message.Contains("75"));
        OneTier().WithWarningThresholds(50, 50).Validate().Should().ContainSingle()
            .Which.Should().Match<PolicyFinding>(f => f.Path == "WarningThresholds[1]" && f.Code == PolicyErrorCodes.InvalidWarningThreshold);
    }

    [Fact]
    public void A_clock_that_stops_during_maintenance_without_a_schedule_is_a_warning_and_one_that_does_not_is_nothing()
    {
        OneTier().WithMaintenance(null, clockStopsDuringMaintenance: true).Validate().Should().ContainSingle()
            .Which.Should().Match<PolicyFinding>(f => f.Path == "ClockStopsDuringMaintenance" && f.Code == PolicyErrorCodes.NoMaintenanceSchedule && f.IsWarning);
        OneTier().WithMaintenance(null, clockStopsDuringMaintenance: false).Validate().Should().BeEmpty();
    }

    // ---- Internal/ZoneResolver ----

    [Fact]
    public void The_zone_resolver_answers_a_time_just_before_a_change_with_the_offset_before_it_after_remembering_the_one_after()
    {
        // London: GMT until 2026-03-29 01:00 UTC, then BST (UTC+1) until 2026-10-25 01:00 UTC.
        var resolver = new Internal.ZoneResolver(London);

        resolver.ToInstant(new LocalDateTime(2026, 7, 1, 12, 0)).Should().Be(Instant.FromUtc(2026, 7, 1, 11, 0));
        resolver.ToInstant(new LocalDateTime(2026, 3, 29, 0, 30)).Should().Be(Instant.FromUtc(2026, 3, 29, 0, 30));
        resolver.ToInstant(new LocalDateTime(2026, 7, 2, 12, 0)).Should().Be(Instant.FromUtc(2026, 7, 2, 11, 0));
        resolver.ToInstant(new LocalDateTime(2026, 10, 25, 3, 0)).Should().Be(Instant.FromUtc(2026, 10, 25, 3, 0));
    }

    [Fact]
    public void Triage_rules_are_checked_against_each_policys_own_ranks_even_when_the_ranks_written_together_read_alike()
    {
        // The article's rules recommend ranks 1, 2 and 3 (README, triage). Ranks 1, 2, 3, 12 define them all; ranks
        // 1, 2, 312 lack 3 ("12312" either way when written without a separator). Both orders, each on fresh rules.
        static TriageRules FreshRules() => new(ZenputSla.TriageRules.Rules, ZenputSla.TriageRules.FallbackRank);
        static SlaPolicyBuilder WithRanks(TriageRules rules, params int[] ranks)
        {
            var builder = new SlaPolicyBuilder("Acme SLA").WithTriageRules(rules);
            foreach (var rank in ranks)
            {
                builder.AddTier(Tier(rank, $"Level{rank}", GoalTarget.Elapsed(Duration.FromHours(1))));
            }

            return builder;
        }

        foreach (var allFirst in new[] { true, false })
        {
            var rules = FreshRules();
            var all = () => WithRanks(rules, 1, 2, 3, 12).Validate();
            var lacking = () => WithRanks(rules, 1, 2, 312).Validate();

            IReadOnlyList<PolicyFinding> withAll, without3;
            if (allFirst)
            {
                withAll = all();
                without3 = lacking();
            }
            else
            {
                without3 = lacking();
                withAll = all();
            }

            withAll.Should().BeEmpty();
            without3.Should().NotBeEmpty().And.OnlyContain(f => f.Code == PolicyErrorCodes.UnknownTriageRank && f.Path.StartsWith("TriageRules.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_rank_or_name_used_twice_is_an_error_that_names_the_rank_or_name()
    {
        var findings = new SlaPolicyBuilder("Acme SLA")
            .AddTier(Tier(1, "Urgent", GoalTarget.Elapsed(Duration.FromHours(1))))
            .AddTier(Tier(1, "High", GoalTarget.Elapsed(Duration.FromHours(1))))
            .AddTier(Tier(3, "urgent", GoalTarget.Elapsed(Duration.FromHours(1))))
            .Validate();

        findings.Should().HaveCount(2);
        findings.Should().ContainSingle(f => f.Path == "Tiers[1].Severity.Rank" && f.Code == PolicyErrorCodes.DuplicateRank)
            .Which.Message.Should().Contain("1");
        findings.Should().ContainSingle(f => f.Path == "Tiers[2].Severity.Name" && f.Code == PolicyErrorCodes.DuplicateName)
            .Which.Message.Should().Contain("'urgent'");
    }

    [Fact]
    public void An_intersection_named_like_a_calendar_is_an_error_that_names_it()
    {
        var findings = OneTier()
            .AddCalendar(Office())
            .AddCalendar(Office("desk"))
            .AddCalendarIntersection("office", "office", "desk")
            .Validate();

        findings.Should().ContainSingle().Which.Should().Match<PolicyFinding>(f =>
            f.Path == "CalendarIntersections[0].Name" && f.Code == PolicyErrorCodes.DuplicateCalendarName && f.Message.Contains("'office'"));
    }

    [Fact]
    public void Each_intersection_problem_names_the_intersection_or_calendar_at_fault()
    {
        var findings = OneTier()
            .AddCalendar(Office())
            .AddCalendar(Office("desk"))
            .AddCalendarIntersection("alone", "office")
            .AddCalendarIntersection("twice", "office", "office")
            .AddCalendarIntersection("stray", "office", "nowhere")
            .Validate();

        findings.Should().HaveCount(3).And.OnlyContain(f => f.Code == PolicyErrorCodes.InvalidIntersection);
        findings.Should().ContainSingle(f => f.Path == "CalendarIntersections[0].CalendarNames").Which.Message.Should().Contain("'alone'");
        findings.Should().ContainSingle(f => f.Path == "CalendarIntersections[1].CalendarNames[1]").Which.Message.Should().Contain("'twice'").And.Contain("'office'");
        findings.Should().ContainSingle(f => f.Path == "CalendarIntersections[2].CalendarNames[1]").Which.Message.Should().Contain("'stray'").And.Contain("'nowhere'");
    }

    [Fact]
    public void A_response_goal_that_stops_during_maintenance_without_a_schedule_is_a_warning_about_maintenance()
    {
        var findings = new SlaPolicyBuilder("Acme SLA")
            .AddTier(Tier(1, "Urgent", GoalTarget.Elapsed(Duration.FromHours(1)) with { ClockStopsDuringMaintenance = true }))
            .Validate();

        findings.Should().ContainSingle().Which.Should().Match<PolicyFinding>(f =>
            f.Path == "Tiers[0].ResponseGoal.ClockStopsDuringMaintenance" && f.Code == PolicyErrorCodes.NoMaintenanceSchedule && f.IsWarning && f.Message.Contains("maintenance"));
    }

    [Fact]
    public void A_goal_carrying_another_calendar_of_a_policy_calendars_name_is_an_error_naming_it()
    {
        var other = new BusinessCalendar("office", London, [new WorkingWindow(IsoDayOfWeek.Tuesday, new LocalTime(9, 0), new LocalTime(17, 0))]);

        var findings = new SlaPolicyBuilder("Acme SLA")
            .AddCalendar(Office())
            .AddTier(Tier(1, "Urgent", GoalTarget.BusinessTime(Duration.FromHours(4), other)))
            .Validate();

        findings.Should().ContainSingle().Which.Should().Match<PolicyFinding>(f =>
            f.Path == "Tiers[0].ResponseGoal.Calendar" && f.Code == PolicyErrorCodes.ConflictingCalendar && f.Message.Contains("'office'"));
    }

    [Fact]
    public void A_goal_on_a_calendar_the_policy_lacks_lists_the_calendars_it_has()
    {
        var findings = new SlaPolicyBuilder("Acme SLA")
            .AddCalendar(Office())
            .AddCalendar(Office("desk"))
            .AddTier(Tier(1, "Urgent", GoalTarget.BusinessTime(Duration.FromHours(4), "home")))
            .Validate();

        findings.Should().ContainSingle().Which.Should().Match<PolicyFinding>(f =>
            f.Path == "Tiers[0].ResponseGoal.CalendarName" && f.Code == PolicyErrorCodes.UnknownCalendar && f.Message.Contains("'home'")
            && (f.Message.Contains("office, desk") || f.Message.Contains("desk, office")));
    }

    [Fact]
    public void Goals_compare_for_the_ordering_warning_only_on_the_same_clock()
    {
        // PolicyDraftValidator: "business time and business days each compare only with their own kind on the same calendar".
        static IReadOnlyList<PolicyFinding> Findings(GoalTarget moreSevere, GoalTarget lessSevere) =>
            new SlaPolicyBuilder("Acme SLA")
                .AddCalendar(Office())
                .AddCalendar(Office("desk"))
                .AddTier(Tier(1, "Urgent", moreSevere))
                .AddTier(Tier(2, "High", lessSevere))
                .Validate();

        Findings(GoalTarget.BusinessTime(Duration.FromHours(8), "office"), GoalTarget.BusinessTime(Duration.FromHours(1), "office"))
            .Should().ContainSingle(f => f.Code == PolicyErrorCodes.ShorterGoalForLessSevereLevel);
        Findings(GoalTarget.BusinessDays(3, "office"), GoalTarget.BusinessDays(1, "office"))
            .Should().ContainSingle(f => f.Code == PolicyErrorCodes.ShorterGoalForLessSevereLevel);
        Findings(GoalTarget.BusinessTime(Duration.FromHours(8), "office"), GoalTarget.BusinessTime(Duration.FromHours(1), "desk")).Should().BeEmpty();
        Findings(GoalTarget.BusinessDays(3, "office"), GoalTarget.BusinessDays(1, "desk")).Should().BeEmpty();
        Findings(GoalTarget.BusinessTime(Duration.FromHours(8), "office"), GoalTarget.Elapsed(Duration.FromHours(1))).Should().BeEmpty();
        Findings(GoalTarget.Elapsed(Duration.FromHours(8)), GoalTarget.BusinessDays(0, "office")).Should().BeEmpty();
        Findings(GoalTarget.BusinessTime(Duration.FromHours(80), "office"), GoalTarget.BusinessDays(1, "office")).Should().BeEmpty();
    }
}
