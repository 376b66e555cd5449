using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;
using NodaTime.Utility;

namespace Zenput.Sla.Serialization;

/// <summary>
/// Text forms of the values in a policy document: NodaTime's JSON formats (as configured by
/// NodaTime.Serialization.SystemTextJson) for instants, durations and dates; <c>HH:mm</c> local
/// times with <c>24:00</c> for next midnight; camelCase enum names.
/// </summary>
internal static class JsonText
{
    /// <summary>Options with NodaTime's converters, used for single NodaTime values only (never for whole objects).</summary>
    public static readonly JsonSerializerOptions NodaOptions = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    private static readonly LocalTimePattern ShortTime = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
    private static readonly LocalTimePattern LongTime = LocalTimePattern.ExtendedIso;

    public static string CamelCase(string name) =>
        string.IsNullOrEmpty(name) || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    public static string EnumName<TEnum>(TEnum value)
        where TEnum : struct, Enum => CamelCase(value.ToString());

    /// <summary>Gets whether <paramref name="value"/> may appear in a document (IsoDayOfWeek.None may not).</summary>
    public static bool IsAllowed<TEnum>(TEnum value)
        where TEnum : struct, Enum => !(typeof(TEnum) == typeof(IsoDayOfWeek) && value.ToString() == nameof(IsoDayOfWeek.None));

    public static bool TryParseEnum<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        // Names only: a number could name a value the enum does not define.
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (IsAllowed(candidate) && string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string EnumChoices<TEnum>()
        where TEnum : struct, Enum
    {
        var names = new List<string>();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (IsAllowed(value))
            {
                names.Add($"'{EnumName(value)}'");
            }
        }

        return string.Join(", ", names);
    }

    public static string FormatTime(LocalTime time, bool midnightAs24 = false)
    {
        if (midnightAs24 && time == LocalTime.Midnight)
        {
            return "24:00";
        }

        return time.Second == 0 && time.NanosecondOfSecond == 0 ? ShortTime.Format(time) : LongTime.Format(time);
    }

    public static bool TryParseTime(string text, bool allow24, out LocalTime time)
    {
        if (HasNul(text))
        {
            time = default;
            return false;
        }

        if (allow24 && text == "24:00")
        {
            time = LocalTime.Midnight;
            return true;
        }

        var result = ShortTime.Parse(text);
        if (!result.Success)
        {
            result = LongTime.Parse(text);
        }

        time = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <remarks>
    /// Values go through NodaTime's converter for <typeparamref name="T"/> itself rather than through
    /// <see cref="JsonSerializer"/>, whose reflection-based serialization a Native AOT build of the tool
    /// does not have (it failed with "Reflection-based serialization has been disabled").
    /// </remarks>
    public static string Format<T>(T value)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ConverterFor<T>().Write(writer, value, NodaOptions);
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();
        return reader.GetString()!;
    }

    public static bool TryParse<T>(JsonElement element, out T value)
    {
        if (element.ValueKind == JsonValueKind.String && HasNul(element.GetString()!))
        {
            value = default!;
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(element.GetRawText()));
            reader.Read();
            value = ConverterFor<T>().Read(ref reader, typeof(T), NodaOptions)!;
            return true;
        }
        catch (Exception e) when (e is JsonException or UnparsableValueException or FormatException or ArgumentException or InvalidNodaDataException)
        {
            value = default!;
            return false;
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds U+0000, which NodaTime's text parsers take for the end of the text: given
    /// to them, <c>"2:00:00\u0000junk"</c> parses as two hours and the rest is silently dropped. Such text is no value.
    /// </summary>
    public static bool HasNul(string text) => text.Contains('\0', StringComparison.Ordinal);

    /// <summary>The converter <see cref="NodaOptions"/> holds for <typeparamref name="T"/> (a NodaTime value type).</summary>
    private static JsonConverter<T> ConverterFor<T>()
    {
        foreach (var converter in NodaOptions.Converters)
        {
            if (converter is JsonConverter<T> typed && typed.CanConvert(typeof(T)))
            {
                return typed;
            }
        }

        throw new NotSupportedException($"No NodaTime converter for {typeof(T).Name}.");
    }

    /// <summary>Turns a validator property path (<c>Tiers[2].ResponseGoal</c>) into a JSON path (<c>$.tiers[2].responseGoal</c>).</summary>
    public static string ToJsonPath(string propertyPath)
    {
        if (propertyPath.StartsWith('$'))
        {
            return propertyPath;
        }

        if (string.IsNullOrEmpty(propertyPath) || propertyPath == "(policy)")
        {
            return "$";
        }

        var builder = new StringBuilder("$");
        foreach (var segment in propertyPath.Split('.'))
        {
            builder.Append('.').Append(CamelCase(segment));
        }

        return builder.ToString();
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
