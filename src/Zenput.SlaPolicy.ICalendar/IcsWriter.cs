using System;
using System.Globalization;
using System.IO;
using System.Text;
using NodaTime;

namespace Zenput.Sla.ICalendar;

/// <summary>
/// Writes RFC 5545 content lines: CRLF ends, lines folded at 75 octets (never inside a UTF-8
/// sequence), TEXT values escaped (§3.3.11) with control characters other than tab left out, so that
/// nothing a schedule holds (a title with a newline or an escape sequence) can forge a property.
/// </summary>
internal sealed class IcsWriter
{
    private const int MaxOctets = 75;

    private readonly TextWriter _output;
    private readonly StringBuilder _line = new();

    public IcsWriter(TextWriter output) => _output = output;

    public void Begin(string component) => Line($"BEGIN:{component}");

    public void End(string component) => Line($"END:{component}");

    /// <summary>A property whose value is already in its RFC 5545 form (a date-time, a duration, a recurrence rule, an offset).</summary>
    public void Raw(string name, string value) => Line($"{name}:{value}");

    /// <summary>A TEXT property, escaped.</summary>
    public void Text(string name, string value) => Line($"{name}:{Escape(value)}");

    /// <summary>A DATE-TIME in <paramref name="zoneId"/>'s local time (<c>NAME;TZID=zone:19970714T133000</c>).</summary>
    public void Local(string name, LocalDateTime local, string zoneId) => Line($"{name};TZID={zoneId}:{Format(local)}");

    /// <summary>A DATE-TIME in UTC (<c>NAME:19970714T173000Z</c>).</summary>
    public void Utc(string name, Instant instant) => Line($"{name}:{FormatUtc(instant)}");

    public static string Format(LocalDateTime local) =>
        local.ToString("uuuuMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    public static string FormatUtc(Instant instant) => Format(instant.InUtc().LocalDateTime) + "Z";

    /// <summary>A UTC offset as <c>-0800</c>, with seconds (<c>-075258</c>) when it has them.</summary>
    public static string FormatOffset(Offset offset)
    {
        var seconds = offset.Seconds;
        var sign = seconds < 0 ? '-' : '+';
        seconds = Math.Abs(seconds);
        var text = string.Create(CultureInfo.InvariantCulture, $"{sign}{seconds / 3600:00}{seconds / 60 % 60:00}");
        return seconds % 60 == 0 ? text : text + (seconds % 60).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>An exact DURATION (§3.3.6: weeks and days are nominal, so only hours, minutes and seconds), whole seconds.</summary>
    public static string FormatDuration(Duration length)
    {
        var seconds = length <= Duration.Zero ? 0 : (long)Math.Floor(length.TotalSeconds);
        if (seconds == 0)
        {
            return "PT0S";
        }

        var text = new StringBuilder("PT");
        if (seconds >= 3600)
        {
            text.Append((seconds / 3600).ToString(CultureInfo.InvariantCulture)).Append('H');
        }

        if (seconds / 60 % 60 != 0)
        {
            text.Append((seconds / 60 % 60).ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (seconds % 60 != 0)
        {
            text.Append((seconds % 60).ToString(CultureInfo.InvariantCulture)).Append('S');
        }

        return text.ToString();
    }

    /// <summary>The two-letter weekday of RRULE's BYDAY.</summary>
    public static string Day(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "MO",
        IsoDayOfWeek.Tuesday => "TU",
        IsoDayOfWeek.Wednesday => "WE",
        IsoDayOfWeek.Thursday => "TH",
        IsoDayOfWeek.Friday => "FR",
        IsoDayOfWeek.Saturday => "SA",
        _ => "SU",
    };

    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\':
                    text.Append("\\\\");
                    break;
                case ';':
                    text.Append("\\;");
                    break;
                case ',':
                    text.Append("\\,");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\t':
                    text.Append(c);
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private void Line(string content)
    {
        // Fold at 75 octets: a continuation line starts with a space, which counts towards its 75.
        var octets = 0;
        foreach (var rune in content.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                _line.Append("\r\n ");
                octets = 1;
            }

            if (rune.IsBmp)
            {
                _line.Append((char)rune.Value);
            }
            else
            {
                _line.Append(rune.ToString());
            }

            octets += size;
        }

        _line.Append("\r\n");
        _output.Write(_line);
        _line.Clear();
    }
}
