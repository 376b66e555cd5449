using System;
using System.IO;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Reports;
using static Zenput.Sla.Tests.Reports.HandWorkedTickets;

namespace Zenput.Sla.Tests.Reports;

/// <summary>
/// The JSON of the report of <see cref="HandWorkedTickets"/>: every section carries the figures worked out by hand in
/// <see cref="ComplianceAggregatorTests"/>, in the shape the README's report table gives; and the aggregator rules the
/// JSON depends on: merging, list order under ties, maintenance before 1970 (session-12 mutation survivors of
/// <c>ComplianceReportJson</c>, <c>ComplianceAggregator</c>, <c>ReportOrder</c> and <c>MaintenanceLookup</c>; docs/mutation.md).
/// </summary>
public sealed class ComplianceReportJsonTests
{
    private static ComplianceReport Report(SlaPolicy? whatIf = null)
    {
        var aggregator = new ComplianceAggregator(ZenputSla.Default, whatIf, AsOf, null);
        aggregator.AddRange(All());
        return aggregator.ToReport();
    }

    private static JsonElement Json(SlaPolicy? whatIf = null) => JsonDocument.Parse(ComplianceReportJson.Serialize(Report(whatIf))).RootElement.Clone();

    private static (long Tickets, long Met, long Breached, long Pending) Verdicts(JsonElement e) =>
        (e.GetProperty("tickets").GetInt64(), e.GetProperty("met").GetInt64(), e.GetProperty("breached").GetInt64(), e.GetProperty("pending").GetInt64());

    [Fact]
    public void The_report_has_its_sections_in_order_and_no_what_if_without_a_second_policy()
    {
        var json = Json();

        json.EnumerateObject().Select(p => p.Name).Should().Equal(
            "asOf", "policy", "supportZone", "tickets", "failed", "failures", "overall", "bySeverity", "byWeek", "byWeekdayHour", "worst", "whatIf");
        json.GetProperty("whatIf").ValueKind.Should().Be(JsonValueKind.Null);
        Verdicts(json.GetProperty("overall")).Should().Be((8, 4, 3, 1));
        json.GetProperty("bySeverity").EnumerateObject().Select(p => p.Name).Should().Equal("critical", "major", "minor");
    }

    [Fact]
    public void A_business_days_goal_has_a_null_goal_length_and_its_tickets_are_reported()
    {
        // A business-days goal has no length of its own (each ticket's ends when its Nth working day closes): the report
        // wrote goalSeconds from a length it assumed, and stopped with an internal error (exit 5) on such a policy.
        // Monday 5 January 2026 10:00 EST: due when Tuesday closes (17:00 EST); met Monday 11:00, 1 h of working time.
        var reported = Instant.FromUtc(2026, 1, 5, 15, 0);
        var aggregator = new ComplianceAggregator(Evaluation.BusinessDaysEvaluationTests.Policy, Instant.FromUtc(2026, 1, 9, 0, 0));
        aggregator.Add(new TicketTimeline(reported, "critical", [new TicketEvent(TicketEventKind.TicketCreated, reported), new TicketEvent(TicketEventKind.FirstResponse, reported + Duration.FromHours(1))]) { Id = "B-1" });
        var critical = JsonDocument.Parse(ComplianceReportJson.Serialize(aggregator.ToReport())).RootElement.GetProperty("bySeverity").GetProperty("critical");

        critical.GetProperty("goalSeconds").ValueKind.Should().Be(JsonValueKind.Null);
        critical.GetProperty("goal").GetString().Should().Contain("1 business day");
        Verdicts(critical).Should().Be((1, 1, 0, 0));
        critical.GetProperty("responseSlaTimeSeconds").GetProperty("p50").GetInt64().Should().Be(3600);
    }

    [Fact]
    public void A_failure_without_a_line_number_has_a_null_line()
    {
        // "bad" was added as a timeline, not read from a line.
        var failure = Json().GetProperty("failures").EnumerateArray().Should().ContainSingle().Subject;

        failure.EnumerateObject().Select(p => p.Name).Should().Equal("line", "id", "error");
        failure.GetProperty("line").ValueKind.Should().Be(JsonValueKind.Null);
        failure.GetProperty("id").GetString().Should().Be("bad");
    }

