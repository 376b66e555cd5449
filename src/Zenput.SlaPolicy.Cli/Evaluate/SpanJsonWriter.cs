using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using Zenput.Sla.Cli.Batch;

namespace Zenput.Sla.Cli.Evaluate;

/// <summary>
/// Writes JSON text into a span reserved beforehand for the largest text the caller can write (see
/// <see cref="JsonLineBuilder.Reserve"/>): no capacity check and no comma bookkeeping per value. The caller
/// writes the punctuation and names as pre-encoded fragments (<c>,"dueAt":</c>), which is what makes a line of
/// an evaluation cheap: most of it is fixed text. Writing past the reservation throws (a bug in the
/// caller's bound), never corrupts memory.
/// </summary>
internal ref struct SpanJsonWriter
{
    /// <summary>The most bytes <see cref="Instant(Instant?)"/> writes: the longest instant and its quotes.</summary>
    public const int MaxInstant = Iso8601Utf8.MaxLength + 2;

    /// <summary>The most bytes <see cref="Duration"/> writes: a sign, the hours of the longest Duration, minutes, seconds, nine decimals and quotes.</summary>
    public const int MaxDuration = 48;

    /// <summary>The most bytes <see cref="Number(long)"/> or <see cref="Number(double)"/> writes.</summary>
    public const int MaxNumber = 32;

    private readonly Span<byte> _span;
    private readonly Iso8601Utf8.TextMemo _memo;

    /// <summary>Creates a writer at the start of <paramref name="span"/>.</summary>
    /// <param name="span">Where the text goes.</param>
    /// <param name="memo">The owner's memo of the texts written lately.</param>
    public SpanJsonWriter(Span<byte> span, Iso8601Utf8.TextMemo memo)
    {
        _span = span;
        _memo = memo;
        Written = 0;
    }

    /// <summary>Gets how many bytes were written.</summary>
    public int Written { get; private set; }

    /// <summary>Writes bytes that are already JSON text (punctuation, a name, a pre-encoded value).</summary>
    /// <remarks>Inlined, so that a fragment of constant length (a <c>u8</c> literal) is copied by a few moves, not a call to the general copy.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raw(ReadOnlySpan<byte> json)
    {
        json.CopyTo(_span[Written..]);
        Written += json.Length;
    }

    /// <summary>Writes one byte of JSON punctuation.</summary>
    public void Raw(byte json) => _span[Written++] = json;

    /// <summary>Writes an instant as RFC 3339 UTC (<c>"2026-11-25T07:30:00Z"</c>), or <c>null</c>.</summary>
    public void Instant(Instant? value)
    {
        if (value is not { } instant)
        {
            Raw("null"u8);
            return;
        }

        var at = Written;
        _span[at++] = (byte)'"';
        at += Iso8601Utf8.WriteUtc(instant, _span[at..], _memo);
        _span[at++] = (byte)'"';
        Written = at;
    }

    /// <summary>Writes a duration as NodaTime's JSON round-trip text (<c>-H:mm:ss.FFFFFFFFF</c>: total hours, <c>"2:00:00"</c>).</summary>
    public void Duration(Duration value)
    {
        var at = Written;
        _span[at++] = (byte)'"';
        if (value < NodaTime.Duration.Zero)
        {
            _span[at++] = (byte)'-';
            value = -value;
        }

        var hours = (value.Days * 24L) + value.Hours;
        if (hours < 100)
        {
            // Goals, elapsed and remaining times are mostly under a hundred hours: their digits without the formatter.
            if (hours >= 10)
            {
                _span[at++] = (byte)('0' + (hours / 10));
            }

            _span[at++] = (byte)('0' + (hours % 10));
        }
        else
        {
            hours.TryFormat(_span[at..], out var written, default, CultureInfo.InvariantCulture);
            at += written;
        }

        at = TwoDigits(at, value.Minutes);
        at = TwoDigits(at, value.Seconds);
        var fraction = value.SubsecondNanoseconds;
        if (fraction > 0)
        {
            _span[at++] = (byte)'.';
            for (var divisor = 100_000_000; divisor > 0 && fraction > 0; divisor /= 10)
            {
                _span[at++] = (byte)('0' + (fraction / divisor));
                fraction %= divisor;
            }
        }

        _span[at++] = (byte)'"';
        Written = at;
    }

    /// <summary>Writes a whole number.</summary>
    public void Number(long value)
    {
        if ((ulong)value < 10)
        {
            // Counts and percentages are mostly one digit or two: no formatter call for the commonest.
            _span[Written++] = (byte)('0' + value);
            return;
        }

        value.TryFormat(_span[Written..], out var written, default, CultureInfo.InvariantCulture);
        Written += written;
    }

    /// <summary>Writes a number as its shortest round-trip text.</summary>
    public void Number(double value)
    {
        // Whole numbers below 10^15 (warning percentages: 50, 75, 90) are written with their digits alone by
        // "R" too; written as integers they skip the floating-point formatter. Not −0, which "R" writes as "-0".
        if (value >= 0 && value < 1e15 && value == Math.Floor(value) && !double.IsNegative(value))
        {
            Number((long)value);
            return;
        }

        // Shares of a goal repeat across answers (ratios of whole minutes): each text is worked out once per memo slot.
        var destination = _span[Written..];
        if (!_memo.TryCopyNumber(value, destination, out var written))
        {
            value.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture);
            _memo.KeepNumber(value, destination[..written]);
        }

        Written += written;
    }

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    public void Boolean(bool value) => Raw(value ? "true"u8 : "false"u8);

    private readonly int TwoDigits(int at, int value)
    {
        _span[at] = (byte)':';
        _span[at + 1] = (byte)('0' + (value / 10));
        _span[at + 2] = (byte)('0' + (value % 10));
        return at + 3;
    }
}
