using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli.Text;

namespace Zenput.Sla.Cli;

/// <summary>
/// The typed options of the tool. Each value is parsed once, by a custom parser, invariantly (no
/// machine culture decides what <c>4,5</c> or <c>4.5</c> means), and a value that does not parse is
/// a parse error naming the option: every such error comes from here and exits with code 2.
/// </summary>
internal static class CliOptions
{
    /// <summary>An instant option: ISO 8601 with an offset or <c>Z</c>, within the supported range.</summary>
    public static Option<Instant?> Instant(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "INSTANT",
        CustomParser = result => ParseInstant(result, name, result.Tokens[^1].Value),
    };

    /// <summary><c>--pause START/END</c>, repeatable: two instants, the end not before the start.</summary>
    public static Option<Interval[]> Pauses() => new("--pause")
    {
        Description = "A pause of the SLA clock as START/END (ISO-8601 instants with offsets); repeat for several.",
        HelpName = "START/END",
        Arity = ArgumentArity.ZeroOrMore,
        CustomParser = result => [.. result.Tokens.Select(token => ParsePause(result, token.Value))],
    };

    /// <summary>A range bound: a date (midnight in the policy's support zone, applied later) or an instant with an offset.</summary>
    public static Option<RangeBound?> Bound(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "DATE|INSTANT",
        Required = true,
        CustomParser = result => ParseBound(result, name, result.Tokens[^1].Value),
    };

    /// <summary>A local date option, <c>uuuu-MM-dd</c>, within the dates the clock supports.</summary>
    public static Option<LocalDate?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "DATE",
        CustomParser = result => ParseDate(result, name, result.Tokens[^1].Value),
    };

    /// <summary>A percentage, 0 to 100, with a point for decimals.</summary>
    public static Option<decimal?> Percent(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "0-100",
        CustomParser = result => ParsePercent(result, name, result.Tokens[^1].Value),
    };

    /// <summary>The most threads <see cref="Parallel"/> accepts.</summary>
    public const int MaxParallel = 64;

    /// <summary><c>--parallel N</c>: how many threads read and evaluate the lines of a batch, 1 to <see cref="MaxParallel"/>; by default one per processor.</summary>
    public static Option<int> Parallel() => new("--parallel")
    {
        Description = "With --input: how many threads read and evaluate the lines (default: one per processor; 1 for one thread). The output is the same, in the same order, for any number.",
        HelpName = "N",
        DefaultValueFactory = _ => Math.Min(Environment.ProcessorCount, MaxParallel),
        CustomParser = result => result.Tokens.Count == 0 ? Math.Min(Environment.ProcessorCount, MaxParallel) : ParseParallel(result, result.Tokens[^1].Value),
    };

    /// <summary>A choice among an enum's values, written in kebab case (<c>core-component</c>).</summary>
    public static Option<TEnum?> Choice<TEnum>(string name, string description, bool required = false)
        where TEnum : struct, Enum
    {
        var option = new Option<TEnum?>(name)
        {
            Description = description,
            Required = required,
            HelpName = string.Join("|", Enum.GetNames<TEnum>().Select(Kebab)),
            CustomParser = result => ParseChoice<TEnum>(result, name, result.Tokens[^1].Value),
        };
        option.CompletionSources.Add(Enum.GetNames<TEnum>().Select(Kebab).ToArray());
        return option;
    }

    /// <summary><c>CoreComponent</c> → <c>core-component</c>.</summary>
    public static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static Instant? ParseInstant(ArgumentResult result, string name, string text)
    {
        if (InstantText.TryParse(text, out var instant, out var problem))
        {
            return instant;
        }

        result.AddError($"{name} {ErrorText.Quote(text)} {problem}.");
        return null;
    }

    private static Interval ParsePause(ArgumentResult result, string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2)
        {
            result.AddError($"--pause {ErrorText.Quote(text)} is not START/END with two ISO-8601 instants with offsets (for example 2026-11-25T06:00:00Z/2026-11-25T06:45:00Z).");
            return default;
        }

        if (!InstantText.TryParse(parts[0], out var start, out var problem) || !InstantText.TryParse(parts[1], out var end, out problem))
        {
            result.AddError($"--pause {ErrorText.Quote(text)}: {(InstantText.TryParse(parts[0], out _, out _) ? "the end" : "the start")} {problem}.");
            return default;
        }

        if (end < start)
        {
            result.AddError($"--pause {ErrorText.Quote(text)} ends before it starts.");
            return default;
        }

        return new Interval(start, end);
    }

    private static LocalDate? ParseDate(ArgumentResult result, string name, string text)
    {
        var date = LocalDatePattern.Iso.Parse(text);
        if (!date.Success)
        {
            result.AddError($"{name} {ErrorText.Quote(text)} is not a date (uuuu-MM-dd, for example 2027-01-01).");
            return null;
        }

        if (!RangeBound.TryDate(date.Value, out _, out var problem))
        {
            result.AddError($"{name} {ErrorText.Quote(text)} {problem}.");
            return null;
        }

        return date.Value;
    }

    private static RangeBound? ParseBound(ArgumentResult result, string name, string text)
    {
        var date = LocalDatePattern.Iso.Parse(text);
        if (date.Success)
        {
            if (RangeBound.TryDate(date.Value, out var bound, out var problem))
            {
                return bound;
            }

            result.AddError($"{name} {ErrorText.Quote(text)} {problem}.");
            return null;
        }

        if (InstantText.TryParse(text, out var instant, out var instantProblem))
        {
            return RangeBound.At(instant);
        }

        result.AddError(instantProblem.StartsWith("is outside", StringComparison.Ordinal)
            ? $"{name} {ErrorText.Quote(text)} {instantProblem}."
            : $"{name} {ErrorText.Quote(text)} is neither a date (2026-01-01) nor {InstantText.Expected}.");
        return null;
    }

    private static decimal? ParsePercent(ArgumentResult result, string name, string text)
    {
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError(text.Contains(',', StringComparison.Ordinal)
            ? $"{name} {ErrorText.Quote(text)} is not a number: use a point for decimals (4.5, not 4,5)."
            : $"{name} {ErrorText.Quote(text)} is not a number (such as 3 or 4.5).");
        return null;
    }

    private static int ParseParallel(ArgumentResult result, string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= MaxParallel)
        {
            return value;
        }

        result.AddError($"--parallel {ErrorText.Quote(text)} is not a number of threads from 1 to {MaxParallel}.");
        return 1;
    }

    private static TEnum? ParseChoice<TEnum>(ArgumentResult result, string name, string text)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (Kebab(value.ToString()) == text)
            {
                return value;
            }
        }

        result.AddError($"{name} {ErrorText.Quote(text)} is not one of {string.Join(", ", Enum.GetNames<TEnum>().Select(Kebab))}.");
        return null;
    }
}
