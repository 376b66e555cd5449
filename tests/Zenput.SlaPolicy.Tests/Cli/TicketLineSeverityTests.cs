using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using Zenput.Sla.Cli.Batch;

namespace Zenput.Sla.Tests.Cli;

/// <summary>
/// A batch line's severity is read as it was when every policy's severities were scanned for it: a string as written (not
/// escaped) names the first level whose name it equals ignoring ASCII case, and otherwise the level the policy finds for it
/// (<see cref="SlaPolicy.FindTier"/>); a whole number, the first level of that rank. A policy of more than a few severities
/// is now asked instead of scanned (a scan cost each line time in proportion to the severities); it must answer alike.
/// </summary>
public sealed class TicketLineSeverityTests
{
    public static TheoryData<int> Sizes() => new() { 3, 8, 9, 40 };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void A_severity_token_names_the_level_the_scan_of_the_policy_names(int size)
    {
        var policy = Policy(size);
        foreach (var json in Tokens(policy))
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            reader.Read();

            var tier = TicketLine.ReadSeverity(ref reader, policy, out var text);

            tier.Should().BeSameAs(Scanned(policy, json), "the token {0} under {1} severities", json, size);
            if (tier is null && json.StartsWith('"'))
            {
                text.Should().Be(JsonDocument.Parse(json).RootElement.GetString(), "an unknown name is reported as written");
            }
        }
    }

    /// <summary>The rule as stated above, on the token's text.</summary>
    private static SeverityTier? Scanned(SlaPolicy policy, string json)
    {
        var value = JsonDocument.Parse(json).RootElement;
        if (value.ValueKind == JsonValueKind.String)
        {
            var written = json[1..^1];
            if (!written.Contains('\\'))
            {
                var byName = policy.Tiers.FirstOrDefault(t => System.Text.Ascii.EqualsIgnoreCase(written, t.Severity.Name));
                if (byName is not null)
                {
                    return byName;
                }
            }

            return policy.FindTier(value.GetString());
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var rank) ? policy.Tiers.FirstOrDefault(t => t.Severity.Rank == rank) : null;
    }

    /// <summary>Levels named <c>Level{r}</c>, but rank 2 named with surrounding spaces, and rank 3 (if any) named with its own digits.</summary>
    private static SlaPolicy Policy(int size)
    {
        var process = ZenputSla.Default.GetTier(2).ResolutionProcess;
        var builder = new SlaPolicyBuilder($"{size} severities");
        for (var rank = 1; rank <= size; rank++)
        {
            var name = rank == 2 ? " Spaced " : rank == 3 ? "3" : $"Level{rank}";
            builder.AddTier(new SeverityLevel(rank, name, "Generated.", [], []), GoalTarget.Elapsed(Duration.FromHours(4)), process);
        }

        return builder.Build();
    }

    private static IEnumerable<string> Tokens(SlaPolicy policy)
    {
        foreach (var tier in policy.Tiers)
        {
            var name = tier.Severity.Name;
            var rank = tier.Severity.Rank;
            foreach (var text in new[] { name, name.ToUpperInvariant(), name.ToLowerInvariant(), name.Trim(), $" {name} ", $"\t{name.Trim()}", $"{rank}", $" {rank} ", $"0{rank}", $"{name}x" })
            {
                yield return JsonSerializer.Serialize(text);
            }

            yield return $"\"\\u004{(name.Trim()[0] == 'L' ? "c" : "1")}{JsonEncodedText.Encode(name.Trim()[1..])}\"";
            yield return $"{rank}";
            yield return $"{rank}.0";
        }

        foreach (var token in new[] { "\"\"", "\" \"", "\"Spaced\"", "\"spaced\"", "\" spaced \"", "\"level\"", "0", "-1", "-2", "2147483648", "1e2", "true", "null" })
        {
            yield return token;
        }
    }
}
