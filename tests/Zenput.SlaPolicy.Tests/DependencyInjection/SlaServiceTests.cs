using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Zenput.Sla.DependencyInjection;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Tests.DependencyInjection;

public sealed class SlaServiceTests
{
    private static readonly Instant ReportedAt = Instant.FromUtc(2026, 11, 25, 5, 30);   // Tuesday 24 November, 21:30 Pacific
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 11, 25, 6, 0));
    private readonly SlaService _sla;

    public SlaServiceTests()
    {
        _sla = new ServiceCollection().AddSingleton<IClock>(_clock).AddSlaPolicy().BuildServiceProvider().GetRequiredService<SlaService>();
    }

    [Fact]
    public void Due_plans_the_response_and_each_resolution_step()
    {
        var plan = _sla.Due("critical", ReportedAt);

        plan.ResponseDueAt.Should().Be(Instant.FromUtc(2026, 11, 25, 7, 30));
        plan.Steps.Select(s => (s.Step.Kind, s.DueAt)).Should().Equal(
            (ResolutionStepKind.ProblemTicket, Instant.FromUtc(2026, 11, 25, 5, 45)),
            (ResolutionStepKind.EngineerAssignment, Instant.FromUtc(2026, 11, 25, 7, 30)),
            (ResolutionStepKind.PeriodicUpdates, Instant.FromUtc(2026, 11, 25, 7, 30)),
            (ResolutionStepKind.FixInitiation, Instant.FromUtc(2026, 11, 25, 7, 30)),
            (ResolutionStepKind.UserNotification, (Instant?)null));
    }

    [Fact]
    public void StatusNow_reads_the_applications_clock_and_pauses_move_the_due_instant()
    {
        Interval[] pauses = [new(ReportedAt + Duration.FromMinutes(30), ReportedAt + Duration.FromMinutes(75))];
        _clock.AdvanceMinutes(90);   // 07:30Z, the unpaused due instant

        var status = _sla.StatusNow("Critical", ReportedAt, pauses);

        status.At.Should().Be(Instant.FromUtc(2026, 11, 25, 7, 30));
        status.IsBreached.Should().BeFalse();
        status.Remaining.Should().Be(Duration.FromMinutes(45));
        status.DueAt.Should().Be(Instant.FromUtc(2026, 11, 25, 8, 15));
    }

    [Fact]
    public void Status_at_an_instant_is_breached_only_after_the_due_instant()
    {
        _sla.Status("2", ReportedAt, ReportedAt + Duration.FromHours(4)).IsBreached.Should().BeFalse("met means at or before due");
        _sla.Status("2", ReportedAt, ReportedAt + Duration.FromHours(4) + Duration.Epsilon).IsBreached.Should().BeTrue();
    }

    [Fact]
    public void EvaluateNow_judges_a_history_as_of_the_applications_clock()
    {
        var timeline = new TicketTimeline(
            ReportedAt,
            "critical",
            new TicketEvent(TicketEventKind.TicketCreated, ReportedAt + Duration.FromMinutes(5)),
            new TicketEvent(TicketEventKind.EngineerAssigned, ReportedAt + Duration.FromMinutes(20)),
            new TicketEvent(TicketEventKind.StatusUpdate, ReportedAt + Duration.FromHours(3)));
        _clock.AdvanceHours(4);   // 10:00Z: the 07:30Z update was missed; the 08:30Z one met the 09:30Z deadline

        var evaluation = _sla.EvaluateNow(timeline);

        evaluation.EvaluatedAt.Should().Be(Instant.FromUtc(2026, 11, 25, 10, 0));
        evaluation.Response.Status.Should().Be(EvaluationStatus.Met);
        evaluation.Response.MetAt.Should().Be(ReportedAt + Duration.FromMinutes(20));
        evaluation.PeriodicUpdates!.MissedDeadlines.Should().Equal(Instant.FromUtc(2026, 11, 25, 7, 30));
        _sla.Evaluate(timeline, ReportedAt + Duration.FromMinutes(10)).Response.Status.Should().Be(EvaluationStatus.Pending, "the events after the instant looked from do not count");
    }

    [Fact]
    public void An_impossible_history_is_refused_listing_its_problems()
    {
        var timeline = new TicketTimeline(ReportedAt, "critical", TicketEvent.Resumed(ReportedAt + Duration.FromMinutes(5)));

        _sla.Check(timeline).Should().ContainSingle().Which.Kind.Should().Be(TimelineProblemKind.ResumedWithoutPause);
        _sla.Invoking(s => s.EvaluateNow(timeline)).Should().Throw<InvalidTicketTimelineException>();
    }

    [Fact]
    public void An_unknown_severity_names_the_ones_the_policy_has()
    {
        var due = () => _sla.Due("blocker", ReportedAt);

        due.Should().Throw<ArgumentException>().WithMessage("Unknown severity 'blocker'; expected one of critical (1), major (2), minor (3).*");
    }

    [Fact]
    public void Maintenance_lists_the_windows_of_a_range_and_the_one_in_progress_now()
    {
        var windows = _sla.Maintenance(Instant.FromUtc(2026, 3, 1, 0, 0), Instant.FromUtc(2026, 3, 15, 0, 0));

        windows.Select(w => w.Start).Should().Equal(Instant.FromUtc(2026, 3, 4, 5, 0), Instant.FromUtc(2026, 3, 11, 4, 0));
        _sla.CurrentOrNextMaintenance()!.Interval.Should().Be(new Interval(Instant.FromUtc(2026, 11, 25, 5, 0), Instant.FromUtc(2026, 11, 25, 7, 0)), "06:00Z is inside Tuesday's 21:00-23:00 Pacific window");

        _clock.AdvanceHours(1);
        _sla.CurrentOrNextMaintenance()!.Start.Should().Be(Instant.FromUtc(2026, 12, 2, 5, 0), "at 07:00Z that window has ended; the next is a week later");
    }

    [Fact]
    public void A_policy_without_maintenance_has_no_windows()
    {
        var sla = new ServiceCollection().AddSingleton<IClock>(_clock).AddSlaPolicy(b => b.WithMaintenance(null)).BuildServiceProvider().GetRequiredService<SlaService>();

        sla.Maintenance(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2027, 1, 1, 0, 0)).Should().BeEmpty();
        sla.CurrentOrNextMaintenance().Should().BeNull();
    }
}
