using System;
using System.Text;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli.Batch;

namespace Zenput.Sla.Tests.Cli;

/// <summary>The batch fast paths agree with NodaTime's own patterns, which are the reference.</summary>
public sealed class Iso8601Utf8Tests
{
    private static Instant InstantFrom(long seconds, int nanos) =>
        Instant.FromUnixTimeSeconds(Math.Clamp(seconds, -62_135_596_800L, 253_402_300_799L)) + Duration.FromNanoseconds(Math.Abs(nanos % 1_000_000_000) * (nanos % 3 == 0 ? 1 : 0));

    [Property(MaxTest = 2000)]
    public bool Utc_formatting_matches_InstantPattern_ExtendedIso(long seconds, int nanos)
    {
        var instant = InstantFrom(seconds, nanos);
        Span<byte> buffer = stackalloc byte[Iso8601Utf8.MaxLength];
        var length = Iso8601Utf8.FormatUtc(instant, buffer);
        return length == 0 || Encoding.UTF8.GetString(buffer[..length]) == InstantPattern.ExtendedIso.Format(instant);
    }

    [Property(MaxTest = 2000)]
    public bool Rfc3339_formatting_matches_OffsetDateTimePattern_Rfc3339(long seconds, int nanos, short offsetMinutes)
    {
        var value = InstantFrom(seconds, nanos).WithOffset(Offset.FromSeconds(offsetMinutes % (18 * 60) * 60));
        Span<byte> buffer = stackalloc byte[Iso8601Utf8.MaxLength];
        var length = Iso8601Utf8.FormatRfc3339(value, buffer);
        return length == 0 || Encoding.UTF8.GetString(buffer[..length]) == OffsetDateTimePattern.Rfc3339.Format(value);
    }

    [Property(MaxTest = 2000)]
    public bool Parsing_agrees_with_OffsetDateTimePattern_ExtendedIso(long seconds, int nanos, short offsetMinutes)
    {
        var value = InstantFrom(seconds, nanos).WithOffset(Offset.FromSeconds(offsetMinutes % (18 * 60) * 60));
        var text = OffsetDateTimePattern.ExtendedIso.Format(value);
        var parsed = Iso8601Utf8.TryParseOffsetDateTime(Encoding.UTF8.GetBytes(text), out var instant);
        return (parsed && instant == value.ToInstant()) || (!parsed && value.Year < 1);
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
}
