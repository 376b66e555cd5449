using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Serialization;
using Zenput.Sla.Tests.Generators;
using Zenput.Sla.Triage;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Serialization;

/// <summary>Builds random valid policies from FsCheck's shrinkable <see cref="Choices"/>, exercising every part of the document schema.</summary>
public static class RandomPolicies
{
    private static readonly string[] Zones = ["UTC", "America/Los_Angeles", "Europe/London", "Asia/Kathmandu", "Pacific/Chatham", "Australia/Lord_Howe"];

    /// <summary>Random valid policies; a failure shrinks towards fewer tiers, calendars and rules.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Drawn<SlaPolicy>> Policies() =>
        Choices.Arbitrary(Create, policy => SlaPolicyDocument.Save(policy));

    internal static SlaPolicy Create(Choices random)
    {
        var zone = DateTimeZoneProviders.Tzdb[Pick(random, Zones)];
        var calendars = Enumerable.Range(0, random.Next(0, 3)).Select(i => Calendar(random, $"calendar-{i}")).ToList();
        var builder = new SlaPolicyBuilder(Text(random, "Policy"))
            .WithDescription(random.Next(2) == 0 ? string.Empty : Text(random, "Description \"quoted\" ünïcode ✓"))
            .WithSupportZone(zone)
            .WithResponseSatisfiedBy(random.Next(2) == 0 ? [TicketEventKind.FirstResponse] : [TicketEventKind.EngineerAssigned, TicketEventKind.FirstResponse]);
        var calendarNames = calendars.Select(c => c.Name).ToList();
        var intersect = calendars.Count == 2 && random.Next(2) == 0;
        if (intersect)
        {
            // Two random calendars may never be open at once, and validation refuses a goal counted on an intersection
            // with no working time at any instant: the second calendar also gets the first one's zone and first window.
            var (one, other) = (calendars[0], calendars[1]);
            calendars[1] = new BusinessCalendar(other.Name, one.Zone, [.. other.Windows, one.Windows[0]], other.Holidays, other.ExtraWorkingDays, other.Schedules);
        }

        calendars.ForEach(c => builder.AddCalendar(c));
        if (intersect)
        {
            var first = random.Next(2);
            builder.AddCalendarIntersection("both", calendarNames[first], calendarNames[1 - first]);
            calendarNames.Add("both");
        }

        var levels = random.Next(1, 6);
        var goal = Duration.FromMinutes(random.Next(1, 120));
        var tiers = new List<(SeverityLevel Level, GoalTarget Target, List<ResolutionStep> Steps)>();
        for (var rank = 1; rank <= levels; rank++)
        {
            goal += Duration.FromMinutes(random.Next(0, 600));
            GoalTarget target = random.Next(4) switch
            {
                0 => GoalTarget.Elapsed(goal + Duration.FromTicks(random.Next(0, 1000))),
                1 => GoalTarget.CalendarDays(random.Next(0, 30)),
                2 when calendarNames.Count > 0 => GoalTarget.BusinessDays(random.Next(0, 10), calendarNames[random.Next(calendarNames.Count)]),
                _ when calendars.Count > 0 && random.Next(2) == 0 => GoalTarget.BusinessTime(goal, calendars[random.Next(calendars.Count)]),
                _ when calendarNames.Count > 0 => GoalTarget.BusinessTime(goal, calendarNames[random.Next(calendarNames.Count)]),
                _ => GoalTarget.Elapsed(goal),
            };
            target = target with { ClockStopsDuringMaintenance = random.Next(3) switch { 0 => true, 1 => false, _ => null } };
            tiers.Add((new SeverityLevel(rank, $"Level{rank}-{random.Next(1000)}", Text(random, "Definition"), Texts(random, "criterion"), Texts(random, "example")), target, Steps(random)));
        }

        var maintenance = random.Next(3) > 0 ? Schedule(random, zone) : null;
        var clockStops = maintenance is not null && random.Next(2) == 0;
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            builder.WithAssumption(Text(random, "Assumption"));
        }

        if (random.Next(2) == 0)
        {
            builder.WithTriageRules(Triage(random, levels));
        }

