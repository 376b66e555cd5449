using System;
using NodaTime;
using Zenput.Sla.Testing;

namespace Zenput.Sla.Tests.Testing;

public sealed class SlaPolicyAssertionsTests
{
    private static readonly SlaPolicy Policy = ZenputSla.Default;

    [Fact]
    public void HaveResponseGoal_passes_for_the_articles_goals()
    {
        Policy.Should().HaveResponseGoal("critical", Duration.FromHours(2))
            .And.HaveResponseGoal("2", Duration.FromHours(4))
            .And.HaveResponseGoal("Minor", GoalTarget.CalendarDays(3));
    }

    [Fact]
    public void HaveResponseGoal_failure_names_the_policy_the_level_and_both_goals()
    {
        Failure.Of(() => Policy.Should().HaveResponseGoal("critical", Duration.FromHours(3), "the contract says {0} hours", 3))
            .Should().Be("Expected the policy \"Zenput Support SLA\" to have Level 1 - Critical respond within 3 hours (elapsed) because the contract says 3 hours, but its response goal is 2 hours (elapsed).");
    }

    [Fact]
    public void Three_calendar_days_are_not_72_hours_of_elapsed_time()
    {
        Failure.Of(() => Policy.Should().HaveResponseGoal("minor", Duration.FromHours(72)))
            .Should().Be("Expected the policy \"Zenput Support SLA\" to have Level 3 - Minor respond within 3 days (elapsed), but its response goal is 3 calendar days.");
    }

    [Fact]
    public void An_unknown_severity_fails_listing_the_policys_levels()
    {
        Failure.Of(() => Policy.Should().HaveResponseGoal("blocker", Duration.FromHours(1)))
            .Should().Be("Expected the policy \"Zenput Support SLA\" to have the severity 'blocker', but its severities are Level 1 - Critical, Level 2 - Major, Level 3 - Minor.");
    }

    [Fact]
    public void HaveSeverity_gives_the_tier_for_further_assertions()
    {
        Policy.Should().HaveSeverity("1").Which.Severity.Should().Be(ZenputSla.Critical);
    }

    [Fact]
    public void HaveUpdateCadence_passes_for_levels_with_updates_and_fails_for_one_without()
    {
        Policy.Should().HaveUpdateCadence("critical", Duration.FromHours(2)).And.HaveUpdateCadence("major", Duration.FromHours(4));

        Failure.Of(() => Policy.Should().HaveUpdateCadence("minor", Duration.FromHours(8)))
            .Should().Be("Expected the policy \"Zenput Support SLA\" to have Level 3 - Minor give updates every 8 hours, but its cadence is none (it has no periodic updates).");
    }

    [Fact]
    public void HaveResolutionStep_fails_listing_the_steps_the_level_has()
    {
        Policy.Should().HaveResolutionStep("critical", ResolutionStepKind.UserNotification).Which.Deadline.Kind.Should().Be(StepDeadlineKind.AfterEvent);

        Failure.Of(() => Policy.Should().HaveResolutionStep("major", ResolutionStepKind.UserNotification))
            .Should().Be("Expected the policy \"Zenput Support SLA\" to have a UserNotification step for Level 2 - Major, but its steps are ProblemTicket, EngineerAssignment, PeriodicUpdates, FixInitiation.");
    }

    [Fact]
    public void HaveResponseDue_failure_names_the_ticket_the_goal_and_the_instants_in_UTC_and_Pacific_time()
    {
        var reportedAt = Instant.FromUtc(2026, 11, 25, 5, 30);

        Policy.Should().HaveResponseDue("critical", reportedAt, Instant.FromUtc(2026, 11, 25, 7, 30));
        Failure.Of(() => Policy.Should().HaveResponseDue("critical", reportedAt, Instant.FromUtc(2026, 11, 25, 8, 0)))
            .Should().Be("Expected the Level 1 - Critical ticket reported 2026-11-25T05:30:00Z (Tue 2026-11-24 21:30 PST) to have its response (within 2 hours) due at 2026-11-25T08:00:00Z (Wed 2026-11-25 00:00 PST), but it is due at 2026-11-25T07:30:00Z (Tue 2026-11-24 23:30 PST), 30 minutes earlier.");
    }

    [Fact]
    public void HaveResponseDue_failure_gives_instants_with_a_fraction_of_a_second_exactly_on_both_clocks()
    {
        // Reported 05:30:00.25Z (21:30:00.25 PST), due 2 hours later, 07:30:00.25Z: expecting 07:30:00Z is 0.25 s early.
        // The message cut both to the second, "due at 2026-11-25T07:30:00Z ..., but it is due at 2026-11-25T07:30:00Z".
        var reportedAt = Instant.FromUtc(2026, 11, 25, 5, 30) + Duration.FromMilliseconds(250);

        Failure.Of(() => Policy.Should().HaveResponseDue("critical", reportedAt, Instant.FromUtc(2026, 11, 25, 7, 30)))
            .Should().Be("Expected the Level 1 - Critical ticket reported 2026-11-25T05:30:00.25Z (Tue 2026-11-24 21:30:00.25 PST) to have its response (within 2 hours) due at 2026-11-25T07:30:00Z (Tue 2026-11-24 23:30 PST), but it is due at 2026-11-25T07:30:00.25Z (Tue 2026-11-24 23:30:00.25 PST), 250000000 ns later.");
    }

    [Fact]
    public void HaveResponseDue_with_wall_clock_times_counts_three_calendar_days_across_the_end_of_DST()
    {
        // Friday noon PDT to Monday noon PST is 73 hours: the clocks go back on Sunday 1 November 2026.
        Policy.Should().HaveResponseDue("minor", new LocalDateTime(2026, 10, 30, 12, 0), new LocalDateTime(2026, 11, 2, 12, 0));

        Failure.Of(() => Policy.Should().HaveResponseDue("minor", new LocalDateTime(2026, 10, 30, 12, 0), new LocalDateTime(2026, 11, 2, 11, 0)))
            .Should().EndWith("but it is due at 2026-11-02T20:00:00Z (Mon 2026-11-02 12:00 PST), 1 hour later.");
    }

    [Fact]
    public void StopTheClockDuringMaintenance_fails_for_the_articles_policy()
    {
        Failure.Of(() => Policy.Should().StopTheClockDuringMaintenance())
            .Should().Be("Expected the policy \"Zenput Support SLA\" to stop the SLA clock during maintenance, but the clock keeps running through maintenance.");
        SlaPolicyBuilder.From(Policy).WithMaintenance(ZenputSla.MaintenanceSchedule, clockStopsDuringMaintenance: true).Build()
            .Should().StopTheClockDuringMaintenance();
    }

    [Fact]
    public void Failures_inside_an_assertion_scope_are_all_reported_together()
    {
        var message = Failure.Of(() =>
        {
            using var scope = new FluentAssertions.Execution.AssertionScope();
            Policy.Should().HaveResponseGoal("critical", Duration.FromHours(1)).And.HaveResponseGoal("major", Duration.FromHours(1));
        });

        message.Should().Contain("Level 1 - Critical respond within 1 hour").And.Contain("Level 2 - Major respond within 1 hour");
    }

    [Fact]
    public void A_null_policy_fails_instead_of_throwing_a_null_reference()
    {
        SlaPolicy? policy = null;

        Failure.Of(() => policy!.Should().HaveResponseGoal("critical", Duration.FromHours(2)))
            .Should().Be("Expected a policy to have the severity \"critical\", but found <null>.");
    }
}
