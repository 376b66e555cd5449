using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Tests.Docs;

/// <summary>
/// The README's C# examples of the short paths, run here: each example's code sits between
/// <c>// &lt;example: name&gt;</c> and <c>// &lt;/example&gt;</c> in a test below, and the README's block
/// marked <c>&lt;!-- example: name --&gt;</c> must be exactly that code.
/// </summary>
public sealed partial class ReadmeExampleTests
{
    /// <summary>A hundred closed dates: Thanksgiving 2026 and the day after, and 98 in 2027.</summary>
    private static readonly LocalDate[] Holidays =
        [new(2026, 11, 26), new(2026, 11, 27), .. Enumerable.Range(0, 98).Select(i => new LocalDate(2027, 1, 1).PlusDays(3 * i))];

    [Fact]
    public void Calendar_clock_without_a_policy_counts_working_time_less_holidays_and_maintenance()
    {
        var holidays = Holidays;

        // <example: calendar-clock>
        var losAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var office = new BusinessCalendar("office", losAngeles, WorkingWindow.Weekdays(9, 17), Holiday.OnDates(holidays));
        var patches = new MaintenanceSchedule(losAngeles, [MaintenanceRecurrence.Weekly("patch", "Patch window", IsoDayOfWeek.Wednesday, new LocalTime(12, 0), Duration.FromHours(1))]);
        var clock = new SlaClock(office, patches);

        var reportedAt = new OffsetDateTime(new LocalDateTime(2026, 11, 24, 16, 0), Offset.FromHours(-8));
        ZonedDateTime due = clock.DueAt(reportedAt, Duration.FromHours(16));   // 2026-11-30T17:00 America/Los_Angeles
        // </example>

        // Tuesday 16–17 (1 h), Wednesday 9–12 and 13–17 (7 h), Thanksgiving and the day after closed, Monday 9–17 (8 h).
        due.LocalDateTime.Should().Be(new LocalDateTime(2026, 11, 30, 17, 0));
        due.Zone.Should().Be(losAngeles);
        office.Holidays.Should().HaveCount(100);
        clock.Elapsed(reportedAt.ToInstant(), due.ToInstant()).Should().Be(Duration.FromHours(16));
    }

    [Fact]
    public void Goal_that_carries_its_calendar_brings_it_into_the_policy()
    {
        // <example: goal-calendar>
        var office = new BusinessCalendar("office", DateTimeZoneProviders.Tzdb["Europe/London"], WorkingWindow.Weekdays(9, 17));
        var minor = ZenputSla.Default.GetTier("minor");
        var policy = SlaPolicyBuilder.From(ZenputSla.Default)
            .ReplaceTier(minor.WithResponseGoal(GoalTarget.BusinessTime(Duration.FromHours(16), office)))
            .Build();   // no AddCalendar and no calendar name to mistype: the goal brings the calendar
        // </example>

        policy.Calendars.Should().ContainSingle().Which.Should().BeSameAs(office);
        policy.GetTier("minor").ResponseGoal.Should().Be(GoalTarget.BusinessTime(Duration.FromHours(16), "office"));

        // Friday 27 November 2026 16:00 GMT: one hour that day, eight on Monday, seven on Tuesday, due Tuesday 16:00 GMT.
        new SlaClock(policy).DueAt(Instant.FromUtc(2026, 11, 27, 16, 0), policy.GetTier("minor")).Should().Be(Instant.FromUtc(2026, 12, 1, 16, 0));
    }

    [Fact]
    public void One_tier_can_stop_its_clock_during_maintenance_while_the_others_keep_running()
    {
        // <example: tier-maintenance>
        var critical = ZenputSla.Default.GetTier("critical");
        var policy = SlaPolicyBuilder.From(ZenputSla.Default)
            .ReplaceTier(critical.WithResponseGoal(critical.ResponseGoal with { ClockStopsDuringMaintenance = true }))
            .Build();
        var due = new SlaClock(policy).DueAt(Instant.FromUtc(2026, 11, 25, 5, 30), policy.GetTier("critical"));
        // 2026-11-25T09:00:00Z: the Tuesday 21:00–23:00 PT window (05:00–07:00Z) no longer counts for Level 1
        // </example>

        due.Should().Be(Instant.FromUtc(2026, 11, 25, 9, 0));
        new SlaClock(policy).DueAt(Instant.FromUtc(2026, 11, 25, 4, 0), policy.GetTier("major")).Should().Be(Instant.FromUtc(2026, 11, 25, 8, 0));
        new SlaClock(ZenputSla.Default).DueAt(Instant.FromUtc(2026, 11, 25, 5, 30), ZenputSla.Default.GetTier("critical")).Should().Be(Instant.FromUtc(2026, 11, 25, 7, 30));
    }

