using System;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using Zenput.Sla.Maintenance;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// Rules of the SLA clock's public surface that mutation testing (docs/mutation.md, the 2026-12-02 run of
/// <c>Clock/</c>) found no test pinned: each test here failed on a surviving mutant, and states the rule
/// that mutant broke.
/// </summary>
public sealed class ClockMutantTests
{
    private static readonly SlaClock Clock = new(ZenputSla.Default);

    // Zenput's weekly maintenance window: Tuesdays 21:00-23:00 Pacific, 2026-11-25 05:00-07:00 UTC.
    private static readonly Interval TuesdayWindow = new(Instant.FromUtc(2026, 11, 25, 5, 0), Instant.FromUtc(2026, 11, 25, 7, 0));

    private static SeverityTier WithResponseGoal(GoalTarget goal)
    {
        var critical = ZenputSla.Default.GetTier(1);
        return new SeverityTier(critical.Severity, goal, critical.ResolutionProcess);
    }

    [Fact]
    public void Planning_without_a_tier_is_refused_naming_the_tier()
    {
        var plan = () => Clock.Plan(null!, TuesdayWindow.Start);

        plan.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("tier");
    }

    [Fact]
    public void A_zero_response_goal_lists_the_maintenance_window_under_way_at_the_report_also_when_it_starts_then()
    {
        // The goal is due at its start, so the plan lists the windows that hold that instant: one that
        // starts exactly then holds it as much as one already under way, and one ending then does not.
        var tier = WithResponseGoal(GoalTarget.Elapsed(Duration.Zero));

        var atStart = Clock.Plan(tier, TuesdayWindow.Start);
        atStart.ResponseDueAt.Should().Be(TuesdayWindow.Start);
        atStart.MaintenanceDuringGoal.Should().ContainSingle().Which.Interval.Should().Be(TuesdayWindow);

        var underWay = Clock.Plan(tier, TuesdayWindow.Start + Duration.FromHours(1));
        underWay.MaintenanceDuringGoal.Should().ContainSingle().Which.Interval.Should().Be(TuesdayWindow);

        Clock.Plan(tier, TuesdayWindow.End).MaintenanceDuringGoal.Should().BeEmpty();
    }

    [Fact]
    public void A_plan_does_not_list_a_window_that_starts_exactly_when_the_response_is_due()
    {
        // The windows listed are those overlapping [reported, due): one starting at the due instant does not.
        var reported = TuesdayWindow.Start - Duration.FromHours(1);

        Clock.Plan(WithResponseGoal(GoalTarget.Elapsed(Duration.FromHours(1))), reported).MaintenanceDuringGoal.Should().BeEmpty();
        Clock.Plan(WithResponseGoal(GoalTarget.Elapsed(Duration.FromHours(1) + Duration.Epsilon)), reported)
            .MaintenanceDuringGoal.Should().ContainSingle().Which.Interval.Should().Be(TuesdayWindow);
    }

    [Fact]
    public void A_plan_says_the_clock_stops_during_maintenance_when_the_policy_or_the_tier_says_so_and_there_is_maintenance()
    {
        var stopping = new SlaClock(ClockTestKit.Policy(clockStopsDuringMaintenance: true));
        var running = new SlaClock(ClockTestKit.Policy(clockStopsDuringMaintenance: false));
        var withoutMaintenance = new SlaClock(ClockTestKit.Policy(clockStopsDuringMaintenance: false, maintenance: null));
        var policyDecides = GoalTarget.Elapsed(Duration.FromHours(2));
        var reported = TuesdayWindow.Start - Duration.FromHours(1);

        stopping.Plan(WithResponseGoal(policyDecides), reported).ClockStopsDuringMaintenance.Should().BeTrue();
        running.Plan(WithResponseGoal(policyDecides), reported).ClockStopsDuringMaintenance.Should().BeFalse();

        // A tier that decides for itself overrides the policy either way.
        stopping.Plan(WithResponseGoal(policyDecides with { ClockStopsDuringMaintenance = false }), reported).ClockStopsDuringMaintenance.Should().BeFalse();
        running.Plan(WithResponseGoal(policyDecides with { ClockStopsDuringMaintenance = true }), reported).ClockStopsDuringMaintenance.Should().BeTrue();

        // With no maintenance there is nothing to stop for, whatever the tier says.
        withoutMaintenance.Plan(WithResponseGoal(policyDecides with { ClockStopsDuringMaintenance = true }), reported).ClockStopsDuringMaintenance.Should().BeFalse();
    }

