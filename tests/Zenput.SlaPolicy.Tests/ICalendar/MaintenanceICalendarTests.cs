using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck.Xunit;
using NodaTime;
using Zenput.Sla.ICalendar;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Tests.Generators;
using Zenput.Sla.Tests.Maintenance;

namespace Zenput.Sla.Tests.ICalendar;

/// <summary>
/// The .ics export, read back with the independent <see cref="IcsReader"/> and <see cref="IcsExpander"/>
/// (not Ical.Net), must satisfy RFC 5545's required properties and expand to exactly the schedule's windows.
/// </summary>
public sealed class MaintenanceICalendarTests
{
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly Instant From2026 = Instant.FromUtc(2026, 1, 1, 8, 0);
    private static readonly Instant To2036 = Instant.FromUtc(2036, 1, 1, 8, 0);

    /// <summary>The windows of the file, as the independent reader expands them within [from, to).</summary>
    private static List<(Instant, Instant)> Expand(string ics, Instant from, Instant to)
    {
        var calendar = IcsReader.Parse(ics);
        CheckRequiredProperties(calendar);
        return [.. new IcsExpander(calendar).Expand(from, to).Select(o => (o.Start, o.End))];
    }

    private static List<(Instant, Instant)> Windows(MaintenanceSchedule schedule, Instant from, Instant to) =>
        [.. schedule.WindowsOverlapping(from, to).Select(w => (w.Start, w.End))];

    private static void CheckRequiredProperties(IcsComponent calendar)
    {
        calendar.Name.Should().Be("VCALENDAR");
        calendar.Required("VERSION").Value.Should().Be("2.0");
        calendar.Required("PRODID").Value.Should().NotBeNullOrWhiteSpace();

        var tzids = calendar.Children.Where(c => c.Name == "VTIMEZONE").Select(c => c.Required("TZID").Value).ToList();
        tzids.Should().OnlyHaveUniqueItems();
        foreach (var timeZone in calendar.Children.Where(c => c.Name == "VTIMEZONE"))
        {
            foreach (var observance in timeZone.Children)
            {
                observance.Name.Should().BeOneOf("STANDARD", "DAYLIGHT");
                observance.Required("DTSTART");
                observance.Required("TZOFFSETFROM");
                observance.Required("TZOFFSETTO");
            }
        }

        var events = calendar.Children.Where(c => c.Name == "VEVENT").ToList();
        foreach (var e in events)
        {
            e.Required("UID");
            e.Required("DTSTAMP").Value.Should().MatchRegex("^[0-9]{8}T[0-9]{6}Z$", "DTSTAMP must be a UTC date-time");
            e.Required("DTSTART");
            (e.One("DTEND") is not null && e.One("DURATION") is not null).Should().BeFalse("DTEND and DURATION must not both appear");
            foreach (var property in e.Properties.Where(p => p.Parameter("TZID") is not null))
            {
                tzids.Should().Contain(property.Parameter("TZID"), $"{property.Name} refers to a TZID that must be defined");
            }
        }

        foreach (var group in events.GroupBy(e => e.Required("UID").Value))
        {
            group.Count(e => e.One("RECURRENCE-ID") is null).Should().Be(1, $"UID {group.Key} has exactly one master");
            if (group.Count() > 1)
            {
                group.Single(e => e.One("RECURRENCE-ID") is null).One("RRULE").Should().NotBeNull("overrides belong to a recurring event");
            }
        }
    }

    private static MaintenanceSchedule Busy() => new(
        Pacific,
        [
            MaintenanceRecurrence.Weekly("weekly", "Weekly maintenance", IsoDayOfWeek.Tuesday, new LocalTime(21, 0), Duration.FromHours(2)),
            new MaintenanceRecurrence("fifth", "Fifth-Tuesday database work", RecurrencePattern.MonthlyNthWeekday, IsoDayOfWeek.Tuesday, 5, new LocalTime(23, 30), Duration.FromHours(3), effectiveFrom: new LocalDate(2026, 2, 1)),
            new MaintenanceRecurrence("last-sunday", "Last-Sunday network work", RecurrencePattern.MonthlyNthWeekday, IsoDayOfWeek.Sunday, -1, new LocalTime(1, 30), Duration.FromMinutes(90), effectiveUntil: new LocalDate(2027, 6, 30)),
        ],
        oneOffs:
        [
            new MaintenanceOneOff("db", "Database upgrade", MaintenanceKind.Planned, new LocalDateTime(2026, 2, 14, 22, 0), Duration.FromHours(6), "Upgrade, with a comma; and semicolon."),
            new MaintenanceOneOff("fix", "Emergency fix", MaintenanceKind.Emergency, new LocalDateTime(2026, 3, 8, 2, 30), Duration.FromHours(1), "Security fix."),
        ],
        cancellations: [new CancelledOccurrence("weekly", new LocalDate(2026, 1, 13)), new CancelledOccurrence("last-sunday", new LocalDate(2026, 3, 29))],
        moves:
        [
            new MovedOccurrence("weekly", new LocalDate(2026, 1, 20), new LocalDateTime(2026, 1, 22, 22, 0), Duration.FromMinutes(90)),
            new MovedOccurrence("weekly", new LocalDate(2026, 4, 7), new LocalDateTime(2026, 3, 30, 21, 0)),
            new MovedOccurrence("last-sunday", new LocalDate(2026, 11, 29), new LocalDateTime(2026, 11, 1, 1, 30)),
        ]);

