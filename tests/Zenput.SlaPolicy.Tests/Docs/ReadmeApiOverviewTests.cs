using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Zenput.Sla.Tests.Docs;

/// <summary>
/// The README's API overview names real public types, each in the namespace its row gives, and has a row for every
/// public namespace of the core package (a namespace added later must be added to the table).
/// </summary>
public sealed partial class ReadmeApiOverviewTests
{
    private static readonly Type[] PublicTypes = typeof(SlaPolicy).Assembly.GetExportedTypes();

    [Fact]
    public void Every_type_the_API_overview_names_is_public_in_the_namespace_of_its_row()
    {
        var rows = Rows();
        rows.Should().NotBeEmpty();
        foreach (var (ns, types) in rows.Where(r => !r.Types.StartsWith("internal", StringComparison.Ordinal)))
        {
            var names = Code().Matches(types).Select(m => m.Groups[1].Value).ToList();
            names.Should().NotBeEmpty($"the row of {ns} names its main types");
            foreach (var name in names)
            {
                PublicTypes.Should().Contain(t => t.Namespace == ns && (t.Name == name || t.Name.StartsWith(name + "`", StringComparison.Ordinal)), $"the API overview names `{name}` in {ns}");
            }
        }
    }

    [Fact]
    public void The_API_overview_has_a_row_for_every_public_namespace_of_the_core_package()
    {
        var listed = Rows().Select(r => r.Namespace).ToHashSet();
        PublicTypes.Select(t => t.Namespace!).Distinct().Should().OnlyContain(ns => listed.Contains(ns), "every public namespace has its row");
    }

    // The table's rows: | layer | `namespace` | main types |; a row with an empty layer continues the layer above.
    private static (string Namespace, string Types)[] Rows()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("\n## API overview\n", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "the README has an API overview");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return readme[start..end].Split('\n')
            .Select(line => Row().Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim()))
            .ToArray();
    }

    [GeneratedRegex(@"^\|[^|]*\| `(Zenput\.Sla[\w.]*)` \|(.*)\|$")]
    private static partial Regex Row();

    [GeneratedRegex(@"`([A-Z]\w*)`")]
    private static partial Regex Code();
}
