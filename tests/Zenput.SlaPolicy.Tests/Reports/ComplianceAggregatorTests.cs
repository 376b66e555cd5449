using System;
using System.Linq;
using NodaTime;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Reports;
using static Zenput.Sla.Tests.Evaluation.EvaluationKit;
using static Zenput.Sla.Tests.Reports.HandWorkedTickets;

namespace Zenput.Sla.Tests.Reports;

/// <summary>The figures of <see cref="HandWorkedTickets"/>, each worked out by hand from the tickets' comments.</summary>
public sealed class ComplianceAggregatorTests
{
    private static ComplianceReport Report(SlaPolicy? whatIf = null, ComplianceReportOptions? options = null)
    {
        var aggregator = new ComplianceAggregator(ZenputSla.Default, whatIf, AsOf, options);
        aggregator.AddRange(All());
        return aggregator.ToReport();
    }

    private static long S(int hours, int minutes = 0) => (hours * 3600) + (minutes * 60);

    private static long? Seconds(Duration? duration) => duration is { } d ? (long)d.TotalSeconds : null;

    [Fact]
    public void Verdicts_per_severity_are_counted_under_the_current_severity_with_met_rate_over_decided_tickets_only()
    {
        var report = Report();

        report.Tickets.Should().Be(8);
        report.FindSeverity("critical")!.Verdicts.Should().Be(new VerdictCounts(Met: 1, Breached: 1, Pending: 0));
        report.FindSeverity("major")!.Verdicts.Should().Be(new VerdictCounts(Met: 1, Breached: 1, Pending: 1));
        report.FindSeverity("minor")!.Verdicts.Should().Be(new VerdictCounts(Met: 2, Breached: 1, Pending: 0));
        report.Overall.Verdicts.Should().Be(new VerdictCounts(Met: 4, Breached: 3, Pending: 1));

        report.FindSeverity("critical")!.Verdicts.MetRate.Should().Be(0.5);
        report.FindSeverity("major")!.Verdicts.MetRate.Should().Be(0.5, "the pending M-2 is not decided");
        report.FindSeverity("minor")!.Verdicts.MetRate.Should().BeApproximately(2.0 / 3, 1e-15);
        report.Overall.Verdicts.MetRate.Should().BeApproximately(4.0 / 7, 1e-15);
    }

    [Fact]
    public void Met_rate_is_null_when_no_ticket_is_decided()
    {
        var aggregator = new ComplianceAggregator(ZenputSla.Default, AsOf);
        aggregator.Add(All().Single(t => t.Id == "M-2"));

        var report = aggregator.ToReport();

        report.FindSeverity("major")!.Verdicts.Should().Be(new VerdictCounts(0, 0, 1));
        report.FindSeverity("major")!.Verdicts.MetRate.Should().BeNull();
        report.FindSeverity("critical")!.Verdicts.MetRate.Should().BeNull("a severity with no ticket has no rate");
    }

    [Fact]
    public void Time_to_response_percentiles_are_nearest_rank_over_tickets_whose_response_was_met_in_wall_and_in_sla_time()
    {
        var report = Report();

        // Critical: 30 min (C-1), 3 h (C-2, late). Nearest rank of 2 values: p50 is the 1st, p90 and p99 the 2nd.
        var critical = report.FindSeverity("critical")!;
        critical.ResponseTime.Count.Should().Be(2);
        Seconds(critical.ResponseTime.Percentile(50)).Should().Be(S(0, 30));
        Seconds(critical.ResponseTime.Percentile(90)).Should().Be(S(3));
        Seconds(critical.ResponseTime.Percentile(99)).Should().Be(S(3));

        // Major: 1 h (M-1), 1 h (M-3); M-2 has no response yet.
        var major = report.FindSeverity("major")!;
        major.ResponseTime.Count.Should().Be(2);
        Seconds(major.ResponseTime.Percentile(50)).Should().Be(S(1));
        Seconds(major.ResponseTime.Percentile(99)).Should().Be(S(1));

        // Minor wall time: 1 h, 4 h, 74 h → p50 is the 2nd (⌈1.5⌉), p90 the 3rd (⌈2.7⌉). SLA time: 1 h, 2 h (pause), 74 h.
        var minor = report.FindSeverity("minor")!;
        Seconds(minor.ResponseTime.Percentile(50)).Should().Be(S(4));
        Seconds(minor.ResponseTime.Percentile(90)).Should().Be(S(74));
        Seconds(minor.ResponseSlaTime.Percentile(50)).Should().Be(S(2));
        Seconds(minor.ResponseSlaTime.Percentile(90)).Should().Be(S(74));

        // Overall wall: 0.5, 1, 1, 1, 3, 4, 74 h → p50 is the 4th (⌈3.5⌉), p90 the 7th (⌈6.3⌉).
        Seconds(report.Overall.ResponseTime.Percentile(50)).Should().Be(S(1));
        Seconds(report.Overall.ResponseTime.Percentile(90)).Should().Be(S(74));
        Seconds(report.Overall.ResponseTime.Minimum).Should().Be(S(0, 30));
        // Overall SLA: 0.5, 1, 1, 1, 2, 3, 74 h → the 5th smallest is 2 h; p50 (4th) is 1 h.
        Seconds(report.Overall.ResponseSlaTime.Percentile(50)).Should().Be(S(1));
        Seconds(report.Overall.ResponseSlaTime.Percentile(60)).Should().Be(S(2), "⌈0.6 × 7⌉ = 5");
    }