    [Fact]
    public void Ten_years_of_the_built_in_schedule_expand_to_exactly_its_windows()
    {
        var ics = MaintenanceICalendar.ToIcs(ZenputSla.MaintenanceSchedule, From2026, To2036);

        Expand(ics, From2026, To2036).Should().Equal(Windows(ZenputSla.MaintenanceSchedule, From2026, To2036)).And.HaveCount(521);
    }

    [Fact]
    public void The_weekly_rule_is_one_event_with_an_RRULE_until_the_last_occurrence_in_the_range()
    {
        var calendar = IcsReader.Parse(MaintenanceICalendar.ToIcs(ZenputSla.MaintenanceSchedule, From2026, To2036));

        var weekly = calendar.Children.Should().ContainSingle(c => c.Name == "VEVENT").Subject;
        weekly.Required("UID").Value.Should().Be("recurrence.weekly-maintenance@maintenance.zenput-sla");
        weekly.Required("DTSTART").Value.Should().Be("20260106T210000");
        weekly.Required("DTSTART").Parameter("TZID").Should().Be("America/Los_Angeles");
        weekly.Required("RRULE").Value.Split(';').Should().BeEquivalentTo("FREQ=WEEKLY", "BYDAY=TU", "UNTIL=20351226T050000Z");
        weekly.Required("DURATION").Value.Should().Be("PT2H");
        weekly.Required("DTSTAMP").Value.Should().Be("20260101T080000Z");
    }

    [Theory]
    [InlineData(2026, 1, 1, 2027, 1, 1)]
    [InlineData(2026, 1, 14, 2026, 1, 22)] // starts just after a cancellation, ends before the moved window
    [InlineData(2026, 1, 21, 2026, 2, 1)] // the moved occurrence without its original date
    [InlineData(2026, 3, 29, 2026, 4, 10)] // an occurrence moved a week earlier, out of and into the range
    [InlineData(2026, 2, 15, 2026, 2, 15)] // an empty range
    [InlineData(2025, 6, 1, 2030, 1, 1)]
    public void A_busy_schedule_exports_exactly_its_windows_for_the_range(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var schedule = Busy();
        var from = new LocalDate(y1, m1, d1).AtStartOfDayInZone(Pacific).ToInstant();
        var to = new LocalDate(y2, m2, d2).AtStartOfDayInZone(Pacific).ToInstant();

        var ics = MaintenanceICalendar.ToIcs(schedule, from, to);

        Expand(ics, from - Duration.FromDays(800), to + Duration.FromDays(800)).Should().Equal(Windows(schedule, from, to));
    }

    [Fact]
    public void A_range_that_cuts_a_running_window_includes_it_whole()
    {
        var from = Instant.FromUtc(2026, 1, 7, 6, 0);
        var to = Instant.FromUtc(2026, 1, 7, 6, 30);

        var expanded = Expand(MaintenanceICalendar.ToIcs(ZenputSla.MaintenanceSchedule, from, to), Instant.MinValue, Instant.FromUtc(2100, 1, 1, 0, 0));

        expanded.Should().Equal((Instant.FromUtc(2026, 1, 7, 5, 0), Instant.FromUtc(2026, 1, 7, 7, 0)));
    }

