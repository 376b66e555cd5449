using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Cli.Text;

/// <summary>
/// The one reading of an instant the tool accepts, on the command line and in batch lines: ISO 8601
/// with an offset or <c>Z</c>, within the instants the SLA clock supports. A text past the end of
/// NodaTime's range (<c>9999-12-31T23:59:59-12:00</c>) is an input error like any other, never an
/// exception.
/// </summary>
internal static class InstantText
{
    private static readonly OffsetDateTimePattern Pattern = OffsetDateTimePattern.ExtendedIso;
    private static readonly Instant First = SlaClock.SupportedInstants.Start;
    private static readonly Instant Last = SlaClock.SupportedInstants.End;

    // An offset moves a local date-time by at most 18 hours, so dates a day inside these convert without overflow.
    private static readonly LocalDate FirstDate = First.InUtc().Date.PlusDays(-1);
    private static readonly LocalDate LastDate = Last.InUtc().Date.PlusDays(1);

    /// <summary>What an instant must look like, for messages.</summary>
    public const string Expected = "an ISO-8601 instant with an offset or Z (such as \"2026-11-24T21:30:00-08:00\")";

    /// <summary>Gets the supported range, for messages.</summary>
    public static string Range { get; } = $"{InstantPattern.ExtendedIso.Format(First)} to {InstantPattern.ExtendedIso.Format(Last)}";

    // Made once: the batch fast path converts every instant of every line through TryToInstant, and building
    // this sentence on each call (it used to be) was about 2 KB of garbage per evaluate line.
    private static readonly string OutsideRange = $"is outside the instants the SLA clock supports ({Range})";

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> completes the sentence "'text' …".</summary>
    /// <remarks>
    /// ISO 8601's forms: a fraction of a second after a full stop or a comma (<c>00:00:00,5</c>), an offset
    /// of <c>Z</c>, <c>±HH:mm</c> or <c>±HH</c>. An offset with seconds (<c>+01:00:30</c>), which NodaTime's
    /// pattern reads but ISO 8601 and RFC 3339 have not, is refused.
    /// </remarks>
    public static bool TryParse(string text, out Instant instant, out string problem)
    {
        // NodaTime's parser takes U+0000 for the end of the text ("…Z\u0000junk" would parse as "…Z"): no instant has one.
        var parsed = text.Contains('\0', System.StringComparison.Ordinal) || HasOffsetSeconds(text) ? null : Pattern.Parse(text);
        if (parsed is not { Success: true })
        {
            instant = default;
            problem = $"is not {Expected}";
            return false;
        }

        return TryToInstant(parsed.Value.LocalDateTime, parsed.Value.Offset, out instant, out problem);
    }

    /// <summary>
    /// Whether <paramref name="text"/> ends in an offset with seconds, <c>±HH:mm:ss</c>. In a text the pattern reads,
    /// only that offset puts colons three and six characters from the end with a sign nine from it: <c>±HH:mm</c>
    /// and <c>±HH</c> after the time's <c>:ss[.f…]</c> put a sign or a digit there.
    /// </summary>
    private static bool HasOffsetSeconds(string text) =>
        text.Length >= 9 && text[^3] == ':' && text[^6] == ':' && text[^9] is ('+' or '-');

    /// <summary>The instant of <paramref name="local"/> at <paramref name="offset"/>, when it is a supported instant.</summary>
    public static bool TryToInstant(LocalDateTime local, Offset offset, out Instant instant, out string problem)
    {
        instant = default;
        problem = OutsideRange;
        if (local.Date < FirstDate || local.Date > LastDate)
        {
            return false;
        }

        instant = local.WithOffset(offset).ToInstant();
        return instant >= First && instant <= Last;
    }
}
