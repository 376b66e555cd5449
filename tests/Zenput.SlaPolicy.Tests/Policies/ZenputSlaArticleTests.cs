using System.Linq;
using NodaTime;

namespace Zenput.Sla.Tests.Policies;

/// <summary>One test per clause of the Zenput SLA article (shared/seed/zenput-sla-article.txt).</summary>
public sealed class ZenputSlaArticleTests
{
    private static readonly SlaPolicy Policy = ZenputSla.Default;

    private static SeverityTier Level(int rank) => Policy.GetTier(rank);

    private static ResolutionStepKind[] Steps(int rank) => [.. Level(rank).ResolutionProcess.Select(s => s.Kind)];

    [Fact]
    public void Summary_table_has_three_levels_Critical_Major_Minor_in_rank_order()
    {
        Policy.Tiers.Select(t => (t.Severity.Rank, t.Severity.Name))
            .Should().Equal((1, "Critical"), (2, "Major"), (3, "Minor"));
    }

    [Fact]
    public void Level_1_Critical_response_goal_is_2_hours()
    {
        Level(1).ResponseGoal.Should().Be(GoalTarget.Elapsed(Duration.FromHours(2)));
    }

    [Fact]
    public void Level_2_Major_response_goal_is_4_hours()
    {
        Level(2).ResponseGoal.Should().Be(GoalTarget.Elapsed(Duration.FromHours(4)));
    }

    [Fact]
    public void Level_3_Minor_response_goal_is_3_days()
    {
        Level(3).ResponseGoal.Should().Be(GoalTarget.CalendarDays(3));
    }

    [Fact]
    public void Level_1_definition_complete_service_or_core_component_failure_with_no_workaround()
    {
        Level(1).Severity.Definition.Should().Be("Complete service or core component failure with no workaround, major data loss, or business impact.");
    }

    [Fact]
    public void Level_2_definition_partial_service_degradation_with_minor_impact()
    {
        Level(2).Severity.Definition.Should().Be("Partial service degradation with minor impact; workaround may be possible.");
    }

    [Fact]
    public void Level_3_definition_minimal_impact_single_users_or_non_urgent_configurations()
    {
        Level(3).Severity.Definition.Should().Be("Minimal impact issues, often isolated to single users or non-urgent configurations.");
    }

    [Fact]
    public void Level_1_criteria_service_failure_core_component_failure_major_data_impact()
    {
        Level(1).Severity.Criteria.Should().HaveCount(3);
        Level(1).Severity.Criteria[0].Should().StartWith("Service Failure: Complete loss of functionality affecting all Zenput users in an account");
        Level(1).Severity.Criteria[1].Should().StartWith("Core Component Failure:").And.Contain("where no workaround exists");
        Level(1).Severity.Criteria[2].Should().StartWith("Major Data Impact:").And.Contain("severe business impact");
        Level(1).Severity.Examples.Should().Equal("App is entirely non-functional.");
    }

    [Fact]
    public void Level_2_criteria_substantial_performance_degradation_and_server_slowdown_under_5_percent()
    {
        Level(2).Severity.Criteria.Should().HaveCount(2);
        Level(2).Severity.Criteria[0].Should().StartWith("Substantial Performance Degradation:").And.Contain("with a possible workaround");
        Level(2).Severity.Criteria[1].Should().StartWith("Server Slowdown:").And.Contain("fewer than 5% of users");
        Level(2).Severity.Examples.Should().Equal("Form uploads are blocked.", "Tasks fail to send.");
    }

    [Fact]
    public void Level_3_criteria_minimal_service_impact_and_non_urgent_configuration()
    {
        Level(3).Severity.Criteria.Should().HaveCount(2);
        Level(3).Severity.Criteria[0].Should().StartWith("Minimal Service Impact:");
        Level(3).Severity.Criteria[1].Should().StartWith("Non-urgent Configuration Issues:").And.Contain("only administrators can resolve");
        Level(3).Severity.Examples.Should().Equal("Training-related issues.", "Customer device issues.", "Password resets.", "Problems isolated to a single user.");
    }

    [Fact]
    public void Level_1_resolution_process_ticket_assignment_updates_fix_and_user_notification()
    {
        Steps(1).Should().Equal(
            ResolutionStepKind.ProblemTicket,
            ResolutionStepKind.EngineerAssignment,
            ResolutionStepKind.PeriodicUpdates,
            ResolutionStepKind.FixInitiation,
            ResolutionStepKind.UserNotification);
    }

    [Fact]
    public void Level_2_resolution_process_ticket_assignment_updates_and_fix_without_user_notification()
    {
        Steps(2).Should().Equal(
            ResolutionStepKind.ProblemTicket,
            ResolutionStepKind.EngineerAssignment,
            ResolutionStepKind.PeriodicUpdates,
            ResolutionStepKind.FixInitiation);
    }

