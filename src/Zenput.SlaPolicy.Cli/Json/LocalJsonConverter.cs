using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Zenput.Sla.Cli.Text;

namespace Zenput.Sla.Cli.Json;

/// <summary>Writes a local date-time with its offset as <see cref="LocalText"/> does (RFC 3339, offset seconds when they exist).</summary>
internal sealed class LocalJsonConverter : JsonConverter<OffsetDateTime>
{
    public override OffsetDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

    public override void Write(Utf8JsonWriter writer, OffsetDateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalText.Format(value));
}
