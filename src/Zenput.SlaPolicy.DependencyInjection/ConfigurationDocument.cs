using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Zenput.Sla.Serialization;
using Zenput.Sla.Validation;

namespace Zenput.Sla.DependencyInjection;

/// <summary>
/// Turns a configuration section back into the policy document it was loaded from, so that
/// <see cref="SlaPolicyDocument"/> stays the only reader of policies (with its paths, limits and rules).
/// </summary>
/// <remarks>
/// <para>Configuration keeps every value as text and flattens arrays into keys <c>0</c>, <c>1</c>, ...;
/// this undoes both: children keyed exactly <c>0..n-1</c> become an array, <c>true</c>/<c>false</c>
/// (any case) a boolean, text written as a JSON number a number, anything else a string. Keys are
/// camelCased (<c>ResponseGoal</c> reads as <c>responseGoal</c>), as configuration keys ignore case.</para>
/// <para>Empty values are ambiguous: the JSON provider stores <c>[]</c> and <c>""</c> as empty text,
/// and <c>{}</c> and <c>null</c> as a key without a value. Such a value is read as null first (the
/// reader treats an optional null as absent, the same as empty); where the reader refuses that at its
/// path, the other readings are tried (<c>[]</c> then <c>""</c>, or <c>{}</c>). The reader decides,
/// so this class needs no knowledge of the schema. When no reading is accepted, the error shown is
/// that of <c>[]</c> for empty text and of null otherwise.</para>
/// </remarks>
internal static partial class ConfigurationDocument
{
    /// <summary>Reads the policy document held by <paramref name="section"/>, with every finding's path as a configuration key.</summary>
    public static (SlaPolicy? Policy, IReadOnlyList<PolicyFinding> Findings) Read(IConfiguration section)
    {
        var root = (section as IConfigurationSection)?.Path ?? string.Empty;
        var empties = new Dictionary<string, EmptyValue>();
        var document = ToNode(section, "$", empties);
        if (document is null)
        {
            var missing = new PolicyFinding(
                KeyOf(root, "$"),
                $"The configuration section '{root}' is missing or empty; it must hold a policy document (see 'zenput-sla policy show').",
                PolicyErrorCodes.Required);
            return (null, [missing]);
        }

        var result = Read(document);
        while (Refused(result, empties) is { Count: > 0 } refused)
        {
            var moved = false;
            foreach (var value in refused)
            {
                moved |= value.TryNext();
            }

            if (!moved)
            {
                // No reading is accepted: show the error of the likeliest one.
                var settled = false;
                foreach (var value in refused)
                {
                    settled |= value.Settle();
                }

                if (settled)
                {
                    result = Read(document);
                }

                break;
            }

            result = Read(document);
        }

        return (result.Policy, [.. result.Findings.Select(f => f with { Path = KeyOf(root, f.Path) })]);
    }

    /// <summary>The document's JSON as rebuilt from <paramref name="section"/> (every empty value as null).</summary>
    public static string ToJson(IConfiguration section) => ToNode(section, "$", [])?.ToJsonString() ?? "null";

    /// <summary>Turns a JSON path of the document (<c>$.tiers[2].responseGoal</c>) into the configuration key that holds it (<c>Sla:tiers:2:responseGoal</c>).</summary>
    public static string KeyOf(string sectionPath, string jsonPath)
    {
        var key = new StringBuilder(sectionPath);
        foreach (Match segment in JsonPathSegment().Matches(jsonPath))
        {
            if (key.Length > 0)
            {
                key.Append(ConfigurationPath.KeyDelimiter);
            }

            key.Append(segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["index"].Value);
        }

        return key.Length == 0 ? "(root)" : key.ToString();
    }

    private static JsonNode? ToNode(IConfiguration configuration, string path, Dictionary<string, EmptyValue> empties)
    {
        var children = configuration.GetChildren().ToList();
        if (children.Count == 0)
        {
            return Scalar((configuration as IConfigurationSection)?.Value);
        }

        if (IsArray(children))
        {
            var array = new JsonArray();
            foreach (var child in children.OrderBy(c => int.Parse(c.Key, CultureInfo.InvariantCulture)))
            {
                array.Add(Child(child, string.Create(CultureInfo.InvariantCulture, $"{path}[{array.Count}]"), array, array.Count, empties));
            }

            return array;
        }

        var obj = new JsonObject();
        foreach (var child in children)
        {
            var name = CamelCase(child.Key);
            obj[name] = Child(child, $"{path}.{name}", obj, name, empties);
        }

        return obj;
    }

    private static JsonNode? Child(IConfigurationSection child, string path, JsonNode parent, object slot, Dictionary<string, EmptyValue> empties)
    {
        if (string.IsNullOrEmpty(child.Value) && !child.GetChildren().Any())
        {
            empties[path] = new EmptyValue(parent, slot, isEmptyText: child.Value is not null);
            return null;
        }

        return ToNode(child, path, empties);
    }

    private static SlaPolicyLoadResult Read(JsonNode document) => SlaPolicyDocument.Read(Encoding.UTF8.GetBytes(document.ToJsonString()));

    private static List<EmptyValue> Refused(SlaPolicyLoadResult result, Dictionary<string, EmptyValue> empties) =>
        [.. result.Errors.Select(e => e.Path).Distinct().Where(empties.ContainsKey).Select(p => empties[p])];

    // Configuration keys are case-insensitive and .NET settings are usually PascalCase ("Sla__Tiers__0__ResponseGoal"
    // in an environment variable); the document's names are camelCase, so a PascalCase key means the same property.
    private static string CamelCase(string key) =>
        key.Length > 0 && char.IsUpper(key[0]) ? char.ToLowerInvariant(key[0]) + key[1..] : key;

    private static bool IsArray(List<IConfigurationSection> children)
    {
        var indexes = new HashSet<int>();
        foreach (var child in children)
        {
            // Only canonical indexes ("0", "12"; not "012" or "+1") make an array.
            if (!int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                || index.ToString(CultureInfo.InvariantCulture) != child.Key)
            {
                return false;
            }

            indexes.Add(index);
        }

        // A gap (keys 0, 1, 3) stays an object: the reader then says an array was expected, at its path.
        return indexes.Count == children.Count && indexes.Max() == children.Count - 1;
    }

    private static JsonNode? Scalar(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;   // only the whole section can be an empty leaf here; nested ones are EmptyValues
        }

        if (bool.TryParse(value, out var flag))
        {
            return JsonValue.Create(flag);
        }

        if (JsonNumber().IsMatch(value))
        {
            // Parsed, not converted, so that the reader sees the number exactly as written.
            return JsonNode.Parse(value);
        }

        return JsonValue.Create(value);
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\[(?<index>[0-9]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex JsonPathSegment();
}