    [Fact]
    public void Maintenance_one_off_and_recurrence_with_an_effective_range_take_little_to_write()
    {
        // <example: maintenance>
        var maintenance = new MaintenanceSchedule(
            DateTimeZoneProviders.Tzdb["America/Los_Angeles"],
            [MaintenanceRecurrence.Weekly("patch", "Patch window", IsoDayOfWeek.Wednesday, new LocalTime(12, 0), Duration.FromHours(1), effectiveFrom: new LocalDate(2027, 1, 1))],
            [MaintenanceOneOff.At(new LocalDateTime(2026, 12, 24, 9, 0), Duration.FromHours(3))]);   // exclude this range
        // </example>

        maintenance.WindowsOverlapping(Instant.FromUtc(2026, 12, 1, 0, 0), Instant.FromUtc(2027, 1, 14, 0, 0))
            .Select(w => (w.SourceId, w.Start)).Should().Equal(
                ("one-off-2026-12-24T09:00", Instant.FromUtc(2026, 12, 24, 17, 0)),
                ("patch", Instant.FromUtc(2027, 1, 6, 20, 0)),
                ("patch", Instant.FromUtc(2027, 1, 13, 20, 0)));
    }

    [Fact]
    public void Precompile_warms_the_clock_up_front()
    {
        var office = new BusinessCalendar("warm", DateTimeZoneProviders.Tzdb["America/New_York"], WorkingWindow.Weekdays(8, 18));
        var policy = SlaPolicyBuilder.From(ZenputSla.Default).AddCalendar(office).Build();

        // <example: precompile>
        var clock = new SlaClock(policy);   // at start-up: create once, share, and compile the years tickets will fall in
        clock.Precompile(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2031, 1, 1, 0, 0));
        // </example>

        clock.CompiledSize("warm").Chunks.Should().BeGreaterThanOrEqualTo(3, "five years span at least three chunks of about 21 months");
    }

    [Fact]
    public void Readme_csharp_examples_are_the_code_these_tests_run()
    {
        var tests = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "ReadmeExampleTests.cs")).ReplaceLineEndings("\n");
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md")).ReplaceLineEndings("\n");
        var inTests = TestExample().Matches(tests).ToDictionary(m => m.Groups["name"].Value, m => Dedent(m.Groups["code"].Value));
        var inReadme = ReadmeExample().Matches(readme).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["code"].Value.TrimEnd('\n'));

        inReadme.Keys.Should().BeEquivalentTo(inTests.Keys);
        foreach (var (name, code) in inReadme)
        {
            code.Should().Be(inTests[name], $"the README's example '{name}' must be the code the test runs");
        }
    }

    [Fact]
    public void Readme_calendar_example_takes_at_most_eight_lines()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md")).ReplaceLineEndings("\n");
        var code = ReadmeExample().Matches(readme).Single(m => m.Groups["name"].Value == "calendar-clock").Groups["code"].Value;

        code.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)).Should().HaveCountLessThanOrEqualTo(8);
    }

    private static string Dedent(string code)
    {
        var lines = code.TrimEnd('\n', ' ').Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex(@"// <example: (?<name>[a-z-]+)>\n(?<code>.*?)\n[ ]*// </example>", RegexOptions.Singleline)]
    private static partial Regex TestExample();

    [GeneratedRegex(@"<!-- example: (?<name>[a-z-]+) -->\n```csharp\n(?<code>.*?)```\n<!-- /example -->", RegexOptions.Singleline)]
    private static partial Regex ReadmeExample();
}
