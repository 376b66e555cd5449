using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Benchmarks.Clock;

/// <summary>
/// <see cref="SlaClock.DueAt(Instant, GoalTarget)"/> on a calendar that uses every construct of policy
/// documents (holidays by rule: nth and last weekday, fixed dates moved off the weekend, days from
/// Easter; a closure across midnight; summer hours and a new schedule by effective date; extra working
/// days; the intersection with a support desk's calendar; a business-days goal) against the plain
/// Mon–Fri 09:00–17:00 calendar (the baseline), in the same run, for starts spread over ten years once
/// both are compiled. What the constructs cost lives in compiling, not in answering.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(BytesConfig))]
public class CalendarConstructsBenchmarks
{
    private const int Starts = 1024;
    private const string Plain = "plain";
    private const string Site = "site";
    private const string Desk = "desk";
    private const string Both = "site and desk";

    private static readonly IsoDayOfWeek[] Weekdays = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];
    private static readonly GoalTarget PlainGoal = GoalTarget.BusinessTime(Duration.FromHours(24), Plain);
    private static readonly GoalTarget EveryConstructGoal = GoalTarget.BusinessTime(Duration.FromHours(24), Both);
    private static readonly GoalTarget EveryConstructDays = GoalTarget.BusinessDays(3, Both);

    private SlaClock _clock = null!;
    private Instant[] _starts = null!;

    [GlobalSetup]
    public void Setup()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var policy = SlaPolicyBuilder.From(ZenputSla.Default)
            .AddCalendar(new BusinessCalendar(Plain, zone, Every(Weekdays, 9, 17)))
            .AddCalendar(SiteCalendar(zone))
            .AddCalendar(new BusinessCalendar(Desk, zone, Every(Weekdays, 7, 19), [Holiday.EveryYear("Boxing Day", new AnnualDate(12, 26))]))
            .AddCalendarIntersection(Both, Site, Desk)
            .Build();
        _clock = new SlaClock(policy);
        _starts = BenchmarkCalendars.Starts(Starts);

        // Warm: compile every chunk the runs will touch, then run all three until the JIT has settled.
        foreach (var start in _starts)
        {
            _clock.DueAt(start, PlainGoal);
            _clock.DueAt(start, EveryConstructGoal);
            _clock.DueAt(start, EveryConstructDays);
        }

        BenchmarkCalendars.UntilSteady(_clock, _starts, PlainGoal, EveryConstructGoal, EveryConstructDays);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Starts, Description = "DueAt 24 h, plain Mon–Fri")]
    public Instant DueAt_on_plain_weekdays() => Run(PlainGoal);

    [Benchmark(OperationsPerInvoke = Starts, Description = "DueAt 24 h, every construct")]
    public Instant DueAt_on_every_construct() => Run(EveryConstructGoal);

    [Benchmark(OperationsPerInvoke = Starts, Description = "DueAt 3 business days, every construct")]
    public Instant DueAt_business_days_on_every_construct() => Run(EveryConstructDays);

    /// <summary>Mon–Fri 08:00–18:00 with US holidays by rule, short Christmas Eve, a New Year's Eve closure across midnight, Friday summer hours each year, later hours from 2031 and a Saturday worked each December.</summary>
    private static BusinessCalendar SiteCalendar(DateTimeZone zone)
    {
        Holiday[] holidays =
        [
            Holiday.ByRule("New Year's Day", HolidayRule.FixedDate(new AnnualDate(1, 1))),
            Holiday.ByRule("Good Friday", HolidayRule.Easter(-2)),
            Holiday.ByRule("Easter Monday", HolidayRule.Easter(1)),
            Holiday.ByRule("Memorial Day", HolidayRule.LastWeekday(5, IsoDayOfWeek.Monday)),
            Holiday.ByRule("Independence Day", HolidayRule.FixedDate(new AnnualDate(7, 4))),
            Holiday.ByRule("Labor Day", HolidayRule.NthWeekday(9, IsoDayOfWeek.Monday, 1)),
            Holiday.ByRule("Thanksgiving", HolidayRule.NthWeekday(11, IsoDayOfWeek.Thursday, 4)),
            Holiday.PartByRule("Day before Thanksgiving", HolidayRule.NthWeekday(11, IsoDayOfWeek.Wednesday, 4), new LocalTime(14, 0), new LocalTime(0, 0)),
            Holiday.PartOfEveryYear("Christmas Eve", new AnnualDate(12, 24), new LocalTime(12, 0), new LocalTime(0, 0)),
            Holiday.ByRule("Christmas Day", HolidayRule.FixedDate(new AnnualDate(12, 25))),
            Holiday.PartOfEveryYear("New Year's Eve", new AnnualDate(12, 31), new LocalTime(16, 0), new LocalTime(10, 0)),
        ];
        var summers = new List<WeeklySchedule>();
        var extras = new List<ExtraWorkingDay>();
        for (var year = 2026; year <= 2040; year++)
        {
            // Summer hours: Friday afternoons off from June to August.
            var summerWindows = Every(Weekdays[..4], year < 2031 ? 8 : 9, year < 2031 ? 18 : 19).Append(new WorkingWindow(IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(13, 0)));
            summers.Add(new WeeklySchedule(new LocalDate(year, 6, 1), summerWindows, new LocalDate(year, 8, 31)));

            var firstDecemberSaturday = Enumerable.Range(1, 7).Select(d => new LocalDate(year, 12, d)).First(d => d.DayOfWeek == IsoDayOfWeek.Saturday);
            extras.Add(new ExtraWorkingDay(firstDecemberSaturday, [new OpeningHours(new LocalTime(10, 0), new LocalTime(14, 0))]));
        }

        // From 2031 the office opens an hour later; the summer hours above take effect later each year, so they still apply.
        summers.Add(new WeeklySchedule(new LocalDate(2031, 1, 1), Every(Weekdays, 9, 19)));
        return new BusinessCalendar(Site, zone, Every(Weekdays, 8, 18), holidays, extras, summers);
    }

    private static IEnumerable<WorkingWindow> Every(IEnumerable<IsoDayOfWeek> days, int from, int to) =>
        days.Select(d => new WorkingWindow(d, new LocalTime(from, 0), new LocalTime(to, 0)));

    private Instant Run(GoalTarget goal) => BenchmarkCalendars.DueAtEach(_clock, _starts, goal);
}