    [Fact]
    public void Cancellations_are_EXDATEs_moves_are_RECURRENCE_ID_overrides_and_one_offs_are_their_own_events()
    {
        var calendar = IcsReader.Parse(MaintenanceICalendar.ToIcs(Busy(), Instant.FromUtc(2026, 1, 1, 8, 0), Instant.FromUtc(2026, 2, 1, 8, 0)));
        var events = calendar.Children.Where(c => c.Name == "VEVENT").ToList();

        var weekly = events.Single(e => e.Required("UID").Value == "recurrence.weekly@maintenance.zenput-sla" && e.One("RECURRENCE-ID") is null);
        weekly.All("EXDATE").Select(e => e.Value).Should().Equal("20260113T210000");
        var moved = events.Single(e => e.One("RECURRENCE-ID") is not null);
        moved.Required("UID").Value.Should().Be("recurrence.weekly@maintenance.zenput-sla");
        moved.Required("RECURRENCE-ID").Value.Should().Be("20260120T210000");
        moved.Required("DTSTART").Value.Should().Be("20260122T220000");
        moved.Required("DURATION").Value.Should().Be("PT1H30M");
    }

    [Fact]
    public void A_one_off_keeps_its_reason_and_emergencies_are_categorised()
    {
        var calendar = IcsReader.Parse(MaintenanceICalendar.ToIcs(Busy(), Instant.FromUtc(2026, 2, 1, 8, 0), Instant.FromUtc(2026, 3, 31, 8, 0)));
        var events = calendar.Children.Where(c => c.Name == "VEVENT").ToDictionary(e => e.Required("UID").Value + e.One("RECURRENCE-ID")?.Value);

        events["one-off.db@maintenance.zenput-sla"].Required("DESCRIPTION").Value.Should().Be(@"Upgrade\, with a comma\; and semicolon.");
        events["one-off.fix@maintenance.zenput-sla"].Required("CATEGORIES").Value.Should().Be("Maintenance,Emergency");

        // 2026-03-08 02:30 does not exist in Los Angeles; the one-off starts at 03:00 PDT, which reads back unambiguously.
        events["one-off.fix@maintenance.zenput-sla"].Required("DTSTART").Value.Should().Be("20260308T030000");
    }

    [Theory]
    [InlineData("Europe/London", 1, 30)] // the London gap and overlap: 01:00–02:00 on the last Sundays of March and October
    [InlineData("Europe/Berlin", 2, 30)] // 02:00–03:00 in Berlin
    [InlineData("Europe/London", 2, 30)] // an ordinary time in London, for contrast
    [InlineData("America/Los_Angeles", 2, 30)]
    [InlineData("Australia/Lord_Howe", 2, 15)] // a half-hour DST change (02:00 → 02:30)
    public void A_rule_in_a_DST_gap_or_overlap_exports_the_schedule_times_not_the_RFC_shifted_ones(string zoneId, int hour, int minute)
    {
        var schedule = new MaintenanceSchedule(DateTimeZoneProviders.Tzdb[zoneId], [MaintenanceRecurrence.Weekly("sunday", "Sunday work", IsoDayOfWeek.Sunday, new LocalTime(hour, minute), Duration.FromHours(2))]);
        var from = Instant.FromUtc(2026, 1, 1, 0, 0);
        var to = Instant.FromUtc(2029, 1, 1, 0, 0);

        Expand(MaintenanceICalendar.ToIcs(schedule, from, to), from, to).Should().Equal(Windows(schedule, from, to));
    }

    [Fact]
    public void A_start_in_the_gap_is_an_override_at_the_end_of_the_gap()
    {
        var schedule = new MaintenanceSchedule(DateTimeZoneProviders.Tzdb["Europe/Berlin"], [MaintenanceRecurrence.Weekly("sunday", "Sunday work", IsoDayOfWeek.Sunday, new LocalTime(2, 30), Duration.FromHours(2))]);

        var calendar = IcsReader.Parse(MaintenanceICalendar.ToIcs(schedule, Instant.FromUtc(2026, 3, 1, 0, 0), Instant.FromUtc(2026, 5, 1, 0, 0)));

        var overrides = calendar.Children.Where(c => c.Name == "VEVENT" && c.One("RECURRENCE-ID") is not null).ToList();
        overrides.Should().ContainSingle();
        overrides[0].Required("RECURRENCE-ID").Value.Should().Be("20260329T023000");
        overrides[0].Required("DTSTART").Value.Should().Be("20260329T030000");
    }

    [Fact]
    public void An_irregular_zone_gets_a_VTIMEZONE_that_reads_back_exactly()
    {
        // Morocco suspends its +01 offset around Ramadan: the transitions follow no yearly rule.
        var schedule = new MaintenanceSchedule(DateTimeZoneProviders.Tzdb["Africa/Casablanca"], [MaintenanceRecurrence.Weekly("sunday", "Sunday work", IsoDayOfWeek.Sunday, new LocalTime(2, 30), Duration.FromHours(1))]);
        var from = Instant.FromUtc(2025, 1, 1, 0, 0);
        var to = Instant.FromUtc(2030, 1, 1, 0, 0);

        Expand(MaintenanceICalendar.ToIcs(schedule, from, to), from, to).Should().Equal(Windows(schedule, from, to));
    }

