using System;
using System.Linq;
using NodaTime;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Testing;

namespace Zenput.Sla.Tests.Testing;

public sealed class TicketEvaluationAssertionsTests
{
    private static readonly Instant ReportedAt = Instant.FromUtc(2026, 11, 25, 5, 30);

    // Critical, reported 05:30Z; ticket at 05:40, engineer at 06:00; nothing else by 10:00Z:
    // updates were owed at 07:30Z and 09:30Z, and the fix was to start by 07:30Z.
    private static readonly TicketEvaluation Evaluation = new TicketEvaluator(ZenputSla.Default).Evaluate(
        new TicketTimeline(
            ReportedAt,
            "critical",
            new TicketEvent(TicketEventKind.TicketCreated, ReportedAt + Duration.FromMinutes(10)),
            new TicketEvent(TicketEventKind.EngineerAssigned, ReportedAt + Duration.FromMinutes(30))) { Id = "T-9" },
        Instant.FromUtc(2026, 11, 25, 10, 0));

    private const string Where =
        "; response met (due 2026-11-25T07:30:00Z, met at 2026-11-25T06:00:00Z), "
        + "ProblemTicket met (due 2026-11-25T05:45:00Z, met at 2026-11-25T05:40:00Z), "
        + "EngineerAssignment met (due 2026-11-25T07:30:00Z, met at 2026-11-25T06:00:00Z), "
        + "PeriodicUpdates breached (due 2026-11-25T11:30:00Z, not met), "
        + "FixInitiation breached (due 2026-11-25T07:30:00Z, not met), "
        + "UserNotification pending (no deadline yet, not met), "
        + "periodic updates breached (2 missed, next due 2026-11-25T11:30:00Z).";

    [Fact]
    public void The_assertions_pass_on_what_the_evaluation_says()
    {
        Evaluation.Should().BeBreached()
            .And.HaveBreached(ResolutionStepKind.FixInitiation)
            .And.HaveMet(ResolutionStepKind.ProblemTicket)
            .And.HaveMissedUpdates(2)
            .And.HaveResponseDueAt(Instant.FromUtc(2026, 11, 25, 7, 30));
    }

    [Fact]
    public void BeMet_failure_names_the_ticket_says_where_everything_stands_and_ends_with_the_audit_trail()
    {
        var message = Failure.Of(() => Evaluation.Should().BeMet());

        message.Should().StartWith(
            "Expected the Level 1 - Critical ticket T-9 reported 2026-11-25T05:30:00Z to be met as of 2026-11-25T10:00:00Z, but it is breached"
            + Where + Environment.NewLine + "Audit trail:" + Environment.NewLine + "  ");
        message.Should().ContainAll(Evaluation.Audit.Lines.Select(l => Environment.NewLine + "  " + l));
    }

    [Fact]
    public void BePending_fails_for_a_breached_ticket()
    {
        Failure.Of(() => Evaluation.Should().BePending()).Should().StartWith("Expected the Level 1 - Critical ticket T-9 reported 2026-11-25T05:30:00Z to be pending as of 2026-11-25T10:00:00Z, but it is breached; ");
    }

    [Fact]
    public void HaveMissedUpdates_failure_lists_the_missed_deadlines()
    {
        Failure.Of(() => Evaluation.Should().HaveMissedUpdates(1)).Should().StartWith(
            "Expected the Level 1 - Critical ticket T-9 reported 2026-11-25T05:30:00Z to have missed 1 periodic update as of 2026-11-25T10:00:00Z, "
            + "but it missed 2 updates (deadlines 2026-11-25T07:30:00Z, 2026-11-25T09:30:00Z)" + Where);
    }

    [Fact]
    public void HaveBreached_failure_says_when_the_step_was_met()
    {
        Failure.Of(() => Evaluation.Should().HaveBreached(ResolutionStepKind.EngineerAssignment)).Should().StartWith(
            "Expected the Level 1 - Critical ticket T-9 reported 2026-11-25T05:30:00Z to have breached its EngineerAssignment step as of 2026-11-25T10:00:00Z, "
            + "but it is met (due 2026-11-25T07:30:00Z, met at 2026-11-25T06:00:00Z)" + Where);
    }

    [Fact]
    public void A_step_the_level_does_not_have_fails_naming_the_level()
    {
        Failure.Of(() => Evaluation.Should().HaveMet(ResolutionStepKind.NextReleaseEffort)).Should().StartWith(
            "Expected the Level 1 - Critical ticket T-9 reported 2026-11-25T05:30:00Z to have met its NextReleaseEffort step as of 2026-11-25T10:00:00Z, but Level 1 - Critical has no NextReleaseEffort step;");
    }

