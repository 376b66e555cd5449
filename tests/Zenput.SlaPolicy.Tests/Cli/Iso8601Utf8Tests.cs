using System;
using System.Collections.Generic;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Clock;
using Zenput.Sla.Tests.Generators;

namespace Zenput.Sla.Tests.Cli;

/// <summary>The batch fast paths agree with NodaTime's own patterns, which are the reference.</summary>
public sealed class Iso8601Utf8Tests
{
    // The fast paths may decline (return 0) only where their contract says so: a year outside 1-9999
    // or an offset that is not whole minutes. Anything else must be formatted, and formatted exactly as
    // NodaTime does; a fast path that always declined would otherwise pass.

    [ScaledProperty(10_000, Arbitrary = [typeof(Generators)])]
    public void Utc_formatting_handles_every_year_1_to_9999_and_matches_InstantPattern_ExtendedIso(Instant instant)
    {
        Span<byte> buffer = stackalloc byte[Iso8601Utf8.MaxLength];
        var length = Iso8601Utf8.FormatUtc(instant, buffer);
        Encoding.UTF8.GetString(buffer[..length]).Should().Be(InstantPattern.ExtendedIso.Format(instant));
    }

    [ScaledProperty(10_000, Arbitrary = [typeof(Generators)])]
    public void Rfc3339_formatting_declines_only_years_outside_1_to_9999_and_matches_OffsetDateTimePattern_Rfc3339(Instant instant, Offset offset)
    {
        var value = Representable(instant, offset);
        Span<byte> buffer = stackalloc byte[Iso8601Utf8.MaxLength];
        var length = Iso8601Utf8.FormatRfc3339(value, buffer);
        var text = Encoding.UTF8.GetString(buffer[..length]);
        if (value.Year is >= 1 and <= 9999)
        {
            text.Should().Be(OffsetDateTimePattern.Rfc3339.Format(value));
        }
        else
        {
            length.Should().Be(0, "{0} has a year outside 1-9999", value);
        }
    }

    [Fact]
    public void Rfc3339_formatting_declines_an_offset_that_is_not_whole_minutes()
    {
        var value = Instant.FromUtc(2026, 11, 24, 21, 30).WithOffset(Offset.FromSeconds((5 * 3600) + 30));
        Span<byte> buffer = stackalloc byte[Iso8601Utf8.MaxLength];
        Iso8601Utf8.FormatRfc3339(value, buffer).Should().Be(0);
    }

    [Theory]
    [InlineData(-62_135_596_800L, "0001-01-01T00:00:00Z")]
    [InlineData(253_402_300_799L, "9999-12-31T23:59:59Z")]
    public void Utc_formatting_handles_the_first_and_last_second_of_years_1_to_9999(long seconds, string expected)
    {
        Span<byte> buffer = stackalloc byte[Iso8601Utf8.MaxLength];
        var length = Iso8601Utf8.FormatUtc(Instant.FromUnixTimeSeconds(seconds), buffer);
        Encoding.UTF8.GetString(buffer[..length]).Should().Be(expected);
    }

    [ScaledProperty(10_000, Arbitrary = [typeof(Generators)])]
    public void Parsing_agrees_with_OffsetDateTimePattern_ExtendedIso(Instant instant, Offset offset)
    {
        var value = Representable(instant, offset);
        var text = OffsetDateTimePattern.ExtendedIso.Format(value);
        var parsed = Iso8601Utf8.TryParseOffsetDateTime(Encoding.UTF8.GetBytes(text), out var result);
        // The fast path reads years 1-9999 and hands back only instants the SLA clock supports, so that the
        // caller's fallback words the out-of-range error; anything else it must read exactly.
        if (value.Year is >= 1 and <= 9999 && SlaClock.SupportedInstants.Contains(instant))
        {
            parsed.Should().BeTrue("{0} is in the fast path's range", text);
            result.Should().Be(instant);
        }
        else
        {
            parsed.Should().BeFalse("{0} has a year outside 1-9999 or lies outside the clock's supported instants", text);
        }
    }

    [ScaledProperty(10_000, Arbitrary = [typeof(Generators)])]
    public void Day_numbers_agree_with_NodaTime_LocalDate_both_ways(Instant instant)
    {
        var date = instant.InUtc().Date;
        var days = Period.DaysBetween(new LocalDate(1970, 1, 1), date);
        Iso8601Utf8.DaysFromCivil(date.Year, date.Month, date.Day).Should().Be(days);
        Iso8601Utf8.CivilFromDays(days, out var year, out var month, out var day);
        new LocalDate(year, month, day).Should().Be(date);
    }

