using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Reports;

/// <summary>
/// Writes a <see cref="ComplianceReport"/> as one JSON object, the summary that programs read (the
/// README documents every field).
/// </summary>
/// <remarks>
/// Severities are keyed by their lower-case name, in the policy's order: every severity of the policy in
/// <c>bySeverity</c> (and of the what-if policy in <c>whatIf.bySeverity</c>), only the severities with a ticket in the
/// report in <c>byWeekdayHour.bySeverity</c>, and in each week of <c>byWeek</c> only the severities with a ticket that
/// week, so the output grows with the weeks plus the severities, not with their product, and the per-hour grids only with
/// the severities that have tickets. The
/// text is handed to the stream every 64 KiB or so as it is written. Rates are numbers in [0, 1], or
/// <c>null</c> when no ticket of the group is decided; durations are whole seconds (rounded down);
/// instants are UTC in ISO 8601. The output depends only on the report, so equal reports give equal bytes.
/// </remarks>
public static class ComplianceReportJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] Verdicts = ["pending", "met", "breached"];
    private static readonly string[] Steps = ["problemTicket", "engineerAssignment", "periodicUpdates", "fixInitiation", "userNotification", "nextReleaseEffort"];
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    // A writer over a stream holds what it wrote until it is flushed: past this much, it is handed on, so that writing a
    // report of many weeks and severities takes memory for one part of it, not for the whole text (a 2 GiB text failed).
    private const int PendingBytes = 1 << 16;

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> as indented UTF-8 JSON, followed by a line end.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where the JSON goes; left open.</param>
    public static void Write(ComplianceReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using (var writer = new Utf8JsonWriter(output, Indented))
        {
            Write(report, writer);
        }

        output.WriteByte((byte)'\n');
        output.Flush();
    }

    /// <summary>Writes <paramref name="report"/> as one JSON object to <paramref name="writer"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The writer; flushed, not disposed.</param>
    public static void Write(ComplianceReport report, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("asOf", Utc(report.AsOf));
        writer.WriteString("policy", report.Policy.Name);
        writer.WriteString("supportZone", report.Policy.SupportZone.Id);
        writer.WriteNumber("tickets", report.Tickets);
        writer.WriteNumber("failed", report.FailureCount);
        writer.WriteStartArray("failures");
        foreach (var failure in report.Failures)
        {
            writer.WriteStartObject();
            if (failure.Line is { } line)
            {
                writer.WriteNumber("line", line);
            }
            else
            {
                writer.WriteNull("line");
            }

            WriteId(writer, failure.Id, failure.IdIsNumber);
            writer.WriteString("error", failure.Error);
            writer.WriteEndObject();
            Drain(writer);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("overall");
        WriteGroup(writer, report.Overall);
        writer.WriteStartObject("bySeverity");
        foreach (var group in report.BySeverity)
        {
            writer.WritePropertyName(Key(group));
            WriteGroup(writer, group);
        }

        writer.WriteEndObject();
        WriteWeeks(writer, report);
        WriteWeekdayHours(writer, report);
        WriteWorst(writer, report.Worst);
        if (report.WhatIf is { } whatIf)
        {
            WriteWhatIf(writer, report, whatIf);
        }
        else
        {
            writer.WriteNull("whatIf");
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Returns <paramref name="report"/> as an indented JSON text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON, ending with a line end.</returns>
    [Pure]
    public static string Serialize(ComplianceReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The key of a severity in JSON: its name in lower case.</summary>
    internal static string Key(ComplianceFigures group) => group.Severity!.Name.ToLowerInvariant();

    private static void WriteGroup(Utf8JsonWriter writer, ComplianceFigures group)
    {
        writer.WriteStartObject();
        WriteGroupFields(writer, group);
        writer.WriteEndObject();
    }

    private static void WriteGroupFields(Utf8JsonWriter writer, ComplianceFigures group)
    {
        if (group.Tier is { } tier)
        {
            writer.WriteString("name", tier.Severity.DisplayName);
            writer.WriteNumber("rank", tier.Severity.Rank);
            writer.WriteString("goal", tier.ResponseGoal.ToString());
            // Null for a business-days goal, which has no length of its own (each ticket's goal ends at the close of its Nth working day).
            WriteSeconds(writer, "goalSeconds", group.NominalGoal);
        }

        WriteVerdictFields(writer, group.Verdicts);
        WritePercentiles(writer, "responseTimeSeconds", group.ResponseTime);
        WritePercentiles(writer, "responseSlaTimeSeconds", group.ResponseSlaTime);
        writer.WriteNumber("responseBreached", group.ResponseBreaches);
        writer.WriteNumber("missedUpdates", group.MissedUpdates);
        writer.WriteNumber("ticketsWithMissedUpdates", group.TicketsWithMissedUpdates);
        writer.WriteStartObject("breachesByStep");
        foreach (var (kind, count) in group.StepBreaches)
        {
            writer.WriteNumber(Steps[(int)kind], count);
        }

        writer.WriteEndObject();
        writer.WritePropertyName("reportedDuringMaintenance");
        WriteVerdicts(writer, group.ReportedDuringMaintenance);
        writer.WritePropertyName("reportedOutsideMaintenance");
        WriteVerdicts(writer, group.ReportedOutsideMaintenance);
        Drain(writer);
    }

    private static void WriteVerdicts(Utf8JsonWriter writer, VerdictCounts counts)
    {
        writer.WriteStartObject();
        WriteVerdictFields(writer, counts);
        writer.WriteEndObject();
        Drain(writer);
    }

    private static void WriteVerdictFields(Utf8JsonWriter writer, VerdictCounts counts)
    {
        writer.WriteNumber("tickets", counts.Tickets);
        writer.WriteNumber("met", counts.Met);
        writer.WriteNumber("breached", counts.Breached);
        writer.WriteNumber("pending", counts.Pending);
        WriteRate(writer, "metRate", counts.MetRate);
    }

    private static void WriteRate(Utf8JsonWriter writer, string name, double? rate)
    {
        if (rate is { } value)
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WritePercentiles(Utf8JsonWriter writer, string name, DurationDistribution distribution)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("count", distribution.Count);
        foreach (var percent in (ReadOnlySpan<int>)[50, 90, 99])
        {
            var property = percent == 50 ? "p50" : percent == 90 ? "p90" : "p99";
            WriteSeconds(writer, property, distribution.Percentile(percent));
        }

        writer.WriteEndObject();
    }

    private static void WriteSeconds(Utf8JsonWriter writer, string name, Duration? duration)
    {
        if (duration is { } value)
        {
            writer.WriteNumber(name, SecondsHistogram.WholeSeconds(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Each week with a ticket, and in it only the severities with a ticket that week (every severity in every week grew with the weeks times the severities).</summary>
    private static void WriteWeeks(Utf8JsonWriter writer, ComplianceReport report)
    {
        var bySeverity = WeekSeverities.Of(report);
        writer.WriteStartArray("byWeek");
        foreach (var week in report.Overall.Weeks)
        {
            writer.WriteStartObject();
            writer.WriteString("week", week.Label);
            writer.WriteString("weekStart", LocalDatePattern.Iso.Format(week.WeekStart));
            WriteVerdictFields(writer, week.Verdicts);
            writer.WriteStartObject("bySeverity");
            foreach (var (severity, verdicts) in bySeverity[week.WeekStart])
            {
                writer.WritePropertyName(Key(report.BySeverity[severity]));
                WriteVerdicts(writer, verdicts);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The weekday × hour grids of every ticket, and of each severity with a ticket in the report, only.</summary>
    private static void WriteWeekdayHours(Utf8JsonWriter writer, ComplianceReport report)
    {
        writer.WriteStartObject("byWeekdayHour");
        writer.WriteStartArray("weekdays");
        foreach (var day in Weekdays)
        {
            writer.WriteStringValue(day);
        }

        writer.WriteEndArray();
        WriteGrids(writer, report.Overall.ByWeekdayHour);
        writer.WriteStartObject("bySeverity");
        foreach (var group in report.BySeverity)
        {
            // Two grids of zeros for each severity without a ticket made the output grow with the policy's severities, whatever
            // the input (3,000 severities: 16 MB of grids for five tickets).
            if (group.Verdicts.Tickets == 0)
            {
                continue;
            }

            writer.WriteStartObject(Key(group));
            WriteGrids(writer, group.ByWeekdayHour);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteGrids(Utf8JsonWriter writer, WeekdayHourMap map)
    {
        WriteGrid(writer, "tickets", map, static c => c.Tickets);
        WriteGrid(writer, "breached", map, static c => c.Breached);
        Drain(writer);
    }

    private static void WriteGrid(Utf8JsonWriter writer, string name, WeekdayHourMap map, Func<VerdictCounts, long> value)
    {
        writer.WriteStartArray(name);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            writer.WriteStartArray();
            for (var hour = 0; hour < 24; hour++)
            {
                writer.WriteNumberValue(value(map.At(day, hour)));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static void WriteWorst(Utf8JsonWriter writer, IReadOnlyList<OverdueTicket> worst)
    {
        writer.WriteStartArray("worst");
        foreach (var ticket in worst)
        {
            writer.WriteStartObject();
            WriteId(writer, ticket.Id, ticket.IdIsNumber);
            writer.WriteString("severity", ticket.Severity.Name.ToLowerInvariant());
            writer.WriteString("reportedAt", Utc(ticket.ReportedAt));
            writer.WriteString("dueAt", Utc(ticket.DueAt));
            if (ticket.MetAt is { } metAt)
            {
                writer.WriteString("metAt", Utc(metAt));
            }
            else
            {
                writer.WriteNull("metAt");
            }

            writer.WriteString("status", Verdict(ticket.Status));
            writer.WriteNumber("overdueSeconds", SecondsHistogram.WholeSeconds(ticket.Overdue));
            writer.WriteEndObject();
            Drain(writer);
        }

        writer.WriteEndArray();
    }

    private static void WriteWhatIf(Utf8JsonWriter writer, ComplianceReport report, WhatIfComparison whatIf)
    {
        writer.WriteStartObject("whatIf");
        writer.WriteString("policy", whatIf.Policy.Name);
        writer.WriteNumber("tickets", whatIf.Overall.Verdicts.Tickets);
        writer.WriteNumber("notEvaluated", whatIf.NotEvaluated);
        writer.WritePropertyName("overall");
        WriteComparedGroup(writer, whatIf.Overall, report.Overall);
        writer.WriteStartObject("bySeverity");
        foreach (var group in whatIf.BySeverity)
        {
            writer.WritePropertyName(Key(group));
            WriteComparedGroup(writer, group, report.FindSeverity(group.Severity!.Name));
        }

        writer.WriteEndObject();
        writer.WriteStartObject("transitions");
        for (var from = EvaluationStatus.Pending; from <= EvaluationStatus.Breached; from++)
        {
            writer.WriteStartObject(Verdict(from));
            for (var to = EvaluationStatus.Pending; to <= EvaluationStatus.Breached; to++)
            {
                writer.WriteNumber(Verdict(to), whatIf.Transitions(from, to));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteNumber("changedCount", whatIf.ChangedCount);
        writer.WriteStartArray("changed");
        foreach (var change in whatIf.Changed)
        {
            writer.WriteStartObject();
            WriteId(writer, change.Id, change.IdIsNumber);
            writer.WriteString("severity", change.Severity.Name.ToLowerInvariant());
            writer.WriteString("reportedAt", Utc(change.ReportedAt));
            writer.WriteString("from", Verdict(change.From));
            writer.WriteString("to", Verdict(change.To));
            writer.WriteEndObject();
            Drain(writer);
        }

        writer.WriteEndArray();
        WriteWorst(writer, whatIf.Worst);
        writer.WriteEndObject();
    }

    /// <summary>A what-if group: its own figures, then its difference from the report policy's group of the same severity (null when that policy has none).</summary>
    private static void WriteComparedGroup(Utf8JsonWriter writer, ComplianceFigures group, ComplianceFigures? baseline)
    {
        writer.WriteStartObject();
        WriteGroupFields(writer, group);
        if (baseline is null)
        {
            writer.WriteNull("difference");
        }
        else
        {
            var difference = group.Verdicts - baseline.Verdicts;
            writer.WriteStartObject("difference");
            writer.WriteNumber("tickets", difference.Tickets);
            writer.WriteNumber("met", difference.Met);
            writer.WriteNumber("breached", difference.Breached);
            writer.WriteNumber("pending", difference.Pending);
            WriteRate(writer, "metRate", group.Verdicts.MetRate - baseline.Verdicts.MetRate);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the id as given: a number when it was one (and is a JSON number's text), else a string.</summary>
    private static void WriteId(Utf8JsonWriter writer, string? id, bool isNumber)
    {
        if (id is null)
        {
            writer.WriteNull("id");
        }
        else if (isNumber && IsJsonNumber(id))
        {
            writer.WritePropertyName("id");
            writer.WriteRawValue(id, skipInputValidation: true);
        }
        else
        {
            writer.WriteString("id", id);
        }
    }

    /// <summary>Whether <paramref name="text"/> is a number in JSON's grammar (RFC 8259 section 6): <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    internal static bool IsJsonNumber(string text)
    {
        var at = 0;
        if (at < text.Length && text[at] == '-')
        {
            at++;
        }

        if (at < text.Length && text[at] == '0')
        {
            at++;
        }
        else if (!Digits(text, ref at))
        {
            return false;
        }

        if (at < text.Length && text[at] == '.')
        {
            at++;
            if (!Digits(text, ref at))
            {
                return false;
            }
        }

        if (at < text.Length && text[at] is 'e' or 'E')
        {
            at++;
            if (at < text.Length && text[at] is '+' or '-')
            {
                at++;
            }

            if (!Digits(text, ref at))
            {
                return false;
            }
        }

        return at == text.Length;

        static bool Digits(string text, ref int at)
        {
            var start = at;
            while (at < text.Length && char.IsAsciiDigit(text[at]))
            {
                at++;
            }

            return at > start;
        }
    }

    /// <summary>Hands what <paramref name="writer"/> holds on to its destination once it is more than <see cref="PendingBytes"/>.</summary>
    private static void Drain(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > PendingBytes)
        {
            writer.Flush();
        }
    }

    private static string Verdict(EvaluationStatus status) => Verdicts[(int)status];

    private static string Utc(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
