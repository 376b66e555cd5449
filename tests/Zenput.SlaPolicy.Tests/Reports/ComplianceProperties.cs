using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Reports;
using Zenput.Sla.Tests.Evaluation;

namespace Zenput.Sla.Tests.Reports;

/// <summary>
/// Properties of compliance reports over random histories (all three severities, seconds, pauses, severity
/// changes, impossible histories, a what-if policy): the parts add up to the whole, the figures equal a
/// straightforward computation over every evaluation, and any split of the input merged in any order gives
/// the report of one pass.
/// </summary>
public sealed class ComplianceProperties
{
    private static readonly TicketEvaluator Baseline = new(ZenputSla.Default);
    private static readonly TicketEvaluator WhatIf = new(HandWorkedTickets.CriticalAtFourHours);
    private static readonly Instant AsOf = Instant.FromUtc(2027, 1, 1, 0, 0);

    /// <summary>Small caps, so that merging has to choose among more items than it keeps.</summary>
    private static readonly ComplianceReportOptions Tight = new() { WorstTickets = 3, ListedChanges = 2, ListedFailures = 1 };

    [Fact]
    public void Per_severity_figures_add_up_to_the_overall_figures()
    {
        Check(10_000, batch =>
        {
            var report = OnePass(batch.Inputs, Tight);
            var groups = report.BySeverity;
            var overall = report.Overall;
            var because = "see the shrunk batch";

            groups.Aggregate(new VerdictCounts(), (sum, g) => sum + g.Verdicts).Should().Be(overall.Verdicts, because);
            groups.Aggregate(new VerdictCounts(), (sum, g) => sum + g.ReportedDuringMaintenance).Should().Be(overall.ReportedDuringMaintenance, because);
            groups.Sum(g => g.ResponseTime.Count).Should().Be(overall.ResponseTime.Count, because);
            groups.Sum(g => g.ResponseSlaTime.Count).Should().Be(overall.ResponseSlaTime.Count, because);
            groups.Sum(g => g.MissedUpdates).Should().Be(overall.MissedUpdates, because);
            groups.Sum(g => g.TicketsWithMissedUpdates).Should().Be(overall.TicketsWithMissedUpdates, because);
            groups.Sum(g => g.ResponseBreaches).Should().Be(overall.ResponseBreaches, because);
            foreach (var kind in overall.StepBreaches.Keys)
            {
                groups.Sum(g => g.StepBreaches.GetValueOrDefault(kind)).Should().Be(overall.StepBreaches[kind], $"{kind}, {because}");
            }

            foreach (var week in overall.Weeks)
            {
                groups.Aggregate(new VerdictCounts(), (sum, g) => sum + g.Weeks.Where(w => w.WeekStart == week.WeekStart).Select(w => w.Verdicts).FirstOrDefault())
                    .Should().Be(week.Verdicts, $"{week.Label}, {because}");
            }

            for (var cell = 0; cell < 7 * 24; cell++)
            {
                var (day, hour) = ((IsoDayOfWeek)((cell / 24) + 1), cell % 24);
                groups.Aggregate(new VerdictCounts(), (sum, g) => sum + g.ByWeekdayHour.At(day, hour)).Should().Be(overall.ByWeekdayHour.At(day, hour), because);
            }
        });
    }

    [Fact]
    public void Met_breached_and_pending_add_up_to_the_tickets_and_every_input_is_a_ticket_or_a_failure()
    {
        Check(10_000, batch =>
        {
            var inputs = batch.Inputs;
            var report = OnePass(inputs, Tight);

            foreach (var group in report.BySeverity.Append(report.Overall))
            {
                (group.Verdicts.Met + group.Verdicts.Breached + group.Verdicts.Pending).Should().Be(group.Verdicts.Tickets);
                group.Weeks.Sum(w => w.Verdicts.Tickets).Should().Be(group.Verdicts.Tickets);
                (group.ReportedDuringMaintenance.Tickets + group.ReportedOutsideMaintenance.Tickets).Should().Be(group.Verdicts.Tickets);
            }

            (report.Tickets + report.FailureCount).Should().Be(inputs.Count);
            report.WhatIf!.Overall.Verdicts.Tickets.Should().Be(report.Tickets - report.WhatIf.NotEvaluated);
            Enum.GetValues<EvaluationStatus>().SelectMany(f => Enum.GetValues<EvaluationStatus>().Select(t => report.WhatIf.Transitions(f, t))).Sum()
                .Should().Be(report.WhatIf.Overall.Verdicts.Tickets);
        });
    }

