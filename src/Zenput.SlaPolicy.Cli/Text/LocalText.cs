using NodaTime;
using NodaTime.Text;

namespace Zenput.Sla.Cli.Text;

/// <summary>
/// How the tool writes a local date-time with its offset: RFC 3339 (<c>2026-11-24T23:30:00-08:00</c>),
/// and with the offset's seconds when it has them (local mean time before 1883: <c>-07:52:58</c>), so
/// that the local and UTC fields of an answer always name the same instant.
/// </summary>
internal static class LocalText
{
    private static readonly OffsetDateTimePattern Minutes = OffsetDateTimePattern.Rfc3339;
    private static readonly OffsetDateTimePattern Seconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm:ss>");

    public static string Format(OffsetDateTime value) => value.Offset.Seconds % 60 == 0 ? Minutes.Format(value) : Seconds.Format(value);

    public static string Format(Instant instant, DateTimeZone zone) => Format(instant.InZone(zone).ToOffsetDateTime());

    public static string Utc(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