    [Fact]
    public void Precompiling_takes_an_empty_range_and_refuses_one_that_ends_before_it_starts_or_leaves_the_supported_instants()
    {
        var clock = new SlaClock(ZenputSla.Default);
        var start = TuesdayWindow.Start;

        clock.Invoking(c => c.Precompile(start, start)).Should().NotThrow();
        clock.Invoking(c => c.Precompile(start, start - Duration.Epsilon)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("to");
        clock.Invoking(c => c.Precompile(SlaClock.SupportedInstants.Start - Duration.Epsilon, start)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("from");
        clock.Invoking(c => c.Precompile(start, SlaClock.SupportedInstants.End + Duration.Epsilon)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("to");
    }

    // Five years span at least three chunks of about 21 months each.
    private static readonly Instant WarmFrom = Instant.FromUtc(2026, 1, 1, 0, 0);
    private static readonly Instant WarmTo = Instant.FromUtc(2031, 1, 1, 0, 0);

    /// <summary>A schedule of its own, like Zenput's (Tuesdays 21:00-23:00 Los Angeles): compiled time is cached per schedule instance, so no other test warms it.</summary>
    private static MaintenanceSchedule FreshTuesdayMaintenance() =>
        new(Zone("America/Los_Angeles"), [MaintenanceRecurrence.Weekly("weekly", "Weekly maintenance", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2))]);

    /// <summary>Los Angeles 17:00-22:30 every day ∩ 20:00-23:30 every day: 20:00-22:30, on Tuesday 24 November 2026 04:00-06:30 UTC.</summary>
    private static SlaPolicyBuilder WithEveningIntersection(SlaPolicyBuilder builder) =>
        builder
            .AddCalendar(Calendar("America/Los_Angeles", Every(AllDays, 17, 0, 22, 30), name: "early"))
            .AddCalendar(Calendar("America/Los_Angeles", Every(AllDays, 20, 0, 23, 30), name: "late"))
            .AddCalendarIntersection("evening", "early", "late");

    [Fact]
    public void A_clock_without_a_policy_is_refused_naming_the_policy()
    {
        var create = () => new SlaClock((SlaPolicy)null!);

        create.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("policy");
    }

    [Fact]
    public void Precompiling_a_range_that_ends_before_it_starts_says_so()
    {
        var precompile = () => Clock.Precompile(TuesdayWindow.End, TuesdayWindow.Start);

        precompile.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The end must not be before the start.*");
    }

    [Fact]
    public void Precompiling_a_calendar_clock_compiles_its_calendar_and_the_24x7_clock_less_maintenance()
    {
        // A clock made from a calendar has no policy and no tiers; it counts elapsed goals on the 24×7 clock
        // less its maintenance windows, so that is compiled too.
        var calendar = NineToFive("America/New_York");
        var clock = new SlaClock(calendar, FreshTuesdayMaintenance());
        clock.CompiledSize(null).Chunks.Should().Be(0);
        clock.CompiledSize("office").Chunks.Should().Be(0);

        clock.Precompile(WarmFrom, WarmTo);

        clock.CompiledSize(null).Chunks.Should().BeGreaterThanOrEqualTo(3);
        clock.CompiledSize("office").Chunks.Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void Precompiling_compiles_the_calendar_a_tier_counts_on_when_it_decides_maintenance_for_itself()
    {
        // The policy stops the clock during maintenance, the minor tier's response goal on the office calendar does
        // not: that tier counts on the plain office calendar, which a clock made from the calendar alone shares.
        var office = NineToFive("America/New_York");
        var minor = ZenputSla.Default.GetTier(3);
        var policy = SlaPolicyBuilder.From(ZenputSla.Default)
            .WithMaintenance(ZenputSla.MaintenanceSchedule, clockStopsDuringMaintenance: true)
            .AddCalendar(office)
            .ReplaceTier(new SeverityTier(minor.Severity, GoalTarget.BusinessTime(Duration.FromHours(8), "office") with { ClockStopsDuringMaintenance = false }, minor.ResolutionProcess))
            .Build();
        var plainOffice = new SlaClock(office);
        plainOffice.CompiledSize("office").Chunks.Should().Be(0);

        new SlaClock(policy).Precompile(WarmFrom, WarmTo);

        plainOffice.CompiledSize("office").Chunks.Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void An_intersection_stops_during_maintenance_when_the_policy_says_so()
    {
        // Tuesday's evening overlap is 04:00-06:30 UTC; maintenance 05:00-07:00 UTC takes 1.5 h of it.
        var stopping = new SlaClock(WithEveningIntersection(SlaPolicyBuilder.From(ZenputSla.Default).WithMaintenance(ZenputSla.MaintenanceSchedule, clockStopsDuringMaintenance: true)).Build());
        var running = new SlaClock(WithEveningIntersection(SlaPolicyBuilder.From(ZenputSla.Default).WithMaintenance(ZenputSla.MaintenanceSchedule, clockStopsDuringMaintenance: false)).Build());
        var measure = GoalTarget.BusinessTime(Duration.Zero, "evening");
        var twoHours = GoalTarget.BusinessTime(Duration.FromHours(2), "evening");
        var tuesday = Instant.FromUtc(2026, 11, 25, 0, 0);

        stopping.Elapsed(tuesday, tuesday + Duration.FromHours(12), measure).Should().Be(Duration.FromHours(1));
        running.Elapsed(tuesday, tuesday + Duration.FromHours(12), measure).Should().Be(Duration.FromHours(2.5));

        // One hour before the window, one more on Wednesday evening (04:00 UTC on the 26th).
        stopping.DueAt(Instant.FromUtc(2026, 11, 25, 4, 0), twoHours).Should().Be(Instant.FromUtc(2026, 11, 26, 5, 0));
        running.DueAt(Instant.FromUtc(2026, 11, 25, 4, 0), twoHours).Should().Be(Instant.FromUtc(2026, 11, 25, 6, 0));
    }

    [Fact]
    public void Without_maintenance_an_intersection_is_compiled_once_whatever_a_goal_says_about_maintenance()
    {
        // With nothing to cut out, the intersection "less maintenance" is the intersection itself: a goal that
        // asks the clock to stop during maintenance counts on (and warms) the same compiled time as the others.
        var clock = new SlaClock(WithEveningIntersection(SlaPolicyBuilder.From(ZenputSla.Default).WithMaintenance(null)).Build());
        clock.CompiledSize("evening").Chunks.Should().Be(0);

        clock.DueAt(Instant.FromUtc(2026, 11, 25, 4, 0), GoalTarget.BusinessTime(Duration.FromHours(2), "evening") with { ClockStopsDuringMaintenance = true })
            .Should().Be(Instant.FromUtc(2026, 11, 25, 6, 0));

        clock.CompiledSize("evening").Chunks.Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_clock_without_a_calendar_is_refused_naming_the_calendar()
    {
        var withoutMaintenance = () => new SlaClock((BusinessCalendar)null!);
        var withMaintenance = () => new SlaClock(null!, ZenputSla.MaintenanceSchedule);

        withoutMaintenance.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("calendar");
        withMaintenance.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("calendar");
    }

    [Fact]
    public void Supported_instants_are_nodatimes_range_less_its_first_and_last_week_both_ends_included()
    {
        var first = Instant.MinValue + Duration.FromDays(7);
        var last = Instant.MaxValue - Duration.FromDays(7);

        SlaClock.SupportedInstants.Start.Should().Be(first);
        SlaClock.SupportedInstants.End.Should().Be(last);
        Clock.DueAt(first, Duration.Zero).Should().Be(first);
        Clock.DueAt(last, Duration.Zero).Should().Be(last);
    }

    [Fact]
    public void A_start_outside_the_supported_instants_is_refused_naming_the_start()
    {
        var goal = GoalTarget.Elapsed(Duration.FromHours(1));
        var tooEarly = SlaClock.SupportedInstants.Start - Duration.Epsilon;
        var tooLate = SlaClock.SupportedInstants.End + Duration.Epsilon;

        foreach (var start in new[] { tooEarly, tooLate })
        {
            Clock.Invoking(c => c.GoalLength(start, goal)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("start");
            Clock.Invoking(c => c.DueAt(start, goal)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("start");
            Clock.Invoking(c => c.DueAt(start, goal, [new Interval(TuesdayWindow.Start, TuesdayWindow.End)])).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("start");
            Clock.Invoking(c => c.Status(start, goal, TuesdayWindow.Start)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("start");
        }
    }

    [Fact]
    public void A_due_instant_without_a_tier_is_refused_naming_the_tier()
    {
        Clock.Invoking(c => c.DueAt(TuesdayWindow.Start, (SeverityTier)null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("tier");
        Clock.Invoking(c => c.DueAt(TuesdayWindow.Start, (SeverityTier)null!, [TuesdayWindow])).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("tier");
    }

    [Fact]
    public void An_exception_made_by_a_caller_keeps_its_failure_calendar_and_message()
    {
        // The public constructor lets a caller (a test double, a wrapper) raise the clock's own failure.
        var made = new SlaClockException(SlaClockFailure.ClockStoppedIndefinitely, "office", "Paused for good.");

        made.Failure.Should().Be(SlaClockFailure.ClockStoppedIndefinitely);
        made.CalendarName.Should().Be("office");
        made.Message.Should().Be("Paused for good.");
        made.InnerException.Should().BeNull();
    }

    [Fact]
    public void Elapsed_time_without_a_tier_is_refused_naming_the_tier()
    {
        Clock.Invoking(c => c.Elapsed(TuesdayWindow.Start, TuesdayWindow.End, (SeverityTier)null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("tier");
        Clock.Invoking(c => c.Elapsed(TuesdayWindow.Start, TuesdayWindow.End, (SeverityTier)null!, [TuesdayWindow])).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("tier");
    }

    [Fact]
    public void The_compiled_size_diagnostic_reads_the_24x7_clock_without_a_name_and_the_named_calendar_with_one()
    {
        // A clock that stops during maintenance counts elapsed goals on the 24x7 clock less the weekly window,
        // compiled in chunks as it is used; the office calendar (less the window too) is compiled only when a
        // goal counts on it. Fresh calendar and schedule instances, so that no other test has warmed them.
        var office = ClockTestKit.NineToFive("America/Los_Angeles");
        var clock = new SlaClock(ClockTestKit.Policy(true, FreshTuesdayMaintenance(), office));
        clock.CompiledSize(null).Chunks.Should().Be(0);
        clock.CompiledSize("office").Chunks.Should().Be(0);

        clock.DueAt(TuesdayWindow.Start, Duration.FromHours(1));
        clock.CompiledSize(null).Chunks.Should().BeGreaterThan(0);
        clock.CompiledSize("office").Chunks.Should().Be(0);

        clock.DueAt(TuesdayWindow.Start, GoalTarget.BusinessTime(Duration.FromHours(1), "office"));
        clock.CompiledSize("office").Chunks.Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_business_days_goal_is_refused_exactly_when_its_last_working_day_closes_after_the_supported_instants()
    {
        // Mon-Fri 09:00-17:00 Pacific. The last supported instant, 9999-12-24T23:59:59.999999999Z, is Friday
        // 24 December 15:59:59 PST. From Monday 13 December 10:00 PST (day 0), eight working days end with
        // Thursday 23 December, closing at 17:00 PST, 9999-12-24T01:00Z; nine end with Friday 24 December,
        // closing at 17:00 PST, 9999-12-25T01:00Z, after the range.
        var office = ClockTestKit.NineToFive("America/Los_Angeles");
        var clock = new SlaClock(ClockTestKit.Policy(false, office));
        var start = Instant.FromUtc(9999, 12, 13, 18, 0);

        clock.DueAt(start, GoalTarget.BusinessDays(8, "office")).Should().Be(Instant.FromUtc(9999, 12, 24, 1, 0));
        var tooLong = () => clock.DueAt(start, GoalTarget.BusinessDays(9, "office"));
        tooLong.Should().Throw<SlaClockException>().Which.Failure.Should().Be(SlaClockFailure.BeyondRepresentableRange);
        var length = () => clock.GoalLength(start, GoalTarget.BusinessDays(9, "office"));
        length.Should().Throw<SlaClockException>().Which.Failure.Should().Be(SlaClockFailure.BeyondRepresentableRange);
    }

    [Fact]
    public void A_status_at_an_instant_outside_the_supported_instants_is_refused_naming_it()
    {
        var goal = GoalTarget.Elapsed(Duration.FromHours(1));
        var first = SlaClock.SupportedInstants.Start;
        var last = SlaClock.SupportedInstants.End;

        Clock.Invoking(c => c.Status(first, goal, first - Duration.Epsilon)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("at");
        Clock.Invoking(c => c.Status(last - Duration.FromHours(2), goal, last + Duration.Epsilon)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("at");
    }

    [Fact]
    public void A_status_without_a_tier_is_refused_naming_the_tier()
    {
        Clock.Invoking(c => c.Status(TuesdayWindow.Start, (SeverityTier)null!, TuesdayWindow.End)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("tier");
        Clock.Invoking(c => c.Status(TuesdayWindow.Start, (SeverityTier)null!, TuesdayWindow.End, [TuesdayWindow])).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("tier");
    }

    [Fact]
    public void A_negative_goal_of_any_kind_is_refused_naming_the_goal_and_saying_it_must_not_be_negative()
    {
        var clock = new SlaClock(NineToFive("America/New_York"));
        var start = TuesdayWindow.Start;
        (GoalTarget Goal, string Message)[] cases =
        [
            (GoalTarget.Elapsed(-Duration.Epsilon), "A goal must not be negative.*"),
            (GoalTarget.BusinessTime(-Duration.FromHours(1), "office"), "A goal must not be negative.*"),
            (GoalTarget.CalendarDays(-1), "A calendar-days goal must not be negative.*"),
            (GoalTarget.BusinessDays(-1, "office"), "A business-days goal must not be negative.*"),
        ];

        foreach (var (goal, message) in cases)
        {
            clock.Invoking(c => c.DueAt(start, goal)).Should().Throw<ArgumentOutOfRangeException>().WithMessage(message).Which.ParamName.Should().Be("goal");
            clock.Invoking(c => c.GoalLength(start, goal)).Should().Throw<ArgumentOutOfRangeException>().WithMessage(message).Which.ParamName.Should().Be("goal");
        }
    }

    [Fact]
    public void Elapsed_time_is_refused_for_an_end_before_the_start_or_an_instant_outside_the_supported_ones_naming_which()
    {
        var goal = GoalTarget.Elapsed(Duration.FromHours(1));
        var first = SlaClock.SupportedInstants.Start;
        var last = SlaClock.SupportedInstants.End;

        Clock.Invoking(c => c.Elapsed(TuesdayWindow.End, TuesdayWindow.Start, goal)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The end must not be before the start.*").Which.ParamName.Should().Be("end");
        Clock.Invoking(c => c.Elapsed(first - Duration.Epsilon, first, goal)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("start");
        Clock.Invoking(c => c.Elapsed(last, last + Duration.Epsilon, goal)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("end");
    }

    [Fact]
    public void A_goal_naming_a_calendar_of_a_policy_that_has_none_says_it_defines_none()
    {
        // The built-in policy defines no business calendars.
        var dueAt = () => Clock.DueAt(TuesdayWindow.Start, GoalTarget.BusinessTime(Duration.FromHours(1), "office"));

        dueAt.Should().Throw<ArgumentException>()
            .WithMessage("The policy 'Zenput Support SLA' defines no business calendar named 'office'; it defines none.*")
            .Which.ParamName.Should().Be("goal");
    }

    [Fact]
    public void A_calendar_days_goal_that_would_end_after_the_supported_instants_says_how_many_days()
    {
        // Three million days from 2026 is about the year 10240, past the last supported instant (9999-12-24).
        var dueAt = () => Clock.DueAt(TuesdayWindow.Start, GoalTarget.CalendarDays(3_000_000));

        dueAt.Should().Throw<SlaClockException>().WithMessage("A goal of 3000000 calendar days counted on *")
            .Which.Failure.Should().Be(SlaClockFailure.BeyondRepresentableRange);
    }

    [Fact]
    public void A_calendar_days_goal_is_refused_exactly_when_it_would_end_after_the_last_supported_instant()
    {
        // README: "A goal that would end after the supported range throws BeyondRepresentableRange"; the last
        // supported instant is 9999-12-24T23:59:59.999999999Z. 9999-12-01T00:00Z is 30 November 16:00 Pacific
        // (PST, no clock change in December): 23 calendar days end on 23 December at 16:00 PST,
        // 9999-12-24T00:00Z, inside the range; 24 days end on 24 December at 16:00 PST, 9999-12-25T00:00Z,
        // after it.
        var start = Instant.FromUtc(9999, 12, 1, 0, 0);

        Clock.DueAt(start, GoalTarget.CalendarDays(23)).Should().Be(Instant.FromUtc(9999, 12, 24, 0, 0));
        Clock.GoalLength(start, GoalTarget.CalendarDays(23)).Should().Be(Duration.FromDays(23));
        var tooLong = () => Clock.DueAt(start, GoalTarget.CalendarDays(24));
        tooLong.Should().Throw<SlaClockException>().WithMessage("A goal of 24 calendar days counted on *")
            .Which.Failure.Should().Be(SlaClockFailure.BeyondRepresentableRange);

        // A goal ending on the last supported instant itself is not after it.
        var last = SlaClock.SupportedInstants.End;
        Clock.DueAt(last - Duration.FromDays(23), GoalTarget.CalendarDays(23)).Should().Be(last);
    }

    [Fact]
    public void The_clocks_own_time_running_intervals_and_latest_start_refuse_instants_outside_the_supported_ones_naming_each()
    {
        var goal = GoalTarget.Elapsed(Duration.FromHours(1));
        var hour = Duration.FromHours(1);
        var first = SlaClock.SupportedInstants.Start;
        var last = SlaClock.SupportedInstants.End;
        var tooEarly = first - Duration.Epsilon;
        var tooLate = last + Duration.Epsilon;

        (Action Call, string Name)[] cases =
        [
            (() => Clock.DueAt(tooEarly, hour), "start"),
            (() => Clock.DueAt(tooLate, hour, [TuesdayWindow]), "start"),
            (() => Clock.Status(tooEarly, hour, first), "start"),
            (() => Clock.Status(first, hour, tooEarly), "at"),
            (() => Clock.IsRunningAt(tooEarly), "instant"),
            (() => Clock.IsRunningAt(tooLate, goal), "instant"),
            (() => Clock.RunningIntervals(tooEarly, first).ToList(), "from"),
            (() => Clock.RunningIntervals(last, tooLate).ToList(), "to"),
            (() => Clock.RunningIntervals(tooEarly, first, goal).ToList(), "from"),
            (() => Clock.RunningIntervals(last, tooLate, goal).ToList(), "to"),
            (() => Clock.LatestStart(tooLate, goal), "deadline"),
            (() => Clock.LatestStart(tooLate, hour), "deadline"),
        ];

        foreach (var (call, name) in cases)
        {
            call.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(name);
        }
    }

    [Fact]
    public void Reclassifying_without_either_tier_is_refused_naming_which()
    {
        var critical = ZenputSla.Default.GetTier(1);

        Clock.Invoking(c => c.Reclassify(TuesdayWindow.Start, null!, critical)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("originalTier");
        Clock.Invoking(c => c.Reclassify(TuesdayWindow.Start, critical, null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("currentTier");
    }

    [Fact]
    public void Latest_start_refuses_a_goal_whose_length_depends_on_its_start_saying_why()
    {
        var latestStart = () => Clock.LatestStart(TuesdayWindow.End, GoalTarget.CalendarDays(3));

        latestStart.Should().Throw<ArgumentException>()
            .WithMessage("LatestStart counts back a fixed amount of SLA time, which only elapsed and business-time goals have; the length of a * goal (*) depends on when it starts.*")
            .Which.ParamName.Should().Be("goal");
    }

    [Fact]
    public void A_status_reads_as_the_time_used_of_the_goal_when_it_is_due_and_whether_it_is_breached()
    {
        var start = TuesdayWindow.Start;
        var used = Duration.FromHours(1);
        var twoHours = Duration.FromHours(2);

        // Half of a two-hour goal one hour in; a one-hour goal two hours in is breached; an open pause from the start never lets it fall due.
        Clock.Status(start, twoHours, start + used).ToString().Should().Be($"{used} of {twoHours} used (50 %) at {start + used}, due {start + twoHours}, not breached");
        Clock.Status(start, used, start + twoHours).ToString().Should().Be($"{twoHours} of {used} used (200 %) at {start + twoHours}, due {start + used}, breached");
        Clock.Status(start, used, start + twoHours, [new Interval(start, null)]).ToString().Should().Be($"{Duration.Zero} of {used} used (0 %) at {start + twoHours}, due never (clock stopped), not breached");
    }

    [Fact]
    public void Statuses_are_equal_by_every_means_exactly_when_all_five_parts_are()
    {
        var start = TuesdayWindow.Start;
        var at = start + Duration.FromHours(1);
        var goal = Duration.FromHours(2);
        var status = new SlaStatus(start, at, goal, Duration.FromHours(1), start + goal);
        var same = new SlaStatus(start, at, goal, Duration.FromHours(1), start + goal);

        (status == same).Should().BeTrue();
        (status != same).Should().BeFalse();
        status.Equals(same).Should().BeTrue();
        status.Equals((object)same).Should().BeTrue();
        status.GetHashCode().Should().Be(same.GetHashCode());

        SlaStatus[] others =
        [
            new(start - Duration.Epsilon, at, goal, Duration.FromHours(1), start + goal),
            new(start, at + Duration.Epsilon, goal, Duration.FromHours(1), start + goal),
            new(start, at, goal + Duration.Epsilon, Duration.FromHours(1), start + goal),
            new(start, at, goal, Duration.FromHours(1) + Duration.Epsilon, start + goal),
            new(start, at, goal, Duration.FromHours(1), start + goal + Duration.Epsilon),
            new(start, at, goal, Duration.FromHours(1), null),
        ];
        foreach (var other in others)
        {
            (status == other).Should().BeFalse();
            (status != other).Should().BeTrue();
            status.Equals(other).Should().BeFalse();
            status.Equals((object)other).Should().BeFalse();
        }

        // Something that is not a status is never equal to one, not even to the default status.
        default(SlaStatus).Equals((object)"a status").Should().BeFalse();
        status.Equals(null).Should().BeFalse();
    }
}
