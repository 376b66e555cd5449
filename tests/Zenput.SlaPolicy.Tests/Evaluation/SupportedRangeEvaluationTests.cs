using System;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>
/// README, rule 12 ("Termination") and rule E11 of ticket evaluation: a figure of the evaluation (the response goal's due
/// instant, the reported severity's, a step's deadline, the next periodic update) that would be due after the last
/// instant the SLA clock supports, 9999-12-24T23:59:59.999999999Z, refuses the evaluation with
/// <see cref="SlaClockFailure.BeyondRepresentableRange"/>, and the message names that figure, the rule it follows and the
/// instant it counts from. Expected texts are written from the rule's words, the instants worked out by hand.
/// </summary>
public sealed class SupportedRangeEvaluationTests
{
    private const string Last = "9999-12-24T23:59:59.999999999Z";

    /// <summary>Critical with a 30-minute response goal, a ticket within 15 minutes, fix initiation within 2 hours of engineer assignment, and no periodic updates.</summary>
    private static readonly TicketEvaluator StepAfterAssignment = new(SlaPolicyBuilder.From(ZenputSla.Default)
        .ReplaceTier(new SeverityTier(ZenputSla.Critical, GoalTarget.Elapsed(Duration.FromMinutes(30)),
        [
            new ResolutionStep(ResolutionStepKind.ProblemTicket, "Ticket within 15 minutes.", [TicketEventKind.TicketCreated], StepDeadline.Within(Duration.FromMinutes(15))),
            new ResolutionStep(ResolutionStepKind.FixInitiation, "Fix within 2 hours of assignment.", [TicketEventKind.FixStarted], StepDeadline.Within(Duration.FromHours(2), TicketEventKind.EngineerAssigned)),
        ]))
        .Build());

    /// <summary>Critical with a 30-minute response goal, a ticket within 15 minutes and an update every minute from the report.</summary>
    private static readonly TicketEvaluator EveryMinute = new(SlaPolicyBuilder.From(ZenputSla.Default)
        .ReplaceTier(new SeverityTier(ZenputSla.Critical, GoalTarget.Elapsed(Duration.FromMinutes(30)),
        [
            new ResolutionStep(ResolutionStepKind.ProblemTicket, "Ticket within 15 minutes.", [TicketEventKind.TicketCreated], StepDeadline.Within(Duration.FromMinutes(15))),
            new ResolutionStep(ResolutionStepKind.PeriodicUpdates, "An update every minute.", [TicketEventKind.StatusUpdate], StepDeadline.Every(Duration.FromMinutes(1))),
        ]))
        .Build());

    private static SlaClockException Refusal(TicketEvaluator evaluator, TicketTimeline ticket, Instant now)
    {
        var act = () => evaluator.Evaluate(ticket, now);
        var failure = act.Should().Throw<SlaClockException>().Which;
        failure.Failure.Should().Be(SlaClockFailure.BeyondRepresentableRange);
        failure.CalendarName.Should().BeNull("every figure here counts on the 24×7 clock");

        // The stream and the Try form say the same, for the same ticket.
        var streamed = evaluator.EvaluateAll([ticket], now).Single();
        streamed.IsEvaluated.Should().BeFalse();
        streamed.ClockFailure!.Message.Should().Be(failure.Message);
        var tryAct = () => evaluator.TryEvaluate(ticket, now, out _, out _);
        tryAct.Should().Throw<SlaClockException>().WithMessage(failure.Message);
        return failure;
    }

    [Fact]
    public void The_next_periodic_update_past_the_last_supported_instant_is_named_with_its_cadence_and_the_deadline_it_follows()
    {
        // Critical, updates every 2 hours from the report at 9999-12-20T10:00Z: 10:00 + 2 h × 54 = 9999-12-24T22:00Z is
        // missed by 23:00, and the next, 9999-12-25T00:00Z, is after the last supported instant.
        var ticket = Ticket("critical", Utc(9999, 12, 20, 10));

        Refusal(Evaluator, ticket, Utc(9999, 12, 24, 23)).Message.Should().Be(
            "The next periodic update (every 2 hours until the fix is applied or the ticket is resolved, counted on the 24×7 clock from 9999-12-24T22:00:00Z) would be due after "
            + Last + ", the last instant the SLA clock supports, so the ticket cannot be evaluated.");

        // Before that deadline has passed, the next update is due at it: the ticket is evaluated.
        Evaluator.Evaluate(ticket, Utc(9999, 12, 24, 21, 59)).PeriodicUpdates!.NextDueAt.Should().Be(Utc(9999, 12, 24, 22));
    }