    [Fact]
    public void A_best_effort_step_is_never_breached_nor_met()
    {
        var minor = new TicketEvaluator(ZenputSla.Default).Evaluate(new TicketTimeline(ReportedAt, "minor"), ReportedAt + Duration.FromDays(30));

        Failure.Of(() => minor.Should().HaveBreached(ResolutionStepKind.NextReleaseEffort)).Should().Contain("but it is best effort, never breached;");
    }

    [Fact]
    public void Failure_messages_give_instants_with_a_fraction_of_a_second_exactly()
    {
        // Critical, reported 05:30:00.5Z, nothing done, evaluated at 10:00:00.000000001Z: the response (2 h) was due
        // 07:30:00.5Z and the ticket (15 min) 05:45:00.5Z, both breached. The messages cut every instant to the second
        // ("as of 2026-11-25T10:00:00Z"), so two different instants read the same.
        var reported = ReportedAt + Duration.FromMilliseconds(500);
        var evaluation = new TicketEvaluator(ZenputSla.Default).Evaluate(new TicketTimeline(reported, "critical"), Instant.FromUtc(2026, 11, 25, 10, 0) + Duration.FromNanoseconds(1));

        Failure.Of(() => evaluation.Should().BeMet()).Should().StartWith(
            "Expected the Level 1 - Critical ticket reported 2026-11-25T05:30:00.5Z to be met as of 2026-11-25T10:00:00.000000001Z, but it is breached; "
            + "response breached (due 2026-11-25T07:30:00.5Z, not met), ProblemTicket breached (due 2026-11-25T05:45:00.5Z, not met), ");
    }

    [Fact]
    public void HaveCrossedWarning_failure_gives_the_share_used()
    {
        // The response was met after 30 minutes of 2 hours: a quarter of the goal, under every threshold.
        Failure.Of(() => Evaluation.Should().HaveCrossedWarning(50)).Should().StartWith(
            "Expected the Level 1 - Critical ticket T-9 reported 2026-11-25T05:30:00Z to have crossed the 50 % warning as of 2026-11-25T10:00:00Z, but 25 % of the response goal is used; warnings crossed: none;");

        var late = new TicketEvaluator(ZenputSla.Default).Evaluate(new TicketTimeline(ReportedAt, "critical"), ReportedAt + Duration.FromMinutes(100));
        late.Should().HaveCrossedWarning(75).Which.CrossedAt.Should().Be(ReportedAt + Duration.FromMinutes(90));
    }

    [Fact]
    public void HaveCrossedWarning_failure_states_the_threshold_as_given_and_the_share_rounded_down()
    {
        // A 99.99 % threshold, 1 h 59 min 57 s of 2 h used (99.958 %): the message said "the 100 % warning" and
        // "100 % of the response goal is used", which read as crossed.
        var policy = SlaPolicyBuilder.From(ZenputSla.Default).WithWarningThresholds(50, 99.99).Build();
        var evaluation = new TicketEvaluator(policy).Evaluate(new TicketTimeline(ReportedAt, "critical"), ReportedAt + Duration.FromSeconds(7_197));

        Failure.Of(() => evaluation.Should().HaveCrossedWarning(99.99)).Should().Contain(
            "to have crossed the 99.99 % warning as of 2026-11-25T07:29:57Z, but 99.9 % of the response goal is used; warnings crossed: 50 % at 2026-11-25T06:30:00Z");
    }

    [Fact]
    public void HaveCrossedWarning_failure_rounds_a_share_a_hair_below_a_round_figure_down()
    {
        // A 99.99999999 % threshold of 2 h is reached at 7,199.99999928 s; 1 µs before 2 h (7,199.999999 s) it is not
        // crossed, and the share used, 99.99999998… %, rounded down to 0.1 % is "99.9 %" (the message said "100 %").
        var policy = SlaPolicyBuilder.From(ZenputSla.Default).WithWarningThresholds(50, 99.99999999).Build();
        var evaluation = new TicketEvaluator(policy).Evaluate(new TicketTimeline(ReportedAt, "critical"), ReportedAt + Duration.FromHours(2) - Duration.FromNanoseconds(1_000));

        Failure.Of(() => evaluation.Should().HaveCrossedWarning(99.99999999)).Should()
            .Contain("to have crossed the 99.99999999 % warning as of 2026-11-25T07:29:59.999999Z").And
            .Contain(", but 99.9 % of the response goal is used; warnings crossed: 50 % at 2026-11-25T06:30:00Z");
    }
}