    [Fact]
    public void The_figures_equal_a_straightforward_computation_over_every_evaluation()
    {
        Check(10_000, batch =>
        {
            var inputs = batch.Inputs;
            var report = OnePass(inputs, ComplianceReportOptions.Default);
            var evaluations = inputs.Where(i => i.Timeline is not null && Baseline.Check(i.Timeline).Count == 0).Select(i => Baseline.Evaluate(i.Timeline!, i.Now)).ToList();
            var because = "see the shrunk batch";

            foreach (var group in report.BySeverity)
            {
                var mine = evaluations.Where(e => e.Tier.Severity == group.Severity).ToList();
                group.Verdicts.Should().Be(new VerdictCounts(
                    mine.Count(e => e.Status == EvaluationStatus.Met),
                    mine.Count(e => e.Status == EvaluationStatus.Breached),
                    mine.Count(e => e.Status == EvaluationStatus.Pending)), because);
                var wall = mine.Where(e => e.Response.MetAt is not null).Select(e => WholeSeconds(e.Response.MetAt!.Value - e.Timeline.ReportedAt)).ToList();
                var sla = mine.Where(e => e.Response.MetAt is not null).Select(e => WholeSeconds(e.Response.Elapsed)).ToList();
                foreach (var percent in new[] { 1, 50, 90, 99, 100 })
                {
                    Seconds(group.ResponseTime.Percentile(percent)).Should().Be(NearestRank(wall, percent), $"{group.Severity} wall p{percent}, {because}");
                    Seconds(group.ResponseSlaTime.Percentile(percent)).Should().Be(NearestRank(sla, percent), $"{group.Severity} SLA p{percent}, {because}");
                }

                group.MissedUpdates.Should().Be(mine.Sum(e => e.PeriodicUpdates?.Missed ?? 0), because);
            }

            var worst = evaluations.Where(e => e.Response.Overdue > Duration.Zero)
                .OrderByDescending(e => e.Response.Overdue).ThenBy(e => e.Timeline.ReportedAt).ThenBy(e => e.Timeline.Id, StringComparer.Ordinal)
                .Take(ComplianceReportOptions.Default.WorstTickets).Select(e => (e.Timeline.Id, e.Response.Overdue));
            report.Worst.Select(w => (w.Id, w.Overdue)).Should().Equal(worst, because);
        });
    }

    [Fact]
    public void Splitting_the_input_and_merging_the_parts_in_any_order_gives_the_report_of_one_pass()
    {
        Check(10_000, batch =>
        {
            var inputs = batch.Inputs;
            var parts = Enumerable.Range(0, batch.PartCount).Select(_ => new List<Input>()).ToList();
            foreach (var (input, line) in inputs.Zip(batch.Lines))
            {
                parts[line.Part % parts.Count].Add(input);
            }

            var aggregates = parts.Select((p, i) => (Aggregate: Aggregate(p, Tight), Key: batch.MergeOrder[i])).OrderBy(a => a.Key).Select(a => a.Aggregate).ToList();
            var merged = aggregates[0];
            foreach (var part in aggregates.Skip(1))
            {
                merged.Merge(part);
            }

            ComplianceReportJson.Serialize(merged.ToReport()).Should().Be(ComplianceReportJson.Serialize(OnePass(inputs, Tight)), $"{parts.Count} parts");
        });
    }

    [Fact]
    public void Merging_is_associative()
    {
        Check(10_000, batch =>
        {
            var inputs = batch.Inputs;
            var third = inputs.Count / 3;
            Func<ComplianceAggregator>[] parts = [() => Aggregate(inputs[..third], Tight), () => Aggregate(inputs[third..(2 * third)], Tight), () => Aggregate(inputs[(2 * third)..], Tight)];

            var left = parts[0]();
            left.Merge(parts[1]());
            left.Merge(parts[2]());
            var rightTail = parts[1]();
            rightTail.Merge(parts[2]());
            var right = parts[0]();
            right.Merge(rightTail);

            ComplianceReportJson.Serialize(left.ToReport()).Should().Be(ComplianceReportJson.Serialize(right.ToReport()));
        });
    }

    [Fact]
    public void A_what_if_under_the_same_policy_changes_no_verdict_and_repeats_every_figure()
    {
        Check(10_000, batch =>
        {
            var aggregator = new ComplianceAggregator(Baseline, Baseline, AsOf, null);
            Feed(aggregator, batch.Inputs);
            var report = aggregator.ToReport();

            report.WhatIf!.ChangedCount.Should().Be(0);
            report.WhatIf.Changed.Should().BeEmpty();
            report.WhatIf.BySeverity.Select(g => g.Verdicts).Should().Equal(report.BySeverity.Select(g => g.Verdicts));
            report.WhatIf.Overall.ResponseSlaTime.Percentile(90).Should().Be(report.Overall.ResponseSlaTime.Percentile(90));
        });
    }

    internal static long WholeSeconds(Duration duration) => (long)Math.Floor(duration.TotalSeconds);

    private static long? Seconds(Duration? duration) => duration is { } d ? WholeSeconds(d) : null;

    /// <summary>The nearest-rank percentile by its definition: the smallest value with at least p % of the values at or below it.</summary>
    private static long? NearestRank(List<long> values, int percent)
    {
        var sorted = values.Order().ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            if ((i + 1) * 100L >= (long)percent * sorted.Count)
            {
                return sorted[i];
            }
        }

        return null;
    }

    private static ComplianceReport OnePass(IReadOnlyList<Input> inputs, ComplianceReportOptions options) => Aggregate(inputs, options).ToReport();

    private static ComplianceAggregator Aggregate(IReadOnlyList<Input> inputs, ComplianceReportOptions options)
    {
        var aggregator = new ComplianceAggregator(Baseline, WhatIf, AsOf, options);
        Feed(aggregator, inputs);
        return aggregator;
    }

    private static void Feed(ComplianceAggregator aggregator, IReadOnlyList<Input> inputs)
    {
        foreach (var input in inputs)
        {
            if (input.Timeline is null)
            {
                aggregator.AddFailure(new ReportFailure(input.Line, null, "The line is not valid JSON."));
            }
            else if (Baseline.TryEvaluate(input.Timeline, input.Now, out var evaluation, out _))
            {
                aggregator.Add(evaluation);
            }
            else
            {
                aggregator.Add(input.Timeline);
            }
        }
    }

    private static void Check(int cases, Action<ReportBatch> property) => Generators.PropertyCheck.Check(cases, ReportBatch.Arbitrary, property);

    internal sealed record Input(long Line, TicketTimeline? Timeline, Instant Now);
}
