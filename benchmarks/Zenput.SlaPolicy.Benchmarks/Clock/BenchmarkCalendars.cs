using System;
using System.Diagnostics;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;

namespace Zenput.Sla.Benchmarks.Clock;

/// <summary>The scenario the issue sets: Mon–Fri 09:00–17:00 Los Angeles, ten holidays a year, the weekly maintenance excluded.</summary>
internal static class BenchmarkCalendars
{
    public const string Office = "office";

    public static readonly Instant TenYearsFrom = Instant.FromUtc(2026, 1, 1, 0, 0);

    public static readonly Instant TenYearsTo = Instant.FromUtc(2036, 1, 1, 0, 0);

    public static BusinessCalendar NineToFiveLosAngeles()
    {
        var weekdays = new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday };
        (int Month, int Day, string Name)[] holidays =
        [
            (1, 1, "New Year's Day"), (1, 19, "Martin Luther King Jr. Day"), (2, 16, "Presidents' Day"), (5, 25, "Memorial Day"),
            (6, 19, "Juneteenth"), (7, 3, "Independence Day observed"), (9, 7, "Labor Day"), (11, 26, "Thanksgiving"),
            (11, 27, "Day after Thanksgiving"), (12, 25, "Christmas Day"),
        ];
        return new BusinessCalendar(
            Office,
            DateTimeZoneProviders.Tzdb["America/Los_Angeles"],
            weekdays.Select(d => new WorkingWindow(d, new LocalTime(9, 0), new LocalTime(17, 0))),
            holidays.Select(h => Holiday.EveryYear(h.Name, new AnnualDate(h.Month, h.Day))));
    }

    /// <summary>The Zenput policy with the office calendar, stopping the clock during the weekly maintenance.</summary>
    public static SlaPolicy Policy() =>
        SlaPolicyBuilder.From(ZenputSla.Default)
            .AddCalendar(NineToFiveLosAngeles())
            .WithMaintenance(ZenputSla.MaintenanceSchedule, clockStopsDuringMaintenance: true)
            .Build();

    /// <summary>The loop every DueAt benchmark times: one call per start, the last answer returned so nothing is optimised away.</summary>
    public static Instant DueAtEach(Zenput.Sla.Clock.SlaClock clock, Instant[] starts, GoalTarget goal)
    {
        var last = default(Instant);
        foreach (var start in starts)
        {
            last = clock.DueAt(start, goal);
        }

        return last;
    }

    /// <summary>
    /// Runs the DueAt loops of <paramref name="goals"/>, interleaved in rounds of about 50 ms each, for at least 3 s and until none
    /// got faster by more than 5 % over the last five rounds (at most 30 s). The engine's code is shared
    /// by all rows: with tiered compilation it is promoted to optimised code in the background, and on a
    /// loaded machine that can take seconds. In process the baseline runs first, so without this it was
    /// sometimes timed on unoptimised code (a 3.6 µs baseline against 0.4 µs for every construct: ratios
    /// of 0.07 to 0.37 that only measured the JIT's progress). Both rows are now timed on settled code.
    /// </summary>
    /// <param name="clock">The clock.</param>
    /// <param name="starts">The starts of every loop.</param>
    /// <param name="goals">The goals, one loop each per round.</param>
    public static void UntilSteady(Zenput.Sla.Clock.SlaClock clock, Instant[] starts, params GoalTarget[] goals)
    {
        var best = new double[goals.Length];
        Array.Fill(best, double.MaxValue);
        var quietRounds = 0;
        var total = Stopwatch.StartNew();
        while ((quietRounds < 5 || total.Elapsed < TimeSpan.FromSeconds(3)) && total.Elapsed < TimeSpan.FromSeconds(30))
        {
            var improved = false;
            for (var i = 0; i < goals.Length; i++)
            {
                var round = Stopwatch.StartNew();
                var loops = 0;
                while (round.ElapsedMilliseconds < 50)
                {
                    DueAtEach(clock, starts, goals[i]);
                    loops++;
                }

                var perLoop = round.Elapsed.TotalNanoseconds / loops;
                improved |= perLoop < best[i] * 0.95;
                best[i] = Math.Min(best[i], perLoop);
            }

            quietRounds = improved ? 0 : quietRounds + 1;
        }
    }

    /// <summary>Starts on whole minutes spread over ten years, in a fixed pseudo-random order.</summary>
    public static Instant[] Starts(int count)
    {
        var random = new Random(20260308);
        var minutes = (long)(TenYearsTo - TenYearsFrom).TotalMinutes;
        return [.. Enumerable.Range(0, count).Select(_ => TenYearsFrom + Duration.FromMinutes(random.NextInt64(minutes)))];
    }
}