    [ScaledProperty(10_000, Arbitrary = [typeof(Generators)])]
    public void Parsing_any_count_of_fraction_digits_and_any_offset_form_agrees_with_NodaTime(Instant instant, Offset offset, byte digits, byte form)
    {
        // Texts as people write them (1 to 9 fraction digits, Z, +HH or +HH:mm), read by NodaTime's own pattern as the reference.
        var value = Representable(Instant.FromUnixTimeSeconds(instant.ToUnixTimeSeconds()), form % 3 == 1 ? Offset.FromHours(offset.Seconds / 3600) : offset);
        var count = digits % 10;
        var fraction = count == 0 ? string.Empty : "." + (((instant.ToUnixTimeTicks() % 1_000_000_000) + 1_000_000_000) % 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture)[..count];
        var local = value.LocalDateTime;
        var offsetText = form % 3 == 0 && value.Offset == Offset.Zero ? "Z"
            : form % 3 == 1 ? (value.Offset < Offset.Zero ? "-" : "+") + Math.Abs(value.Offset.Seconds / 3600).ToString("00", System.Globalization.CultureInfo.InvariantCulture)
            : OffsetPattern.CreateWithInvariantCulture("+HH:mm").Format(value.Offset);
        var text = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss").Format(local) + fraction + offsetText;
        var reference = OffsetDateTimePattern.ExtendedIso.Parse(text);
        reference.Success.Should().BeTrue(text);
        var expected = reference.Value.ToInstant();
        var parsed = Iso8601Utf8.TryParseOffsetDateTime(Encoding.UTF8.GetBytes(text), out var result);
        if (local.Year is >= 1 and <= 9999 && SlaClock.SupportedInstants.Contains(expected))
        {
            parsed.Should().BeTrue("{0} is in the fast path's range", text);
            result.Should().Be(expected, text);
        }
        else
        {
            parsed.Should().BeFalse("{0} has a year outside 1-9999 or lies outside the clock's supported instants", text);
        }
    }

    /// <summary>NodaTime has no local dates after 9999: where a positive offset would need one, the negative offset is used.</summary>
    private static OffsetDateTime Representable(Instant instant, Offset offset) =>
        instant.InUtc().Date == new LocalDate(9999, 12, 31) && offset > Offset.Zero
            ? instant.WithOffset(-offset)
            : instant.WithOffset(offset);

    /// <summary>
    /// Instants spread over the whole of years 1-9999 (FsCheck's own numbers stay near zero, i.e. near
    /// 1970), often on the first or last day, with no, millisecond or nanosecond fractions; offsets of
    /// whole minutes up to ±18 hours. Failures shrink to midnight, then to no fraction.
    /// </summary>
    public static class Generators
    {
        private const int LastDay = 3_652_058; // 9999-12-31, counted from 0001-01-01

        private static readonly Instant First = Instant.FromUtc(1, 1, 1, 0, 0);

