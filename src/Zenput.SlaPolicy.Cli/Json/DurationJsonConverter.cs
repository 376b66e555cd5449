using NodaTime;
using NodaTime.Text;

namespace Zenput.Sla.Cli.Json;

/// <summary>Writes a duration as NodaTime's round-trip pattern (<c>2:00:00</c>, <c>-0:10:00</c>), as policy documents do.</summary>
internal sealed class DurationJsonConverter : WriteOnlyJsonConverter<Duration>
{
    protected override string Format(Duration value) => DurationPattern.JsonRoundtrip.Format(value);
}
