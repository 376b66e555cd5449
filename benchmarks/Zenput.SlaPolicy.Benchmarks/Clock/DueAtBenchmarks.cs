using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Benchmarks.Clock;

/// <summary>
/// <see cref="SlaClock.DueAt(Instant, GoalTarget)"/> on Mon–Fri 09:00–17:00 Los Angeles with ten holidays a
/// year and the weekly maintenance excluded, for starts spread over ten years, once the calendar is
/// compiled. Two groups, each with its own baseline: goal length (1 h against 10,000 h) and the
/// engine against the minute-stepping reference on a 24 business-hour goal.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(BytesConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DueAtBenchmarks
{
    private const int Starts = 1024;
    private const int ReferenceStarts = 8;

    private static readonly GoalTarget OneHour = GoalTarget.BusinessTime(Duration.FromHours(1), BenchmarkCalendars.Office);
    private static readonly GoalTarget TwentyFourHours = GoalTarget.BusinessTime(Duration.FromHours(24), BenchmarkCalendars.Office);
    private static readonly GoalTarget TenThousandHours = GoalTarget.BusinessTime(Duration.FromHours(10_000), BenchmarkCalendars.Office);

    private SlaClock _clock = null!;
    private MinuteSteppingReference _reference = null!;
    private Instant[] _starts = null!;
    private Interval[][] _pauses = null!;

    [GlobalSetup]
    public void Setup()
    {
        var policy = BenchmarkCalendars.Policy();
        _clock = new SlaClock(policy);
        _starts = BenchmarkCalendars.Starts(Starts);

        // Three pauses per ticket, out of order and two of them overlapping, as a helpdesk might send them.
        _pauses = new Interval[Starts][];
        for (var i = 0; i < Starts; i++)
        {
            var s = _starts[i];
            _pauses[i] =
            [
                new Interval(s + Duration.FromHours(20), s + Duration.FromHours(26)),
                new Interval(s - Duration.FromHours(1), s + Duration.FromHours(2)),
                new Interval(s + Duration.FromHours(22), s + Duration.FromHours(30)),
            ];
        }
        _reference = new MinuteSteppingReference(policy.GetCalendar(BenchmarkCalendars.Office), policy.Maintenance!, BenchmarkCalendars.TenYearsFrom, BenchmarkCalendars.TenYearsTo + Duration.FromDays(3 * 366));

        // Warm: compile every chunk the runs will touch, and check the two implementations agree.
        foreach (var start in _starts)
        {
            _clock.DueAt(start, TenThousandHours);
            _clock.DueAt(start, TwentyFourHours);
        }

        for (var i = 0; i < ReferenceStarts; i++)
        {
            if (_reference.DueAt(_starts[i], Duration.FromHours(24)) != _clock.DueAt(_starts[i], TwentyFourHours))
            {
                throw new System.InvalidOperationException($"The engine and the reference disagree for a start at {_starts[i]}.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Starts, Description = "DueAt 1 h")]
    [BenchmarkCategory("Goal length")]
    public Instant DueAt_one_business_hour() => Run(OneHour);

    [Benchmark(OperationsPerInvoke = Starts, Description = "DueAt 10,000 h")]
    [BenchmarkCategory("Goal length")]
    public Instant DueAt_ten_thousand_business_hours() => Run(TenThousandHours);

    [Benchmark(Baseline = true, OperationsPerInvoke = Starts, Description = "DueAt 24 h")]
    [BenchmarkCategory("Engine vs stepping")]
    public Instant DueAt_twenty_four_business_hours() => Run(TwentyFourHours);

    [Benchmark(OperationsPerInvoke = Starts, Description = "DueAt 24 h, 3 pauses")]
    [BenchmarkCategory("Engine vs stepping")]
    public Instant DueAt_twenty_four_business_hours_with_pauses()
    {
        var clock = _clock;
        var last = default(Instant);
        for (var i = 0; i < _starts.Length; i++)
        {
            last = clock.DueAt(_starts[i], TwentyFourHours, _pauses[i]);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = ReferenceStarts, Description = "Minute-stepping 24 h")]
    [BenchmarkCategory("Engine vs stepping")]
    public Instant Stepping_reference_twenty_four_business_hours()
    {
        var last = default(Instant);
        for (var i = 0; i < ReferenceStarts; i++)
        {
            last = _reference.DueAt(_starts[i], Duration.FromHours(24));
        }

        return last;
    }

    private Instant Run(GoalTarget goal) => BenchmarkCalendars.DueAtEach(_clock, _starts, goal);
}
