using System;
using System.Linq;
using NodaTime;
using Zenput.Sla.ICalendar;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Tests.ICalendar;

/// <summary>
/// The export at the edges: text a schedule holds cannot forge properties, the end of the supported
/// range does not overflow, and the work grows with the windows exported, not with rules × windows.
/// </summary>
public sealed class HostileScheduleExportTests
{
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    [Fact]
    public void Titles_and_reasons_with_newlines_and_control_characters_cannot_forge_properties()
    {
        var title = "Patch\r\nDTSTART:19700101T000000Z\u001b[31m\u0007\0";
        var schedule = new MaintenanceSchedule(
            Pacific,
            [MaintenanceRecurrence.Weekly("weekly;x,y\\z", title, IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2))],
            [new MaintenanceOneOff("o", title, MaintenanceKind.Emergency, new LocalDateTime(2026, 1, 8, 1, 0), Duration.FromHours(1), "Line one\nline two; with, commas")]);

        var ics = MaintenanceICalendar.ToIcs(schedule, Instant.FromUtc(2026, 1, 1, 8, 0), Instant.FromUtc(2026, 1, 15, 8, 0));

        var calendar = IcsReader.Parse(ics);
        var events = calendar.Children.Where(c => c.Name == "VEVENT").ToList();
        events.Should().HaveCount(2);
        events.Should().OnlyContain(e => e.All("DTSTART").Count() == 1);
        events[0].Required("SUMMARY").Value.Should().Be(@"Patch\nDTSTART:19700101T000000Z[31m");
        events[0].Required("UID").Value.Should().Be(@"recurrence.weekly\;x\,y\\z@maintenance.zenput-sla");
        events[1].Required("DESCRIPTION").Value.Should().Be(@"Line one\nline two\; with\, commas");
        ics.Should().NotContainAny("\u001b", "\u0007", "\0");
    }

    [Fact]
    public void Long_non_ASCII_text_is_folded_at_75_octets_without_splitting_a_character()
    {
        var title = string.Concat(Enumerable.Repeat("Wartung für Zürich – 東京 🛠 ", 12));
        var schedule = new MaintenanceSchedule(Pacific, [MaintenanceRecurrence.Weekly("w", title, IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2))]);

        var ics = MaintenanceICalendar.ToIcs(schedule, Instant.FromUtc(2026, 1, 1, 8, 0), Instant.FromUtc(2026, 1, 15, 8, 0));

        // The reader refuses lines over 75 octets; unfolding must give the title back exactly.
        IcsReader.Parse(ics).Children.Single(c => c.Name == "VEVENT").Required("SUMMARY").Value.Should().Be(title);
    }

    [Theory]
    [InlineData(9999, 1, 1, 9999, 12, 31)]
    [InlineData(-9998, 1, 1, -9998, 2, 1)]
    public void A_range_at_the_ends_of_time_exports_without_overflow(int fromYear, int fromMonth, int fromDay, int toYear, int toMonth, int toDay)
    {
        // The reported case: maintenance --from 9999-01-01 --to 9999-12-31 --format ics was an internal error.
        var from = new LocalDate(fromYear, fromMonth, fromDay).AtMidnight().InUtc().ToInstant();
        var to = new LocalDate(toYear, toMonth, toDay).AtMidnight().InUtc().ToInstant();

        var ics = MaintenanceICalendar.ToIcs(ZenputSla.MaintenanceSchedule, from, to);

        IcsReader.Parse(ics).Children.Count(c => c.Name == "VEVENT").Should().Be(1);
        MaintenanceICalendar.ToIcsFrom(ZenputSla.MaintenanceSchedule, from).Should().Contain("RRULE:FREQ=WEEKLY;BYDAY=TU");
    }

    [Fact]
    public void Each_rule_is_written_once_however_many_rules_share_the_range()
    {
        // The export used to scan every window of the range once per rule (8.8 s for 2,750 rules over a year);
        // each rule is now one VEVENT built from its own windows as they stream past.
        var days = new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday };
        var rules = Enumerable.Range(0, 300).Select(i => MaintenanceRecurrence.Weekly($"r{i}", $"Rule {i}", days[i % 7], new LocalTime(i / 7 % 24, i * 7 % 60), Duration.FromMinutes(30)));
        var schedule = new MaintenanceSchedule(Pacific, rules);
        var from = Instant.FromUtc(2026, 1, 1, 8, 0);
        var to = Instant.FromUtc(2027, 1, 1, 8, 0);

        var calendar = IcsReader.Parse(MaintenanceICalendar.ToIcs(schedule, from, to));

        calendar.Children.Where(c => c.Name == "VEVENT" && c.One("RECURRENCE-ID") is null).Select(e => e.Required("UID").Value)
            .Should().OnlyHaveUniqueItems().And.HaveCount(300);
        new IcsExpander(calendar).Expand(from, to).Select(o => (o.Start, o.End))
            .Should().Equal(schedule.WindowsOverlapping(from, to).Select(w => (w.Start, w.End)));
    }
}