    [Fact]
    public void The_next_update_past_the_range_after_more_misses_than_are_listed_is_named_too_not_the_count_of_the_unlisted_ones()
    {
        // An update every minute from 9999-12-24T00:00Z: by 23:59:30 the deadlines 00:01 to 23:59 (1,439) are missed, more
        // than the 1,000 listed, and the next, 9999-12-25T00:00Z, is past the range. (The count of the unlisted ones looked
        // one deadline further, as a goal of 1,439 minutes from 00:01, and failed with the engine's own wording.)
        var ticket = Ticket("critical", Utc(9999, 12, 24, 0));

        Refusal(EveryMinute, ticket, Instant.FromUtc(9999, 12, 24, 23, 59, 30)).Message.Should().Be(
            "The next periodic update (every 1 minute until the fix is applied or the ticket is resolved, counted on the 24×7 clock from 9999-12-24T23:59:00Z) would be due after "
            + Last + ", the last instant the SLA clock supports, so the ticket cannot be evaluated.");

        // A minute earlier the deadlines 00:01 to 23:58 (1,438) are missed and the next is 23:59.
        var updates = EveryMinute.Evaluate(ticket, Instant.FromUtc(9999, 12, 24, 23, 58, 30)).PeriodicUpdates!;
        updates.Missed.Should().Be(1438);
        updates.NextDueAt.Should().Be(Utc(9999, 12, 24, 23, 59));
    }

    [Fact]
    public void A_response_goal_past_the_last_supported_instant_is_named_with_the_severity_and_the_report()
    {
        // Major, 4 hours from 9999-12-24T21:00Z: 9999-12-25T01:00Z.
        Refusal(Evaluator, Ticket("major", Utc(9999, 12, 24, 21)), Utc(9999, 12, 24, 22)).Message.Should().Be(
            "The response goal (Level 2 - Major: respond within 4 hours, counted on the 24×7 clock from the report at 9999-12-24T21:00:00Z) would be due after "
            + Last + ", the last instant the SLA clock supports, so the ticket cannot be evaluated.");

        // Minor, 3 calendar days in Los Angeles from 9999-12-21T16:00 PST: 9999-12-24T16:00 PST = 9999-12-25T00:00Z.
        Refusal(Evaluator, Ticket("minor", Utc(9999, 12, 22, 0)), Utc(9999, 12, 22, 1)).Message.Should().Be(
            "The response goal (Level 3 - Minor: respond within 3 calendar days, counted on the 24×7 clock from the report at 9999-12-22T00:00:00Z) would be due after "
            + Last + ", the last instant the SLA clock supports, so the ticket cannot be evaluated.");

        // A day earlier the 3 days end on 9999-12-24T00:00Z.
        Evaluator.Evaluate(Ticket("minor", Utc(9999, 12, 21, 0)), Utc(9999, 12, 22, 1)).Response.DueAt.Should().Be(Utc(9999, 12, 24, 0));
    }

    [Fact]
    public void The_response_goal_of_the_severity_reported_with_past_the_range_is_named_as_the_original_one()
    {
        // Reported Minor at 9999-12-22T00:00Z (3 calendar days: past the range), Critical from 00:30 (2 hours: 02:00Z).
        // The result keeps the original due instant (rule 8), which cannot be stated.
        var ticket = Ticket("minor", Utc(9999, 12, 22, 0), TicketEvent.SeverityChanged(Utc(9999, 12, 22, 0, 30), "critical"));

        Refusal(Evaluator, ticket, Utc(9999, 12, 22, 1)).Message.Should().Be(
            "The original response goal (the severity reported with, Level 3 - Minor: respond within 3 calendar days, counted on the 24×7 clock from the report at 9999-12-22T00:00:00Z) would be due after "
            + Last + ", the last instant the SLA clock supports, so the ticket cannot be evaluated.");
    }

    [Fact]
    public void A_step_deadline_past_the_last_supported_instant_is_named_with_its_rule_and_its_anchor()
    {
        // Reported at 9999-12-24T22:00Z (response due 22:30Z), engineer assigned at 22:10Z: fixing must start within 2
        // hours of it, by 9999-12-25T00:10Z, after the last supported instant.
        var ticket = Ticket("critical", Utc(9999, 12, 24, 22), E(TicketEventKind.EngineerAssigned, Utc(9999, 12, 24, 22, 10)));

        Refusal(StepAfterAssignment, ticket, Utc(9999, 12, 24, 22, 20)).Message.Should().Be(
            "The deadline of the FixInitiation step (within 2 hours of engineer assignment, counted on the 24×7 clock from 9999-12-24T22:10:00Z) would be due after "
            + Last + ", the last instant the SLA clock supports, so the ticket cannot be evaluated.");

        // Before the assignment the step is not owed and has no deadline: the ticket is evaluated.
        var before = StepAfterAssignment.Evaluate(ticket, Utc(9999, 12, 24, 22, 5));
        before.Steps[1].DueAt.Should().BeNull();
        before.Response.DueAt.Should().Be(Utc(9999, 12, 24, 22, 30));
    }

