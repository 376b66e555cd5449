using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zenput.Sla.Cli.Json;

/// <summary>A converter for a value the tool only writes, as the string <see cref="Format"/> gives; reading is not supported.</summary>
/// <typeparam name="T">The value's type.</typeparam>
internal abstract class WriteOnlyJsonConverter<T> : JsonConverter<T>
{
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Format(value));

    /// <summary>The text written for <paramref name="value"/>.</summary>
    protected abstract string Format(T value);
}
