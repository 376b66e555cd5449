using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Engine;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Tests.Engine;

/// <summary>
/// Rules of the chunked engine's parts that mutation testing (docs/mutation.md) found no test pinned:
/// each test here failed on a surviving mutant, and states the rule that mutant broke.
/// </summary>
public sealed class EngineMutantTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 24, 0, 0);

    private static Instant At(int minutes) => T0 + Duration.FromMinutes(minutes);

    private static InstantSpan Span(int from, int to) => new(At(from), At(to));

    private static BusinessCalendar Calendar(IEnumerable<Holiday>? holidays = null, IEnumerable<ExtraWorkingDay>? extraDays = null, bool weekdays = true) =>
        new(
            "office",
            DateTimeZone.Utc,
            weekdays
                ? new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
                    .Select(d => new WorkingWindow(d, new LocalTime(9, 0), new LocalTime(17, 0)))
                : [],
            holidays,
            extraDays);

    [Fact]
    public void Merging_joins_touching_spans_into_one()
    {
        var spans = new List<InstantSpan> { Span(60, 90), Span(0, 30), Span(30, 60) };

        SpanSets.SortAndMerge(spans);

        spans.Should().Equal(Span(0, 90));
    }

    [Fact]
    public void Merging_drops_empty_and_inverted_spans_and_keeps_the_later_end_of_a_contained_span()
    {
        var spans = new List<InstantSpan> { Span(10, 10), Span(50, 40), Span(0, 100), Span(20, 30), Span(150, 150), Span(170, 160), Span(200, 300) };

        SpanSets.SortAndMerge(spans);

        spans.Should().Equal(Span(0, 100), Span(200, 300));
    }

    [Fact]
    public void Subtracting_splits_a_span_around_each_removed_span_and_reuses_a_removed_span_for_the_next_span()
    {
        var working = new List<InstantSpan> { Span(0, 100), Span(150, 300) };
        var removed = new List<InstantSpan> { Span(20, 30), Span(90, 160), Span(200, 210) };

        SpanSets.Subtract(working, removed, At(-1000), At(1000))
            .Should().Equal(Span(0, 20), Span(30, 90), Span(160, 200), Span(210, 300));
    }

    [Fact]
    public void Subtracting_leaves_no_empty_span_where_a_removed_span_starts_or_ends_with_a_working_span()
    {
        // Stryker 2026-12-02: "removed.Start > start" → ">=" and the final "start < end" → "<=" each added an empty span.
        SpanSets.Subtract([Span(0, 100), Span(200, 300)], [Span(0, 10), Span(250, 300)], At(-1000), At(1000))
            .Should().Equal(Span(10, 100), Span(200, 250));
    }

    [Fact]
    public void Subtracting_clips_to_the_range()
    {
        SpanSets.Subtract([Span(0, 100)], [Span(40, 50)], At(10), At(45))
            .Should().Equal(Span(10, 40));
    }

    [Fact]
    public void Intersecting_spans_that_only_touch_gives_no_empty_span()
    {
        // Stryker 2026-12-02: Intersect's "start < end" → "<=" added an empty span where a span of one
        // calendar ends as a span of the other starts; the result must stay merged (no empty spans).
        List<InstantSpan> a = [Span(0, 60), Span(120, 180)];
        List<InstantSpan> b = [Span(60, 120), Span(180, 240)];

        SpanSets.Intersect(a, b).Should().BeEmpty();
        SpanSets.Intersect(b, a).Should().BeEmpty();
    }

    [Fact]
    public void Intersecting_keeps_the_common_parts_of_overlapping_contained_and_equally_ending_spans()
    {
        List<InstantSpan> a = [Span(0, 60), Span(100, 200), Span(300, 400)];
        List<InstantSpan> b = [Span(30, 60), Span(120, 150), Span(170, 350)];

        SpanSets.Intersect(a, b).Should().Equal(Span(30, 60), Span(120, 150), Span(170, 200), Span(300, 350));
        SpanSets.Intersect(b, a).Should().Equal(Span(30, 60), Span(120, 150), Span(170, 200), Span(300, 350));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(Pauses.StackLimit + 5)]
    public void Normalising_pauses_merges_touching_ones_drops_empty_inverted_and_earlier_ones_and_clips_to_the_start(int copies)
    {
        // The same shapes repeated (shuffled), below and above the insertion-sort limit.
        var shapes = new[]
        {
            new Interval(At(10), At(20)), new Interval(At(20), At(30)), // touching: one pause
            new Interval(At(40), At(40)),                                // empty
            new Interval(At(-50), At(-10)),                              // ends before the start
            new Interval(At(-5), At(5)),                                 // starts before the start
            new Interval(At(100), null),                                 // open
        };
        var pauses = Enumerable.Range(0, copies).SelectMany(_ => shapes).Reverse().ToArray();
        var buffer = new InstantSpan[pauses.Length];

        var count = Pauses.Normalize(pauses, T0, buffer);

        buffer[..count].Should().Equal(Span(0, 5), Span(10, 30), new InstantSpan(At(100), Pauses.Open));
    }

    [Fact]
    public void A_pause_that_ends_exactly_at_the_start_is_dropped_not_kept_as_an_empty_pause()
    {
        // Alone, so no pause from before the start can absorb the empty one by merging.
        Interval[] pauses = [new Interval(At(-10), At(0)), new Interval(At(10), At(20))];
        var buffer = new InstantSpan[pauses.Length];

        var count = Pauses.Normalize(pauses, T0, buffer);

        buffer[..count].Should().Equal(Span(10, 20));
    }

    [Fact]
    public void A_chunk_is_working_from_the_first_interval_start_up_to_but_not_at_each_interval_end()
    {
        var chunk = new TimelineChunk(T0, T0 + Duration.FromDays(1), [0, 100], [50, 200]);

        new[] { -1L, 0, 49, 50, 99, 100, 199, 200 }.Select(chunk.IsWorkingAt)
            .Should().Equal(false, true, true, false, false, true, true, false);
        chunk.WorkBefore(75).Should().Be(50);
        chunk.WorkBefore(150).Should().Be(100);
        chunk.OffsetAfterWork(50).Should().Be(50);
        chunk.OffsetAfterWork(51).Should().Be(101);
    }

    [Fact]
    public void An_annual_holiday_closes_its_own_day_only_not_the_same_day_of_other_months()
    {
        var rules = new CalendarRules(Calendar([Holiday.EveryYear("Christmas", new AnnualDate(12, 25))]));

        OpeningsOn(rules, new LocalDate(2026, 12, 25)).Should().BeEmpty();
        OpeningsOn(rules, new LocalDate(2026, 11, 25)).Should().ContainSingle("a Wednesday in November is an ordinary day");
        OpeningsOn(rules, new LocalDate(2026, 12, 24)).Should().ContainSingle();
    }

    /// <summary>The working spans the rules give within one UTC day (the test calendar's zone), less the holidays that close whole days.</summary>
    private static List<InstantSpan> OpeningsOn(CalendarRules rules, LocalDate date)
    {
        var from = date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var to = from + Duration.FromDays(1);
        var working = new List<InstantSpan>();
        var closed = new List<InstantSpan>();
        rules.Collect(from, to, working, closed);
        return CalendarRules.OpenTime(working, closed).Where(s => s.End > from && s.Start < to).ToList();
    }

    [Fact]
    public void An_annual_partial_closure_applies_on_its_own_day_only()
    {
        var rules = new CalendarRules(Calendar([Holiday.PartOfEveryYear("Eve", new AnnualDate(12, 24), new LocalTime(12, 0), new LocalTime(17, 0))]));
        var closedOnEve = new List<InstantSpan>();
        var closedInNovember = new List<InstantSpan>();

        rules.Collect(Instant.FromUtc(2026, 12, 24, 0, 0), Instant.FromUtc(2026, 12, 24, 23, 0), [], closedOnEve);
        rules.Collect(Instant.FromUtc(2026, 11, 24, 0, 0), Instant.FromUtc(2026, 11, 24, 23, 0), [], closedInNovember);

        closedOnEve.Should().Contain(new InstantSpan(Instant.FromUtc(2026, 12, 24, 12, 0), Instant.FromUtc(2026, 12, 24, 17, 0)));
        closedInNovember.Should().BeEmpty();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Regular_weeks_start_after_the_latest_dated_holiday_or_extra_day_whatever_their_order(bool reversed)
    {
        var holidays = new[] { Holiday.On("new year", new LocalDate(2027, 1, 1)), Holiday.On("mid-year", new LocalDate(2026, 7, 3)) };
        var extraDays = new[] { new ExtraWorkingDay(new LocalDate(2026, 6, 6), [new OpeningHours(new LocalTime(10, 0), new LocalTime(14, 0))]), new ExtraWorkingDay(new LocalDate(2025, 6, 7), [new OpeningHours(new LocalTime(10, 0), new LocalTime(14, 0))]) };
        if (reversed)
        {
            Array.Reverse(holidays);
            Array.Reverse(extraDays);
        }

        new CalendarRules(Calendar(holidays, extraDays)).RegularFrom.Should().Be(DateBounds.EndOfDateAnywhere(new LocalDate(2027, 1, 1)));
        new CalendarRules(Calendar(extraDays: extraDays)).RegularFrom.Should().Be(DateBounds.EndOfDateAnywhere(new LocalDate(2026, 6, 6)));
        new CalendarRules(Calendar(holidays, [new ExtraWorkingDay(new LocalDate(2028, 2, 29), [new OpeningHours(new LocalTime(10, 0), new LocalTime(14, 0))])]))
            .RegularFrom.Should().Be(DateBounds.EndOfDateAnywhere(new LocalDate(2028, 2, 29)));
        new CalendarRules(Calendar(holidays)).RegularFrom.Should().Be(DateBounds.EndOfDateAnywhere(new LocalDate(2027, 1, 1)));
        new CalendarRules(Calendar()).RegularFrom.Should().Be(ClockRange.Min);
    }

    [Fact]
    public void Regular_weeks_end_before_the_earliest_dated_item_and_a_schedules_first_and_last_dates_are_dated_items()
    {
        // Stryker 2026-12-02: RegularUntil's Min → Max, its "no dated items" branch, and the schedule dates left out all survived.
        var holidays = new[] { Holiday.On("new year", new LocalDate(2027, 1, 1)), Holiday.On("mid-year", new LocalDate(2026, 7, 3)) };
        var extraDays = new[] { new ExtraWorkingDay(new LocalDate(2026, 6, 6), [new OpeningHours(new LocalTime(10, 0), new LocalTime(14, 0))]), new ExtraWorkingDay(new LocalDate(2025, 6, 7), [new OpeningHours(new LocalTime(10, 0), new LocalTime(14, 0))]) };
        var bounded = new WeeklySchedule(new LocalDate(2030, 3, 1), [new WorkingWindow(IsoDayOfWeek.Saturday, new LocalTime(9, 0), new LocalTime(12, 0))], new LocalDate(2031, 3, 1));

        new CalendarRules(Calendar(holidays, extraDays)).RegularUntil.Should().Be(DateBounds.StartOfDateAnywhere(new LocalDate(2025, 6, 7)));
        new CalendarRules(Calendar(holidays)).RegularUntil.Should().Be(DateBounds.StartOfDateAnywhere(new LocalDate(2026, 7, 3)));
        new CalendarRules(Calendar()).RegularUntil.Should().Be(ClockRange.Max, "a calendar with no dated items is regular everywhere");

        var scheduled = new CalendarRules(WithSchedules(Calendar(), bounded));
        scheduled.RegularUntil.Should().Be(DateBounds.StartOfDateAnywhere(new LocalDate(2030, 3, 1)), "a schedule changes the weeks from its first date");
        scheduled.RegularFrom.Should().Be(DateBounds.EndOfDateAnywhere(new LocalDate(2031, 3, 1)), "and back after its last date");
    }

    [Fact]
    public void With_an_Easter_holiday_no_stretch_of_the_calendar_is_regular()
    {
        // Stryker 2026-12-02: both Easter branches (forced off, or their bound swapped) survived.
        var easter = new CalendarRules(Calendar([Holiday.ByRule("Easter Monday", HolidayRule.Easter(1)), Holiday.On("new year", new LocalDate(2027, 1, 1))]));

        easter.RegularFrom.Should().Be(ClockRange.Max);
        easter.RegularUntil.Should().Be(ClockRange.Min);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_calendar_is_provably_closed_after_the_last_weekly_change_when_the_open_ended_schedule_that_took_effect_last_has_no_hours(bool reversed)
    {
        // Stryker 2026-12-02: choosing the earliest open-ended schedule, the bounded ones, or always the calendar's own windows survived.
        var weekdays = new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday }.Select(d => new WorkingWindow(d, new LocalTime(9, 0), new LocalTime(17, 0))).ToArray();
        var schedules = new[]
        {
            new WeeklySchedule(new LocalDate(2027, 1, 1), []),
            new WeeklySchedule(new LocalDate(2026, 1, 1), weekdays),
            new WeeklySchedule(new LocalDate(2028, 1, 1), weekdays, new LocalDate(2028, 6, 30)),
        };
        if (reversed)
        {
            Array.Reverse(schedules);
        }

        var rules = new CalendarRules(WithSchedules(Calendar(), schedules));
        var lastChange = DateBounds.EndOfDateAnywhere(new LocalDate(2028, 6, 30));

        rules.ProvablyClosedFrom(lastChange).Should().BeTrue();
        rules.ProvablyClosedFrom(lastChange - Duration.Epsilon).Should().BeFalse();
        rules.ProvablyClosedBefore(ClockRange.Min + Duration.FromDays(10)).Should().BeFalse("the calendar's own windows apply before the first schedule");
    }

    [Fact]
    public void A_calendar_with_no_hours_and_no_dated_items_is_provably_closed_over_the_whole_range_and_one_opening_later_only_after_it()
    {
        // Stryker 2026-12-02: the "no weekly changes" bounds swapped (Min ↔ Max) survived.
        var never = new CalendarRules(Calendar(weekdays: false));
        never.ProvablyClosedFrom(ClockRange.Min).Should().BeTrue();
        never.ProvablyClosedBefore(ClockRange.Max).Should().BeTrue();

        var opensLater = new CalendarRules(WithSchedules(
            Calendar(weekdays: false),
            new WeeklySchedule(new LocalDate(2031, 1, 1), [new WorkingWindow(IsoDayOfWeek.Tuesday, new LocalTime(9, 0), new LocalTime(17, 0))]),
            new WeeklySchedule(new LocalDate(2030, 1, 1), [new WorkingWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))])));
        opensLater.ProvablyClosedFrom(ClockRange.Max).Should().BeFalse("the schedule opening on Tuesdays never ends");
        opensLater.ProvablyClosedBefore(DateBounds.StartOfDateAnywhere(new LocalDate(2030, 1, 1))).Should().BeTrue();
        opensLater.ProvablyClosedBefore(DateBounds.StartOfDateAnywhere(new LocalDate(2030, 1, 1)) + Duration.Epsilon).Should().BeFalse();
    }

    [Fact]
    public void Collecting_adds_only_the_opening_hours_that_overlap_the_range_not_those_ending_at_its_start_or_starting_at_its_end()
    {
        // Stryker 2026-12-02: the overlap test ("End > from", "Start < to", and their "&&") loosened in four ways survived.
        var working = new List<InstantSpan>();

        new CalendarRules(Calendar()).Collect(Instant.FromUtc(2026, 11, 23, 17, 0), Instant.FromUtc(2026, 11, 24, 9, 0), working, []);

        working.Should().BeEmpty("Monday's hours end as the range starts and Tuesday's start as it ends");
        new CalendarRules(Calendar()).Collect(Instant.FromUtc(2026, 11, 23, 16, 59), Instant.FromUtc(2026, 11, 24, 9, 1), working, []);
        working.Should().Equal(new InstantSpan(Instant.FromUtc(2026, 11, 23, 9, 0), Instant.FromUtc(2026, 11, 23, 17, 0)), new InstantSpan(Instant.FromUtc(2026, 11, 24, 9, 0), Instant.FromUtc(2026, 11, 24, 17, 0)));
    }

    [Fact]
    public void Opening_hours_that_fall_wholly_in_a_clock_change_gap_are_not_collected_as_an_empty_span()
    {
        // Stryker 2026-12-02: "span.End > span.Start" → ">=" survived. In London 01:00-02:00 does not exist on 29 March 2026:
        // both ends of 01:00-01:30 resolve to 02:00 BST (rule 5), so the hours are empty that day.
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var calendar = new BusinessCalendar("night", london, [new WorkingWindow(IsoDayOfWeek.Sunday, new LocalTime(1, 0), new LocalTime(1, 30))]);
        var working = new List<InstantSpan>();

        new CalendarRules(calendar).Collect(Instant.FromUtc(2026, 3, 28, 12, 0), Instant.FromUtc(2026, 3, 29, 12, 0), working, []);

        working.Should().BeEmpty();
    }

    [Fact]
    public void Open_time_removes_every_closure_whatever_order_the_closures_were_collected_in()
    {
        // Stryker 2026-12-02: not sorting the closures survived; a later closure listed first hid an earlier one.
        CalendarRules.OpenTime([Span(540, 1020)], [Span(840, 900), Span(600, 660)])
            .Should().Equal(Span(540, 600), Span(660, 840), Span(900, 1020));
    }

    [Fact]
    public void Of_two_schedules_taking_effect_on_the_same_date_the_first_listed_applies_as_the_calendar_states_it()
    {
        // Stryker 2026-12-02: "schedule.From > latest.From" → ">=" (the last listed wins) survived.
        var date = new LocalDate(2030, 1, 7); // a Monday
        var calendar = WithSchedules(
            Calendar(),
            new WeeklySchedule(date, [new WorkingWindow(IsoDayOfWeek.Monday, new LocalTime(8, 0), new LocalTime(12, 0))]),
            new WeeklySchedule(date, [new WorkingWindow(IsoDayOfWeek.Monday, new LocalTime(13, 0), new LocalTime(18, 0))]));

        calendar.HoursStartingOn(date).Should().Equal(new OpeningHours(new LocalTime(8, 0), new LocalTime(12, 0)));
        OpeningsOn(new CalendarRules(calendar), date)
            .Should().Equal(new InstantSpan(Instant.FromUtc(2030, 1, 7, 8, 0), Instant.FromUtc(2030, 1, 7, 12, 0)));
    }

    [Fact]
    public void A_holiday_200_days_before_Easter_closes_its_day_in_the_year_before_that_Easter()
    {
        // Stryker 2026-12-02: expanding the rules only up to the range's own year ("year <= last.Year + 1" → "<") survived.
        // Easter 2027 is 28 March, so Easter - 200 days is Wednesday 9 September 2026.
        var rules = new CalendarRules(Calendar([Holiday.ByRule("Easter - 200", HolidayRule.Easter(-200))]));

        OpeningsOn(rules, new LocalDate(2026, 9, 9)).Should().BeEmpty();
        OpeningsOn(rules, new LocalDate(2026, 9, 8)).Should().ContainSingle("the Tuesday before is an ordinary day");
    }

    private static BusinessCalendar WithSchedules(BusinessCalendar calendar, params WeeklySchedule[] schedules) =>
        new(calendar.Name, calendar.Zone, calendar.Windows, calendar.Holidays, calendar.ExtraWorkingDays, schedules);

    [Fact]
    public void A_goal_that_ends_in_the_last_chunk_is_reached_not_reported_beyond_the_range()
    {
        var timeline = new ChunkedTimeline(AlwaysWorkingSource.Instance, null);
        var lastChunkStart = Instant.FromUnixTimeTicks((ClockRange.Max.ToUnixTimeTicks() >> 49) << 49);
        var from = lastChunkStart - Duration.FromDays(1);

        timeline.Advance(from, Duration.FromDays(2)).Should().Be(from + Duration.FromDays(2));
        timeline.Advance(ClockRange.Max - Duration.FromDays(1), Duration.FromDays(1)).Should().Be(ClockRange.Max);
        FluentActions.Invoking(() => timeline.Advance(ClockRange.Max - Duration.FromDays(1), Duration.FromDays(1) + Duration.Epsilon))
            .Should().Throw<TimelineException>().Which.Failure.Should().Be(TimelineFailure.BeyondRange);
    }

    [Fact]
    public void Counting_back_may_end_at_the_ranges_first_instant_and_may_cross_into_the_first_chunk()
    {
        // Stryker 2026-12-02 (timeouts, no test failed fast): "amount > to - ClockRange.Min" → ">=" and "k < _firstChunk" → "<=".
        var timeline = new ChunkedTimeline(AlwaysWorkingSource.Instance, null);
        var secondChunkStart = Instant.FromUnixTimeTicks(((ClockRange.Min.ToUnixTimeTicks() >> 49) + 1) << 49);
        (secondChunkStart - ClockRange.Min).Should().BeGreaterThan(Duration.FromDays(2), "the first chunk is long enough for this test");

        timeline.Retreat(ClockRange.Min + Duration.FromDays(1), Duration.FromDays(1)).Should().Be(ClockRange.Min);
        timeline.Retreat(secondChunkStart + Duration.FromDays(1), Duration.FromDays(2)).Should().Be(secondChunkStart - Duration.FromDays(1));
    }

    [Fact]
    public void Working_time_that_uses_up_a_whole_chunk_exactly_ends_at_its_last_close_forward_and_at_its_first_opening_backward()
    {
        // Stryker 2026-12-02 (timeouts): "remaining <= work" → "<" (forward and backward hops) and "amount <= done" → "<".
        // Chunks are 2^49 ticks of the Unix epoch: chunk 31 runs from Sunday 2025-04-20 10:27 to Sunday 2027-01-31 23:57 UTC,
        // so its working time on weekdays 09:00-17:00 is 465 weekdays (Monday 2025-04-21 to Friday 2027-01-29) of 8 hours.
        var timeline = new ChunkedTimeline(new CalendarRules(Calendar()), null);
        var chunk = Duration.FromHours(465 * 8);
        var lastClose = Instant.FromUtc(2027, 1, 29, 17, 0);
        var firstOpening = Instant.FromUtc(2025, 4, 21, 9, 0);

        timeline.Advance(Instant.FromUtc(2025, 4, 18, 17, 0), chunk).Should().Be(lastClose, "the goal is met at the chunk's last close, not at the next opening");
        timeline.Retreat(Instant.FromUtc(2027, 2, 1, 9, 0), chunk).Should().Be(firstOpening, "hopping back over the whole chunk ends at its first opening");
        timeline.Retreat(lastClose, chunk).Should().Be(firstOpening, "counting back all of the chunk's work ends at its first opening, not at the previous close");
    }

    [Fact]
    public void Counting_business_days_may_end_in_the_last_chunk_and_past_the_range_fails_naming_the_days()
    {
        // Stryker 2026-12-02: "index > _lastChunk" → ">=" (a timeout) and the beyond-range throw (never reached).
        // The range ends on Friday 9999-12-24; 9999-12-04 is a Saturday.
        var timeline = new ChunkedTimeline(new CalendarRules(Calendar()), null);

        timeline.WorkingDayClose(Instant.FromUtc(9999, 12, 4, 12, 0), 2).Should().Be(Instant.FromUtc(9999, 12, 8, 17, 0));
        var failure = FluentActions.Invoking(() => timeline.WorkingDayClose(Instant.FromUtc(9999, 12, 4, 12, 0), 100))
            .Should().Throw<TimelineException>().Which;
        failure.Failure.Should().Be(TimelineFailure.BeyondRange);
        failure.Message.Should().StartWith("A goal of 100 business days counted on");
    }

    [Fact]
    public void Counting_business_days_on_a_calendar_with_no_working_days_left_fails_saying_it_searched_to_the_end_of_the_range()
    {
        // Stryker 2026-12-02: WorkingDayClose's check of an empty chunk was never reached (no coverage).
        var calendar = Calendar(extraDays: [new ExtraWorkingDay(new LocalDate(2026, 6, 6), [new OpeningHours(new LocalTime(9, 0), new LocalTime(17, 0))])], weekdays: false);
        var timeline = new ChunkedTimeline(new CalendarRules(calendar), null);

        timeline.WorkingDayClose(Instant.FromUtc(2026, 6, 1, 0, 0), 0).Should().Be(Instant.FromUtc(2026, 6, 6, 17, 0));
        var failure = FluentActions.Invoking(() => timeline.WorkingDayClose(Instant.FromUtc(2026, 6, 7, 0, 0), 1))
            .Should().Throw<TimelineException>().Which;
        failure.Failure.Should().Be(TimelineFailure.NoWorkingTime);
        failure.Message.Should().Contain("(searched until 9999-12-24T23:59:59.999999999Z)", "the last supported instant, to the nanosecond (README, resource contract)");
    }

    [Fact]
    public void Counting_back_on_a_calendar_closed_before_its_first_schedule_fails_saying_it_searched_back_to_the_start_of_the_range()
    {
        // Stryker 2026-12-02 (timeouts): the backward "provably closed" throw removed, or its bound ClockRange.Min → Max.
        var calendar = WithSchedules(Calendar(weekdays: false), new WeeklySchedule(new LocalDate(2030, 1, 1), [new WorkingWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))]));
        var timeline = new ChunkedTimeline(new CalendarRules(calendar), null);
        var to = Instant.FromUtc(2030, 1, 8, 0, 0); // the Tuesday after the first working Monday

        timeline.Retreat(to, Duration.FromHours(8)).Should().Be(Instant.FromUtc(2030, 1, 7, 9, 0));
        var failure = FluentActions.Invoking(() => timeline.Retreat(to, Duration.FromHours(9))).Should().Throw<TimelineException>().Which;
        failure.Failure.Should().Be(TimelineFailure.NoWorkingTime);
        failure.Message.Should().Contain("(searched back to -9998-01-08T00:00:00Z)", "the first supported instant (README, resource contract)");
    }

    [Fact]
    public void Asking_a_timeline_without_working_days_for_a_working_days_close_is_refused_naming_the_timeline()
    {
        // Stryker 2026-12-02: the message of this refusal was never checked (no coverage).
        var timeline = new ChunkedTimeline(AlwaysWorkingSource.Instance, null);

        FluentActions.Invoking(() => timeline.WorkingDayClose(T0, 1))
            .Should().Throw<InvalidOperationException>().WithMessage($"{timeline.Description} has no working days.");
    }

    [Fact]
    public void A_long_goal_on_a_calendar_with_no_working_time_left_fails_at_once_saying_it_searched_to_the_end_of_the_range()
    {
        // Only one extra working day and no weekly hours: after it, the calendar is provably closed for good.
        var calendar = Calendar(extraDays: [new ExtraWorkingDay(new LocalDate(2026, 6, 6), [new OpeningHours(new LocalTime(9, 0), new LocalTime(17, 0))])], weekdays: false);
        var timeline = new ChunkedTimeline(new CalendarRules(calendar), null);
        var from = Instant.FromUtc(2026, 6, 6, 9, 0);

        var failure = FluentActions.Invoking(() => timeline.Advance(from, Duration.FromHours(9))).Should().Throw<TimelineException>().Which;

        failure.Failure.Should().Be(TimelineFailure.NoWorkingTime);
        failure.Message.Should().Contain("(searched until 9999-12-24T23:59:59.999999999Z)", "the last supported instant, to the nanosecond (README, resource contract)");
    }

    [Fact]
    public void An_empty_stretch_after_the_last_dated_item_proves_no_working_time_only_once_it_is_longer_than_400_years_and_800_days()
    {
        // README rule 12: a calendar with no working time left fails with NoWorkingTime once 400 empty years pass
        // after its last dated item (the engine allows 800 days more, for chunk edges: 146,897 days). This calendar's
        // weekday hours are all closed by annual closures, so it is empty without the rules proving it at once. Its
        // only dated holiday, 22 October 1567, has ended everywhere at 1567-10-24T00:00Z, exactly 146,897 days before
        // 1970-01-01T00:00Z, where a chunk of the engine ends (Stryker: `>` → `>=` in CheckStillReachable). An
        // empty stretch of exactly the horizon proves nothing yet: the search must have gone past that instant.
        var timeline = new ChunkedTimeline(new CalendarRules(Calendar([.. EveryDayClosedDuringHours(), Holiday.On("dated", new LocalDate(1567, 10, 22))])), null);

        var failure = FluentActions.Invoking(() => timeline.Advance(Instant.FromUtc(1560, 1, 1, 0, 0), Duration.FromHours(1)))
            .Should().Throw<TimelineException>().Which;

        failure.Failure.Should().Be(TimelineFailure.NoWorkingTime);
        SearchBound(failure.Message, "searched until ").Should().BeGreaterThan(Instant.FromUtc(1567, 10, 24, 0, 0) + Duration.FromDays(146_897))
            .And.BeLessThan(Instant.FromUtc(1972, 1, 1, 0, 0), "the search stops within a chunk (about 651 days) of the horizon");
    }

    [Fact]
    public void An_empty_stretch_before_the_first_dated_item_proves_no_working_time_back_only_once_it_is_longer_than_400_years_and_800_days()
    {
        // The same rule counting back: the only dated holiday, 12 March 2372, has not begun anywhere before
        // 2372-03-11T00:00Z, exactly 146,897 days after 1970-01-01T00:00Z, where a chunk of the engine starts
        // (Stryker: `>` → `>=` in CheckStillReachableBefore).
        var timeline = new ChunkedTimeline(new CalendarRules(Calendar([.. EveryDayClosedDuringHours(), Holiday.On("dated", new LocalDate(2372, 3, 12))])), null);

        var failure = FluentActions.Invoking(() => timeline.Retreat(Instant.FromUtc(2380, 1, 1, 0, 0), Duration.FromHours(1)))
            .Should().Throw<TimelineException>().Which;

        failure.Failure.Should().Be(TimelineFailure.NoWorkingTime);
        SearchBound(failure.Message, "searched back to ").Should().BeLessThan(Instant.FromUtc(2372, 3, 11, 0, 0) - Duration.FromDays(146_897))
            .And.BeGreaterThan(Instant.FromUtc(1968, 1, 1, 0, 0), "the search stops within a chunk (about 651 days) of the horizon");
    }

    [Fact]
    public void The_compiled_size_counts_each_compiled_chunk_its_intervals_and_their_bytes()
    {
        var timeline = new ChunkedTimeline(AlwaysWorkingSource.Instance, null);
        var empty = timeline.CompiledSize();

        timeline.Measure(T0, T0 + Duration.FromDays(1));
        var one = timeline.CompiledSize();
        timeline.Measure(T0, T0 + Duration.FromDays(1000)); // chunks are about 652 days: this one and two more
        var three = timeline.CompiledSize();

        (empty.Chunks, empty.Intervals).Should().Be((0, 0));
        empty.Bytes.Should().BePositive("the page table is allocated up front");
        (one.Chunks, one.Intervals).Should().Be((1, 1));
        one.Bytes.Should().BeGreaterThan(empty.Bytes + (3 * (24 + 8)));
        (three.Chunks, three.Intervals).Should().Be((3, 3));

        // One-interval chunks on a page already allocated: three arrays of one long plus headers each.
        (three.Bytes - one.Bytes).Should().Be(2 * ((3 * (24 + 8)) + 64));
    }

    [Fact]
    public void Date_bounds_of_dates_at_or_past_the_edges_of_the_clocks_range_are_the_ranges_own_ends()
    {
        // Stryker 2026-12-02 (session 8, no coverage): DateBounds keeps its instants inside ClockRange
        // (-9998-01-08T00:00Z to 9999-12-24T23:59:59.999999999Z).
        DateBounds.EndOfDateAnywhere(new LocalDate(9999, 12, 31)).Should().Be(ClockRange.Max);
        DateBounds.EndOfDateAnywhere(new LocalDate(-9998, 1, 3)).Should().Be(ClockRange.Min, "the date has ended everywhere before the range starts");
        DateBounds.StartOfDateAnywhere(new LocalDate(-9998, 1, 8)).Should().Be(ClockRange.Min);
        DateBounds.StartOfDateAnywhere(new LocalDate(9999, 12, 29)).Should().Be(ClockRange.Max, "the date starts nowhere before the range ends");
    }

    [Fact]
    public void An_intersection_is_provably_closed_wherever_one_of_its_calendars_is()
    {
        // Stryker 2026-12-02 (session 8, no coverage): IntersectionSource's ProvablyClosedFrom/Before `Any` → `All`.
        // The office works weekdays; the other calendar only on Friday 5 June 2026, so the two share that day's
        // 8 hours and nothing else, and the rules prove it at once (README rule 12), before and after.
        var oneDay = Calendar(extraDays: [new ExtraWorkingDay(new LocalDate(2026, 6, 5), [new OpeningHours(new LocalTime(9, 0), new LocalTime(17, 0))])], weekdays: false);
        var timeline = new ChunkedTimeline(new IntersectionSource("both", [new CalendarRules(Calendar()), new CalendarRules(oneDay)]), null);
        var from = Instant.FromUtc(2026, 6, 5, 9, 0);
        var to = Instant.FromUtc(2026, 6, 5, 17, 0);

        timeline.Advance(from, Duration.FromHours(8)).Should().Be(to);
        var after = FluentActions.Invoking(() => timeline.Advance(from, Duration.FromHours(9))).Should().Throw<TimelineException>().Which;
        after.Failure.Should().Be(TimelineFailure.NoWorkingTime);
        after.Message.Should().Contain("(searched until 9999-12-24T23:59:59.999999999Z)", "the last supported instant, to the nanosecond (README, resource contract)");

        timeline.Retreat(to, Duration.FromHours(8)).Should().Be(from);
        var before = FluentActions.Invoking(() => timeline.Retreat(to, Duration.FromHours(9))).Should().Throw<TimelineException>().Which;
        before.Failure.Should().Be(TimelineFailure.NoWorkingTime);
        before.Message.Should().Contain("(searched back to -9998-01-08T00:00:00Z)", "the first supported instant (README, resource contract)");
    }

    [Fact]
    public void The_24x7_clock_less_a_maintenance_window_longer_than_a_chunk_resumes_after_it_both_ways()
    {
        // Stryker 2026-12-02 (session 8, no coverage): AlwaysWorkingSource's ProvablyClosedFrom/Before forced true.
        // Maintenance taken out of the 24×7 clock (README rule 10) for four years from 2030: chunks (about 651 days)
        // wholly inside it have no working time, and the clock runs again after it.
        var fourYears = new MaintenanceSchedule(DateTimeZone.Utc, [], [new MaintenanceOneOff("m1", "Move", MaintenanceKind.Planned, new LocalDateTime(2030, 1, 1, 0, 0), Duration.FromDays(1461), "move")]);
        var timeline = new ChunkedTimeline(AlwaysWorkingSource.Instance, fourYears);

        timeline.Advance(Instant.FromUtc(2029, 12, 31, 23, 0), Duration.FromHours(2)).Should().Be(Instant.FromUtc(2034, 1, 1, 1, 0));
        timeline.Retreat(Instant.FromUtc(2034, 1, 1, 1, 0), Duration.FromHours(2)).Should().Be(Instant.FromUtc(2029, 12, 31, 23, 0));
    }

    [Fact]
    public void The_24x7_clock_less_maintenance_covering_every_week_has_no_working_time_before_any_instant()
    {
        // Stryker 2026-12-02 (session 8, survivor): AlwaysWorkingSource.RegularUntil `ClockRange.Max` → `Min`. A weekly
        // window of seven days leaves no working time at all; counting back, 400 empty regular years prove it (README
        // rule 12), well before the start of the range.
        var always = new MaintenanceSchedule(DateTimeZone.Utc, [MaintenanceRecurrence.Weekly("w", "Always", IsoDayOfWeek.Monday, new LocalTime(0, 0), Duration.FromDays(7))]);
        var timeline = new ChunkedTimeline(AlwaysWorkingSource.Instance, always);

        var failure = FluentActions.Invoking(() => timeline.Retreat(Instant.FromUtc(2030, 1, 1, 0, 0), Duration.FromHours(1))).Should().Throw<TimelineException>().Which;

        failure.Failure.Should().Be(TimelineFailure.NoWorkingTime);
        SearchBound(failure.Message, "searched back to ").Should().BeGreaterThan(Instant.FromUtc(1620, 1, 1, 0, 0), "400 years and 800 days, plus a chunk, before 2030");
    }

    [Fact]
    public void The_24x7_clock_less_monthly_maintenance_covering_every_month_has_no_working_time_after_any_instant()
    {
        // Stryker 2026-12-02 (session 8, a timeout that changes the answer): AlwaysWorkingSource.RegularFrom
        // `ClockRange.Min` → `Max`. The maintenance coverage proof reads weekly rules only, so a monthly window
        // longer than the longest gap between its starts (first Monday to first Monday: 28 or 35 days; the window
        // lasts 36) is proved to leave no working time by 400 empty regular years (README rule 12), well before the
        // end of the range; with the mutant the search never becomes regular and runs on to the range's end.
        var always = new MaintenanceSchedule(DateTimeZone.Utc, [MaintenanceRecurrence.MonthlyNthWeekday("m", "Always", 1, IsoDayOfWeek.Monday, new LocalTime(0, 0), Duration.FromDays(36))]);
        var timeline = new ChunkedTimeline(AlwaysWorkingSource.Instance, always);

        var failure = FluentActions.Invoking(() => timeline.Advance(Instant.FromUtc(2030, 1, 1, 0, 0), Duration.FromHours(1))).Should().Throw<TimelineException>().Which;

        failure.Failure.Should().Be(TimelineFailure.NoWorkingTime);
        SearchBound(failure.Message, "searched until ").Should().BeLessThan(Instant.FromUtc(2440, 1, 1, 0, 0), "400 years and 800 days, plus a chunk, after 2030");
    }

    [Fact]
    public void The_24x7_clock_has_no_gaps_and_lists_a_range_as_one_interval_or_none_when_it_is_empty()
    {
        // Stryker 2026-12-02 (session 8, no coverage): ContinuousTimeline.IsWorkingAt and Intervals.
        ContinuousTimeline.Instance.IsWorkingAt(T0).Should().BeTrue();
        ContinuousTimeline.Instance.Intervals(T0, At(90)).Should().Equal(new Interval(T0, At(90)));
        ContinuousTimeline.Instance.Intervals(T0, T0).Should().BeEmpty();
    }

    [Fact]
    public void The_first_working_day_of_the_range_closes_on_its_first_date()
    {
        // Stryker 2026-12-02 (session 8, no coverage): WorkingDays.Around keeps a start within three days of the
        // range's first instant at that instant. The range starts on Tuesday -9998-01-08 at 00:00 UTC, a weekday.
        var timeline = new ChunkedTimeline(new CalendarRules(Calendar()), null);

        timeline.WorkingDayClose(ClockRange.Min, 0).Should().Be(Instant.FromUtc(-9998, 1, 8, 17, 0));
    }

    [Fact]
    public void A_cancelled_maintenance_week_centuries_away_is_found_both_ways_not_taken_for_an_empty_calendar()
    {
        // Stryker 2026-12-02 (session 8, no coverage): MaintenanceIrregularities ignored cancellations (the
        // cancellation loops of RegularFrom and RegularUntil removed). A weekly window of seven days leaves the 24×7 clock
        // no working time except the cancelled week from Monday 4 January 2500, 474 years after the start and 500
        // before the end of the search: more than the 400 empty years that would prove a regular stretch empty
        // (README rule 12), so only the cancellation's date keeps that stretch from counting as regular.
        var always = new MaintenanceSchedule(
            DateTimeZone.Utc,
            [MaintenanceRecurrence.Weekly("w", "Always", IsoDayOfWeek.Monday, new LocalTime(0, 0), Duration.FromDays(7))],
            cancellations: [new CancelledOccurrence("w", new LocalDate(2500, 1, 4))]);
        var timeline = new ChunkedTimeline(AlwaysWorkingSource.Instance, always);

        timeline.Advance(Instant.FromUtc(2026, 1, 1, 0, 0), Duration.FromHours(1)).Should().Be(Instant.FromUtc(2500, 1, 4, 1, 0));
        timeline.Retreat(Instant.FromUtc(3000, 1, 1, 0, 0), Duration.FromHours(1)).Should().Be(Instant.FromUtc(2500, 1, 10, 23, 0));
    }

    [Fact]
    public void A_maintenance_week_moved_by_a_day_centuries_away_leaves_its_first_day_working_found_both_ways()
    {
        // Stryker 2026-12-02 (session 8, no coverage): MaintenanceIrregularities.RegularUntil ignored moves. The
        // seven-day weekly window of Monday 4 January 2500 moved to start a day later leaves that Monday the only working
        // time of the 24×7 clock; as for a cancellation, the move's date keeps the stretches around it from counting as
        // regular.
        var always = new MaintenanceSchedule(
            DateTimeZone.Utc,
            [MaintenanceRecurrence.Weekly("w", "Always", IsoDayOfWeek.Monday, new LocalTime(0, 0), Duration.FromDays(7))],
            moves: [new MovedOccurrence("w", new LocalDate(2500, 1, 4), new LocalDateTime(2500, 1, 5, 0, 0))]);
        var timeline = new ChunkedTimeline(AlwaysWorkingSource.Instance, always);

        timeline.Advance(Instant.FromUtc(2026, 1, 1, 0, 0), Duration.FromHours(1)).Should().Be(Instant.FromUtc(2500, 1, 4, 1, 0));
        timeline.Retreat(Instant.FromUtc(3000, 1, 1, 0, 0), Duration.FromHours(1)).Should().Be(Instant.FromUtc(2500, 1, 4, 23, 0));
    }

    [Fact]
    public void A_maintenance_occurrence_moved_to_last_longer_than_400_years_ends_and_the_working_time_after_it_is_found()
    {
        // Stryker 2026-12-02 (session 8, not covered): MaintenanceIrregularities.RegularFrom took a move's length as
        // 7 days whatever its NewLength (`move.NewLength ?? 7 days` → `7 days`). The 24×7 clock less a weekly window from
        // Monday 00:00 for 167 hours works one hour a week, Sunday 23:00-24:00 UTC. The occurrence of Monday 5 January
        // 2026 moved in place to last 148,400 days (21,200 weeks, more than the 146,897-day horizon) covers everything
        // until Monday 26 April 2432; the first working hour after it is Sunday 2 May 2432 at 23:00. Counting the move as
        // 7 days long, the stretch it covers looked regular and empty for longer than the horizon: "no working time".
        var schedule = new MaintenanceSchedule(
            DateTimeZone.Utc,
            [MaintenanceRecurrence.Weekly("w", "Weekly", IsoDayOfWeek.Monday, new LocalTime(0, 0), Duration.FromHours(167))],
            moves: [new MovedOccurrence("w", new LocalDate(2026, 1, 5), new LocalDateTime(2026, 1, 5, 0, 0), Duration.FromDays(148_400))]);
        var timeline = new ChunkedTimeline(AlwaysWorkingSource.Instance, schedule);

        timeline.Advance(Instant.FromUtc(2026, 1, 4, 23, 0), Duration.FromMinutes(30)).Should().Be(Instant.FromUtc(2026, 1, 4, 23, 30));
        timeline.Advance(Instant.FromUtc(2026, 1, 5, 0, 0), Duration.FromMinutes(30)).Should().Be(Instant.FromUtc(2432, 5, 2, 23, 30));
    }

    [Fact]
    public void A_maintenance_window_ending_an_hour_before_the_end_of_the_range_leaves_that_hour_working_after_centuries_of_none()
    {
        // Stryker 2026-12-02 (session 8, not covered): MaintenanceIrregularities.RegularFrom clamps the end of a window that
        // ends within two days of the range's end (its end is bounded from the end of its start date anywhere) to the
        // range's end; with `ClockRange.Max` → `Min` such a window was ignored, so the schedule looked regular from the
        // start of time and 499 years of nothing but maintenance proved "no working time". The one-off from Monday
        // 4 January 9500 ends one hour before the clock's last instant (the validator allows a window to end at it):
        // that hour is the 24×7 clock's only working time from 9500 on.
        var start = new LocalDateTime(9500, 1, 4, 0, 0);
        var lastHour = ClockRange.Max - Duration.FromHours(1);
        var schedule = new MaintenanceSchedule(
            DateTimeZone.Utc,
            [],
            oneOffs: [new MaintenanceOneOff("late", "Until the end", MaintenanceKind.Planned, start, lastHour - start.InUtc().ToInstant(), "test")]);
        var timeline = new ChunkedTimeline(AlwaysWorkingSource.Instance, schedule);

        timeline.Advance(Instant.FromUtc(9500, 1, 5, 0, 0), Duration.FromMinutes(30)).Should().Be(lastHour + Duration.FromMinutes(30));
    }

    /// <summary>A closure of the weekday hours (09:00-17:00) on every month-day, 29 February included: the calendar never works, but no rule says so.</summary>
    private static IEnumerable<Holiday> EveryDayClosedDuringHours() =>
        from month in Enumerable.Range(1, 12)
        from day in Enumerable.Range(1, month == 2 ? 29 : DateTime.DaysInMonth(2001, month))
        select Holiday.PartOfEveryYear("closed", new AnnualDate(month, day), new LocalTime(9, 0), new LocalTime(17, 0));

    /// <summary>The instant a "no working time" message says its search reached.</summary>
    private static Instant SearchBound(string message, string prefix)
    {
        var start = message.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length;
        return NodaTime.Text.InstantPattern.ExtendedIso.Parse(message[start..message.IndexOf(')', start)]).GetValueOrThrow();
    }
}
