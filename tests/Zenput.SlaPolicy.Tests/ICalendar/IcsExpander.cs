using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Zenput.Sla.Tests.ICalendar;

/// <summary>One expanded occurrence: <c>[Start, End)</c> and the UID of the event it came from.</summary>
internal readonly record struct IcsOccurrence(Instant Start, Instant End, string Uid);

/// <summary>
/// Expands the events of a parsed calendar into occurrences by RFC 5545's rules, with its own code
/// and using only what the file says: the VTIMEZONE observances define the offsets (NodaTime's TZDB
/// is not consulted), local times are read as §3.3.5 says (the first of two, or with the offset
/// before a gap), RRULE (the WEEKLY and MONTHLY+BYDAY subset, UNTIL in UTC), EXDATE and
/// RECURRENCE-ID overrides are applied, and DURATION is exact.
/// </summary>
internal sealed class IcsExpander
{
    private readonly Dictionary<string, ZoneModel> _zones = new(StringComparer.Ordinal);
    private readonly IcsComponent _calendar;

    public IcsExpander(IcsComponent calendar)
    {
        _calendar = calendar;
        foreach (var timeZone in calendar.Children.Where(c => c.Name == "VTIMEZONE"))
        {
            _zones.Add(timeZone.Required("TZID").Value, new ZoneModel(timeZone));
        }
    }

    /// <summary>Every occurrence that ends after <paramref name="from"/> and starts before <paramref name="to"/>, in start order.</summary>
    public List<IcsOccurrence> Expand(Instant from, Instant to)
    {
        var events = _calendar.Children.Where(c => c.Name == "VEVENT").ToList();
        var overrides = events.Where(e => e.One("RECURRENCE-ID") is not null)
            .ToDictionary(e => (e.Required("UID").Value, DateTime(e.Required("RECURRENCE-ID"))));
        var used = new HashSet<(string, Instant)>();
        var result = new List<IcsOccurrence>();

        foreach (var master in events.Where(e => e.One("RECURRENCE-ID") is null))
        {
            var uid = master.Required("UID").Value;
            var start = master.Required("DTSTART");
            var length = Duration(master.Required("DURATION").Value);
            var instances = master.One("RRULE") is { } rule
                ? Instances(start, rule.Value, to < Instant.MaxValue - NodaTime.Duration.FromDays(400) ? to + NodaTime.Duration.FromDays(400) : Instant.MaxValue)
                : [DateTime(start)];
            var excluded = master.All("EXDATE").SelectMany(x => x.Value.Split(',').Select(v => DateTime(x with { Value = v }))).ToHashSet();

            foreach (var instance in instances)
            {
                if (excluded.Contains(instance))
                {
                    continue;
                }

                var occurrence = new IcsOccurrence(instance, instance + length, uid);
                if (overrides.TryGetValue((uid, instance), out var replacement))
                {
                    used.Add((uid, instance));
                    var newStart = DateTime(replacement.Required("DTSTART"));
                    occurrence = new IcsOccurrence(newStart, newStart + Duration(replacement.Required("DURATION").Value), uid);
                }

                if (occurrence.End > from && occurrence.Start < to)
                {
                    result.Add(occurrence);
                }
            }
        }

        var orphans = overrides.Keys.Where(k => !used.Contains(k) && DateTimeInRange(k.Item2, from, to)).ToList();
        if (orphans.Count > 0)
        {
            throw new FormatException($"RECURRENCE-ID overrides match no instance of their event: {string.Join(", ", orphans)}.");
        }

        return [.. result.OrderBy(o => o.Start).ThenBy(o => o.End)];
    }

    private static bool DateTimeInRange(Instant instant, Instant from, Instant to) => instant >= from - NodaTime.Duration.FromDays(60) && instant < to;

    /// <summary>Reads a DATE-TIME property (UTC with a trailing Z, or local with a TZID that must name a VTIMEZONE in the file).</summary>
    public Instant DateTime(IcsProperty property)
    {
        if (property.Parameter("VALUE") is { } valueType && valueType != "DATE-TIME")
        {
            throw new FormatException($"{property.Name} must be a DATE-TIME, not {valueType}.");
        }

        var text = property.Value;
        if (text.EndsWith('Z'))
        {
            return LocalOf(text[..^1]).InUtc().ToInstant();
        }

        var tzid = property.Parameter("TZID") ?? throw new FormatException($"{property.Name}:{text} is a floating time; this calendar must anchor every time.");
        if (!_zones.TryGetValue(tzid, out var zone))
        {
            throw new FormatException($"{property.Name} refers to TZID '{tzid}', which no VTIMEZONE defines.");
        }

        return zone.Read(LocalOf(text));
    }