        /// <summary>Instants in years 1-9999.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<Instant> Instants() => Arb.From(
            from day in Gen.Frequency((8, Gen.Choose(0, LastDay)), (1, Gen.Elements(0, 1, LastDay - 1, LastDay)))
            from second in Gen.Frequency((4, Gen.Choose(0, 86_399)), (1, Gen.Elements(0, 86_399)))
            from nanos in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 999).Select(ms => ms * 1_000_000)), (1, Gen.Choose(1, 999_999_999)))
            select First + Duration.FromDays(day) + Duration.FromSeconds(second) + Duration.FromNanoseconds(nanos),
            ShrinkInstant);

        /// <summary>Whole-minute offsets within ±18 hours.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<Offset> Offsets() => Arb.From(
            Gen.Frequency((4, Gen.Choose(-18 * 60, 18 * 60)), (1, Gen.Elements(-18 * 60, 0, 18 * 60))).Select(m => Offset.FromSeconds(m * 60)),
            o => o == Offset.Zero ? [] : [Offset.Zero]);

        private static IEnumerable<Instant> ShrinkInstant(Instant instant)
        {
            var midnight = instant.InUtc().Date.AtMidnight().InUtc().ToInstant();
            if (instant != midnight)
            {
                yield return midnight;
            }

            var whole = Instant.FromUnixTimeSeconds(instant.ToUnixTimeSeconds());
            if (whole != instant && whole != midnight)
            {
                yield return whole;
            }
        }
    }

    [Theory]
    [InlineData("2026-11-24T21:30:00")]
    [InlineData("2026-02-29T21:30:00Z")]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-11-24T21:30:00+19:00")]
    [InlineData("2026-11-24T21:30:00.Z")]
    [InlineData("2026-11-24T21:30:00.1234567891Z")]
    [InlineData("2026-11-24 21:30:00Z")]
    [InlineData("10000-01-01T00:00:00Z")]
    public void Texts_NodaTime_refuses_are_not_taken_by_the_fast_path(string text)
    {
        OffsetDateTimePattern.ExtendedIso.Parse(text).Success.Should().BeFalse();
        Iso8601Utf8.TryParseOffsetDateTime(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();
    }

    [ScaledProperty(3_000, Arbitrary = [typeof(Generators)])]
    public void Remembering_the_last_date_never_changes_what_is_parsed_or_written(Instant start, Offset offset, byte[] steps)
    {
        // Instants of a ticket: mostly the same day, sometimes the next or an earlier one; each parsed and written
        // with one memo for the whole sequence (as a line reader and an answer writer keep it) and without.
        var memo = new Iso8601Utf8.TextMemo();
        Span<byte> withMemo = stackalloc byte[Iso8601Utf8.MaxLength];
        Span<byte> without = stackalloc byte[Iso8601Utf8.MaxLength];
        // Far enough from the ends of time that a walk of a few years cannot leave NodaTime's range (the other properties cover the ends).
        var origin = start < Instant.FromUtc(10, 1, 1, 0, 0) || start > Instant.FromUtc(9990, 1, 1, 0, 0) ? Instant.FromUtc(2026, 11, 24, 21, 30) : start;
        var instant = origin;
        foreach (var step in steps)
        {
            instant = step % 7 == 0 ? origin : instant + Duration.FromMinutes((step * 37) - 2_000);
            var text = Encoding.UTF8.GetBytes(OffsetDateTimePattern.ExtendedIso.Format(Representable(instant, offset)));
            var parsed = Iso8601Utf8.TryParseOffsetDateTime(text, out var expected);
            Iso8601Utf8.TryParseOffsetDateTime(text, out var actual, memo).Should().Be(parsed, Encoding.UTF8.GetString(text));
            actual.Should().Be(expected);

            var expectedLength = Iso8601Utf8.FormatUtc(instant, without);
            var actualLength = Iso8601Utf8.FormatUtc(instant, withMemo, memo);
            actualLength.Should().Be(expectedLength);
            withMemo[..actualLength].SequenceEqual(without[..expectedLength]).Should().BeTrue(InstantPattern.ExtendedIso.Format(instant));
        }
    }

    [ScaledProperty(3_000, Arbitrary = [typeof(Generators)])]
    public void Instants_written_with_one_memo_in_any_order_are_each_written_as_NodaTime_writes_them(Instant start, byte[] steps)
    {
        // An answer writer keeps one memo for all its lines: instants that repeat (step % 5 == 0 goes back to
        // one already written), jump across days and years, and differ only in their fraction of a second must
        // each come out as NodaTime's own pattern writes them, whatever the memo held before.
        var memo = new Iso8601Utf8.TextMemo();
        Span<byte> text = stackalloc byte[Iso8601Utf8.MaxLength];
        var written = new List<Instant> { start };
        var instant = start;
        foreach (var step in steps)
        {
            // Worked out in ticks, so that a step past the end of time comes back to the start instead of overflowing.
            var ticks = instant.ToUnixTimeTicks() + (((step * 7_919L) - 1_000) * (step % 3 == 0 ? 1 : NodaConstants.TicksPerMinute));
            instant = step % 5 == 0
                ? written[step % written.Count]
                : ticks < SlaClock.SupportedInstants.Start.ToUnixTimeTicks() || ticks > SlaClock.SupportedInstants.End.ToUnixTimeTicks() ? start : Instant.FromUnixTimeTicks(ticks);
            written.Add(instant);

            var length = Iso8601Utf8.WriteUtc(instant, text, memo);

            Encoding.UTF8.GetString(text[..length]).Should().Be(InstantPattern.ExtendedIso.Format(instant));
        }
    }

    [Theory]
    [InlineData("2026-02-28T10:00:00Z", "2026-02-29T10:00:00Z")]
    [InlineData("2026-02-28T10:00:00Z", "2026-02-28T24:00:00Z")]
    [InlineData("2026-02-28T10:00:00Z", "2026-02-28T10:00:00+19:00")]
    [InlineData("2026-02-28T10:00:00Z", "2026-02-28 10:00:00Z")]
    [InlineData("2026-13-01T10:00:00Z", "2026-13-01T11:00:00Z")]
    public void A_remembered_date_does_not_make_the_fast_path_take_a_text_it_declines_without_it(string first, string second)
    {
        // Declined texts go to the full parser, which reads or words them; the memo must not change which go there.
        var memo = new Iso8601Utf8.TextMemo();
        Iso8601Utf8.TryParseOffsetDateTime(Encoding.UTF8.GetBytes(first), out _, memo);

        Iso8601Utf8.TryParseOffsetDateTime(Encoding.UTF8.GetBytes(second), out _).Should().BeFalse();
        Iso8601Utf8.TryParseOffsetDateTime(Encoding.UTF8.GetBytes(second), out _, memo).Should().BeFalse();
    }
}
