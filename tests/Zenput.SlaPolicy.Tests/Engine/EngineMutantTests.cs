using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Engine;

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
    public void A_long_goal_on_a_calendar_with_no_working_time_left_fails_at_once_saying_it_searched_to_the_end_of_the_range()
    {
        // Only one extra working day and no weekly hours: after it, the calendar is provably closed for good.
        var calendar = Calendar(extraDays: [new ExtraWorkingDay(new LocalDate(2026, 6, 6), [new OpeningHours(new LocalTime(9, 0), new LocalTime(17, 0))])], weekdays: false);
        var timeline = new ChunkedTimeline(new CalendarRules(calendar), null);
        var from = Instant.FromUtc(2026, 6, 6, 9, 0);

        var failure = FluentActions.Invoking(() => timeline.Advance(from, Duration.FromHours(9))).Should().Throw<TimelineException>().Which;

        failure.Failure.Should().Be(TimelineFailure.NoWorkingTime);
        failure.Message.Should().Contain($"(searched until {ClockRange.Max})");
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
}
