using System.Linq;
using System.Text.Json;
using NodaTime;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Reports;

namespace Zenput.Sla.Tests.Reports;

/// <summary>
/// A report under a policy of thousands of severities (a generated or hostile policy document can define them): every
/// ticket is counted under its severity, found by name in any case or by rank, and the what-if finds each of its severities'
/// baseline figures. Each of those lookups scanned the policy's severities, so a ticket cost time in proportion to them and
/// the what-if output in proportion to their square; they take constant time now (README, "Compliance reports"). Not timed:
/// the figures are asserted, worked out from the tickets below.
/// </summary>
public sealed class ManySeveritiesReportTests
{
    private const int Severities = 3_000;

    /// <summary>Monday 2026-11-02 17:00 UTC.</summary>
    private static readonly Instant Start = Instant.FromUtc(2026, 11, 2, 17, 0);

    [Fact]
    public void A_report_of_3000_tickets_under_3000_severities_counts_each_under_its_severity_and_compares_each_with_the_what_if()
    {
        // The ticket of rank r, reported r minutes after the start and given by rank (r divisible by 3), upper-case or lower-case
        // name. Even r: created after 5 min, assigned and fix started after 1 h, resolved after 2 h, before the first update is
        // due at 4 h: met under a 4-hour goal, breached under the what-if's 30 minutes. Odd r: nothing happens; 10 days later
        // its 4-hour goal is long past: breached under both.
        var policy = ManySeverities.Policy(Severities);
        var whatIf = ManySeverities.Policy(Severities, Duration.FromMinutes(30), "Thirty minutes");
        var aggregator = new ComplianceAggregator(policy, whatIf, Start + Duration.FromDays(10), null);
        for (var rank = 1; rank <= Severities; rank++)
        {
            var reported = Start + Duration.FromMinutes(rank);
            var severity = rank % 3 == 0 ? $"{rank}" : rank % 3 == 1 ? $"LEVEL{rank}" : $"level{rank}";
            TicketEvent[] events = rank % 2 == 1 ? [] :
            [
                new(TicketEventKind.TicketCreated, reported + Duration.FromMinutes(5)),
                new(TicketEventKind.EngineerAssigned, reported + Duration.FromHours(1)),
                new(TicketEventKind.FixStarted, reported + Duration.FromHours(1)),
                new(TicketEventKind.Resolved, reported + Duration.FromHours(2)),
            ];
            aggregator.Add(new TicketTimeline(reported, severity, events) { Id = $"T{rank}" });
        }

        var report = aggregator.ToReport();

        report.FailureCount.Should().Be(0);
        report.Overall.Verdicts.Should().Be(new VerdictCounts(1_500, 1_500, 0));
        report.BySeverity.Should().HaveCount(Severities);
        report.BySeverity.Select(g => (g.Severity!.Rank, g.Verdicts)).Should().Equal(
            Enumerable.Range(1, Severities).Select(r => (r, r % 2 == 0 ? new VerdictCounts(1, 0, 0) : new VerdictCounts(0, 1, 0))));
        report.FindSeverity("level1500").Should().BeSameAs(report.BySeverity[1_499]);
        report.FindSeverity(" 2999 ").Should().BeSameAs(report.BySeverity[2_998]);
        report.FindSeverity("level3001").Should().BeNull();

        var compared = report.WhatIf!;
        compared.NotEvaluated.Should().Be(0);
        compared.Overall.Verdicts.Should().Be(new VerdictCounts(0, 3_000, 0));
        compared.Transitions(EvaluationStatus.Met, EvaluationStatus.Breached).Should().Be(1_500);
        compared.FindSeverity("LEVEL42").Should().BeSameAs(compared.BySeverity[41]);

        // The what-if output finds each severity's baseline figures by name: even ranks lost their one met ticket.
        var bySeverity = JsonDocument.Parse(ComplianceReportJson.Serialize(report)).RootElement.GetProperty("whatIf").GetProperty("bySeverity");
        bySeverity.EnumerateObject().Select(p => (p.Name, p.Value.GetProperty("difference").GetProperty("met").GetInt64(), p.Value.GetProperty("difference").GetProperty("breached").GetInt64()))
            .Should().Equal(Enumerable.Range(1, Severities).Select(r => ($"level{r}", r % 2 == 0 ? -1L : 0L, r % 2 == 0 ? 1L : 0L)));
    }
}