    [Fact]
    public void Weeks_carry_their_iso_label_their_monday_and_the_verdicts_overall_and_per_severity()
    {
        var weeks = Json().GetProperty("byWeek").EnumerateArray().ToList();

        weeks.Select(w => (w.GetProperty("week").GetString(), w.GetProperty("weekStart").GetString(), Verdicts(w))).Should().Equal(
            ("2026-W48", "2026-11-23", (7L, 4L, 3L, 0L)),
            ("2026-W49", "2026-11-30", (1L, 0L, 0L, 1L)));
        Verdicts(weeks[0].GetProperty("bySeverity").GetProperty("minor")).Should().Be((3, 2, 1, 0));
        weeks[0].GetProperty("bySeverity").EnumerateObject().Select(p => p.Name).Should().Equal("critical", "major", "minor");
    }

    [Fact]
    public void A_week_with_only_critical_tickets_lists_only_critical()
    {
        // C-1 (met) and C-2 (breached) in week 48, M-2 (pending) in week 49: each week lists the severities it has tickets of,
        // not every severity of the policy (listing them all made byWeek grow with the weeks times the severities).
        var tickets = All().Where(t => t.Id is "C-1" or "C-2" or "M-2").ToList();
        tickets.Should().HaveCount(3);
        var aggregator = new ComplianceAggregator(ZenputSla.Default, AsOf);
        aggregator.AddRange(tickets);
        var weeks = JsonDocument.Parse(ComplianceReportJson.Serialize(aggregator.ToReport())).RootElement.GetProperty("byWeek").EnumerateArray().ToList();

        weeks.Select(w => w.GetProperty("week").GetString()).Should().Equal("2026-W48", "2026-W49");
        weeks[0].GetProperty("bySeverity").EnumerateObject().Select(p => p.Name).Should().Equal("critical");
        Verdicts(weeks[0].GetProperty("bySeverity").GetProperty("critical")).Should().Be((2, 1, 1, 0));
        weeks[1].GetProperty("bySeverity").EnumerateObject().Select(p => p.Name).Should().Equal("major");
        Verdicts(weeks[1].GetProperty("bySeverity").GetProperty("major")).Should().Be((1, 0, 0, 1));
    }

    [Fact]
    public void The_severities_a_week_lists_add_up_to_the_week()
    {
        // Week 48: C-1 met, C-2 breached; M-1 met, M-3 breached; m-1 breached, m-2 and m-3 met. Week 49: M-2 pending alone.
        var weeks = Json().GetProperty("byWeek").EnumerateArray().ToList();

        weeks.Select(w => w.GetProperty("bySeverity").EnumerateObject().Select(p => (p.Name, Verdicts(p.Value))).ToList()).Should().SatisfyRespectively(
            w48 => w48.Should().Equal(("critical", (2L, 1L, 1L, 0L)), ("major", (2L, 1L, 1L, 0L)), ("minor", (3L, 2L, 1L, 0L))),
            w49 => w49.Should().Equal(("major", (1L, 0L, 0L, 1L))));
        foreach (var week in weeks)
        {
            var listed = week.GetProperty("bySeverity").EnumerateObject().Select(p => Verdicts(p.Value)).ToList();
            (listed.Sum(v => v.Tickets), listed.Sum(v => v.Met), listed.Sum(v => v.Breached), listed.Sum(v => v.Pending)).Should().Be(Verdicts(week));
        }
    }