    [Fact]
    public void Missed_updates_and_breaches_per_step_kind_are_counted_per_severity_and_overall()
    {
        var report = Report();

        var critical = report.FindSeverity("critical")!;
        critical.ResponseBreaches.Should().Be(1);
        critical.MissedUpdates.Should().Be(0);
        critical.StepBreaches.Should().Equal(new (ResolutionStepKind, long)[]
        {
            (ResolutionStepKind.ProblemTicket, 0), (ResolutionStepKind.EngineerAssignment, 1), (ResolutionStepKind.PeriodicUpdates, 0),
            (ResolutionStepKind.FixInitiation, 1), (ResolutionStepKind.UserNotification, 0),
        }.ToDictionary(p => p.Item1, p => p.Item2));

        var major = report.FindSeverity("major")!;
        major.MissedUpdates.Should().Be(3);
        major.TicketsWithMissedUpdates.Should().Be(1);
        major.ResponseBreaches.Should().Be(0);
        major.StepBreaches[ResolutionStepKind.PeriodicUpdates].Should().Be(1);
        major.StepBreaches.Keys.Should().NotContain(ResolutionStepKind.UserNotification, "Level 2 has no user-notification step");

        report.FindSeverity("minor")!.StepBreaches.Should().Equal(new System.Collections.Generic.Dictionary<ResolutionStepKind, long> { [ResolutionStepKind.NextReleaseEffort] = 0 });

        report.Overall.MissedUpdates.Should().Be(3);
        report.Overall.TicketsWithMissedUpdates.Should().Be(1);
        report.Overall.ResponseBreaches.Should().Be(2, "C-2 and m-1 responded late");
        report.Overall.StepBreaches.Keys.Should().Equal(Enum.GetValues<ResolutionStepKind>(), "the union of every tier's steps, in the article's order");
        report.Overall.StepBreaches[ResolutionStepKind.EngineerAssignment].Should().Be(1);
        report.Overall.StepBreaches[ResolutionStepKind.PeriodicUpdates].Should().Be(1);
    }

    [Fact]
    public void Weeks_are_iso_weeks_of_the_report_instant_in_the_support_zone()
    {
        var report = Report();

        // Sunday 2026-11-29 (m-3) belongs to the week that starts on Monday 2026-11-23; Monday 2026-11-30 (M-2) starts the next.
        report.Overall.Weeks.Select(w => (w.Label, w.WeekStart, w.Verdicts)).Should().Equal(
            ("2026-W48", new LocalDate(2026, 11, 23), new VerdictCounts(4, 3, 0)),
            ("2026-W49", new LocalDate(2026, 11, 30), new VerdictCounts(0, 0, 1)));
        report.FindSeverity("minor")!.Weeks.Should().ContainSingle().Which.Verdicts.Should().Be(new VerdictCounts(2, 1, 0));
    }

    [Fact]
    public void The_weekday_hour_map_places_each_ticket_at_its_local_report_weekday_and_hour()
    {
        var map = Report().Overall.ByWeekdayHour;

        map.At(IsoDayOfWeek.Tuesday, 21).Should().Be(new VerdictCounts(1, 0, 0), "C-1 at 21:30 PT, although 05:30 on Wednesday in UTC");
        map.At(IsoDayOfWeek.Wednesday, 9).Should().Be(new VerdictCounts(0, 1, 0));
        map.At(IsoDayOfWeek.Thursday, 10).Should().Be(new VerdictCounts(1, 0, 0));
        map.At(IsoDayOfWeek.Thursday, 20).Should().Be(new VerdictCounts(0, 1, 0));
        map.At(IsoDayOfWeek.Friday, 8).Should().Be(new VerdictCounts(0, 1, 0));
        map.At(IsoDayOfWeek.Saturday, 12).Should().Be(new VerdictCounts(1, 0, 0));
        map.At(IsoDayOfWeek.Sunday, 10).Should().Be(new VerdictCounts(1, 0, 0));
        map.At(IsoDayOfWeek.Monday, 10).Should().Be(new VerdictCounts(0, 0, 1));
        Enumerable.Range(0, 7 * 24).Sum(i => map.At((IsoDayOfWeek)((i / 24) + 1), i % 24).Tickets).Should().Be(8);
    }

