using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Triage;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Serialization;

/// <summary>Maps a parsed policy document onto the domain, collecting every structural error with its JSON path.</summary>
internal sealed class SlaPolicyDocumentReader
{
    private readonly List<PolicyFinding> _findings;

    public SlaPolicyDocumentReader(List<PolicyFinding> findings) => _findings = findings;

    /// <summary>Builds a builder holding the document's policy, or null when the root is not an object.</summary>
    public SlaPolicyBuilder? Read(JsonElement root)
    {
        var doc = DocumentObject.Open(root, "$", _findings);
        if (doc is null)
        {
            return null;
        }

        var version = doc.Int("schemaVersion");
        if (version is not null && (version < SlaPolicyDocument.OldestSchemaVersion || version > SlaPolicyDocument.SchemaVersion))
        {
            doc.Error("schemaVersion", $"Schema version {version} is not supported; this library reads versions {SlaPolicyDocument.OldestSchemaVersion} to {SlaPolicyDocument.SchemaVersion}.", PolicyErrorCodes.UnsupportedSchemaVersion);
        }

        var builder = new SlaPolicyBuilder(doc.String("name") ?? string.Empty)
            .WithDescription(doc.String("description", required: false) ?? string.Empty);
        if (doc.Zone("supportZone") is { } zone)
        {
            builder.WithSupportZone(zone);
        }

        if (doc.Enums<TicketEventKind>("responseSatisfiedBy") is { } events)
        {
            builder.WithResponseSatisfiedBy(events);
        }

        foreach (var tier in doc.Array("tiers", ReadTier) ?? [])
        {
            builder.AddTier(tier);
        }

        foreach (var calendar in doc.Array("calendars", ReadCalendar, required: false) ?? [])
        {
            builder.AddCalendar(calendar);
        }

        foreach (var intersection in doc.Array("calendarIntersections", ReadIntersection, required: false) ?? [])
        {
            builder.AddCalendarIntersection(intersection);
        }

        var maintenance = doc.Property("maintenance", required: false) is { } m ? ReadMaintenance(m, doc.PathOf("maintenance")) : null;
        builder.WithMaintenance(maintenance, doc.Bool("clockStopsDuringMaintenance", required: false) ?? false);

        if (doc.Property("triage", required: false) is { } triage && ReadTriage(triage, doc.PathOf("triage")) is { } rules)
        {
            builder.WithTriageRules(rules);
        }

        foreach (var assumption in doc.Strings("assumptions", required: false) ?? [])
        {
            builder.WithAssumption(assumption);
        }

        // Version 2: ticket-evaluation settings, both optional (a policy without them has the defaults).
        if (ReadPercentages(doc, "warningThresholds") is { } thresholds)
        {
            builder.WithWarningThresholds(thresholds);
        }

        if (doc.Enum<StepClock>("stepClock", required: false) is { } stepClock)
        {
            builder.WithStepClock(stepClock);
        }

        doc.ReportUnknownProperties();
        return builder;
    }

    private List<double>? ReadPercentages(DocumentObject doc, string name) =>
        doc.Property(name, required: false) is null
            ? null
            : doc.Array<object>(name, (element, path) =>
            {
                if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var value))
                {
                    return value;
                }