    [Fact]
    public void A_severity_held_for_a_while_whose_goal_ends_past_the_range_is_told_in_the_audit_trail_which_does_not_fail()
    {
        // Critical at 9999-12-22T00:00Z, Minor from 00:30Z, Critical again from 00:40Z. The figures are Critical's (rule 8):
        // response due 02:00Z. Minor's 3 calendar days, no figure of the result, would end at 9999-12-25T00:00Z; its
        // line in the trail says so. (The trail threw SlaClockException for an evaluation that had succeeded.)
        var ticket = Ticket(
            "critical",
            Utc(9999, 12, 22, 0),
            TicketEvent.SeverityChanged(Utc(9999, 12, 22, 0, 30), "minor"),
            TicketEvent.SeverityChanged(Utc(9999, 12, 22, 0, 40), "critical"));

        var evaluation = Evaluator.Evaluate(ticket, Utc(9999, 12, 22, 1));

        evaluation.Response.DueAt.Should().Be(Utc(9999, 12, 22, 2));
        var toMinor = evaluation.Audit.Single(e => e.At == Utc(9999, 12, 22, 0, 30));
        toMinor.Description.Should().Be(
            "severity changed: from Level 1 - Critical to Level 3 - Minor: goals recomputed from the report; response now due after "
            + Last + ", the last instant the SLA clock supports (originally 9999-12-22T02:00:00Z (9999-12-21 18:00 PST) as Level 1 - Critical), respond within 3 calendar days");
        var back = evaluation.Audit.Single(e => e.At == Utc(9999, 12, 22, 0, 40));
        back.Description.Should().Contain("response now due 9999-12-22T02:00:00Z (9999-12-21 18:00 PST)");
    }

    [Fact]
    public void The_clocks_own_message_writes_the_goal_and_the_last_instant_as_the_rest_of_the_product()
    {
        // SlaClock.DueAt: Major's 4 hours from 9999-12-24T21:00Z end at 9999-12-25T01:00Z.
        var act = () => new SlaClock(ZenputSla.Default).DueAt(Utc(9999, 12, 24, 21), GoalTarget.Elapsed(Duration.FromHours(4)));

        act.Should().Throw<SlaClockException>().WithMessage(
            "A goal of 4 hours counted on the 24×7 clock from 9999-12-24T21:00:00Z would end after " + Last + ", the last instant the SLA clock supports.");
    }

    [Fact(Timeout = 120_000)]
    public async Task An_update_cadence_under_a_second_that_skipped_validation_fails_at_once_instead_of_counting_for_ever()
    {
        // Validation refuses cadences under a second; a policy built without it (the internal route the built-in policy
        // takes) with updates every nanosecond, on a ticket open from 1700-01-01 to 2026-01-01: 119,069 days (326 years, 79
        // of them leap), 1.0288e19 ns, so ~1.03e19 deadlines missed, more than a long holds. The bulk count overflowed and
        // its stepping loop never ended; now it stops with an internal error that says why.
        var policy = SlaPolicyBuilder.From(ZenputSla.Default)
            .ReplaceTier(new SeverityTier(ZenputSla.Critical, GoalTarget.Elapsed(Duration.FromHours(2)),
            [
                new ResolutionStep(ResolutionStepKind.ProblemTicket, "Ticket within 15 minutes.", [TicketEventKind.TicketCreated], StepDeadline.Within(Duration.FromMinutes(15))),
                new ResolutionStep(ResolutionStepKind.PeriodicUpdates, "An update every nanosecond.", [TicketEventKind.StatusUpdate], StepDeadline.Every(Duration.FromNanoseconds(1))),
            ]))
            .BuildProvenValid();
        var evaluator = new TicketEvaluator(policy);

        var act = () => evaluator.Evaluate(Ticket("critical", Utc(1700, 1, 1, 0)), Utc(2026, 1, 1, 0));

        (await Task.Run(() => act.Should().Throw<InvalidOperationException>(), TestContext.Current.CancellationToken)).WithMessage(
            "Level 1 - Critical's periodic updates every * would be missed about 1.03E+019 times, more than evaluation counts; "
            + "a valid policy's cadence is at least one second, so this policy was not validated.");
    }
}
