using System;
using NodaTime;
using Zenput.Sla.Cli.Text;
using Zenput.Sla.Clock;

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

    private const long SecondsPerDay = 86_400;

    // The instants the SLA clock supports, as whole seconds since the Unix epoch (the last one's fraction is checked on the instant).
    private static readonly long FirstSecond = SlaClock.SupportedInstants.Start.ToUnixTimeSeconds();
    private static readonly long LastSecond = SlaClock.SupportedInstants.End.ToUnixTimeSeconds();
    private static readonly Instant First = SlaClock.SupportedInstants.Start;
    private static readonly Instant Last = SlaClock.SupportedInstants.End;

    // 0001-01-01 and 9999-12-31: the days the fast formatter writes.
    private static readonly long FirstFormattedDay = DaysFromCivil(1, 1, 1);
    private static readonly long LastFormattedDay = DaysFromCivil(9999, 12, 31);

    /// <summary>Parses <c>uuuu-MM-ddTHH:mm:ss[.f…]</c> followed by <c>Z</c>, <c>±HH</c> or <c>±HH:mm</c>.</summary>
    public static bool TryParseOffsetDateTime(ReadOnlySpan<byte> text, out Instant instant) => TryParseOffsetDateTime(text, out instant, null);

    /// <summary>Parses as <see cref="TryParseOffsetDateTime(ReadOnlySpan{byte}, out Instant)"/>, remembering the last date in <paramref name="memo"/> (when given).</summary>
    public static bool TryParseOffsetDateTime(ReadOnlySpan<byte> text, out Instant instant, TextMemo? memo)
    {
        instant = default;
        if (text.Length < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        {
            return false;
        }

        long days;
        if (memo is not null && memo.ParsedValid && memo.IsParsedDate(text))
        {
            // The date of the last instant read (the instants of one ticket mostly share it): already checked and counted.
            days = memo.ParsedDays;
        }
        else
        {
            if (!Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
                || year < 1 || month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
            {
                return false;
            }

            days = DaysFromCivil(year, month, day);
            if (memo is not null)
            {
                text[..10].CopyTo(memo.ParsedText);
                memo.ParsedDays = days;
                memo.ParsedValid = true;
            }
        }

        var hour = TwoDigits(text, 11);
        var minute = TwoDigits(text, 14);
        var second = TwoDigits(text, 17);
        if ((hour | minute | second) < 0)
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

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        // Straight to seconds since the Unix epoch (no LocalDateTime, no offset arithmetic through NodaTime: this
        // runs for every instant of every batch line). Out of the supported range (9999-12-31T23:59:59-12:00 is
        // past NodaTime's end): not handled, so the caller's fallback words the error.
        var seconds = (days * SecondsPerDay) + (((hour * 60) + minute) * 60) + second - offsetSeconds;
        if (seconds < FirstSecond || seconds > LastSecond)
        {
            return false;
        }

        instant = Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanos);
        return instant >= First && instant <= Last;
    }

    /// <summary>Writes <paramref name="instant"/> as <c>uuuu-MM-ddTHH:mm:ss[.f…]Z</c>; returns 0 when the year is outside 1–9999.</summary>
    public static int FormatUtc(Instant instant, Span<byte> destination) => FormatUtc(instant, destination, null);

    /// <summary>Writes as <see cref="FormatUtc(Instant, Span{byte})"/>, remembering the last date written in <paramref name="memo"/> (when given).</summary>
    public static int FormatUtc(Instant instant, Span<byte> destination, TextMemo? memo)
    {
        // From the day number and the nanosecond of the day (what an Instant holds), without InUtc() (a
        // ZonedDateTime and a calendar lookup per instant: this runs for every instant of every answer).
        var sinceEpoch = instant - NodaConstants.UnixEpoch;
        long days = sinceEpoch.Days;
        var nanoOfDay = sinceEpoch.NanosecondOfDay;
        if (nanoOfDay < 0)
        {
            // Duration truncates towards zero: before 1970 the day is one earlier and the time of day positive.
            days--;
            nanoOfDay += NodaConstants.NanosecondsPerDay;
        }

        if (days < FirstFormattedDay || days > LastFormattedDay)
        {
            return 0;
        }

        var secondOfDay = (int)(nanoOfDay / NodaConstants.NanosecondsPerSecond);
        var nanos = (int)(nanoOfDay - (secondOfDay * NodaConstants.NanosecondsPerSecond));
        int length;
        if (memo is null)
        {
            CivilFromDays(days, out var year, out var month, out var day);
            length = Format(destination, year, month, day, secondOfDay, nanos);
        }
        else
        {
            // The date of the last instant written (an answer's instants mostly share it): copied, not worked out again.
            if (memo.FormattedDay != days)
            {
                CivilFromDays(days, out var year, out var month, out var day);
                FormatDate(memo.FormattedText, year, month, day);
                memo.FormattedDay = days;
            }

            // Ten bytes as two words: a call to the general copy costs more than the copy.
            var date = memo.FormattedText;
            System.Runtime.InteropServices.MemoryMarshal.Write(destination, System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(date));
            System.Runtime.InteropServices.MemoryMarshal.Write(destination[8..], System.Runtime.InteropServices.MemoryMarshal.Read<ushort>(date.AsSpan(8)));
            length = FormatTime(destination, secondOfDay, nanos);
        }

        destination[length++] = (byte)'Z';
        return length;
    }

    /// <summary>
    /// Writes <paramref name="instant"/> as <see cref="FormatUtc(Instant, Span{byte}, TextMemo)"/> does, or, for the
    /// years that fast path leaves (outside 1–9999, which the clock's range reaches), as NodaTime's
    /// <c>InstantPattern.ExtendedIso</c>: always writes, and returns the length.
    /// </summary>
    public static int WriteUtc(Instant instant, Span<byte> destination, TextMemo? memo = null)
    {
        var length = FormatUtc(instant, destination, memo);
        return length > 0 ? length : System.Text.Encoding.UTF8.GetBytes(NodaTime.Text.InstantPattern.ExtendedIso.Format(instant), destination);
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

        return Format(destination, year, local.Month, local.Day, (local.Hour * 3600) + (local.Minute * 60) + local.Second, local.NanosecondOfSecond);
    }

    /// <summary>Writes <c>uuuu-MM-ddTHH:mm:ss[.f…]</c> (year 1–9999); returns the length.</summary>
    private static int Format(Span<byte> destination, int year, int month, int day, int secondOfDay, int nanos)
    {
        FormatDate(destination, year, month, day);
        return FormatTime(destination, secondOfDay, nanos);
    }

    /// <summary>Writes <c>uuuu-MM-dd</c> (year 1–9999) at the start of <paramref name="text"/>.</summary>
    private static void FormatDate(Span<byte> text, int year, int month, int day)
    {
        Two(text, 0, year / 100);
        Two(text, 2, year % 100);
        text[4] = (byte)'-';
        Two(text, 5, month);
        text[7] = (byte)'-';
        Two(text, 8, day);
    }

    /// <summary>Writes <c>THH:mm:ss[.f…]</c> after the date (from position 10); returns the length of the whole.</summary>
    private static int FormatTime(Span<byte> destination, int secondOfDay, int nanos)
    {
        var text = destination;
        var hour = secondOfDay / 3600;
        var minuteAndSecond = secondOfDay - (hour * 3600);
        var minute = minuteAndSecond / 60;
        text[10] = (byte)'T';
        Two(text, 11, hour);
        text[13] = (byte)':';
        Two(text, 14, minute);
        text[16] = (byte)':';
        Two(text, 17, minuteAndSecond - (minute * 60));
        var length = 19;
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

    /// <summary>The number written by the two digits at <paramref name="at"/>, or a negative number when either is not a digit.</summary>
    private static int TwoDigits(ReadOnlySpan<byte> text, int at)
    {
        var tens = (uint)(text[at] - '0');
        var ones = (uint)(text[at + 1] - '0');
        return tens <= 9 && ones <= 9 ? (int)((tens * 10) + ones) : -1;
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

    /// <summary>Days from 1970-01-01 to the proleptic Gregorian date (Howard Hinnant's <c>days_from_civil</c>, for years 1–9999).</summary>
    internal static long DaysFromCivil(int year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = y / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5) + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097L) + dayOfEra - 719_468;
    }

    /// <summary>The proleptic Gregorian date of a day counted from 1970-01-01 (Howard Hinnant's <c>civil_from_days</c>, for years 1–9999).</summary>
    internal static void CivilFromDays(long days, out int year, out int month, out int day)
    {
        var z = days + 719_468;
        var era = (int)(z / 146_097);
        var dayOfEra = (int)(z - (era * 146_097L));
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var monthIndex = ((5 * dayOfYear) + 2) / 153;
        day = dayOfYear - (((153 * monthIndex) + 2) / 5) + 1;
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
        year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static int DaysInMonth(int year, int month) =>
        month == 2 ? (DateTime.IsLeapYear(year) ? 29 : 28) : month is 4 or 6 or 9 or 11 ? 30 : 31;

    /// <summary>
    /// The last date read and the last date written by one reader or writer, and the text of the numbers it
    /// wrote lately (not thread-safe: one per owner). The instants of a ticket and of its answer mostly fall on
    /// the same day, and the date is the costly part of an instant; a date equal, byte for byte, to the last is
    /// taken from here, with the same result. Numbers repeat across answers (the share of a goal used is a
    /// ratio of whole minutes) and their shortest round-trip text is costly to work out: a number's text is
    /// copied from a small table, each slot holding one value (compared bit for bit) and its text, so a value
    /// is only ever given its own text. (Whole instants kept the same way cost more than they saved: measured.)
    /// A pause's reason equal, byte for byte, to the last one read is the same string again.
    /// </summary>
    internal sealed class TextMemo
    {
        // A direct-mapped table: a value's slot is a hash of it; a slot holds the last value that fell there.
        private const int NumberSlotBits = 8;
        private const int NumberSlots = 1 << NumberSlotBits;

        // The longest "R" text of a double, -1.7976931348623157E+308, has 24 bytes.
        private const int NumberText = 32;

        private readonly long[] _numbers = new long[NumberSlots];
        private readonly byte[] _numberLengths = new byte[NumberSlots];
        private readonly byte[] _numberTexts = new byte[NumberSlots * NumberText];

        // The last reason read (Reason), as text and as the bytes it was read from.
        private string? _reason;
        private byte[] _reasonBytes = new byte[64];
        private int _reasonLength;

        /// <summary>Gets the text of the last date parsed (<c>uuuu-MM-dd</c>), valid when <see cref="ParsedValid"/>.</summary>
        public byte[] ParsedText { get; } = new byte[10];

        /// <summary>Whether the first ten bytes of <paramref name="text"/> (at least ten) are the last date parsed, compared as two words.</summary>
        public bool IsParsedDate(ReadOnlySpan<byte> text) =>
            System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(text) == System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(ParsedText)
            && System.Runtime.InteropServices.MemoryMarshal.Read<ushort>(text[8..]) == System.Runtime.InteropServices.MemoryMarshal.Read<ushort>(ParsedText.AsSpan(8));

        /// <summary>Gets or sets the days from the Unix epoch to the last date parsed.</summary>
        public long ParsedDays { get; set; }

        /// <summary>Gets or sets a value indicating whether a date was parsed (and was a real date).</summary>
        public bool ParsedValid { get; set; }

        /// <summary>Gets the text of the last date written.</summary>
        public byte[] FormattedText { get; } = new byte[10];

        /// <summary>Gets or sets the days from the Unix epoch to the last date written (none at first).</summary>
        public long FormattedDay { get; set; } = long.MinValue;

        /// <summary>Copies the text kept for <paramref name="value"/> (compared bit for bit), when there is one, to the start of <paramref name="destination"/>.</summary>
        public bool TryCopyNumber(double value, Span<byte> destination, out int length)
        {
            var bits = BitConverter.DoubleToInt64Bits(value);
            var slot = Slot(bits);
            length = _numberLengths[slot];
            if (length == 0 || _numbers[slot] != bits)
            {
                return false;
            }

            _numberTexts.AsSpan(slot * NumberText, length).CopyTo(destination);
            return true;
        }

        /// <summary>Keeps <paramref name="text"/>, the shortest round-trip text of <paramref name="value"/>, as its text.</summary>
        public void KeepNumber(double value, ReadOnlySpan<byte> text)
        {
            var bits = BitConverter.DoubleToInt64Bits(value);
            var slot = Slot(bits);
            text.CopyTo(_numberTexts.AsSpan(slot * NumberText, NumberText));
            _numbers[slot] = bits;
            _numberLengths[slot] = (byte)text.Length;
        }

        /// <summary>The text of a pause's reason, given as UTF-8: the last one's string again when the bytes are the same (most pauses of a batch give one of a few reasons), so that a line does not allocate it.</summary>
        /// <param name="utf8">The reason's bytes, valid UTF-8, unescaped.</param>
        /// <returns>Its text.</returns>
        public string Reason(ReadOnlySpan<byte> utf8)
        {
            if (_reason is null || !utf8.SequenceEqual(_reasonBytes.AsSpan(0, _reasonLength)))
            {
                _reason = System.Text.Encoding.UTF8.GetString(utf8);
                if (utf8.Length > _reasonBytes.Length)
                {
                    _reasonBytes = new byte[utf8.Length];
                }

                utf8.CopyTo(_reasonBytes);
                _reasonLength = utf8.Length;
            }

            return _reason;
        }

        // Fibonacci hashing: the top bits of the key times 2^64 / φ, so keys that differ in any bit spread over the slots.
        private static int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> (64 - NumberSlotBits));
    }
}
