using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zenput.Sla.Tests.Fuzzing;

/// <summary>
/// A structure-aware mutator for JSON inputs: it parses a valid seed, makes one to four edits to its tree
/// (delete, duplicate an element or a key, retype, an extreme value, a value spliced from another seed,
/// a string edited inside, deep nesting, a huge string), writes it out and then, now and then, damages
/// the bytes (invalid UTF-8, a lone surrogate escape, truncation, a flipped byte). Starting from valid
/// inputs keeps most mutants close to valid, so they reach the code behind the parser, not just its
/// first check.
/// </summary>
/// <remarks>
/// Everything is drawn from the <see cref="Random"/> it is given, so an input is replayed from its seed.
/// Values JSON cannot hold in a node (1e400, a lone surrogate escape, a key given twice, deep nesting)
/// are written as placeholders and replaced in the text afterwards.
/// </remarks>
internal sealed class JsonMutator
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Instants at and around the edges of what the clock and NodaTime can represent, and odd but valid forms.</summary>
    public static readonly string[] EdgeInstants =
    [
        "-9998-01-01T00:00:00Z", "-9998-01-08T00:00:00Z", "-9998-01-07T23:59:59.999999999Z", "9999-12-24T23:59:59.999999999Z",
        "9999-12-25T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00",
        "0000-01-01T00:00:00Z", "10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2026-11-24T21:30:00,5Z", "2026-02-29T00:00:00Z",
        "2028-02-29T12:00:00+00:00", "2026-03-08T02:30:00-08:00", "2026-11-01T01:30:00-07:00", "2026-11-24T21:30:00+24:00",
        "2026-11-24T21:30:00.123456789123Z", "2026-11-24T24:00:00Z", "2026-11-24T21:30:00", "2026-11-24", "+2026-11-24T21:30:00Z",
    ];

    public static readonly string[] EdgeDurations =
    [
        "0:00:00", "-1:00:00", "0:00:00.000000001", "2562047:47:16.854775807", "87660000:00:00", "1.00:00:00", "24:00:00",
        "9999999999:00:00", "1:60:00", "PT1H", "P1D",
    ];

    public static readonly string[] EdgeStrings =
    [
        "", " ", "-", "null", "true", "0", "-1", "1e400", "NaN", "critical", "CRITICAL", "major", "minor", "1", "2", "3", "4", "0.5",
        "24:00", "00:00", "23:59", "25:00", "9:00", "0001-01-01", "9999-12-31", "-9998-01-01", "2026-02-30", "12-25", "02-29", "13-01",
        "UTC", "Etc/GMT+12", "Etc/GMT-14", "Pacific/Kiritimati", "America/Los_Angeles", "Not/AZone", "monday", "sunday", "funday",
        "\u0000", "\u001b[2J\u0007", "\uFEFF", "\u200B", "é", "😀", "a\u0301", "line\nbreak", "tab\there", "\\", "\"", "%s%n", "../../etc/passwd",
    ];

    private readonly Random rng;
    private readonly List<JsonNode> donors;
    private readonly List<string> keys;
    private readonly Dictionary<string, string> raw = [];

    /// <summary>Initializes a new instance of the <see cref="JsonMutator"/> class.</summary>
    /// <param name="rng">Every choice comes from it.</param>
    /// <param name="seeds">Valid inputs: mutation starts from one of them and splices values from all of them.</param>
    public JsonMutator(Random rng, IReadOnlyList<JsonNode> seeds)
    {
        this.rng = rng;
        donors = seeds.SelectMany(Descendants).Where(n => n.Parent is not null).ToList();
        keys = seeds.SelectMany(Descendants).OfType<JsonObject>().SelectMany(o => o.Select(p => p.Key)).Distinct().ToList();
    }

    /// <summary>Parses each seed text (each must be valid JSON).</summary>
    /// <param name="texts">The seeds.</param>
    /// <returns>The parsed seeds.</returns>
    public static List<JsonNode> Parse(IEnumerable<string> texts) => texts.Select(t => JsonNode.Parse(t) ?? throw new ArgumentException($"A seed is null: {t}")).ToList();

    /// <summary>One mutant of <paramref name="seed"/> as UTF-8 bytes.</summary>
    /// <param name="seed">A valid input (not changed).</param>
    /// <param name="maxBytes">Huge strings and nesting are kept within this (roughly).</param>
    /// <returns>The mutant.</returns>
    public byte[] Mutate(JsonNode seed, int maxBytes)
    {
        raw.Clear();
        var root = seed.DeepClone();
        var edits = rng.Next(1, 5);
        for (var i = 0; i < edits; i++)
        {
            // Copies of copies grow geometrically: past the limit, one more edit adds nothing but time.
            if (i > 0 && Expand(root.ToJsonString(Relaxed)).Length > maxBytes)
            {
                break;
            }

            root = Edit(root, maxBytes);
        }

        var text = Expand(root.ToJsonString(Relaxed));
        var bytes = Encoding.UTF8.GetBytes(text);
        return rng.Next(8) == 0 ? DamageBytes(bytes) : bytes;
    }

    /// <summary>The text with every placeholder replaced by its raw JSON.</summary>
    private string Expand(string text)
    {
        // Latest first: a placeholder's value can hold earlier placeholders (nesting), never later ones.
        foreach (var (placeholder, value) in raw.Reverse())
        {
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The size <paramref name="node"/> will have once written: copies are sized by it, so that copies of a
    /// placeholder for deep nesting or a huge string cannot multiply into gigabytes (an OutOfMemoryException the
    /// helpdesk long run hit in this mutator).</summary>
    private int Size(JsonNode node) => Expand(node.ToJsonString(Relaxed)).Length;

    private JsonNode Edit(JsonNode root, int maxBytes)
    {
        var nodes = Descendants(root).ToList();
        var target = nodes[rng.Next(nodes.Count)];
        var replacement = rng.Next(10) switch
        {
            0 => Delete(target),
            1 => Duplicate(target),
            2 => Retype(target),
            3 or 4 => Extreme(target, maxBytes),
            5 => donors.Count > 0 ? donors[rng.Next(donors.Count)].DeepClone() : null,
            6 => EditString(target),
            7 => Nest(target, maxBytes),
            8 => AddProperty(target),
            _ => Extreme(target, maxBytes),
        };

        if (replacement is null)
        {
            return root;
        }

        if (target.Parent is null)
        {
            return replacement;
        }

        Replace(target, replacement);
        return root;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children)
        {
            if (child is not null)
            {
                foreach (var d in Descendants(child))
                {
                    yield return d;
                }
            }
        }
    }

    private static void Replace(JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject o:
                o[target.GetPropertyName()] = replacement;
                break;
            case JsonArray a:
                a[target.GetElementIndex()] = replacement;
                break;
        }
    }

    private JsonNode? Delete(JsonNode target)
    {
        switch (target.Parent)
        {
            case JsonObject o:
                o.Remove(target.GetPropertyName());
                break;
            case JsonArray a:
                a.RemoveAt(target.GetElementIndex());
                break;
        }

        return null;
    }

    private JsonNode? Duplicate(JsonNode target)
    {
        switch (target.Parent)
        {
            case JsonObject o:
                // The same key twice: written under a placeholder key, renamed in the text.
                var placeholder = Placeholder(JsonSerializer.Serialize(target.GetPropertyName(), Relaxed));
                o[placeholder.Trim('"')] = rng.Next(2) == 0 ? target.DeepClone() : Extreme(target, 4096);
                break;
            case JsonArray a:
                var copies = rng.Next(4) == 0 ? Math.Min(rng.Next(2, 200), 1 + (4096 * 64 / (Size(target) + 1))) : 1;
                for (var i = 0; i < copies; i++)
                {
                    a.Insert(target.GetElementIndex(), target.DeepClone());
                }

                break;
        }

        return null;
    }

    private JsonNode? Retype(JsonNode target) => (target, rng.Next(6)) switch
    {
        (_, 0) => RawNode("null"),
        (JsonObject, 1) or (JsonValue, 1) => new JsonArray(target.DeepClone()),
        (JsonArray, 1) => new JsonObject { ["0"] = target.DeepClone() },
        (_, 2) => JsonValue.Create(target.ToJsonString(Relaxed)),
        (_, 3) => JsonValue.Create(rng.Next(2) == 0),
        (_, 4) => JsonValue.Create(rng.Next(-3, 100)),
        _ => new JsonObject(),
    };

    private JsonNode Extreme(JsonNode target, int maxBytes)
    {
        switch (rng.Next(9))
        {
            case 0:
                return JsonValue.Create(EdgeInstants[rng.Next(EdgeInstants.Length)]);
            case 1:
                return JsonValue.Create(EdgeDurations[rng.Next(EdgeDurations.Length)]);
            case 2:
                return JsonValue.Create(EdgeStrings[rng.Next(EdgeStrings.Length)]);
            case 3:
                return RawNode(new[] { "0", "-0", "-1", "2147483647", "2147483648", "-9223372036854775809", "18446744073709551616", "1e400", "-1e400", "1.5", "1E2", "0.000000001", "9007199254740993" }[rng.Next(13)]);
            case 4:
                // A lone surrogate escape, which a .NET string cannot hold.
                return RawNode(rng.Next(2) == 0 ? "\"\\ud800\"" : "\"x\\udfff\"");
            case 5:
                var length = rng.Next(4) == 0 ? maxBytes + rng.Next(1, 64) : rng.Next(256, Math.Max(257, maxBytes / 8));
                return JsonValue.Create(new string((char)rng.Next('a', 'z' + 1), length));
            case 6:
                // A long array of copies (many rules, many events, many pauses).
                var array = new JsonArray();
                var count = rng.Next(2, Math.Max(3, Math.Min(2000, maxBytes / Math.Max(1, Size(target) + 1))));
                for (var i = 0; i < count; i++)
                {
                    array.Add(target.DeepClone());
                }

                return array;
            case 7:
                return JsonValue.Create(EditedText(target is JsonValue v && v.TryGetValue<string>(out var s) ? s : "2026-11-24T21:30:00Z"));
            default:
                return JsonValue.Create(rng.Next(2) == 0 ? int.MinValue : long.MaxValue);
        }
    }

    private JsonNode? EditString(JsonNode target) =>
        target is JsonValue v && v.TryGetValue<string>(out var s) ? JsonValue.Create(EditedText(s)) : Extreme(target, 4096);

    /// <summary>A small edit inside a text: a digit changed, a character removed, inserted or repeated, the text cut.</summary>
    public string EditedText(string s)
    {
        if (s.Length == 0)
        {
            return EdgeStrings[rng.Next(EdgeStrings.Length)];
        }

        var at = rng.Next(s.Length);
        return rng.Next(6) switch
        {
            0 => s.Remove(at, 1),
            1 => s.Insert(at, ((char)rng.Next(32, 127)).ToString()),
            2 => s[..at],
            3 => char.IsAsciiDigit(s[at]) ? s[..at] + (char)('0' + rng.Next(10)) + s[(at + 1)..] : s.ToUpperInvariant(),
            4 => s.Insert(at, new string(s[at], rng.Next(1, 40))),
            _ => s + s,
        };
    }

    private JsonNode Nest(JsonNode target, int maxBytes)
    {
        var depth = rng.Next(4) == 0 ? rng.Next(17, Math.Min(2000, maxBytes / 4)) : rng.Next(2, 17);
        var array = rng.Next(2) == 0;
        var open = array ? "[" : "{\"a\":";
        var close = array ? "]" : "}";
        return RawNode(string.Concat(Enumerable.Repeat(open, depth)) + target.ToJsonString(Relaxed) + string.Concat(Enumerable.Repeat(close, depth)));
    }

    private JsonNode? AddProperty(JsonNode target)
    {
        if (target is JsonObject o && keys.Count > 0)
        {
            var key = rng.Next(4) == 0 ? "unknown" + rng.Next(10) : keys[rng.Next(keys.Count)];
            if (!o.ContainsKey(key))
            {
                o[key] = donors.Count > 0 ? donors[rng.Next(donors.Count)].DeepClone() : JsonValue.Create(1);
            }

            return null;
        }

        return Extreme(target, 4096);
    }

    private JsonNode RawNode(string json) => JsonValue.Create(Placeholder(json).Trim('"'));

    /// <summary>A quoted placeholder that stands for <paramref name="json"/> until the text is written.</summary>
    private string Placeholder(string json)
    {
        var placeholder = $"\"@@RAW{raw.Count}@@\"";
        raw[placeholder] = json;
        return placeholder;
    }

    private byte[] DamageBytes(byte[] bytes)
    {
        var list = bytes.ToList();
        var at = list.Count == 0 ? 0 : rng.Next(list.Count);
        switch (rng.Next(6))
        {
            case 0:
                list.InsertRange(at, new byte[][] { [0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE2, 0x82] }[rng.Next(6)]);
                break;
            case 1:
                list.RemoveRange(at, list.Count - at);
                break;
            case 2 when list.Count > 0:
                list[at] = (byte)rng.Next(256);
                break;
            case 3:
                list.InsertRange(0, [0xEF, 0xBB, 0xBF]);
                break;
            case 4:
                list.Insert(at, 0);
                break;
            default:
                list.InsertRange(at, Encoding.UTF8.GetBytes(new[] { "\\", "\"", ",", "}", "]", "{", "\\u", "/*c*/", "\t" }[rng.Next(9)]));
                break;
        }

        return [.. list];
    }
}