                _findings.Add(new PolicyFinding(path, $"Expected a percentage such as 75 but found {JsonText.Describe(element.ValueKind)}.", PolicyErrorCodes.InvalidValue));
                return null;
            })?.ConvertAll(o => (double)o);

    private SeverityTier? ReadTier(JsonElement element, string path)
    {
        var tier = DocumentObject.Open(element, path, _findings);
        if (tier is null)
        {
            return null;
        }

        var severity = tier.Property("severity", required: true) is { } s ? ReadSeverity(s, tier.PathOf("severity")) : null;
        var goal = tier.Property("responseGoal", required: true) is { } g ? ReadGoal(g, tier.PathOf("responseGoal")) : null;
        var steps = tier.Array("resolutionProcess", ReadStep);
        tier.ReportUnknownProperties();
        return severity is null || goal is null || steps is null ? null : new SeverityTier(severity, goal, steps);
    }

    private SeverityLevel? ReadSeverity(JsonElement element, string path)
    {
        var level = DocumentObject.Open(element, path, _findings);
        if (level is null)
        {
            return null;
        }

        var rank = level.Int("rank");
        var name = level.String("name");
        var definition = level.String("definition", required: false) ?? string.Empty;
        var criteria = level.Strings("criteria", required: false) ?? [];
        var examples = level.Strings("examples", required: false) ?? [];
        level.ReportUnknownProperties();
        if (rank is null || string.IsNullOrWhiteSpace(name))
        {
            if (name is not null && string.IsNullOrWhiteSpace(name))
            {
                level.Error("name", "'name' must not be empty.", PolicyErrorCodes.Required);
            }

            return null;
        }

        if (rank <= 0)
        {
            level.Error("rank", $"A severity rank must be 1 or more (1 is the most severe), but is {rank}.", PolicyErrorCodes.NonPositiveRank);
            return null;
        }

        return new SeverityLevel(rank.Value, name, definition, criteria, examples);
    }

    private GoalTarget? ReadGoal(JsonElement element, string path)
    {
        var goal = DocumentObject.Open(element, path, _findings);
        if (goal is null)
        {
            return null;
        }

        var kind = goal.Enum<GoalTargetKind>("kind");
        if (kind is null)
        {
            // Without a valid kind the other properties cannot be judged: report only the kind.
            return null;
        }

        GoalTarget? result = kind switch
        {
            GoalTargetKind.Elapsed => goal.Duration("duration") is { } d ? GoalTarget.Elapsed(d) : null,
            GoalTargetKind.CalendarDays => goal.Int("days") is { } days ? GoalTarget.CalendarDays(days) : null,
            GoalTargetKind.BusinessTime => (goal.Duration("workingTime"), CalendarName(goal)) is ({ } w, { } c) ? GoalTarget.BusinessTime(w, c) : null,
            GoalTargetKind.BusinessDays => (goal.Int("days"), CalendarName(goal)) is ({ } n, { } c) ? GoalTarget.BusinessDays(n, c) : null,
            _ => null,
        };
        if (goal.Bool("clockStopsDuringMaintenance", required: false) is { } stops && result is not null)
        {
            result = result with { ClockStopsDuringMaintenance = stops };
        }

        goal.ReportUnknownProperties();
        return result;
    }

    private ResolutionStep? ReadStep(JsonElement element, string path)
    {
        var step = DocumentObject.Open(element, path, _findings);
        if (step is null)
        {
            return null;
        }

        var kind = step.Enum<ResolutionStepKind>("kind");
        var description = step.String("description", required: false) ?? string.Empty;
        var satisfiedBy = step.Enums<TicketEventKind>("satisfiedBy");
        var deadline = step.Property("deadline", required: true) is { } d ? ReadDeadline(d, step.PathOf("deadline")) : null;
        step.ReportUnknownProperties();
        return kind is null || satisfiedBy is null || deadline is null ? null : new ResolutionStep(kind.Value, description, satisfiedBy, deadline);
    }

    private StepDeadline? ReadDeadline(JsonElement element, string path)
    {
        var deadline = DocumentObject.Open(element, path, _findings);
        if (deadline is null)
        {
            return null;
        }

        var kind = deadline.Enum<StepDeadlineKind>("kind");
        if (kind is null)
        {
            // Without a valid kind the other properties cannot be judged: report only the kind.
            return null;
        }

        StepDeadline? result = kind switch
        {
            StepDeadlineKind.Within => (deadline.Duration("length"), deadline.Enum<TicketEventKind>("anchor", required: false) ?? TicketEventKind.Reported) is ({ } l, var a) ? StepDeadline.Within(l, a) : null,
            StepDeadlineKind.WithResponseGoal => StepDeadline.WithResponseGoal(),
            StepDeadlineKind.Recurring => (deadline.Duration("length"), deadline.Enum<TicketEventKind>("anchor", required: false) ?? TicketEventKind.Reported) is ({ } l, var a) ? StepDeadline.Every(l, a) : null,
            StepDeadlineKind.AfterEvent => deadline.Enum<TicketEventKind>("anchor") is { } a ? StepDeadline.After(a) : null,
            StepDeadlineKind.BestEffort => StepDeadline.BestEffort(),
            _ => null,
        };
        deadline.ReportUnknownProperties();
        return result;
    }

    private BusinessCalendar? ReadCalendar(JsonElement element, string path)
    {
        var calendar = DocumentObject.Open(element, path, _findings);
        if (calendar is null)
        {
            return null;
        }

        var name = calendar.String("name");
        var zone = calendar.Zone("zone");
        var windows = calendar.Array("windows", ReadWindow);
        var holidays = calendar.Array("holidays", ReadHoliday, required: false);
        var extraDays = calendar.Array("extraWorkingDays", ReadExtraDay, required: false);
        var schedules = calendar.Array("schedules", ReadSchedule, required: false);
        calendar.ReportUnknownProperties();
        return NonBlank(calendar, "name", name) && zone is not null && windows is not null
            ? new BusinessCalendar(name!, zone, windows, holidays, extraDays, schedules)
            : null;
    }

    private WeeklySchedule? ReadSchedule(JsonElement element, string path)
    {
        var schedule = DocumentObject.Open(element, path, _findings);
        if (schedule is null)
        {
            return null;
        }

        var from = schedule.Date("effectiveFrom");
        var until = schedule.Date("effectiveUntil", required: false);
        var windows = schedule.Array("windows", ReadWindow);
        schedule.ReportUnknownProperties();
        return from is null || windows is null ? null : new WeeklySchedule(from.Value, windows, until);
    }

    private CalendarIntersection? ReadIntersection(JsonElement element, string path)
    {
        var intersection = DocumentObject.Open(element, path, _findings);
        if (intersection is null)
        {
            return null;
        }

        var name = intersection.String("name");
        var calendars = intersection.Strings("calendars");
        intersection.ReportUnknownProperties();
        return NonBlank(intersection, "name", name) && calendars is not null ? new CalendarIntersection(name!, calendars) : null;
    }

    private WorkingWindow? ReadWindow(JsonElement element, string path)
    {
        var window = DocumentObject.Open(element, path, _findings);
        if (window is null)
        {
            return null;
        }

        var day = window.Enum<IsoDayOfWeek>("day");
        var start = window.Time("start");
        var end = window.Time("end", allow24: true);
        window.ReportUnknownProperties();
        return day is null || start is null || end is null ? null : new WorkingWindow(day.Value, start.Value, end.Value);
    }

    private Holiday? ReadHoliday(JsonElement element, string path)
    {
        var holiday = DocumentObject.Open(element, path, _findings);
        if (holiday is null)
        {
            return null;
        }

        var name = holiday.String("name");
        var date = holiday.Date("date", required: false);
        var annual = holiday.Noda<AnnualDate>("annualDate", "12-25", required: false);
        var from = holiday.Time("closedFrom", required: false);
        var until = holiday.Time("closedUntil", required: false, allow24: true);
        var ruleElement = holiday.Property("rule", required: false);
        var rule = ruleElement is { } r ? ReadHolidayRule(r, holiday.PathOf("rule")) : null;
        holiday.ReportUnknownProperties();
        var given = (date is null ? 0 : 1) + (annual is null ? 0 : 1) + (ruleElement is null ? 0 : 1);
        if (given != 1)
        {
            var where = date is not null && annual is not null ? "annualDate" : ruleElement is not null ? "rule" : "date";
            holiday.Error(where, "A holiday needs exactly one of 'date' (a single date), 'annualDate' (every year, 'MM-dd') or 'rule' (a date each year by rule).", PolicyErrorCodes.Required);
            return null;
        }

        if (ruleElement is not null && rule is null)
        {
            return null;
        }

        if ((from is null) != (until is null))
        {
            holiday.Error(from is null ? "closedFrom" : "closedUntil", "A partial-day closure needs both 'closedFrom' and 'closedUntil'.", PolicyErrorCodes.Required);
            return null;
        }

        if (!NonBlank(holiday, "name", name))
        {
            return null;
        }

        return (date, annual, rule, from, until) switch
        {
            ({ } d, null, null, null, null) => Holiday.On(name!, d),
            (null, { } a, null, null, null) => Holiday.EveryYear(name!, a),
            (null, null, { } byRule, null, null) => Holiday.ByRule(name!, byRule),
            ({ } d, null, null, { } f, { } u) => Holiday.PartOf(name!, d, f, u),
            (null, { } a, null, { } f, { } u) => Holiday.PartOfEveryYear(name!, a, f, u),
            (null, null, { } byRule, { } f, { } u) => Holiday.PartByRule(name!, byRule, f, u),
            _ => null,
        };
    }

    private HolidayRule? ReadHolidayRule(JsonElement element, string path)
    {
        var rule = DocumentObject.Open(element, path, _findings);
        if (rule is null)
        {
            return null;
        }

        var kind = rule.Enum<HolidayRuleKind>("kind");
        if (kind is null)
        {
            // Without a valid kind the other properties cannot be judged: report only the kind.
            return null;
        }

        HolidayRule? result = kind switch
        {
            HolidayRuleKind.NthWeekday => (rule.Int("month"), rule.Enum<IsoDayOfWeek>("dayOfWeek"), rule.Int("week")) is ({ } m, { } d, { } w)
                ? HolidayRule.NthWeekday(m, d, w)
                : null,
            HolidayRuleKind.FixedDate => (
                    rule.Noda<AnnualDate>("date", "12-25"),
                    rule.Enum<IsoDayOfWeek>("saturdayObservedOn", required: false) ?? IsoDayOfWeek.Friday,
                    rule.Enum<IsoDayOfWeek>("sundayObservedOn", required: false) ?? IsoDayOfWeek.Monday) is ({ } a, var sat, var sun)
                ? HolidayRule.FixedDate(a, sat, sun)
                : null,
            HolidayRuleKind.Easter => rule.Int("offsetDays") is { } o ? HolidayRule.Easter(o) : null,
            _ => null,
        };
        rule.ReportUnknownProperties();
        return result;
    }

    private ExtraWorkingDay? ReadExtraDay(JsonElement element, string path)
    {
        var day = DocumentObject.Open(element, path, _findings);
        if (day is null)
        {
            return null;
        }

        var date = day.Date("date");
        var hours = day.Array("hours", ReadHours);
        day.ReportUnknownProperties();
        return date is null || hours is null ? null : new ExtraWorkingDay(date.Value, hours);
    }

    private OpeningHours? ReadHours(JsonElement element, string path)
    {
        var hours = DocumentObject.Open(element, path, _findings);
        if (hours is null)
        {
            return null;
        }

        var start = hours.Time("start");
        var end = hours.Time("end", allow24: true);
        hours.ReportUnknownProperties();
        return start is null || end is null ? null : new OpeningHours(start.Value, end.Value);
    }

    private MaintenanceSchedule? ReadMaintenance(JsonElement element, string path)
    {
        var schedule = DocumentObject.Open(element, path, _findings);
        if (schedule is null)
        {
            return null;
        }

        var zone = schedule.Zone("zone");
        var recurrences = schedule.Array("recurrences", ReadRecurrence, required: false);
        var oneOffs = schedule.Array("oneOffs", ReadOneOff, required: false);
        var cancellations = schedule.Array("cancellations", ReadCancellation, required: false);
        var moves = schedule.Array("moves", ReadMove, required: false);
        var lead = schedule.Duration("noticeLeadTime", required: false);
        var components = schedule.Strings("affectedComponents", required: false);
        schedule.ReportUnknownProperties();
        return zone is null || recurrences is null
            ? null
            : new MaintenanceSchedule(zone, recurrences, oneOffs, cancellations, moves, lead, components);
    }

    private MaintenanceRecurrence? ReadRecurrence(JsonElement element, string path)
    {
        var rule = DocumentObject.Open(element, path, _findings);
        if (rule is null)
        {
            return null;
        }

        var id = rule.String("id");
        var title = rule.String("title");
        var pattern = rule.Enum<RecurrencePattern>("pattern");
        var day = rule.Enum<IsoDayOfWeek>("dayOfWeek");
        var week = rule.Int("weekOfMonth", required: false);
        var start = rule.Time("startTime");
        var length = rule.Duration("length");
        var from = rule.Date("effectiveFrom", required: false);
        var until = rule.Date("effectiveUntil", required: false);
        rule.ReportUnknownProperties();
        return NonBlank(rule, "id", id) && NonBlank(rule, "title", title) && pattern is not null && day is not null && start is not null && length is not null
            ? new MaintenanceRecurrence(id!, title!, pattern.Value, day.Value, week, start.Value, length.Value, from, until)
            : null;
    }

    private MaintenanceOneOff? ReadOneOff(JsonElement element, string path)
    {
        var oneOff = DocumentObject.Open(element, path, _findings);
        if (oneOff is null)
        {
            return null;
        }

        var id = oneOff.String("id");
        var title = oneOff.String("title");
        var kind = oneOff.Enum<MaintenanceKind>("kind");
        var start = oneOff.Noda<LocalDateTime>("start", "2026-12-01T21:00:00");
        var length = oneOff.Duration("length");
        var reason = oneOff.String("reason", required: false) ?? string.Empty;
        var announced = oneOff.Noda<Instant>("announcedAt", "2026-11-20T17:00:00Z", required: false);
        oneOff.ReportUnknownProperties();
        return NonBlank(oneOff, "id", id) && NonBlank(oneOff, "title", title) && kind is not null && start is not null && length is not null
            ? new MaintenanceOneOff(id!, title!, kind.Value, start.Value, length.Value, reason, announced)
            : null;
    }

    private CancelledOccurrence? ReadCancellation(JsonElement element, string path)
    {
        var cancellation = DocumentObject.Open(element, path, _findings);
        if (cancellation is null)
        {
            return null;
        }

        var id = cancellation.String("recurrenceId");
        var date = cancellation.Date("date");
        cancellation.ReportUnknownProperties();
        return NonBlank(cancellation, "recurrenceId", id) && date is not null ? new CancelledOccurrence(id!, date.Value) : null;
    }

    private MovedOccurrence? ReadMove(JsonElement element, string path)
    {
        var move = DocumentObject.Open(element, path, _findings);
        if (move is null)
        {
            return null;
        }

        var id = move.String("recurrenceId");
        var original = move.Date("originalDate");
        var newStart = move.Noda<LocalDateTime>("newStart", "2026-12-02T21:00:00");
        var newLength = move.Duration("newLength", required: false);
        var announced = move.Noda<Instant>("announcedAt", "2026-11-20T17:00:00Z", required: false);
        move.ReportUnknownProperties();
        return NonBlank(move, "recurrenceId", id) && original is not null && newStart is not null
            ? new MovedOccurrence(id!, original.Value, newStart.Value, newLength) { AnnouncedAt = announced }
            : null;
    }

    private TriageRules? ReadTriage(JsonElement element, string path)
    {
        var triage = DocumentObject.Open(element, path, _findings);
        if (triage is null)
        {
            return null;
        }

        var fallback = triage.Int("fallbackRank", required: false);
        var rules = triage.Array("rules", ReadTriageRule);
        triage.ReportUnknownProperties();
        return rules is null ? null : new TriageRules(rules, fallback);
    }

    private TriageRule? ReadTriageRule(JsonElement element, string path)
    {
        var rule = DocumentObject.Open(element, path, _findings);
        if (rule is null)
        {
            return null;
        }

        var id = rule.String("id");
        var rank = rule.Int("targetRank");
        var criterion = rule.String("criterion");
        var outside = rule.Bool("outsideDefinitions", required: false) ?? false;
        var explanation = rule.String("explanation", required: false);
        var when = rule.Property("when", required: true) is { } w ? ReadCondition(w, rule.PathOf("when")) : null;
        rule.ReportUnknownProperties();
        return NonBlank(rule, "id", id) && rank is not null && criterion is not null && when is not null
            ? new TriageRule(id!, rank.Value, criterion, when) { IsOutsideDefinitions = outside, Explanation = explanation }
            : null;
    }

    private TriageCondition? ReadCondition(JsonElement element, string path)
    {
        var when = DocumentObject.Open(element, path, _findings);
        if (when is null)
        {
            return null;
        }

        var condition = new TriageCondition
        {
            Scopes = when.Enums<ImpactScope>("scopes", required: false) ?? [],
            FunctionLosses = when.Enums<FunctionLoss>("functionLosses", required: false) ?? [],
            IsTemporary = when.Bool("isTemporary", required: false),
            PerformanceDegradations = when.Enums<PerformanceDegradation>("performanceDegradations", required: false) ?? [],
            DataImpacts = when.Enums<DataImpact>("dataImpacts", required: false) ?? [],
            Workarounds = when.Enums<WorkaroundStatus>("workarounds", required: false) ?? [],
            Categories = when.Enums<IssueCategory>("categories", required: false) ?? [],
            AffectedPercentAtLeast = when.Decimal("affectedPercentAtLeast", required: false),
            AffectedPercentBelow = when.Decimal("affectedPercentBelow", required: false),
        };
        when.ReportUnknownProperties();
        return condition;
    }

    // A blank name is a finding here: the goal's constructor refuses it with an exception (found by the policy-document fuzzer).
    private static string? CalendarName(DocumentObject goal) =>
        goal.String("calendarName") is { } name && NonBlank(goal, "calendarName", name) ? name : null;

    private static bool NonBlank(DocumentObject owner, string name, string? value)
    {
        if (value is null)
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            owner.Error(name, $"'{name}' must not be empty.", PolicyErrorCodes.Required);
            return false;
        }

        return true;
    }
}
