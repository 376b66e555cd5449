using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Serialization;

/// <summary>
/// Reads the properties of one JSON object of a policy document, recording a finding (with its JSON
/// path) for every missing, mistyped, duplicated or unknown property instead of stopping at the first.
/// </summary>
internal sealed class DocumentObject
{
    private readonly JsonElement _element;
    private readonly List<PolicyFinding> _findings;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private DocumentObject(JsonElement element, string path, List<PolicyFinding> findings)
    {
        _element = element;
        Path = path;
        _findings = findings;
    }

    public string Path { get; }

    /// <summary>Opens <paramref name="element"/> as an object, or records an error and returns null.</summary>
    public static DocumentObject? Open(JsonElement element, string path, List<PolicyFinding> findings)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            findings.Add(new PolicyFinding(path, $"Expected an object but found {JsonText.Describe(element.ValueKind)}.", PolicyErrorCodes.InvalidValue));
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                findings.Add(new PolicyFinding($"{path}.{property.Name}", $"The property '{property.Name}' appears more than once.", PolicyErrorCodes.InvalidValue));
            }
        }

        return new DocumentObject(element, path, findings);
    }

    public string PathOf(string name) => $"{Path}.{name}";

    public void Error(string name, string message, string code = PolicyErrorCodes.InvalidValue) =>
        _findings.Add(new PolicyFinding(PathOf(name), message, code));

    /// <summary>Gets a property, marking it as known. Returns null when absent (recording an error if required) or JSON null (allowed only when optional).</summary>
    public JsonElement? Property(string name, bool required)
    {
        _read.Add(name);
        if (!_element.TryGetProperty(name, out var value) || (value.ValueKind == JsonValueKind.Null && !required))
        {
            if (required)
            {
                Error(name, $"The required property '{name}' is missing.", PolicyErrorCodes.Required);
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            Error(name, $"The property '{name}' must not be null.", PolicyErrorCodes.Required);
            return null;
        }

        return value;
    }

    public string? String(string name, bool required = true)
    {
        var value = Property(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.String)
        {
            Error(name, $"Expected a string but found {JsonText.Describe(value.Value.ValueKind)}.");
            return null;
        }

        return value.Value.GetString();
    }

    public int? Int(string name, bool required = true)
    {
        var value = Property(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetInt32(out var number))
        {
            Error(name, value.Value.ValueKind == JsonValueKind.Number
                ? $"Expected a whole number between {int.MinValue} and {int.MaxValue} but found {value.Value.GetRawText()}."
                : $"Expected a number but found {JsonText.Describe(value.Value.ValueKind)}.");
            return null;
        }

        return number;
    }

    public decimal? Decimal(string name, bool required = true)
    {
        var value = Property(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetDecimal(out var number))
        {
            Error(name, $"Expected a number but found {JsonText.Describe(value.Value.ValueKind)}.");
            return null;
        }

        return number;
    }

    public bool? Bool(string name, bool required = true)
    {
        var value = Property(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Error(name, $"Expected true or false but found {JsonText.Describe(value.Value.ValueKind)}.");
            return null;
        }

        return value.Value.GetBoolean();
    }

    public TEnum? Enum<TEnum>(string name, bool required = true)
        where TEnum : struct, Enum
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (JsonText.TryParseEnum<TEnum>(text, out var value))
        {
            return value;
        }

        Error(name, $"'{text}' is not one of {JsonText.EnumChoices<TEnum>()}.");
        return null;
    }

    public T? Noda<T>(string name, string example, bool required = true)
        where T : struct
    {
        var value = Property(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.String)
        {
            Error(name, $"Expected a string such as '{example}' but found {JsonText.Describe(value.Value.ValueKind)}.");
            return null;
        }

        if (JsonText.TryParse<T>(value.Value, out var parsed))
        {
            return parsed;
        }

        Error(name, $"'{value.Value.GetString()}' is not a valid {typeof(T).Name}; expected a value such as '{example}'.");
        return null;
    }

    public Duration? Duration(string name, bool required = true) => Noda<Duration>(name, "2:00:00", required);

    public LocalDate? Date(string name, bool required = true) => Noda<LocalDate>(name, "2026-12-25", required);

    public LocalTime? Time(string name, bool required = true, bool allow24 = false)
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (JsonText.TryParseTime(text, allow24, out var time))
        {
            return time;
        }

        Error(name, $"'{text}' is not a valid local time; expected 'HH:mm' such as '09:00'{(allow24 ? " (or '24:00' for next midnight)" : string.Empty)}.");
        return null;
    }

    public DateTimeZone? Zone(string name, bool required = true)
    {
        var id = String(name, required);
        if (id is null)
        {
            return null;
        }

        var zone = Internal.TimeZones.Find(id);
        if (zone is null)
        {
            _findings.Add(PolicyFindings.UnknownZone(PathOf(name), id));
        }

        return zone;
    }

    /// <summary>Reads an array property, mapping each element; elements that fail to map are left out (their errors are recorded).</summary>
    public List<T>? Array<T>(string name, Func<JsonElement, string, T?> item, bool required = true)
    {
        var value = Property(name, required);
        if (value is null)
        {
            return required ? null : [];
        }

        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            Error(name, $"Expected an array but found {JsonText.Describe(value.Value.ValueKind)}.");
            return null;
        }

        var list = new List<T>();
        var index = 0;
        foreach (var element in value.Value.EnumerateArray())
        {
            var mapped = item(element, string.Create(CultureInfo.InvariantCulture, $"{PathOf(name)}[{index}]"));
            if (mapped is not null)
            {
                list.Add(mapped);
            }

            index++;
        }

        return list;
    }

    public List<string>? Strings(string name, bool required = true) =>
        Array(name, (element, path) =>
        {
            if (element.ValueKind == JsonValueKind.String)
            {
                return element.GetString();
            }

            _findings.Add(new PolicyFinding(path, $"Expected a string but found {JsonText.Describe(element.ValueKind)}.", PolicyErrorCodes.InvalidValue));
            return null;
        }, required);

    public List<TEnum>? Enums<TEnum>(string name, bool required = true)
        where TEnum : struct, Enum =>
        Array<object>(name, (element, path) =>
        {
            if (element.ValueKind == JsonValueKind.String && JsonText.TryParseEnum<TEnum>(element.GetString()!, out var value))
            {
                return value;
            }

            _findings.Add(new PolicyFinding(path, $"{(element.ValueKind == JsonValueKind.String ? $"'{element.GetString()}'" : JsonText.Describe(element.ValueKind))} is not one of {JsonText.EnumChoices<TEnum>()}.", PolicyErrorCodes.InvalidValue));
            return null;
        }, required)?.ConvertAll(o => (TEnum)o);

    /// <summary>Records every property of the object that was never asked for.</summary>
    public void ReportUnknownProperties()
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (!_read.Contains(property.Name))
            {
                _findings.Add(new PolicyFinding(PathOf(property.Name), $"Unknown property '{property.Name}'.", PolicyErrorCodes.UnknownProperty));
            }
        }
    }
}
