using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using static Zenput.Sla.Tests.Clock.ClockTestKit;

namespace Zenput.Sla.Tests.Calendars;

/// <summary>
/// A customer's site hours (London, Mon–Fri 09:00–17:00) ∩ the support desk's (New York, Mon–Fri
/// 08:00–20:00): in January that is 13:00–17:00 UTC on weekdays.
/// </summary>
public sealed class CalendarIntersectionTests
{
    private static SlaPolicy Policy(params Holiday[] siteHolidays) =>
        SlaPolicyBuilder.From(ZenputSla.Default)
            .AddCalendar(NineToFive("Europe/London", siteHolidays, name: "acme-site"))
            .AddCalendar(Calendar("America/New_York", Every(Weekdays, 8, 0, 20, 0), name: "desk"))
            .AddCalendarIntersection("acme-desk", "acme-site", "desk")
            .Build();

    [Fact]
    public void Intersection_counts_only_when_both_calendars_are_open()
    {
        var clock = new SlaClock(Policy());
        var goal = GoalTarget.BusinessTime(Duration.FromHours(5), "acme-desk");

        // Monday 5 January 2026 13:00Z: four hours on Monday, one on Tuesday.
        clock.DueAt(Utc(2026, 1, 5, 13), goal).Should().Be(Utc(2026, 1, 6, 14));
        clock.Elapsed(Utc(2026, 1, 5), Utc(2026, 1, 10), goal).Should().Be(Duration.FromHours(20));
    }

    [Fact]
    public void Holiday_of_either_calendar_closes_the_intersection_and_latest_start_works_on_it()
    {
        var clock = new SlaClock(Policy(Holiday.On("Site closed", new LocalDate(2026, 1, 6))));
        var goal = GoalTarget.BusinessTime(Duration.FromHours(5), "acme-desk");

        clock.DueAt(Utc(2026, 1, 5, 13), goal).Should().Be(Utc(2026, 1, 7, 14));
        clock.LatestStart(Utc(2026, 1, 7, 14), goal).Should().Be(Utc(2026, 1, 5, 13));
    }

    [Fact]
    public void Business_days_on_an_intersection_are_the_first_calendars_days_that_overlap_the_others()
    {
        var clock = new SlaClock(Policy(Holiday.On("Site closed", new LocalDate(2026, 1, 6))));

        // Monday 5 January 10:00Z: Monday's overlap closes at 17:00Z, Tuesday is closed, Wednesday and Thursday follow.
        clock.DueAt(Utc(2026, 1, 5, 10), GoalTarget.BusinessDays(2, "acme-desk")).Should().Be(Utc(2026, 1, 8, 17));
    }

    [Fact]
    public void Intersection_follows_each_zones_own_clock_changes()
    {
        var clock = new SlaClock(Policy());
        var goal = GoalTarget.BusinessTime(Duration.Zero, "acme-desk");

        // 9–27 March 2026: New York is on EDT (UTC−4) but London not yet on BST: the overlap is 12:00–17:00Z.
        clock.Elapsed(Utc(2026, 3, 16), Utc(2026, 3, 17), goal).Should().Be(Duration.FromHours(5));

        // From 30 March both are on summer time: London 08:00–16:00Z, New York 12:00–00:00Z, overlap 12:00–16:00Z.
        clock.Elapsed(Utc(2026, 3, 30), Utc(2026, 3, 31), goal).Should().Be(Duration.FromHours(4));
    }
}