    public static LocalDateTime LocalOf(string text) =>
        System.DateTime.ParseExact(text, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture) is var d
            ? new LocalDateTime(d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second)
            : throw new FormatException(text);

    /// <summary>An exact duration: RFC 5545 §3.3.6 makes weeks and days nominal, which a maintenance window must not use.</summary>
    public static NodaTime.Duration Duration(string text)
    {
        if (!text.StartsWith("PT", StringComparison.Ordinal))
        {
            throw new FormatException($"DURATION:{text} is not an exact (time-only, positive) duration.");
        }

        var total = NodaTime.Duration.Zero;
        var number = 0L;
        foreach (var c in text[2..])
        {
            if (char.IsAsciiDigit(c))
            {
                number = (number * 10) + (c - '0');
                continue;
            }

            total += c switch
            {
                'H' => NodaTime.Duration.FromHours(number),
                'M' => NodaTime.Duration.FromMinutes(number),
                'S' => NodaTime.Duration.FromSeconds(number),
                _ => throw new FormatException($"Bad DURATION {text}."),
            };
            number = 0;
        }

        return total;
    }

    private List<Instant> Instances(IcsProperty start, string rule, Instant limit)
    {
        var parts = rule.Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        if (parts.ContainsKey("COUNT") || (parts.TryGetValue("INTERVAL", out var interval) && interval != "1"))
        {
            throw new FormatException($"RRULE:{rule} uses parts this reader does not expand.");
        }

        // A UTC DTSTART (trailing Z) recurs on the UTC clock; otherwise on the clock of its TZID.
        var isUtc = start.Value.EndsWith('Z');
        var zone = isUtc ? ZoneModel.Utc : _zones[start.Parameter("TZID") ?? throw new FormatException("A recurring DTSTART must be UTC or have a TZID.")];
        var first = LocalOf(isUtc ? start.Value[..^1] : start.Value);
        Instant? until = parts.TryGetValue("UNTIL", out var untilText)
            ? untilText.EndsWith('Z') ? LocalOf(untilText[..^1]).InUtc().ToInstant() : throw new FormatException("UNTIL must be UTC when DTSTART has a TZID (RFC 5545 §3.3.10).")
            : null;
        var end = until is { } u && u < limit ? u : limit;
        var (nth, day) = ByDay(parts["BYDAY"]);

        var locals = new List<LocalDateTime>();
        switch (parts["FREQ"])
        {
            case "WEEKLY":
                if (nth is not null || first.DayOfWeek != day)
                {
                    throw new FormatException($"RRULE:{rule} does not match DTSTART's weekday.");
                }

                for (var local = first; zone.Read(local) <= end; local = local.PlusWeeks(1))
                {
                    locals.Add(local);
                }

                break;
            case "MONTHLY":
                for (var month = new LocalDate(first.Year, first.Month, 1); zone.Read(month.AtMidnight()) <= end; month = month.PlusMonths(1))
                {
                    if (NthWeekday(month, nth ?? throw new FormatException("MONTHLY needs an ordinal BYDAY."), day) is { } date && date + first.TimeOfDay >= first)
                    {
                        locals.Add(date + first.TimeOfDay);
                    }
                }

                break;
            default:
                throw new FormatException($"FREQ={parts["FREQ"]} is not expected here.");
        }

        if (locals.Count == 0 || locals[0] != first)
        {
            throw new FormatException("DTSTART must be the first instance of its RRULE.");
        }

        return [.. locals.Select(zone.Read).Where(i => i <= end)];
    }

    /// <summary>The nth (1–5) or last (-1) <paramref name="day"/> of a month, counted by hand.</summary>
    internal static LocalDate? NthWeekday(LocalDate firstOfMonth, int nth, IsoDayOfWeek day)
    {
        var days = new List<LocalDate>();
        for (var d = firstOfMonth; d.Month == firstOfMonth.Month; d = d.PlusDays(1))
        {
            if (d.DayOfWeek == day)
            {
                days.Add(d);
            }
        }

        return nth == -1 ? days[^1] : nth <= days.Count ? days[nth - 1] : null;
    }

    internal static (int? Nth, IsoDayOfWeek Day) ByDay(string text)
    {
        var day = text[^2..] switch
        {
            "MO" => IsoDayOfWeek.Monday,
            "TU" => IsoDayOfWeek.Tuesday,
            "WE" => IsoDayOfWeek.Wednesday,
            "TH" => IsoDayOfWeek.Thursday,
            "FR" => IsoDayOfWeek.Friday,
            "SA" => IsoDayOfWeek.Saturday,
            "SU" => IsoDayOfWeek.Sunday,
            _ => throw new FormatException($"Bad BYDAY {text}."),
        };
        return (text.Length > 2 ? int.Parse(text[..^2], CultureInfo.InvariantCulture) : null, day);
    }

