using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Tests.Reports;

namespace Zenput.Sla.Tests.Policies;

/// <summary>
/// <see cref="SeverityLookup"/>, which finds a policy's severity by name or rank in constant time, agrees with the rule it
/// replaces: the first level, in the scale's order, that <see cref="SeverityLevel.IsIdentifiedBy"/> accepts (and the first of a
/// rank). The scan is the reference, asked directly, never the lookup's own code: names compared ignoring case (ordinal, so
/// odd cases such as the Kelvin sign, dotless i, sharp s and final sigma), ranks as their digits only, surrounding white
/// space of the text ignored, blank text matching nothing, a level's own name string matching it even when that name has
/// surrounding white space. The scales are not validated here, so that ties (a name that is another level's rank, names
/// equal but for case) show which level wins.
/// </summary>
public sealed class SeverityLookupTests
{
    /// <summary>Odd names, in an order where several texts identify more than one level.</summary>
    private static readonly SeverityLevel[] OddLevels =
    [
        Level(1, "Critical"),
        Level(2, "MAJOR"),
        Level(3, " Padded "),              // surrounding white space: only its own string names it by name
        Level(4, "Straße"),
        Level(5, "ǅungla"),                // a title-case letter
        Level(6, "ı"),                     // dotless i
        Level(7, "İstanbul"),              // dotted capital I
        Level(8, "K\u212Aelvin"),          // the Kelvin sign
        Level(9, "ΣΊΓΜΑΣ"),
        Level(10, "3"),                    // a name that is another level's rank: rank 3 comes first
        Level(11, "critical"),             // the same name as rank 1 but for case: rank 1 comes first
        Level(12, "12"),                   // a name that is its own rank
        Level(13, "\u00A0nbsp\u00A0"),     // no-break spaces, white space to char.IsWhiteSpace
        Level(14, "tab\tinside"),
        Level(15, "\u0660\u0661"),         // Arabic-Indic digits: a name, never a rank
        Level(int.MaxValue, "Last"),
        Level(16, "Padded"),               // the trimmed text of rank 3's name
        Level(17, "major"),
        Level(12, "Twelve again"),         // a repeated rank: the first level of rank 12 wins
        Level(18, "MAJOR"),                // an equal name: the first wins
    ];

    public static TheoryData<string> Scales() => new() { "odd", "odd reversed", "odd, first three", "many" };

