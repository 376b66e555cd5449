using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;
using Interval = NodaTime.Interval;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>
/// Properties of ticket evaluation over random possible histories of Level 1 and Level 2 tickets on the
/// built-in policy (and the same policy with the clock stopped during maintenance): agreement with the
/// minute-stepping reference, independence from the order events are given in, pauses never making a
/// due instant earlier, fewer updates never meaning fewer misses, and agreement with <see cref="SlaClock.Status(Instant, GoalTarget, Instant, ReadOnlySpan{Interval})"/>.
/// </summary>
public sealed class EvaluationProperties
{
    private static readonly SlaPolicy MaintenanceStops = SlaPolicyBuilder.From(ZenputSla.Default).WithMaintenance(ZenputSla.MaintenanceSchedule, clockStopsDuringMaintenance: true).Build();

    public static TheoryData<bool> Policies() => [false, true];

    [Theory]
    [MemberData(nameof(Policies))]
    public void The_evaluation_agrees_with_the_minute_stepping_reference(bool maintenanceStopsClock)
    {
        var policy = maintenanceStopsClock ? MaintenanceStops : ZenputSla.Default;
        var evaluator = new TicketEvaluator(policy);
        var reference = new MinuteReference(policy);

        Generators.PropertyCheck.Check(10_000, RandomHistory.Histories(distinctInstants: false), history =>
            reference.Evaluate(history.Timeline, history.Now).ShouldAgreeWith(evaluator.Evaluate(history.Timeline, history.Now), history.ToString()));
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_the_events_are_given_in()
    {
        Generators.PropertyCheck.Check(10_000, RandomHistory.Histories(distinctInstants: true), history =>
        {
            var (timeline, now) = (history.Timeline, history.Now);
            var shuffled = new TicketTimeline(timeline.ReportedAt, timeline.Severity, timeline.Events.Select((e, i) => (e, key: history.ShuffleKeys[i % history.ShuffleKeys.Count])).OrderBy(x => x.key).Select(x => x.e).ToList());

            var a = EvaluationKit.Evaluator.Evaluate(timeline, now);
            var b = EvaluationKit.Evaluator.Evaluate(shuffled, now);

            Figures(b).Should().Be(Figures(a), history.ToString());
            b.Audit.ToString().Should().Be(a.Audit.ToString(), history.ToString());
        });
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Adding_a_pause_never_makes_any_due_instant_earlier(bool maintenanceStopsClock)
    {
        var evaluator = new TicketEvaluator(maintenanceStopsClock ? MaintenanceStops : ZenputSla.Default);
        Generators.PropertyCheck.Check(10_000, RandomHistory.Histories(distinctInstants: true), history =>
        {
            var (timeline, now) = (history.Timeline, history.Now);
            if (RandomHistory.WithExtraPause(history) is not { } paused)
            {
                return;
            }

            var before = evaluator.Evaluate(timeline, now);
            var after = evaluator.Evaluate(paused, now);
            var because = $"{history} with an extra pause: {Describe(paused, now)}";

            after.Response.DueAt.Should().BeGreaterThanOrEqualTo(before.Response.DueAt, because);
            after.Response.OriginalDueAt.Should().BeGreaterThanOrEqualTo(before.Response.OriginalDueAt, because);
            for (var i = 0; i < before.Steps.Count; i++)
            {
                if (before.Steps[i].Kind != ResolutionStepKind.PeriodicUpdates && before.Steps[i].DueAt is { } was && after.Steps[i].DueAt is { } later)
                {
                    later.Should().BeGreaterThanOrEqualTo(was, because);
                }
            }

            // Update deadlines form a chain (each missed one, then the next): the k-th deadline never comes earlier.
            // A pause can save a miss, so the chains may differ in length, and "the next" may be an earlier link.
            var chainBefore = UpdateDeadlines(before);
            var chainAfter = UpdateDeadlines(after);
            for (var k = 0; k < Math.Min(chainBefore.Count, chainAfter.Count); k++)
            {
                chainAfter[k].Should().BeGreaterThanOrEqualTo(chainBefore[k], $"update deadline {k}; {because}");
            }

            foreach (var crossing in after.Response.Warnings)
            {
                before.Response.Warnings.Where(w => w.Percent == crossing.Percent).Should().OnlyContain(w => w.CrossedAt <= crossing.CrossedAt, because);
            }
        });
    }

    [Fact]
    public void Removing_an_update_never_lowers_the_miss_count()
    {
        Generators.PropertyCheck.Check(10_000, RandomHistory.Histories(distinctInstants: false), history =>
        {
            var (timeline, now) = (history.Timeline, history.Now);
            var updates = Enumerable.Range(0, timeline.Events.Count).Where(i => timeline.Events[i].Kind == TicketEventKind.StatusUpdate).ToList();
            if (updates.Count == 0)
            {
                return;
            }

            var removed = updates[history.RemovePick % updates.Count];
            var fewer = new TicketTimeline(timeline.ReportedAt, timeline.Severity, timeline.Events.Where((_, i) => i != removed).ToList());

            var before = EvaluationKit.Evaluator.Evaluate(timeline, now).PeriodicUpdates!.Missed;
            var after = EvaluationKit.Evaluator.Evaluate(fewer, now).PeriodicUpdates!.Missed;

            after.Should().BeGreaterThanOrEqualTo(before, $"{history} without events[{removed}]");
        });
    }

    [Fact]
    public void The_response_status_agrees_with_the_clock_status_at_the_response_or_at_now() =>
        AgreesWithTheClock(ZenputSla.Default, 10_000);

    [Fact]
    public void The_response_status_agrees_with_the_clock_status_for_goals_of_business_days_and_business_time_too()
    {
        // The built-in policy's goals are elapsed time and calendar days; these two have lengths of working time,
        // and a business-days goal's length depends on the report (it was once worked out for one report only).
        var office = Clock.ClockTestKit.NineToFive("America/Los_Angeles");
        var policy = SlaPolicyBuilder.From(ZenputSla.Default)
            .AddCalendar(office)
            .ReplaceTier(ZenputSla.Default.GetTier(1).WithResponseGoal(GoalTarget.BusinessDays(1, office.Name)))
            .ReplaceTier(ZenputSla.Default.GetTier(2).WithResponseGoal(GoalTarget.BusinessTime(Duration.FromHours(4), office.Name)))
            .Build();
        AgreesWithTheClock(policy, 2_000);
    }

    private static void AgreesWithTheClock(SlaPolicy policy, int cases)
    {
        var clock = new SlaClock(policy);
        var evaluator = new TicketEvaluator(policy);
        Generators.PropertyCheck.Check(cases, RandomHistory.Histories(distinctInstants: false), history =>
        {
            var (timeline, now) = (history.Timeline, history.Now);
            var result = evaluator.Evaluate(timeline, now);
            var at = result.Response.MetAt ?? now;
            var status = clock.Status(timeline.ReportedAt, result.Tier.ResponseGoal, at, RandomHistory.Pauses(timeline, now));
            var because = history.ToString();

            result.Response.DueAt.Should().Be(status.DueAt!.Value, because);
            result.Response.Elapsed.Should().Be(status.Elapsed, because);
            result.Response.Remaining.Should().Be(status.Remaining, because);
            result.Response.ShareUsed.Should().Be(status.FractionUsed, because);
            (result.Response.Status == EvaluationStatus.Breached).Should().Be(status.IsBreached, because);
        });
    }

    private static List<Instant> UpdateDeadlines(TicketEvaluation e) =>
        [.. e.PeriodicUpdates!.MissedDeadlines, .. e.PeriodicUpdates.NextDueAt is { } next ? [next] : Array.Empty<Instant>()];

    private static string Figures(TicketEvaluation e) =>
        string.Join(" | ", new object?[]
        {
            e.Status, e.Tier.Severity.Name, e.Response.DueAt, e.Response.OriginalDueAt, e.Response.MetAt, e.Response.Status, e.Response.Elapsed,
            string.Join(",", e.Response.Warnings), string.Join(",", e.Steps), e.PeriodicUpdates?.Missed, string.Join(",", e.PeriodicUpdates?.MissedDeadlines ?? []),
            e.PeriodicUpdates?.NextDueAt, e.NextDue, e.IsPaused, e.IsResolved,
        });

    private static string Describe(TicketTimeline timeline, Instant now) =>
        $"{timeline.Severity} reported {timeline.ReportedAt}, now {now}, events [{string.Join("; ", timeline.Events)}]";

}
