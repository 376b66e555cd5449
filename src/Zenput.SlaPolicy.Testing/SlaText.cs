using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Zenput.Sla.Testing;

/// <summary>The words of failure messages: instants in UTC and on the support zone's wall clock, spans in hours and minutes, tickets by severity and report.</summary>
internal static class SlaText
{
    private static readonly ZonedDateTimePattern LocalMinutes = ZonedDateTimePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd HH':'mm", null);
    private static readonly ZonedDateTimePattern LocalSeconds = ZonedDateTimePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd HH':'mm':'ss.FFFFFFFFF", null);

    /// <summary>
    /// The instant in UTC, exactly, as the library writes instants: <c>2026-11-25T07:30:00Z</c>,
    /// <c>2026-11-25T07:30:00.5Z</c> (<see cref="NodaTime.Instant"/>'s own <c>ToString</c> cuts the fraction of a second).
    /// </summary>
    public static string Utc(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>For example <c>2026-11-25T07:30:00Z (Tue 2026-11-24 23:30 PST)</c>; seconds and their fraction, when there are any, on both clocks.</summary>
    public static string Instant(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone);
        var pattern = local.Second == 0 && local.NanosecondOfSecond == 0 ? LocalMinutes : LocalSeconds;
        return $"{Utc(instant)} ({pattern.Format(local)} {local.GetZoneInterval().Name})";
    }

    public static string Instant(Instant? instant, DateTimeZone zone) => instant is { } i ? Instant(i, zone) : "never (the clock is stopped for good)";

    /// <summary>For example <c>2 hours</c>, <c>1 hour 30 minutes</c>, <c>3 days 1 minute</c>, <c>90 seconds</c>.</summary>
    public static string Span(Duration span)
    {
        if (span < Duration.Zero)
        {
            return "minus " + Span(-span);
        }

        if (span == Duration.Zero)
        {
            return "0 minutes";
        }

        var parts = new List<string>();
        Add(parts, span.Days, "day");
        Add(parts, span.Hours, "hour");
        Add(parts, span.Minutes, "minute");
        Add(parts, span.Seconds, "second");
        if (span.SubsecondNanoseconds != 0)
        {
            parts.Add(span.SubsecondNanoseconds.ToString(CultureInfo.InvariantCulture) + " ns");
        }

        return string.Join(" ", parts);
    }

    /// <summary>How far <paramref name="actual"/> is from <paramref name="expected"/>, for example <c>30 minutes later</c>.</summary>
    public static string Offset(Instant actual, Instant expected) =>
        actual == expected ? "the same instant" : actual > expected ? Span(actual - expected) + " later" : Span(expected - actual) + " earlier";

    /// <summary>For example <c>the Level 1 - Critical ticket reported 2026-11-25T05:30:00Z (Tue 2026-11-24 21:30 PST)</c>.</summary>
    public static string Ticket(SeverityTier tier, Instant reportedAt, DateTimeZone zone, string? id = null) =>
        $"the {tier.Severity.DisplayName} ticket{(id is null ? string.Empty : $" {id}")} reported {Instant(reportedAt, zone)}";

    /// <summary>
    /// A FluentAssertions message template, <c>Expected expectation{reason}, but actual.</c>, with the texts
    /// taken literally. The expectation names its subject itself ("the policy "Acme SLA"", "the Level 1 -
    /// Critical ticket reported ..."), so messages do not depend on the caller's variable names.
    /// </summary>
    public static string Failure(string expectation, string actual) =>
        "Expected " + Literal(expectation) + "{reason}, but " + Literal(actual) + ".";

    /// <summary>Escapes braces so that text can go into a FluentAssertions message template.</summary>
    public static string Literal(string text) => text.Replace("{", "{{", System.StringComparison.Ordinal).Replace("}", "}}", System.StringComparison.Ordinal);

    private static void Add(List<string> parts, int count, string unit)
    {
        if (count != 0)
        {
            parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? string.Empty : "s"));
        }
    }
}