    [Fact]
    public void Tickets_reported_during_maintenance_are_set_against_the_rest()
    {
        var report = Report();

        report.Overall.ReportedDuringMaintenance.Should().Be(new VerdictCounts(1, 0, 0), "only C-1 came in during Tuesday's 21:00–23:00 window");
        report.Overall.ReportedOutsideMaintenance.Should().Be(new VerdictCounts(3, 3, 1));
        report.FindSeverity("critical")!.ReportedDuringMaintenance.Tickets.Should().Be(1);
        report.FindSeverity("major")!.ReportedDuringMaintenance.Tickets.Should().Be(0);
    }

    [Fact]
    public void Worst_offenders_are_the_tickets_most_overdue_in_sla_time_with_their_ids()
    {
        var worst = Report().Worst;

        worst.Select(w => (w.Id, (long)w.Overdue.TotalSeconds, w.Status)).Should().Equal(
            ("m-1", S(2), EvaluationStatus.Breached),
            ("C-2", S(1), EvaluationStatus.Breached));
        worst[0].DueAt.Should().Be(Instant.FromUtc(2026, 11, 30, 16, 0), "three calendar days after Friday 08:00 PT");
        worst[0].MetAt.Should().Be(Instant.FromUtc(2026, 11, 30, 18, 0));
    }

    [Fact]
    public void Worst_offenders_are_capped_and_equal_overdue_goes_to_the_earlier_report()
    {
        var aggregator = new ComplianceAggregator(ZenputSla.Default, null, AsOf, new ComplianceReportOptions { WorstTickets = 1 });
        var late = All().Single(t => t.Id == "C-2");
        aggregator.Add(new TicketTimeline(late.ReportedAt + Duration.FromMinutes(1), late.Severity, late.Events) { Id = "later" });
        aggregator.Add(late);

        aggregator.ToReport().Worst.Select(w => w.Id).Should().Equal("C-2");
    }

    [Fact]
    public void A_history_that_cannot_have_happened_is_counted_as_a_failure_with_its_id_and_reason()
    {
        var report = Report();

        report.FailureCount.Should().Be(1);
        report.Failures.Should().ContainSingle().Which.Should().Match<ReportFailure>(f => f.Id == "bad" && f.Line == null && f.Error.Contains("resume", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void What_if_evaluates_the_same_tickets_under_the_second_policy_and_lists_the_changed_verdicts()
    {
        var whatIf = Report(CriticalAtFourHours).WhatIf!;

        whatIf.Policy.Name.Should().Be("Critical at 4 hours");
        whatIf.FindSeverity("critical")!.Verdicts.Should().Be(new VerdictCounts(2, 0, 0), "C-2's 3-hour response and 12:00 assignment are within 4 hours");
        whatIf.FindSeverity("major")!.Verdicts.Should().Be(new VerdictCounts(1, 1, 1));
        whatIf.Overall.Verdicts.Should().Be(new VerdictCounts(5, 2, 1));
        whatIf.Changed.Should().Equal(new VerdictChange("C-2", ZenputSla.Critical, Pt(2026, 11, 25, 9), EvaluationStatus.Breached, EvaluationStatus.Met));
        whatIf.ChangedCount.Should().Be(1);
        whatIf.Transitions(EvaluationStatus.Breached, EvaluationStatus.Met).Should().Be(1);
        whatIf.Transitions(EvaluationStatus.Met, EvaluationStatus.Met).Should().Be(4);
        whatIf.Transitions(EvaluationStatus.Breached, EvaluationStatus.Breached).Should().Be(2);
        whatIf.Transitions(EvaluationStatus.Pending, EvaluationStatus.Pending).Should().Be(1);
        whatIf.NotEvaluated.Should().Be(0);
        whatIf.Worst.Select(w => w.Id).Should().Equal("m-1");
    }

    [Fact]
    public void A_ticket_whose_severity_the_what_if_policy_lacks_is_counted_as_not_evaluated_under_it()
    {
        var withoutMinor = SlaPolicyBuilder.From(ZenputSla.Default).WithName("No minor").WithTriageRules(null).ClearTiers()
            .AddTier(ZenputSla.Default.GetTier("critical")).AddTier(ZenputSla.Default.GetTier("major")).Build();

        var whatIf = Report(withoutMinor).WhatIf!;

        whatIf.NotEvaluated.Should().Be(3);
        whatIf.Overall.Verdicts.Tickets.Should().Be(5);
        whatIf.ChangedCount.Should().Be(0);
    }

}