    [Fact]
    public void Level_3_resolution_process_commercially_reasonable_effort_for_next_major_release()
    {
        var step = Level(3).ResolutionProcess.Should().ContainSingle().Subject;
        step.Kind.Should().Be(ResolutionStepKind.NextReleaseEffort);
        step.Deadline.Kind.Should().Be(StepDeadlineKind.BestEffort);
        step.SatisfiedBy.Should().Equal(TicketEventKind.ReleasedInMajorVersion);
        step.Description.Should().Contain("commercially reasonable efforts").And.Contain("next major service release");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Problem_ticket_is_created_immediately_assumed_within_15_minutes_of_notification(int rank)
    {
        var step = Level(rank).FindStep(ResolutionStepKind.ProblemTicket)!;
        step.Deadline.Should().Be(StepDeadline.Within(Duration.FromMinutes(15), TicketEventKind.Reported));
        step.SatisfiedBy.Should().Equal(TicketEventKind.TicketCreated);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Engineer_is_assigned_by_the_response_goal(int rank)
    {
        var step = Level(rank).FindStep(ResolutionStepKind.EngineerAssignment)!;
        step.Deadline.Kind.Should().Be(StepDeadlineKind.WithResponseGoal);
        step.SatisfiedBy.Should().Equal(TicketEventKind.EngineerAssigned);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    public void Periodic_updates_cadence_equals_the_levels_response_goal(int rank, int hours)
    {
        Level(rank).UpdateCadence.Should().Be(Duration.FromHours(hours));
        Level(rank).FindStep(ResolutionStepKind.PeriodicUpdates)!.SatisfiedBy.Should().Equal(TicketEventKind.StatusUpdate);
    }

    [Fact]
    public void Level_3_owes_no_periodic_updates()
    {
        Level(3).UpdateCadence.Should().BeNull();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Initiation_of_fix_begins_promptly_assumed_by_the_response_goal(int rank)
    {
        var step = Level(rank).FindStep(ResolutionStepKind.FixInitiation)!;
        step.Deadline.Kind.Should().Be(StepDeadlineKind.WithResponseGoal);
        step.SatisfiedBy.Should().Equal(TicketEventKind.FixStarted);
    }

    [Fact]
    public void Level_1_users_are_informed_once_the_fix_is_applied()
    {
        var step = Level(1).FindStep(ResolutionStepKind.UserNotification)!;
        step.Deadline.Should().Be(StepDeadline.After(TicketEventKind.FixApplied));
        step.SatisfiedBy.Should().Equal(TicketEventKind.UsersNotified);
    }

    [Fact]
    public void Response_goal_is_met_by_the_first_of_engineer_assignment_or_first_response()
    {
        Policy.ResponseSatisfiedBy.Should().BeEquivalentTo([TicketEventKind.EngineerAssigned, TicketEventKind.FirstResponse]);
    }

    [Fact]
    public void Maintenance_is_scheduled_weekly_on_Tuesdays_at_9_pm_Pacific_for_an_assumed_2_hours()
    {
        var rule = Policy.Maintenance!.Recurrences.Should().ContainSingle().Subject;
        Policy.Maintenance.Zone.Id.Should().Be("America/Los_Angeles");
        rule.Pattern.Should().Be(Zenput.Sla.Maintenance.RecurrencePattern.Weekly);
        rule.DayOfWeek.Should().Be(IsoDayOfWeek.Tuesday);
        rule.StartTime.Should().Be(new LocalTime(21, 0));
        rule.Length.Should().Be(Duration.FromHours(2));
    }

    [Fact]
    public void Sla_clock_does_not_stop_during_maintenance_because_the_article_states_no_exclusion()
    {
        Policy.ClockStopsDuringMaintenance.Should().BeFalse();
    }

    [Fact]
    public void Support_zone_is_Pacific_time()
    {
        Policy.SupportZone.Id.Should().Be("America/Los_Angeles");
    }

    [Fact]
    public void Every_assumption_from_the_design_notes_is_stated_on_the_policy()
    {
        Policy.Assumptions.Should().HaveCount(7);
        Policy.Assumptions.Should().Contain(a => a.Contains("lasts 2 hours"));
        Policy.Assumptions.Should().Contain(a => a.Contains("does not stop during scheduled maintenance"));
        Policy.Assumptions.Should().Contain(a => a.Contains("3 calendar days"));
        Policy.Assumptions.Should().Contain(a => a.Contains("cadence equal to the level's response goal"));
        Policy.Assumptions.Should().Contain(a => a.Contains("within 15 minutes of notification"));
        Policy.Assumptions.Should().Contain(a => a.Contains("first of engineer assignment or first response"));
    }

    [Fact]
    public void Built_in_policy_passes_its_own_validator_without_errors_or_warnings()
    {
        SlaPolicyBuilder.From(Policy).Validate().Should().BeEmpty();
    }

    [Theory]
    [InlineData("critical", 1)]
    [InlineData("CRITICAL", 1)]
    [InlineData("Major", 2)]
    [InlineData(" minor ", 3)]
    [InlineData("1", 1)]
    [InlineData("3", 3)]
    public void Severity_is_found_by_name_in_any_case_or_by_rank(string text, int rank)
    {
        Policy.GetTier(text).Severity.Rank.Should().Be(rank);
    }

    [Theory]
    [InlineData("blocker")]
    [InlineData("4")]
    [InlineData("")]
    public void Unknown_severity_is_a_clear_error_listing_the_known_ones(string text)
    {
        var act = () => Policy.GetTier(text);
        act.Should().Throw<System.ArgumentException>().WithMessage("*Unknown severity*critical (1), major (2), minor (3)*");
    }

    [Fact]
    public void Unknown_severity_of_a_policy_of_thousands_lists_the_first_twenty_and_counts_the_rest()
    {
        // Listing all 3,000 made the message of every failed line of a batch about 50 KB (found in session 17's review).
        var policy = Reports.ManySeverities.Policy(3_000);

        var act = () => policy.GetTier("blocker");

        act.Should().Throw<System.ArgumentException>().Which.Message.Should().StartWith(
            "Unknown severity 'blocker'; expected one of level1 (1), level2 (2), level3 (3), level4 (4), level5 (5), level6 (6), level7 (7), "
            + "level8 (8), level9 (9), level10 (10), level11 (11), level12 (12), level13 (13), level14 (14), level15 (15), level16 (16), "
            + "level17 (17), level18 (18), level19 (19), level20 (20) and 2,980 more.");
    }
}