    /// <summary>A VTIMEZONE read as a list of transitions (onset instant, offset after), expanded from its observances' DTSTART, RRULE and RDATE.</summary>
    private sealed class ZoneModel
    {
        private readonly List<(Instant At, Offset From, Offset To)> _transitions = [];

        private ZoneModel() => _transitions.Add((Instant.MinValue, Offset.Zero, Offset.Zero));

        public static ZoneModel Utc { get; } = new();

        public ZoneModel(IcsComponent timeZone)
        {
            var observances = timeZone.Children.Where(c => c.Name is "STANDARD" or "DAYLIGHT").ToList();
            if (observances.Count == 0)
            {
                throw new FormatException("A VTIMEZONE needs at least one STANDARD or DAYLIGHT observance.");
            }

            foreach (var observance in observances)
            {
                var from = OffsetOf(observance.Required("TZOFFSETFROM").Value);
                var to = OffsetOf(observance.Required("TZOFFSETTO").Value);
                var start = LocalOf(observance.Required("DTSTART").Value);
                var onsets = new List<LocalDateTime> { start };
                onsets.AddRange(observance.All("RDATE").SelectMany(r => r.Value.Split(',')).Select(LocalOf));
                if (observance.One("RRULE") is { } rule)
                {
                    onsets.AddRange(Yearly(start, rule.Value, from));
                }

                // An observance's onsets are local times on the clock in force before them (TZOFFSETFROM).
                _transitions.AddRange(onsets.Distinct().Select(local => (local.WithOffset(from).ToInstant(), from, to)));
            }

            _transitions.Sort((a, b) => a.At.CompareTo(b.At));
        }

        public Offset OffsetAt(Instant instant)
        {
            var offset = _transitions[0].From;
            foreach (var (at, _, to) in _transitions)
            {
                if (at > instant)
                {
                    break;
                }

                offset = to;
            }

            return offset;
        }

        /// <summary>RFC 5545 §3.3.5: the first of two matching instants; in a gap, the offset before the gap.</summary>
        public Instant Read(LocalDateTime local)
        {
            var candidates = _transitions.SelectMany(t => new[] { t.From, t.To }).Distinct()
                .Select(o => local.WithOffset(o).ToInstant())
                .Where(i => local.WithOffset(OffsetAt(i)).ToInstant() == i)
                .OrderBy(i => i)
                .ToList();
            if (candidates.Count > 0)
            {
                return candidates[0];
            }

            foreach (var (at, from, to) in _transitions)
            {
                if (to > from && local >= at.WithOffset(from).LocalDateTime && local < at.WithOffset(to).LocalDateTime)
                {
                    return local.WithOffset(from).ToInstant();
                }
            }

            throw new FormatException($"{local} cannot be read in this VTIMEZONE.");
        }

        private static IEnumerable<LocalDateTime> Yearly(LocalDateTime start, string rule, Offset from)
        {
            var parts = rule.Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
            if (parts["FREQ"] != "YEARLY" || parts.ContainsKey("COUNT"))
            {
                throw new FormatException($"Unexpected VTIMEZONE rule {rule}.");
            }

            var month = int.Parse(parts["BYMONTH"], CultureInfo.InvariantCulture);
            var (nth, day) = ByDay(parts["BYDAY"]);
            Instant? until = parts.TryGetValue("UNTIL", out var u) ? LocalOf(u.TrimEnd('Z')).InUtc().ToInstant() : null;
            for (var year = start.Year; year <= (until?.InUtc().Year ?? 2250); year++)
            {
                var date = NthWeekday(new LocalDate(year, month, 1), nth ?? throw new FormatException(rule), day);
                if (date is { } d && d + start.TimeOfDay >= start && (until is null || (d + start.TimeOfDay).WithOffset(from).ToInstant() <= until))
                {
                    yield return d + start.TimeOfDay;
                }
            }
        }

        private static Offset OffsetOf(string text)
        {
            var sign = text[0] == '-' ? -1 : text[0] == '+' ? 1 : throw new FormatException($"Bad offset {text}.");
            var hours = int.Parse(text.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var minutes = int.Parse(text.AsSpan(3, 2), CultureInfo.InvariantCulture);
            var seconds = text.Length == 7 ? int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture) : 0;
            return Offset.FromSeconds(sign * ((hours * 3600) + (minutes * 60) + seconds));
        }
    }
}
