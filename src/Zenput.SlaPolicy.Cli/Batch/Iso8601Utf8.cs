using System;
using NodaTime;
using Zenput.Sla.Cli.Text;

namespace Zenput.Sla.Cli.Batch;

/// <summary>
/// Fast paths for the instants of the batch contract, on UTF-8 bytes. They accept and produce exactly
/// what NodaTime's <c>OffsetDateTimePattern.ExtendedIso</c> / <c>InstantPattern.ExtendedIso</c> /
/// <c>OffsetDateTimePattern.Rfc3339</c> do for the common shapes, and report "not handled" for
/// anything else (instants outside the supported range included) so that the caller falls back to
/// <see cref="InstantText"/>, which also words the error.
/// </summary>
internal static class Iso8601Utf8
{
    /// <summary>The longest text written: <c>-9998-12-31T23:59:59.999999999+18:00</c> fits in 40 bytes.</summary>
    public const int MaxLength = 40;

    /// <summary>Parses <c>uuuu-MM-ddTHH:mm:ss[.f…]</c> followed by <c>Z</c>, <c>±HH</c> or <c>±HH:mm</c>.</summary>
    public static bool TryParseOffsetDateTime(ReadOnlySpan<byte> text, out Instant instant)
    {
        instant = default;
        if (text.Length < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        {
            return false;
        }

        if (!Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
            || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second))
        {
            return false;
        }

        var position = 19;
        long nanos = 0;
        if (text[position] == '.')
        {
            position++;
            var start = position;
            while (position < text.Length && position - start < 9 && IsDigit(text[position]))
            {
                nanos = (nanos * 10) + (text[position] - '0');
                position++;
            }

            var count = position - start;
            if (count == 0 || (position < text.Length && IsDigit(text[position])))
            {
                return false;
            }

            for (var i = count; i < 9; i++)
            {
                nanos *= 10;
            }
        }

        if (position >= text.Length)
        {
            return false;
        }

        int offsetSeconds;
        var rest = text[position..];
        if (rest.Length == 1 && rest[0] == 'Z')
        {
            offsetSeconds = 0;
        }
        else if ((rest.Length == 3 || (rest.Length == 6 && rest[3] == ':')) && (rest[0] == '+' || rest[0] == '-'))
        {
            if (!Digits(rest, 1, 2, out var offsetHours))
            {
                return false;
            }

            var offsetMinutes = 0;
            if (rest.Length == 6 && !Digits(rest, 4, 2, out offsetMinutes))
            {
                return false;
            }

            if (offsetHours > 18 || offsetMinutes > 59 || (offsetHours == 18 && offsetMinutes > 0))
            {
                return false;
            }

            offsetSeconds = ((offsetHours * 60) + offsetMinutes) * 60 * (rest[0] == '-' ? -1 : 1);
        }
        else
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        // Out of the supported range (9999-12-31T23:59:59-12:00 is past NodaTime's end): not handled, so the caller's fallback words the error.
        var local = new LocalDateTime(year, month, day, hour, minute, second).PlusNanoseconds(nanos);
        return InstantText.TryToInstant(local, Offset.FromSeconds(offsetSeconds), out instant, out _);
    }

    /// <summary>Writes <paramref name="instant"/> as <c>uuuu-MM-ddTHH:mm:ss[.f…]Z</c>; returns 0 when the year is outside 1–9999.</summary>
    public static int FormatUtc(Instant instant, Span<byte> destination)
    {
        var local = instant.InUtc().LocalDateTime;
        var length = FormatLocal(local, destination);
        if (length == 0)
        {
            return 0;
        }

        destination[length++] = (byte)'Z';
        return length;
    }

    /// <summary>Writes <paramref name="value"/> in RFC 3339 (<c>Z</c> for a zero offset, else <c>±HH:mm</c>); returns 0 when not handled.</summary>
    public static int FormatRfc3339(OffsetDateTime value, Span<byte> destination)
    {
        var offset = value.Offset.Seconds;
        if (offset % 60 != 0)
        {
            return 0;
        }

        var length = FormatLocal(value.LocalDateTime, destination);
        if (length == 0)
        {
            return 0;
        }

        if (offset == 0)
        {
            destination[length++] = (byte)'Z';
            return length;
        }

        destination[length++] = offset < 0 ? (byte)'-' : (byte)'+';
        var minutes = Math.Abs(offset) / 60;
        Two(destination, length, minutes / 60);
        destination[length + 2] = (byte)':';
        Two(destination, length + 3, minutes % 60);
        return length + 5;
    }

    private static int FormatLocal(LocalDateTime local, Span<byte> destination)
    {
        var year = local.Year;
        if (year is < 1 or > 9999)
        {
            return 0;
        }

        destination[0] = (byte)('0' + (year / 1000));
        destination[1] = (byte)('0' + (year / 100 % 10));
        Two(destination, 2, year % 100);
        destination[4] = (byte)'-';
        Two(destination, 5, local.Month);
        destination[7] = (byte)'-';
        Two(destination, 8, local.Day);
        destination[10] = (byte)'T';
        Two(destination, 11, local.Hour);
        destination[13] = (byte)':';
        Two(destination, 14, local.Minute);
        destination[16] = (byte)':';
        Two(destination, 17, local.Second);
        var length = 19;
        var nanos = local.NanosecondOfSecond;
        if (nanos != 0)
        {
            destination[length++] = (byte)'.';
            var digits = 9;
            while (nanos % 10 == 0)
            {
                nanos /= 10;
                digits--;
            }

            for (var i = digits - 1; i >= 0; i--)
            {
                destination[length + i] = (byte)('0' + (nanos % 10));
                nanos /= 10;
            }

            length += digits;
        }

        return length;
    }

    private static void Two(Span<byte> destination, int at, int value)
    {
        destination[at] = (byte)('0' + (value / 10));
        destination[at + 1] = (byte)('0' + (value % 10));
    }

    private static bool Digits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!IsDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static int DaysInMonth(int year, int month) =>
        month == 2 ? (DateTime.IsLeapYear(year) ? 29 : 28) : month is 4 or 6 or 9 or 11 ? 30 : 31;
}