    [Fact]
    public void The_open_ended_export_has_no_UNTIL_and_expands_to_the_schedule_for_decades()
    {
        var schedule = Busy();
        var from = Instant.FromUtc(2026, 1, 1, 8, 0);
        var to = Instant.FromUtc(2056, 1, 1, 8, 0);

        var ics = MaintenanceICalendar.ToIcsFrom(schedule, from);

        var weekly = IcsReader.Parse(ics).Children.Single(c => c.Name == "VEVENT" && c.Required("UID").Value.StartsWith("recurrence.weekly@", StringComparison.Ordinal) && c.One("RECURRENCE-ID") is null);
        weekly.Required("RRULE").Value.Should().NotContain("UNTIL");
        Expand(ics, from, to).Should().Equal(Windows(schedule, from, to));
    }

    [Fact]
    public void The_open_ended_export_corrects_DST_gap_starts_for_decades()
    {
        var schedule = new MaintenanceSchedule(DateTimeZoneProviders.Tzdb["Europe/Berlin"], [MaintenanceRecurrence.Weekly("sunday", "Sunday work", IsoDayOfWeek.Sunday, new LocalTime(2, 30), Duration.FromHours(2))]);
        var from = Instant.FromUtc(2026, 1, 1, 0, 0);
        var to = Instant.FromUtc(2070, 1, 1, 0, 0);

        Expand(MaintenanceICalendar.ToIcsFrom(schedule, from), from, to).Should().Equal(Windows(schedule, from, to));
    }

    [Fact]
    public void The_same_schedule_and_range_give_the_same_text_with_stable_UIDs_and_the_given_DTSTAMP()
    {
        var options = new MaintenanceCalendarOptions { Stamp = Instant.FromUtc(2025, 12, 1, 12, 0), UidDomain = "status.example.com", CalendarName = "Zenput maintenance" };

        var first = MaintenanceICalendar.ToIcs(Busy(), From2026, To2036, options);
        var second = MaintenanceICalendar.ToIcs(Busy(), From2026, To2036, options);

        second.Should().Be(first);
        Regex.Matches(first, "^DTSTAMP:(.*)\r$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Should().OnlyContain(v => v == "20251201T120000Z");
        Regex.Matches(first, "^UID:(.*)\r$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Distinct()
            .Should().BeEquivalentTo("recurrence.weekly@status.example.com", "recurrence.fifth@status.example.com", "recurrence.last-sunday@status.example.com", "one-off.db@status.example.com", "one-off.fix@status.example.com");
        IcsReader.Parse(first).Required("X-WR-CALNAME").Value.Should().Be("Zenput maintenance");
    }

    [Fact]
    public void Ical_Net_reads_the_file_back_to_the_same_occurrences()
    {
        var ics = MaintenanceICalendar.ToIcs(Busy(), From2026, Instant.FromUtc(2028, 1, 1, 8, 0));

        var calendar = Ical.Net.Calendar.Load(ics)!;
        var occurrences = calendar.GetOccurrences(new Ical.Net.DataTypes.CalDateTime(2020, 1, 1, 0, 0, 0, Ical.Net.DataTypes.CalDateTime.UtcTzId))
            .TakeWhile(o => o.Period.StartTime.AsUtc < new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc))
            .Select(o => (Instant.FromDateTimeUtc(o.Period.StartTime.AsUtc), Instant.FromDateTimeUtc(o.Period.StartTime.AsUtc) + Duration.FromTimeSpan(o.Period.EffectiveDuration!.Value.ToTimeSpanUnspecified())))
            .OrderBy(o => o.Item1).ThenBy(o => o.Item2)
            .ToList();

        // Ical.Net follows RFC 5545 in DST gaps too, so the only windows where it could differ are overridden explicitly.
        occurrences.Should().Equal(Windows(Busy(), From2026, Instant.FromUtc(2028, 1, 1, 8, 0)));
    }

    [ScaledProperty(10_000, Arbitrary = [typeof(MaintenanceProperties)])]
    public void Random_schedules_export_exactly_their_windows_for_random_ranges(Drawn<(MaintenanceSchedule Schedule, Instant From, Instant To)> drawn)
    {
        var (schedule, from, to) = drawn.Value;

        var ics = MaintenanceICalendar.ToIcs(schedule, from, to);

        Expand(ics, from - Duration.FromDays(800), to + Duration.FromDays(800)).Should().Equal(Windows(schedule, from, to));
    }
}
