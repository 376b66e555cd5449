using System;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Clock;

/// <summary>
/// "Within N business days": due at the close of the last window of the Nth working day after the
/// report's working day. Mon–Fri 09:00–17:00 Los Angeles with Thanksgiving (Thursday 26 November 2026);
/// PST is UTC−8.
/// </summary>
public sealed class BusinessDaysGoalTests
{
    private static readonly BusinessCalendar Office =
        NineToFive("America/Los_Angeles", [Holiday.ByRule("Thanksgiving", HolidayRule.NthWeekday(11, IsoDayOfWeek.Thursday, 4))]);

    private static readonly SlaClock Clock = new(Policy(false, Office));

    private static GoalTarget Days(int days) => GoalTarget.BusinessDays(days, "office");

    [Fact]
    public void Report_in_working_hours_counts_from_its_own_day_and_skips_holidays()
    {
        // Wednesday 25 November 10:00 PST: Friday, Monday, Tuesday; due Tuesday 1 December 17:00 PST.
        Clock.DueAt(Utc(2026, 11, 25, 18), Days(3)).Should().Be(Utc(2026, 12, 2, 1));
    }

    [Theory]
    [InlineData(2026, 11, 26, 4)] // Wednesday 20:00 PST, after closing
    [InlineData(2026, 11, 26, 18)] // Thanksgiving 10:00 PST
    [InlineData(2026, 11, 26, 1)] // Wednesday 17:00 PST, the closing instant itself
    public void Report_outside_working_hours_counts_from_the_next_working_day(int year, int month, int day, int hour)
    {
        // Friday is the report's working day; due Wednesday 2 December 17:00 PST.
        Clock.DueAt(Utc(year, month, day, hour), Days(3)).Should().Be(Utc(2026, 12, 3, 1));
    }

    [Fact]
    public void Report_before_opening_counts_from_that_day()
    {
        // Monday 30 November 07:00 PST: Monday is day 0; due Thursday 3 December 17:00 PST.
        Clock.DueAt(Utc(2026, 11, 30, 15), Days(3)).Should().Be(Utc(2026, 12, 4, 1));
    }

    [Fact]
    public void Zero_business_days_is_due_at_the_close_of_the_reports_working_day()
    {
        Clock.DueAt(Utc(2026, 11, 25, 18), Days(0)).Should().Be(Utc(2026, 11, 26, 1));
        Clock.DueAt(Utc(2026, 11, 28, 18), Days(0)).Should().Be(Utc(2026, 12, 1, 1));
    }

    [Fact]
    public void Goal_length_is_the_working_time_to_the_close_and_pauses_move_the_due_instant()
    {
        var start = Utc(2026, 11, 25, 18);

        // Wednesday 7 hours, Friday, Monday and Tuesday 8 each.
        Clock.GoalLength(start, Days(3)).Should().Be(Duration.FromHours(31));

        // A pause of one working hour on Monday moves the due instant to Wednesday 10:00 PST.
        Clock.DueAt(start, Days(3), [new Interval(Utc(2026, 11, 30, 17), Utc(2026, 11, 30, 18))]).Should().Be(Utc(2026, 12, 2, 18));
        Clock.Status(start, Days(3), Utc(2026, 12, 2, 1)).IsBreached.Should().BeFalse();
    }

    [Fact]
    public void Overnight_shift_belongs_to_the_day_it_starts_and_closes_the_next_morning()
    {
        // Nights 22:00–06:00 from Monday to Friday: a report during Monday's night (Tuesday 03:00) counts from Monday.
        var nights = Calendar("America/Los_Angeles", Every(Weekdays, 22, 0, 6, 0), name: "nights");
        var clock = new SlaClock(Policy(false, nights));

        // Tuesday 1 December 03:00 PST; day 0 is Monday (closing Tuesday 06:00), day 1 Tuesday (closing Wednesday 06:00).
        clock.DueAt(Utc(2026, 12, 1, 11), GoalTarget.BusinessDays(1, "nights")).Should().Be(Utc(2026, 12, 2, 14));
    }

    [Fact]
    public void Closure_that_cuts_the_end_of_the_day_moves_its_close()
    {
        // Monday 30 November closes at 13:00 PST; Tuesday is whole.
        var office = NineToFive("America/Los_Angeles", [Holiday.PartOf("Offsite", new LocalDate(2026, 11, 30), At(13), LocalTime.Midnight)]);
        var clock = new SlaClock(Policy(false, office));

        clock.DueAt(Utc(2026, 11, 30, 17), Days(0)).Should().Be(Utc(2026, 11, 30, 21));
        clock.DueAt(Utc(2026, 11, 30, 22), Days(0)).Should().Be(Utc(2026, 12, 2, 1));
    }

    [Fact]
    public void Negative_business_days_and_unknown_calendars_are_refused()
    {
        var negative = () => Clock.DueAt(Utc(2026, 11, 25), Days(-1));
        var unknown = () => Clock.DueAt(Utc(2026, 11, 25), GoalTarget.BusinessDays(1, "nowhere"));

        negative.Should().Throw<ArgumentOutOfRangeException>();
        unknown.Should().Throw<ArgumentException>().WithMessage("*no business calendar named 'nowhere'*");
    }
}