    [Theory]
    [MemberData(nameof(Scales))]
    public void Finding_a_severity_by_text_gives_the_first_level_that_IsIdentifiedBy_accepts(string scale)
    {
        var levels = Scale(scale);
        var lookup = new SeverityLookup(levels);

        foreach (var text in Texts(levels))
        {
            lookup.Find(text).Should().Be(Scan(levels, text), "the text {0} ({1}) identifies that level first", Show(text), scale);
        }
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Finding_a_severity_by_rank_gives_the_first_level_of_that_rank(string scale)
    {
        var levels = Scale(scale);
        var lookup = new SeverityLookup(levels);
        var ranks = levels.Select(l => l.Rank).SelectMany(r => new[] { r, r - 1, r + 1 }).Concat([0, -1, int.MinValue, int.MaxValue]).Distinct();

        foreach (var rank in ranks)
        {
            lookup.FindRank(rank).Should().Be(Array.FindIndex(levels, l => l.Rank == rank), "rank {0} ({1})", rank, scale);
        }
    }

    [Fact]
    public void The_scales_compared_are_both_scanned_and_looked_up()
    {
        // Up to ScanLimit levels the lookup scans; the equivalence above is shown for both ways.
        Scale("odd, first three").Length.Should().BeLessThanOrEqualTo(SeverityLookup.ScanLimit);
        Scale("odd").Length.Should().BeGreaterThan(SeverityLookup.ScanLimit);
        Scale("many").Length.Should().BeGreaterThan(SeverityLookup.ScanLimit);
    }

    [Fact]
    public void The_ties_of_the_odd_scale_are_won_by_the_earlier_level()
    {
        // Worked out from the rule's words, not from the scan: the first level in the scale's order that the text names.
        var lookup = new SeverityLookup(OddLevels);

        lookup.Find("3").Should().Be(2, "rank 3 (' Padded ') comes before the level named '3'");
        lookup.Find("critical").Should().Be(0, "'Critical' comes before 'critical'");
        lookup.Find("major").Should().Be(1, "'MAJOR' comes before 'major' and the second 'MAJOR'");
        lookup.Find("12").Should().Be(11, "the level named '12' of rank 12 comes before the second of rank 12");
        lookup.Find("padded").Should().Be(16, "' Padded ' is not named by trimmed text; 'Padded' is");
        lookup.Find(OddLevels[2].Name).Should().Be(2, "a level's own name string names it");
        lookup.Find(new string(OddLevels[2].Name.AsSpan())).Should().Be(16, "an equal string that is not the name itself is trimmed, and so names 'Padded'");
        lookup.Find("nbsp").Should().Be(-1, "no-break spaces are part of that name, and trimming the text does not reach them");
        lookup.Find("2147483647").Should().Be(15);
        lookup.FindRank(12).Should().Be(11);
    }

    [Fact]
    public void A_valid_policy_of_3000_severities_finds_them_as_the_scan_does()
    {
        var policy = ManySeverities.Policy(3_000);
        var evaluator = new TicketEvaluator(policy);
        var texts = new[] { "level1", "LEVEL2999", " Level3000 ", "3000", "1500", " 42\t", "0", "3001", "level", "Level 1", "01", string.Empty, null };

        foreach (var text in texts)
        {
            var expected = policy.Tiers.ToList().FindIndex(t => t.Severity.IsIdentifiedBy(text));
            (policy.FindTier(text) is { } found ? policy.Tiers.ToList().IndexOf(found) : -1).Should().Be(expected, "SlaPolicy.FindTier({0})", Show(text));
            evaluator.FindTier(text).Should().Be(expected, "TicketEvaluator.FindTier({0})", Show(text));
        }

        policy.GetTier(2_500).Severity.Name.Should().Be("Level2500");
        policy.FindTier(policy.Tiers[1_234].Severity.Name).Should().BeSameAs(policy.Tiers[1_234]);
    }

    private static SeverityLevel[] Scale(string name) => name switch
    {
        "odd" => OddLevels,
        "odd reversed" => [.. OddLevels.Reverse()],
        "odd, first three" => OddLevels[..3],
        _ => [.. Enumerable.Range(1, 500).Select(r => Level(r, r % 3 == 0 ? $"Sev{r}" : r % 3 == 1 ? $"sev-{r}" : $"SEV {r}"))],
    };

    /// <summary>Every name as given, as a copy, in other cases and padded; every rank and neighbours; and texts that name nothing.</summary>
    private static IEnumerable<string?> Texts(SeverityLevel[] levels)
    {
        foreach (var level in levels)
        {
            var name = level.Name;
            yield return name;
            yield return new string(name.AsSpan());
            yield return name.ToUpperInvariant();
            yield return name.ToLowerInvariant();
            yield return name.ToUpper(CultureInfo.GetCultureInfo("tr-TR"));
            yield return name.Trim();
            yield return $"  {name}\t";
            yield return $"\u2003{name.Trim()}\n";
            yield return name.Trim() + "x";
            var rank = level.Rank.ToString(CultureInfo.InvariantCulture);
            yield return rank;
            yield return $" {rank} ";
            yield return "0" + rank;
            yield return "+" + rank;
            yield return rank + ".0";
            yield return (level.Rank + 1L).ToString(CultureInfo.InvariantCulture);
        }

        yield return null;
        yield return string.Empty;
        yield return " ";
        yield return "\t\n";
        yield return "\u00A0";
        yield return "KELVIN";
        yield return "kelvin";
        yield return "k\u212Aelvin";
        yield return "STRASSE";
        yield return "straße";
        yield return "I";
        yield return "i";
        yield return "istanbul";
        yield return "σίγμας";
        yield return "σίγμασ";
        yield return "Ǆungla";
        yield return "ǆungla";
        yield return "-1";
        yield return "99999999999";
        yield return "nbsp";
        yield return "Level 1";
    }

    private static int Scan(SeverityLevel[] levels, string? text) => Array.FindIndex(levels, l => l.IsIdentifiedBy(text));

    private static SeverityLevel Level(int rank, string name) => new(rank, name, "Defined.", [], []);

    private static string Show(string? text) => text is null ? "null" : $"'{string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()))}'";
}
