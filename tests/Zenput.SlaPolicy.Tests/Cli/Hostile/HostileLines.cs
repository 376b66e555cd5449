using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Zenput.Sla.Tests.Cli.Hostile;

/// <summary>Batch lines an attacker or a careless export would send, each with the answer the contract promises.</summary>
internal static class HostileLines
{
    /// <summary>One input line: its bytes, whether it is blank, and how the error its answer must carry starts (null: a due instant).</summary>
    public sealed record Line(string Name, byte[] Bytes, string? Error)
    {
        public bool IsBlank => Bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r');

        public bool Fails => Error is not null;
    }

    private static Line Text(string name, string json, string? error) => new(name, Encoding.UTF8.GetBytes(json), error);

    private const string Range = "-9998-01-08T00:00:00Z to 9999-12-24T23:59:59.999999999Z";

    public static IReadOnlyList<Line> All() =>
    [
        Text("valid", """{"id":"ok","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00"}""", null),
        Text("past the end of time", """{"id":1,"severity":"critical","reportedAt":"9999-12-31T23:59:59-12:00"}""",
            $"'reportedAt' is '9999-12-31T23:59:59-12:00', which is outside the instants the SLA clock supports ({Range})."),
        Text("before the start of time", """{"id":2,"severity":"critical","reportedAt":"-9998-01-01T00:00:00+14:00"}""",
            $"'reportedAt' is '-9998-01-01T00:00:00+14:00', which is outside the instants the SLA clock supports ({Range})."),
        Text("pause past the end of time", """{"id":3,"severity":"critical","reportedAt":"2026-11-24T21:30:00Z","pauses":[{"start":"2026-11-25T00:00:00Z","end":"9999-12-31T23:59:59-12:00"}]}""",
            $"'pauses[0].end' is '9999-12-31T23:59:59-12:00', which is outside the instants the SLA clock supports ({Range})."),
        Text("lone surrogate", """{"id":"\ud800","severity":"critical","reportedAt":"2026-11-24T21:30:00Z"}""",
            "The line holds an escaped lone surrogate at byte 8 (a \\uD800–\\uDFFF escape without its pair), which is not text."),
        Text("duplicate key in a pause", """{"id":4,"severity":"critical","reportedAt":"2026-11-24T21:30:00Z","pauses":[{"start":"2026-11-25T00:00:00Z","end":"2026-11-25T01:00:00Z","start":"2026-11-24T00:00:00Z"}]}""",
            "'pauses[0].start' appears more than once."),
        Text("blank", "   ", null),
        new("invalid UTF-8", [.. Encoding.UTF8.GetBytes("""{"id":5,"severity":"crit"""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("""al","reportedAt":"2026-11-24T21:30:00Z"}""")], "The line is not valid UTF-8."),
        Text("too deep", """{"id":10,"x":""" + string.Concat(Enumerable.Repeat("[", 64)) + string.Concat(Enumerable.Repeat("]", 64)) + "}",
            "The line is not valid JSON: The maximum configured depth of 4 has been exceeded."),
        Text("two megabytes", """{"id":6,"pad":" """ + new string('x', 2 << 20) + "\"}", "The line is longer than 1048576 bytes."),
        Text("ten thousand pauses", """{"id":7,"severity":"major","reportedAt":"2026-11-24T21:30:00Z","pauses":[""" + string.Join(',', Enumerable.Range(0, 10_000).Select(i => $$"""{"start":"2026-11-25T{{i / 3600 % 24:00}}:{{i / 60 % 60:00}}:{{i % 60:00}}Z","end":"2026-11-25T{{i / 3600 % 24:00}}:{{i / 60 % 60:00}}:{{i % 60:00}}.5Z"}""")) + "]}", null),
        Text("a long severity", """{"id":8,"severity":" """ + new string('s', 100_000) + "\",\"reportedAt\":\"2026-11-24T21:30:00Z\"}",
            $"Unknown severity ' {new string('s', 47)}… (100001 characters)'; expected one of critical (1), major (2), minor (3)."),
        Text("control characters in the id", "{\"id\":\"\\u001b[2J\\u0007\",\"severity\":1,\"reportedAt\":\"2026-11-24T21:30:00Z\"}", null),
        Text("a huge number id", """{"id":1e400,"severity":1,"reportedAt":"2026-11-24T21:30:00Z"}""", null),
        Text("no severity", "{}", "The property 'severity' is required (a severity name such as \"critical\" or a rank such as 1)."),
        Text("ISO 8601's comma before fractional seconds", """{"id":9,"severity":1,"reportedAt":"2026-11-24T21:30:00,5Z"}""", null),
        Text("a locale's comma in a rank", """{"id":11,"severity":"1,0","reportedAt":"2026-11-24T21:30:00Z"}""",
            "Unknown severity '1,0'; expected one of critical (1), major (2), minor (3)."),
    ];

    /// <summary>The lines, LF-terminated, repeated <paramref name="times"/> times.</summary>
    public static byte[] Encode(IReadOnlyList<Line> lines, int times)
    {
        using var buffer = new MemoryStream();
        for (var round = 0; round < times; round++)
        {
            foreach (var line in lines)
            {
                buffer.Write(line.Bytes);
                buffer.WriteByte((byte)'\n');
            }
        }

        return buffer.ToArray();
    }
}
