using NodaTime;
using NodaTime.Text;

namespace Zenput.Sla.Cli.Json;

/// <summary>Writes an instant as NodaTime's extended ISO pattern in UTC (<c>2026-11-25T07:30:00Z</c>); the tool only writes.</summary>
internal sealed class InstantJsonConverter : WriteOnlyJsonConverter<Instant>
{
    protected override string Format(Instant value) => InstantPattern.ExtendedIso.Format(value);
}
