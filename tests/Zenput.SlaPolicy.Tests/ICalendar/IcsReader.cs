using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Zenput.Sla.Tests.ICalendar;

/// <summary>One content line after unfolding: <c>NAME;PARAM=VALUE:VALUE</c>.</summary>
internal sealed record IcsProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
{
    public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;
}

/// <summary>A component (<c>BEGIN:NAME</c> … <c>END:NAME</c>) with its properties and sub-components.</summary>
internal sealed class IcsComponent(string name)
{
    public string Name { get; } = name;

    public List<IcsProperty> Properties { get; } = [];

    public List<IcsComponent> Children { get; } = [];

    public IEnumerable<IcsProperty> All(string name) => Properties.Where(p => p.Name == name);

    public IcsProperty? One(string name)
    {
        var matches = All(name).ToList();
        if (matches.Count > 1)
        {
            throw new FormatException($"{Name} has {matches.Count} {name} properties; at most one is allowed.");
        }

        return matches.SingleOrDefault();
    }

    public IcsProperty Required(string name) => One(name) ?? throw new FormatException($"{Name} has no {name}, which RFC 5545 requires.");
}

/// <summary>
/// A small RFC 5545 reader written for these tests, sharing no code with Ical.Net: it checks the
/// line format (CRLF, at most 75 octets, folding), unfolds, splits names, parameters and values
/// (with quoted parameter values), and builds the component tree, failing on anything malformed.
/// </summary>
internal static class IcsReader
{
    public static IcsComponent Parse(string text)
    {
        if (!text.EndsWith("\r\n", StringComparison.Ordinal))
        {
            throw new FormatException("The text must end with CRLF.");
        }

        var physical = text[..^2].Split("\r\n");
        foreach (var line in physical)
        {
            if (line.Contains('\n', StringComparison.Ordinal) || line.Contains('\r', StringComparison.Ordinal))
            {
                throw new FormatException($"A bare CR or LF in line '{line}'; lines must end with CRLF.");
            }

            if (Encoding.UTF8.GetByteCount(line) > 75)
            {
                throw new FormatException($"Line longer than 75 octets: '{line}'.");
            }
        }

        // Unfold: a line starting with a space or tab continues the previous one.
        var logical = new List<string>();
        foreach (var line in physical)
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                if (logical.Count == 0)
                {
                    throw new FormatException("The first line cannot be a continuation.");
                }

                logical[^1] += line[1..];
            }
            else
            {
                logical.Add(line);
            }
        }

        var stack = new Stack<IcsComponent>();
        IcsComponent? root = null;
        foreach (var line in logical)
        {
            var property = ParseLine(line);
            if (property.Name == "BEGIN")
            {
                var component = new IcsComponent(property.Value.ToUpperInvariant());
                if (stack.Count > 0)
                {
                    stack.Peek().Children.Add(component);
                }
                else if (root is not null)
                {
                    throw new FormatException("More than one top-level component.");
                }
                else
                {
                    root = component;
                }

                stack.Push(component);
            }
            else if (property.Name == "END")
            {
                if (stack.Count == 0 || stack.Peek().Name != property.Value.ToUpperInvariant())
                {
                    throw new FormatException($"END:{property.Value} does not close the open component.");
                }

                stack.Pop();
            }
            else
            {
                if (stack.Count == 0)
                {
                    throw new FormatException($"Property '{property.Name}' outside any component.");
                }

                stack.Peek().Properties.Add(property);
            }
        }

        if (stack.Count != 0 || root is null)
        {
            throw new FormatException("Unclosed component.");
        }

        return root;
    }

    private static IcsProperty ParseLine(string line)
    {
        // The name ends at the first ';' or ':'; a ':' inside a quoted parameter value does not end the parameters.
        var i = 0;
        while (i < line.Length && line[i] != ';' && line[i] != ':')
        {
            i++;
        }

        var name = line[..i].ToUpperInvariant();
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new FormatException($"Bad property name in '{line}'.");
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        while (i < line.Length && line[i] == ';')
        {
            var start = ++i;
            while (i < line.Length && line[i] != '=')
            {
                i++;
            }

            var parameterName = line[start..i].ToUpperInvariant();
            i++;
            var value = new StringBuilder();
            var quoted = false;
            while (i < line.Length && (quoted || (line[i] != ';' && line[i] != ':')))
            {
                if (line[i] == '"')
                {
                    quoted = !quoted;
                }
                else
                {
                    value.Append(line[i]);
                }

                i++;
            }

            parameters[parameterName] = value.ToString();
        }

        if (i >= line.Length || line[i] != ':')
        {
            throw new FormatException($"No ':' before the value in '{line}'.");
        }

        return new IcsProperty(name, parameters, line[(i + 1)..]);
    }
}
