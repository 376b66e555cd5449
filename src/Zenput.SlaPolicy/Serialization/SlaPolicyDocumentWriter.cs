using System.Collections.Generic;
using System.Text.Json;
using Zenput.Sla.Calendars;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Triage;

namespace Zenput.Sla.Serialization;

/// <summary>Writes a policy as a document, property by property, in the order of the schema.</summary>
internal static class SlaPolicyDocumentWriter
{
    public static void Write(Utf8JsonWriter w, SlaPolicy policy)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SlaPolicyDocument.SchemaVersion);
        w.WriteString("name", policy.Name);
        w.WriteString("description", policy.Description);
        w.WriteString("supportZone", policy.SupportZone.Id);
        WriteEnums(w, "responseSatisfiedBy", policy.ResponseSatisfiedBy);
        w.WriteBoolean("clockStopsDuringMaintenance", policy.ClockStopsDuringMaintenance);
        WriteStrings(w, "assumptions", policy.Assumptions);
        w.WriteStartArray("warningThresholds");
        foreach (var threshold in policy.WarningThresholds)
        {
            w.WriteNumberValue(threshold);
        }

        w.WriteEndArray();
        w.WriteString("stepClock", JsonText.EnumName(policy.StepClock));

        w.WriteStartArray("tiers");
        foreach (var tier in policy.Tiers)
        {
            WriteTier(w, tier);
        }

        w.WriteEndArray();

        w.WriteStartArray("calendars");
        foreach (var calendar in policy.Calendars)
        {
            WriteCalendar(w, calendar);
        }

        w.WriteEndArray();

        if (policy.Maintenance is { } maintenance)
        {
            w.WritePropertyName("maintenance");
            WriteMaintenance(w, maintenance);
        }

        if (policy.TriageRules is { } triage)
        {
            w.WritePropertyName("triage");
            WriteTriage(w, triage);
        }

        w.WriteEndObject();
    }

    private static void WriteTier(Utf8JsonWriter w, SeverityTier tier)
    {
        w.WriteStartObject();
        w.WriteStartObject("severity");
        w.WriteNumber("rank", tier.Severity.Rank);
        w.WriteString("name", tier.Severity.Name);
        w.WriteString("definition", tier.Severity.Definition);
        WriteStrings(w, "criteria", tier.Severity.Criteria);
        WriteStrings(w, "examples", tier.Severity.Examples);
        w.WriteEndObject();

        w.WriteStartObject("responseGoal");
        w.WriteString("kind", JsonText.EnumName(tier.ResponseGoal.Kind));
        switch (tier.ResponseGoal)
        {
            case ElapsedGoalTarget e:
                w.WriteString("duration", JsonText.Format(e.Duration));
                break;
            case CalendarDaysGoalTarget c:
                w.WriteNumber("days", c.Days);
                break;
            case BusinessTimeGoalTarget b:
                w.WriteString("workingTime", JsonText.Format(b.WorkingTime));
                w.WriteString("calendarName", b.CalendarName);
                break;
        }

        if (tier.ResponseGoal.ClockStopsDuringMaintenance is { } stops)
        {
            w.WriteBoolean("clockStopsDuringMaintenance", stops);
        }

        w.WriteEndObject();

        w.WriteStartArray("resolutionProcess");
        foreach (var step in tier.ResolutionProcess)
        {
            w.WriteStartObject();
            w.WriteString("kind", JsonText.EnumName(step.Kind));
            w.WriteString("description", step.Description);
            WriteEnums(w, "satisfiedBy", step.SatisfiedBy);
            w.WriteStartObject("deadline");
            w.WriteString("kind", JsonText.EnumName(step.Deadline.Kind));
            if (step.Deadline.Kind is StepDeadlineKind.Within or StepDeadlineKind.Recurring or StepDeadlineKind.AfterEvent)
            {
                w.WriteString("anchor", JsonText.EnumName(step.Deadline.Anchor));
            }

            if (step.Deadline.Length is { } length)
            {
                w.WriteString("length", JsonText.Format(length));
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCalendar(Utf8JsonWriter w, BusinessCalendar calendar)
    {
        w.WriteStartObject();
        w.WriteString("name", calendar.Name);
        w.WriteString("zone", calendar.Zone.Id);
        w.WriteStartArray("windows");
        foreach (var window in calendar.Windows)
        {
            w.WriteStartObject();
            w.WriteString("day", JsonText.EnumName(window.Day));
            w.WriteString("start", JsonText.FormatTime(window.Start));
            w.WriteString("end", JsonText.FormatTime(window.End, midnightAs24: true));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("holidays");
        foreach (var holiday in calendar.Holidays)
        {
            w.WriteStartObject();
            w.WriteString("name", holiday.Name);
            if (holiday.Date is { } date)
            {
                w.WriteString("date", JsonText.Format(date));
            }

            if (holiday.AnnualDate is { } annual)
            {
                w.WriteString("annualDate", JsonText.Format(annual));
            }

            if (holiday.ClosedFrom is { } from)
            {
                w.WriteString("closedFrom", JsonText.FormatTime(from));
            }

            if (holiday.ClosedUntil is { } until)
            {
                w.WriteString("closedUntil", JsonText.FormatTime(until, midnightAs24: true));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("extraWorkingDays");
        foreach (var day in calendar.ExtraWorkingDays)
        {
            w.WriteStartObject();
            w.WriteString("date", JsonText.Format(day.Date));
            w.WriteStartArray("hours");
            foreach (var hours in day.Hours)
            {
                w.WriteStartObject();
                w.WriteString("start", JsonText.FormatTime(hours.Start));
                w.WriteString("end", JsonText.FormatTime(hours.End, midnightAs24: true));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteMaintenance(Utf8JsonWriter w, MaintenanceSchedule schedule)
    {
        w.WriteStartObject();
        w.WriteString("zone", schedule.Zone.Id);
        w.WriteString("noticeLeadTime", JsonText.Format(schedule.NoticeLeadTime));
        WriteStrings(w, "affectedComponents", schedule.AffectedComponents);
        w.WriteStartArray("recurrences");
        foreach (var rule in schedule.Recurrences)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("title", rule.Title);
            w.WriteString("pattern", JsonText.EnumName(rule.Pattern));
            w.WriteString("dayOfWeek", JsonText.EnumName(rule.DayOfWeek));
            if (rule.WeekOfMonth is { } week)
            {
                w.WriteNumber("weekOfMonth", week);
            }

            w.WriteString("startTime", JsonText.FormatTime(rule.StartTime));
            w.WriteString("length", JsonText.Format(rule.Length));
            if (rule.EffectiveFrom is { } from)
            {
                w.WriteString("effectiveFrom", JsonText.Format(from));
            }

            if (rule.EffectiveUntil is { } until)
            {
                w.WriteString("effectiveUntil", JsonText.Format(until));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("oneOffs");
        foreach (var oneOff in schedule.OneOffs)
        {
            w.WriteStartObject();
            w.WriteString("id", oneOff.Id);
            w.WriteString("title", oneOff.Title);
            w.WriteString("kind", JsonText.EnumName(oneOff.Kind));
            w.WriteString("start", JsonText.Format(oneOff.Start));
            w.WriteString("length", JsonText.Format(oneOff.Length));
            w.WriteString("reason", oneOff.Reason);
            if (oneOff.AnnouncedAt is { } announced)
            {
                w.WriteString("announcedAt", JsonText.Format(announced));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("cancellations");
        foreach (var cancellation in schedule.Cancellations)
        {
            w.WriteStartObject();
            w.WriteString("recurrenceId", cancellation.RecurrenceId);
            w.WriteString("date", JsonText.Format(cancellation.Date));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("moves");
        foreach (var move in schedule.Moves)
        {
            w.WriteStartObject();
            w.WriteString("recurrenceId", move.RecurrenceId);
            w.WriteString("originalDate", JsonText.Format(move.OriginalDate));
            w.WriteString("newStart", JsonText.Format(move.NewStart));
            if (move.NewLength is { } length)
            {
                w.WriteString("newLength", JsonText.Format(length));
            }

            if (move.AnnouncedAt is { } announced)
            {
                w.WriteString("announcedAt", JsonText.Format(announced));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTriage(Utf8JsonWriter w, TriageRules triage)
    {
        w.WriteStartObject();
        if (triage.FallbackRank is { } fallback)
        {
            w.WriteNumber("fallbackRank", fallback);
        }

        w.WriteStartArray("rules");
        foreach (var rule in triage.Rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteNumber("targetRank", rule.TargetRank);
            w.WriteString("criterion", rule.Criterion);
            if (rule.IsOutsideDefinitions)
            {
                w.WriteBoolean("outsideDefinitions", true);
            }

            if (rule.Explanation is { } explanation)
            {
                w.WriteString("explanation", explanation);
            }

            var when = rule.When;
            w.WriteStartObject("when");
            WriteEnumsIfAny(w, "scopes", when.Scopes);
            WriteEnumsIfAny(w, "functionLosses", when.FunctionLosses);
            if (when.IsTemporary is { } temporary)
            {
                w.WriteBoolean("isTemporary", temporary);
            }

            WriteEnumsIfAny(w, "performanceDegradations", when.PerformanceDegradations);
            WriteEnumsIfAny(w, "dataImpacts", when.DataImpacts);
            WriteEnumsIfAny(w, "workarounds", when.Workarounds);
            WriteEnumsIfAny(w, "categories", when.Categories);
            if (when.AffectedPercentAtLeast is { } atLeast)
            {
                w.WriteNumber("affectedPercentAtLeast", atLeast);
            }

            if (when.AffectedPercentBelow is { } below)
            {
                w.WriteNumber("affectedPercentBelow", below);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEnumsIfAny<TEnum>(Utf8JsonWriter w, string name, IReadOnlyList<TEnum> values)
        where TEnum : struct, System.Enum
    {
        if (values.Count > 0)
        {
            WriteEnums(w, name, values);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void WriteEnums<TEnum>(Utf8JsonWriter w, string name, IEnumerable<TEnum> values)
        where TEnum : struct, System.Enum
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(JsonText.EnumName(value));
        }

        w.WriteEndArray();
    }
}