        // A short calendar window can lie wholly inside the weekly maintenance window: when the clock stops during
        // maintenance, a goal counted on that calendar has no working time at any instant, which validation refuses
        // (NoWorkingTime). Such a draw keeps everything else and lets the clock run during maintenance.
        try
        {
            return Build(builder, tiers, maintenance, clockStops, keepGoalStops: true);
        }
        catch (SlaPolicyValidationException e) when (e.Findings.Where(f => !f.IsWarning).All(f => f.Code == PolicyErrorCodes.NoWorkingTime))
        {
            // A failed build leaves the builder usable: the tiers go in again, each goal's clock running during maintenance.
            return Build(builder.ClearTiers(), tiers, maintenance, clockStops: false, keepGoalStops: false);
        }
    }

    private static SlaPolicy Build(SlaPolicyBuilder builder, List<(SeverityLevel Level, GoalTarget Target, List<ResolutionStep> Steps)> tiers, MaintenanceSchedule? maintenance, bool clockStops, bool keepGoalStops)
    {
        foreach (var (level, target, steps) in tiers)
        {
            builder.AddTier(level, keepGoalStops ? target : target with { ClockStopsDuringMaintenance = false }, steps);
        }

        if (maintenance is not null)
        {
            builder.WithMaintenance(maintenance, clockStopsDuringMaintenance: clockStops);
        }

        return builder.Build();
    }

    private static TriageRules Triage(Choices random, int levels)
    {
        T[] Some<T>(T[] values) => [.. values.Where(_ => random.Next(3) == 0)];
        var rules = Enumerable.Range(0, random.Next(1, 5)).Select(i =>
        {
            decimal? atLeast = random.Next(2) == 0 ? null : random.Next(0, 50) + 0.25m;
            decimal? below = random.Next(2) == 0 ? null : (atLeast ?? 0) + random.Next(1, 50);
            return new TriageRule($"rule-{i}", random.Next(1, levels + 1), Text(random, "Criterion"), new TriageCondition
            {
                Scopes = Some(Enum.GetValues<ImpactScope>()),
                FunctionLosses = Some(Enum.GetValues<FunctionLoss>()),
                IsTemporary = random.Next(3) switch { 0 => null, 1 => true, _ => false },
                PerformanceDegradations = Some(Enum.GetValues<PerformanceDegradation>()),
                DataImpacts = Some(Enum.GetValues<DataImpact>()),
                Workarounds = Some([WorkaroundStatus.Available, WorkaroundStatus.Unavailable]),
                Categories = Some(Enum.GetValues<IssueCategory>()),
                AffectedPercentAtLeast = atLeast,
                AffectedPercentBelow = below,
            })
            {
                IsOutsideDefinitions = i % 2 == 1,
                Explanation = i % 2 == 1 || random.Next(2) == 0 ? Text(random, "Because") : null,
            };
        });
        return new TriageRules(rules, random.Next(2) == 0 ? null : random.Next(1, levels + 1));
    }

    private static List<ResolutionStep> Steps(Choices random)
    {
        var steps = new List<ResolutionStep>
        {
            new(ResolutionStepKind.ProblemTicket, "ticket", [TicketEventKind.TicketCreated], StepDeadline.Within(Duration.FromMinutes(random.Next(1, 60)), TicketEventKind.Reported)),
        };
        if (random.Next(2) == 0)
        {
            steps.Add(new(ResolutionStepKind.EngineerAssignment, "assign", [TicketEventKind.EngineerAssigned, TicketEventKind.FirstResponse], StepDeadline.WithResponseGoal()));
        }

        if (random.Next(2) == 0)
        {
            steps.Add(new(ResolutionStepKind.PeriodicUpdates, "updates", [TicketEventKind.StatusUpdate], StepDeadline.Every(Duration.FromMinutes(random.Next(1, 600)), TicketEventKind.EngineerAssigned)));
        }

        steps.Add(new(ResolutionStepKind.FixInitiation, "fix", [TicketEventKind.FixStarted], StepDeadline.WithResponseGoal()));
        if (random.Next(2) == 0)
        {
            steps.Add(new(ResolutionStepKind.UserNotification, "notify", [TicketEventKind.UsersNotified], StepDeadline.After(TicketEventKind.FixApplied)));
        }

        if (random.Next(2) == 0)
        {
            steps.Add(new(ResolutionStepKind.NextReleaseEffort, "release", [TicketEventKind.ReleasedInMajorVersion], StepDeadline.BestEffort()));
        }

        return steps;
    }

    private static BusinessCalendar Calendar(Choices random, string name)
    {
        var zone = DateTimeZoneProviders.Tzdb[Pick(random, Zones)];
        var windows = Enumerable.Range(0, random.Next(1, 8))
            .Select(_ => new WorkingWindow((IsoDayOfWeek)random.Next(1, 8), Time(random), random.Next(5) == 0 ? LocalTime.Midnight : Time(random)))
            .ToList();
        var holidays = new List<Holiday>();
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            var date = new LocalDate(2026, 1, 1).PlusDays(random.Next(0, 800));
            var start = new LocalTime(random.Next(0, 12), 0);
            holidays.Add(random.Next(8) switch
            {
                0 => Holiday.On("fixed", date),
                1 => Holiday.EveryYear("annual", new AnnualDate(date.Month, date.Day)),
                2 => Holiday.PartOf("partial", date, start, start.PlusMinutes(random.Next(1, 600))),
                3 => Holiday.PartOf("overnight", date, new LocalTime(22, 0), new LocalTime(random.Next(0, 22), 0)),
                4 => Holiday.ByRule("nth", HolidayRule.NthWeekday(random.Next(1, 13), (IsoDayOfWeek)random.Next(1, 8), random.Next(2) == 0 ? -1 : random.Next(1, 6))),
                5 => Holiday.ByRule("observed", HolidayRule.FixedDate(new AnnualDate(date.Month, date.Day), Pick(random, [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Monday]), Pick(random, [IsoDayOfWeek.Friday, IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday]))),
                6 => Holiday.PartByRule("easter", HolidayRule.Easter(random.Next(-200, 201)), start, LocalTime.Midnight),
                _ => Holiday.PartOfEveryYear("partial annual", new AnnualDate(2, 29), start, LocalTime.Midnight),
            });
        }

        var schedules = new List<WeeklySchedule>();
        for (var i = random.Next(0, 3); i > 0; i--)
        {
            var from = new LocalDate(2026, 1, 1).PlusDays(i * 100);
            schedules.Add(new WeeklySchedule(
                from,
                [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => new WorkingWindow((IsoDayOfWeek)random.Next(1, 8), Time(random), Time(random)))],
                random.Next(2) == 0 ? null : from.PlusDays(random.Next(0, 90))));
        }

        var extra = random.Next(2) == 0
            ? []
            : new List<ExtraWorkingDay> { new(new LocalDate(2026, 6, 6), [new OpeningHours(new LocalTime(10, 0), new LocalTime(14, 30, 15))]) };
        return new BusinessCalendar(name, zone, windows, holidays, extra, schedules);
    }

    private static MaintenanceSchedule Schedule(Choices random, DateTimeZone zone)
    {
        var day = (IsoDayOfWeek)random.Next(1, 8);
        var rules = new List<MaintenanceRecurrence>
        {
            MaintenanceRecurrence.Weekly("weekly", "Weekly", day, Time(random), Duration.FromMinutes(random.Next(1, 600))),
        };

        // Cancelled and moved occurrences must be real occurrences of the weekly rule.
        var cancelled = new LocalDate(2026, 12, 20).With(DateAdjusters.NextOrSame(day));
        var moved = cancelled.PlusWeeks(1);
        if (random.Next(2) == 0)
        {
            rules.Add(new MaintenanceRecurrence("monthly", "Monthly", RecurrencePattern.MonthlyNthWeekday, IsoDayOfWeek.Sunday, random.Next(2) == 0 ? -1 : random.Next(1, 6), new LocalTime(2, 30), Duration.FromHours(3), new LocalDate(2026, 1, 1), random.Next(2) == 0 ? null : new LocalDate(2030, 12, 31)));
        }

        return new MaintenanceSchedule(
            zone,
            rules,
            random.Next(2) == 0 ? [] : [new MaintenanceOneOff("upgrade", "Database upgrade", MaintenanceKind.Emergency, new LocalDateTime(2026, 12, 5, 22, 15), Duration.FromMinutes(90), "Security patch", random.Next(2) == 0 ? null : Instant.FromUtc(2026, 12, 5, 1, 2, 3))],
            random.Next(2) == 0 ? [] : [new CancelledOccurrence("weekly", cancelled)],
            random.Next(2) == 0 ? [] : [new MovedOccurrence("weekly", moved, moved.PlusDays(1).At(new LocalTime(21, 0)), random.Next(2) == 0 ? null : Duration.FromHours(1)) { AnnouncedAt = random.Next(2) == 0 ? null : Instant.FromUtc(2026, 12, 1, 9, 30) }],
            Duration.FromHours(random.Next(0, 100)),
            random.Next(2) == 0 ? [] : ["Web app", "Mobile app"]);
    }

    private static LocalTime Time(Choices random) => new(random.Next(0, 24), random.Next(4) * 15, random.Next(10) == 0 ? 30 : 0);

    private static T Pick<T>(Choices random, T[] values) => values[random.Next(values.Length)];

    private static string Text(Choices random, string prefix) => $"{prefix} {random.Next(100000)}";

    private static List<string> Texts(Choices random, string prefix) =>
        [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => Text(random, prefix))];
}
