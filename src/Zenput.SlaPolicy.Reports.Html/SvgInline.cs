using System;
using System.Collections.Generic;
using System.Net;
using System.Text.RegularExpressions;

namespace Zenput.Sla.Reports.Html;

/// <summary>
/// Makes ScottPlot's SVG fit for inlining in a page with other charts: drops the XML declaration, renames
/// every id with the chart's prefix and a number in order of appearance (ScottPlot numbers clip paths
/// from a process-wide counter, so two charts can share an id and one render differs from the next), and
/// makes the drawing scale, with an accessible name.
/// </summary>
internal static partial class SvgInline
{
    public static string Prepare(string svg, string prefix, string title, int width, int height)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = svg[start..];

        var names = new Dictionary<string, string>();
        svg = Id().Replace(svg, match =>
        {
            var name = match.Groups[1].Value;
            if (!names.TryGetValue(name, out var renamed))
            {
                renamed = $"{prefix}-{names.Count + 1}";
                names[name] = renamed;
            }

            return $"id=\"{renamed}\"";
        });
        svg = Reference().Replace(svg, match => names.TryGetValue(match.Groups[2].Value, out var renamed) ? $"{match.Groups[1].Value}#{renamed}" : match.Value);

        var label = WebUtility.HtmlEncode(title);
        var open = svg.IndexOf(">", StringComparison.Ordinal);
        return string.Concat(
            svg.AsSpan(0, open),
            $" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{label}\" class=\"plot\"><title>{label}</title>",
            svg.AsSpan(open + 1));
    }

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex("(url\\(|href=\")#([^)\"]+)")]
    private static partial Regex Reference();
}
