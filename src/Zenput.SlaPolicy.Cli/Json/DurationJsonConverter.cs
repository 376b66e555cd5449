using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Zenput.Sla.Cli.Json;

/// <summary>Writes a duration as NodaTime's round-trip pattern (<c>2:00:00</c>, <c>-0:10:00</c>), as policy documents do.</summary>
internal sealed class DurationJsonConverter : JsonConverter<Duration>
{
    public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

    public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options) =>
        writer.WriteStringValue(DurationPattern.JsonRoundtrip.Format(value));
}