    [Fact]
    public void The_weekday_hour_grids_put_each_ticket_at_its_local_weekday_and_hour()
    {
        var map = Json().GetProperty("byWeekdayHour");

        map.EnumerateObject().Select(p => p.Name).Should().Equal("weekdays", "tickets", "breached", "bySeverity");
        map.GetProperty("weekdays").EnumerateArray().Select(d => d.GetString()).Should().Equal(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        var tickets = map.GetProperty("tickets");
        var breached = map.GetProperty("breached");
        tickets.GetArrayLength().Should().Be(7);
        tickets[1].GetArrayLength().Should().Be(24);
        tickets[1][21].GetInt64().Should().Be(1, "C-1, Tuesday 21:30 PT");
        breached[2][9].GetInt64().Should().Be(1, "C-2, Wednesday 09:00 PT, breached");
        tickets.EnumerateArray().SelectMany(d => d.EnumerateArray()).Sum(h => h.GetInt64()).Should().Be(8);
        breached.EnumerateArray().SelectMany(d => d.EnumerateArray()).Sum(h => h.GetInt64()).Should().Be(3);
        var critical = map.GetProperty("bySeverity").GetProperty("critical");
        critical.EnumerateObject().Select(p => p.Name).Should().Equal("tickets", "breached");
        critical.GetProperty("tickets")[1][21].GetInt64().Should().Be(1);
    }

    [Fact]
    public void The_weekday_hour_grids_by_severity_list_only_the_severities_with_a_ticket()
    {
        // C-1 (Tuesday 21:30 PT) and C-2 (Wednesday 09:00 PT, breached) are Critical, M-2 (Monday 10:00 PT) is Major; no Minor
        // ticket. Two grids of zeros for each severity without a ticket made the output grow with the policy's severities.
        var aggregator = new ComplianceAggregator(ZenputSla.Default, AsOf);
        aggregator.AddRange(All().Where(t => t.Id is "C-1" or "C-2" or "M-2"));
        var json = JsonDocument.Parse(ComplianceReportJson.Serialize(aggregator.ToReport())).RootElement;

        var grids = json.GetProperty("byWeekdayHour").GetProperty("bySeverity");
        grids.EnumerateObject().Select(p => p.Name).Should().Equal("critical", "major");
        grids.GetProperty("critical").GetProperty("tickets")[1][21].GetInt64().Should().Be(1, "C-1, Tuesday 21:30 PT");
        grids.GetProperty("critical").GetProperty("breached")[2][9].GetInt64().Should().Be(1, "C-2, Wednesday 09:00 PT, breached");
        grids.GetProperty("major").GetProperty("tickets").EnumerateArray().SelectMany(d => d.EnumerateArray()).Sum(h => h.GetInt64()).Should().Be(1, "M-2 alone");

        // The summary by severity still lists every severity of the policy, a severity without tickets with zero counts.
        json.GetProperty("bySeverity").EnumerateObject().Select(p => p.Name).Should().Equal("critical", "major", "minor");
        Verdicts(json.GetProperty("bySeverity").GetProperty("minor")).Should().Be((0, 0, 0, 0));
    }

    [Fact]
    public void Under_3000_severities_a_report_of_five_tickets_has_the_grids_of_their_severities_only()
    {
        // Tickets of Level1, Level2, Level1500 (two, one given by rank) and Level3000: four severities have a ticket.
        var policy = ManySeverities.Policy(3_000);
        var aggregator = new ComplianceAggregator(policy, AsOf);
        foreach (var (severity, hour) in new[] { ("level1", 1), ("Level2", 2), ("LEVEL1500", 3), ("1500", 4), ("level3000", 5) })
        {
            aggregator.Add(new TicketTimeline(AsOf - Duration.FromHours(hour), severity) { Id = severity });
        }

        var json = ComplianceReportJson.Serialize(aggregator.ToReport());
        var root = JsonDocument.Parse(json).RootElement;

        root.GetProperty("byWeekdayHour").GetProperty("bySeverity").EnumerateObject().Select(p => p.Name).Should().Equal("level1", "level2", "level1500", "level3000");
        root.GetProperty("bySeverity").EnumerateObject().Should().HaveCount(3_000, "the summary lists every severity of the policy");
        json.Length.Should().BeLessThan(5_000_000, "the summary takes about a kilobyte a severity; the grids of 3,000 severities took 16 MB more");
    }

    [Fact]
    public void The_worst_tickets_are_listed_with_due_and_met_instants_and_whole_overdue_seconds()
    {
        var worst = Json().GetProperty("worst").EnumerateArray().ToList();

        worst.Select(w => (w.GetProperty("id").GetString(), w.GetProperty("status").GetString(), w.GetProperty("overdueSeconds").GetInt64()))
            .Should().Equal(("m-1", "breached", 7200L), ("C-2", "breached", 3600L));
        worst[0].GetProperty("severity").GetString().Should().Be("minor");
        worst[0].GetProperty("dueAt").GetString().Should().Be("2026-11-30T16:00:00Z");
        worst[0].GetProperty("metAt").GetString().Should().Be("2026-11-30T18:00:00Z");
    }

    [Fact]
    public void The_what_if_section_has_the_transitions_the_changes_and_the_difference_from_the_report_policy()
    {
        var whatIf = Json(CriticalAtFourHours).GetProperty("whatIf");

        whatIf.EnumerateObject().Select(p => p.Name).Should().Equal(
            "policy", "tickets", "notEvaluated", "overall", "bySeverity", "transitions", "changedCount", "changed", "worst");
        whatIf.GetProperty("policy").GetString().Should().Be("Critical at 4 hours");
        var transitions = whatIf.GetProperty("transitions");
        foreach (var from in new[] { "pending", "met", "breached" })
        {
            transitions.GetProperty(from).EnumerateObject().Select(p => p.Name).Should().Equal("pending", "met", "breached");
        }

        transitions.GetProperty("breached").GetProperty("met").GetInt64().Should().Be(1);
        transitions.GetProperty("met").GetProperty("met").GetInt64().Should().Be(4);
        transitions.GetProperty("breached").GetProperty("breached").GetInt64().Should().Be(2);
        transitions.GetProperty("pending").GetProperty("pending").GetInt64().Should().Be(1);
        whatIf.GetProperty("changedCount").GetInt64().Should().Be(1);
        var change = whatIf.GetProperty("changed").EnumerateArray().Should().ContainSingle().Subject;
        (change.GetProperty("id").GetString(), change.GetProperty("severity").GetString(), change.GetProperty("from").GetString(), change.GetProperty("to").GetString())
            .Should().Be(("C-2", "critical", "breached", "met"));
        whatIf.GetProperty("worst").EnumerateArray().Select(w => w.GetProperty("id").GetString()).Should().Equal("m-1");

        // What-if 5 met, 2 breached, 1 pending against the report policy's 4, 3, 1.
        var overall = whatIf.GetProperty("overall");
        Verdicts(overall).Should().Be((8, 5, 2, 1));
        Verdicts(overall.GetProperty("difference")).Should().Be((0, 1, -1, 0));
        overall.TryGetProperty("name", out _).Should().BeFalse("the overall group has no level");
        Verdicts(whatIf.GetProperty("bySeverity").GetProperty("critical").GetProperty("difference")).Should().Be((0, 1, -1, 0));
    }

    [Fact]
    public void Writing_to_a_stream_flushes_it_and_ends_with_a_line_end()
    {
        var target = new MemoryStream();
        using var buffered = new BufferedStream(target, 1 << 20);

        ComplianceReportJson.Write(Report(), buffered);

        target.Length.Should().BeGreaterThan(0, "Write flushes the stream it is given");
        target.ToArray()[^1].Should().Be((byte)'\n');
        var noStream = () => ComplianceReportJson.Write(Report(), (Stream)null!);
        noStream.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("output");
    }

    [Fact]
    public void The_aggregator_and_the_report_options_name_what_they_refuse()
    {
        var aggregator = new ComplianceAggregator(ZenputSla.Default, AsOf);

        ((Action)(() => new ComplianceAggregator((TicketEvaluator)null!, null, AsOf, null))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("evaluator");
        ((Action)(() => aggregator.AddRange(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("timelines");
        ((Action)(() => aggregator.AddFailure(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("failure");
        ((Action)(() => aggregator.Merge(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("other");
        ((Action)(() => _ = new ComplianceReportOptions { WorstTickets = -1 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => new WeekdayHourMap(new VerdictCounts[7 * 24]).At(IsoDayOfWeek.None, 0))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void With_room_for_no_worst_ticket_the_report_lists_none()
    {
        // ComplianceReportOptions.WorstTickets may be 0 (the CLI's --worst 0).
        var aggregator = new ComplianceAggregator(ZenputSla.Default, null, AsOf, new ComplianceReportOptions { WorstTickets = 0 });
        aggregator.AddRange(All());

        aggregator.ToReport().Worst.Should().BeEmpty();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Changes_are_listed_by_report_instant_and_failures_by_line_id_and_error_whatever_the_order_they_came_in(bool reversed)
    {
        var c2 = All().Single(t => t.Id == "C-2");
        var later = new TicketTimeline(c2.ReportedAt + Duration.FromMinutes(1), c2.Severity, c2.Events) { Id = "A-later" };
        var aggregator = new ComplianceAggregator(ZenputSla.Default, CriticalAtFourHours, AsOf, null);
        foreach (var ticket in reversed ? new[] { c2, later } : new[] { later, c2 })
        {
            aggregator.Add(ticket);
        }

        foreach (var error in reversed ? new[] { "a", "b" } : new[] { "b", "a" })
        {
            aggregator.AddFailure(new ReportFailure(null, "x", error));
        }

        var report = aggregator.ToReport();

        report.WhatIf!.Changed.Select(c => c.Id).Should().Equal("C-2", "A-later");
        report.Failures.Select(f => f.Error).Should().Equal("a", "b");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Equally_overdue_tickets_of_one_id_list_the_one_not_yet_met_first(bool reversed)
    {
        // Two histories "dup" reported at the same instant, both 1 hour overdue at the report instant: one met then, one not met.
        var reported = AsOf - Duration.FromHours(3);
        var met = new TicketTimeline(reported, ZenputSla.Critical, [new TicketEvent(TicketEventKind.EngineerAssigned, AsOf)]) { Id = "dup" };
        var open = new TicketTimeline(reported, ZenputSla.Critical, []) { Id = "dup" };
        var aggregator = new ComplianceAggregator(ZenputSla.Default, AsOf);
        aggregator.Add(reversed ? open : met);
        aggregator.Add(reversed ? met : open);

        aggregator.ToReport().Worst.Select(w => w.MetAt).Should().Equal(null, AsOf);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_number_id_is_written_as_a_number_and_after_the_same_text_as_a_string_whatever_the_order_or_the_shards(bool reversed)
    {
        // The same Critical ticket three times, 3 hours old at the report instant, created after 5 minutes and updated after
        // 1 h 30 min, with no response (1 hour overdue, breached); ids "7" (a string), 7 (a number) and 08 marked a number but
        // not JSON's (a leading zero), which is written as a string. Under the what-if policy (Critical at 4 hours) the
        // response is due in an hour and the next update (every 2 hours) at 3 h 30 min: pending, a change. Failures alike.
        var reported = AsOf - Duration.FromHours(3);
        TicketTimeline Open(string id, bool number) => new(reported, ZenputSla.Critical, [new TicketEvent(TicketEventKind.TicketCreated, reported + Duration.FromMinutes(5)), new TicketEvent(TicketEventKind.StatusUpdate, reported + Duration.FromMinutes(90))]) { Id = id, IdIsNumber = number };
        var tickets = new[] { Open("7", true), Open("7", false), Open("08", true) };
        var failures = new[] { new ReportFailure(1, "7", "e") { IdIsNumber = true }, new ReportFailure(1, "7", "e"), new ReportFailure(1, "-1.5E+3", "e") { IdIsNumber = true } };
        var first = new ComplianceAggregator(ZenputSla.Default, CriticalAtFourHours, AsOf, null);
        var second = new ComplianceAggregator(ZenputSla.Default, CriticalAtFourHours, AsOf, null);
        for (var i = 0; i < 3; i++)
        {
            var j = reversed ? 2 - i : i;
            (i == 1 ? second : first).Add(tickets[j]);
            (i == 1 ? second : first).AddFailure(failures[j]);
        }

        first.Merge(second);
        var json = JsonDocument.Parse(ComplianceReportJson.Serialize(first.ToReport())).RootElement;

        // Ordinal by text ("08" < "7"), then a string before a number.
        json.GetProperty("worst").EnumerateArray().Select(w => w.GetProperty("id").GetRawText()).Should().Equal("\"08\"", "\"7\"", "7");
        json.GetProperty("whatIf").GetProperty("changed").EnumerateArray().Select(c => c.GetProperty("id").GetRawText()).Should().Equal("\"08\"", "\"7\"", "7");
        json.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("id").GetRawText()).Should().Equal("-1.5E+3", "\"7\"", "7");
    }

    // ---- merging, ordering under ties, pre-1970 maintenance (sample B, session 12) ----

    [Fact]
    public void Aggregators_with_different_options_are_not_merged()
    {
        var a = new ComplianceAggregator(ZenputSla.Default, null, AsOf, null);
        var b = new ComplianceAggregator(ZenputSla.Default, null, AsOf, new ComplianceReportOptions { WorstTickets = 1 });

        ((System.Action)(() => a.Merge(b))).Should().Throw<ArgumentException>().WithMessage("Only aggregators with equal policies*");
    }

    [Fact]
    public void Merged_aggregators_add_up_the_tickets_the_what_if_policy_could_not_evaluate()
    {
        // A what-if policy without Level 3 cannot evaluate a minor ticket (ComplianceAggregatorTests).
        var withoutMinor = SlaPolicyBuilder.From(ZenputSla.Default).WithName("No minor").WithTriageRules(null).ClearTiers()
            .AddTier(ZenputSla.Default.GetTier(1)).AddTier(ZenputSla.Default.GetTier(2)).Build();
        var minor = All().First(t => t.Id == "m-1");
        var a = new ComplianceAggregator(ZenputSla.Default, withoutMinor, AsOf, null);
        var b = new ComplianceAggregator(ZenputSla.Default, withoutMinor, AsOf, null);
        a.Add(minor);
        b.Add(minor);

        a.Merge(b);

        a.ToReport().WhatIf!.NotEvaluated.Should().Be(2);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Equally_overdue_tickets_are_listed_earlier_report_first_then_by_id(bool reversed)
    {
        // ReportOrder.Worst: most overdue first, then the earlier report, then the id.
        var early = AsOf - Duration.FromHours(5);
        TicketTimeline Open(string id, Instant reported) => new(reported, ZenputSla.Critical, []) { Id = id };
        var tickets = new[] { Open("z", early), Open("a", early + Duration.FromMinutes(1)), Open("b", early), };
        var aggregator = new ComplianceAggregator(ZenputSla.Default, AsOf);
        foreach (var ticket in reversed ? Enumerable.Reverse(tickets) : tickets)
        {
            aggregator.Add(ticket);
        }

        // Open at the report instant: z and b are overdue 3 h, a 2 h 59 min.
        aggregator.ToReport().Worst.Select(w => w.Id).Should().Equal("b", "z", "a");

        // Met 3 hours after their reports, ten minutes apart: both 1 hour overdue; the earlier report first whatever the ids.
        TicketTimeline Met(string id, Instant reported) => new(reported, ZenputSla.Critical, [new TicketEvent(TicketEventKind.EngineerAssigned, reported + Duration.FromHours(3))]) { Id = id };
        var met = new ComplianceAggregator(ZenputSla.Default, AsOf);
        foreach (var ticket in reversed ? new[] { Met("z", early), Met("a", early + Duration.FromMinutes(10)) } : new[] { Met("a", early + Duration.FromMinutes(10)), Met("z", early) })
        {
            met.Add(ticket);
        }

        met.ToReport().Worst.Select(w => w.Id).Should().Equal("z", "a");
    }

    [Fact]
    public void A_ticket_reported_in_a_maintenance_window_before_1970_is_counted_as_such()
    {
        // Tuesday 1969-12-30 21:30 PST (05:30 UTC on the 31st), inside the weekly 21:00-23:00 window.
        var reported = Instant.FromUtc(1969, 12, 31, 5, 30);
        var aggregator = new ComplianceAggregator(ZenputSla.Default, Instant.FromUtc(1970, 1, 10, 0, 0));
        aggregator.Add(new TicketTimeline(reported, ZenputSla.Critical, [new TicketEvent(TicketEventKind.EngineerAssigned, reported + Duration.FromMinutes(10))]) { Id = "old" });

        aggregator.ToReport().Overall.ReportedDuringMaintenance.Tickets.Should().Be(1);
    }

    [Fact]
    public void A_long_report_reaches_its_stream_in_parts_as_it_is_written_not_whole_at_the_end()
    {
        // 7,000 weeks with a ticket each: the report is about 2.5 MB of indented JSON. Written whole at the end,
        // a report of 20,000 weeks under 3,000 severities was one 2 GiB buffer, which failed (exit 5, OutOfMemoryException).
        var aggregator = new ComplianceAggregator(ZenputSla.Default, Instant.FromUtc(2200, 1, 1, 0, 0));
        var monday = Instant.FromUtc(2000, 1, 3, 20, 0);
        for (var week = 0; week < 7_000; week++)
        {
            aggregator.Add(new TicketTimeline(monday + Duration.FromDays(7 * week), ZenputSla.Critical) { Id = $"w{week}" });
        }

        var sink = new WriteRecordingStream();
        ComplianceReportJson.Write(aggregator.ToReport(), sink);

        sink.Written.Should().BeGreaterThan(2 << 20);
        sink.LargestWrite.Should().BeLessThanOrEqualTo(1 << 20, "what the writer holds is handed on every 64 KiB or so, not kept to the end");
        using var document = JsonDocument.Parse(sink.ToArray());
        document.RootElement.GetProperty("byWeek").GetArrayLength().Should().Be(7_000);
    }

    /// <summary>A memory stream that remembers the largest single write it was given.</summary>
    private sealed class WriteRecordingStream : MemoryStream
    {
        public long Written { get; private set; }

        public int LargestWrite { get; private set; }

        // MemoryStream's span overload calls this one in a derived type: every write comes through here.
        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void Write(byte[] buffer, int offset, int count)
        {
            Written += count;
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }
    }
}
