using System;
using System.Collections.Generic;
using System.Linq;
using Zenput.Sla.Cli.Text;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Cli;

/// <summary>How the tool quotes what it was given in an error: in single quotes, cut short when long.</summary>
internal static class ErrorText
{
    /// <summary>
    /// <paramref name="value"/> in single quotes; a long value is cut, with its length said. Line feeds are escaped
    /// (<see cref="ControlCharacters.OneLine"/>), so that a value from a document or an input cannot add a line that
    /// passes for the tool's own to the message.
    /// </summary>
    public static string Quote(string value) => $"'{QuotedValue.Shorten(ControlCharacters.OneLine(value))}'";

    /// <summary>
    /// A message about the command line (a parser's, or one that quotes an option's value or a path built from it) with every
    /// argument it echoes as <see cref="Quote"/> writes it: cut short when long, line feeds escaped, so that a value holding
    /// <c>\nvalid: 'x'</c> cannot add a line that passes for the tool's own. The message's own line feeds stay.
    /// </summary>
    public static string ShortenArguments(string message, IEnumerable<string> arguments)
    {
        foreach (var argument in arguments.Where(a => a.Length > QuotedValue.Longest || a.Contains('\n', StringComparison.Ordinal)).Distinct().OrderByDescending(a => a.Length))
        {
            message = message.Replace(argument, QuotedValue.Shorten(ControlCharacters.OneLine(argument)), StringComparison.Ordinal);
        }

        return message;
    }
}
