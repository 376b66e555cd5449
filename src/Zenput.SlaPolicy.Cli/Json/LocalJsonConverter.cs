using NodaTime;
using Zenput.Sla.Cli.Text;

namespace Zenput.Sla.Cli.Json;

/// <summary>Writes a local date-time with its offset as <see cref="LocalText"/> does (RFC 3339, offset seconds when they exist).</summary>
internal sealed class LocalJsonConverter : WriteOnlyJsonConverter<OffsetDateTime>
{
    protected override string Format(OffsetDateTime value) => LocalText.Format(value);
}
