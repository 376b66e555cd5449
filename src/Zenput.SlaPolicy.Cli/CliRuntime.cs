using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Zenput.Sla.Cli.Text;
using Zenput.Sla.Serialization;

namespace Zenput.Sla.Cli;

/// <summary>What every command shares: the console, the common options, and loading the policy.</summary>
internal sealed class CliRuntime
{
    public CliRuntime(CliConsole console) => Console = console;

    public CliConsole Console { get; }

    /// <summary><c>--verbose</c>: show stack traces with errors.</summary>
    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Show the full details (stack trace) of an error.",
        Recursive = true,
    };

    /// <summary>Creates a <c>--policy FILE</c> option (a command adds its own instance).</summary>
    public static Option<FileInfo?> PolicyOption() => new("--policy")
    {
        Description = "A JSON policy document to use instead of the built-in Zenput policy (see 'zenput-sla policy show').",
        HelpName = "FILE",
    };

    /// <summary>Creates a <c>--format</c> option with the given choices; the first is the default.</summary>
    public static Option<string> FormatOption(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)} (default {formats[0]}).",
            DefaultValueFactory = _ => formats[0],
            HelpName = string.Join("|", formats),
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>Creates an <c>--input FILE|-</c> option for a JSON-lines batch.</summary>
    public static Option<string> InputOption() => new("--input")
    {
        Description = "Batch mode: a file of JSON lines, or - for standard input. Writes one JSON line per non-blank input line.",
        HelpName = "FILE|-",
    };

    /// <summary>Loads the policy from <paramref name="file"/>, or the built-in one when it is null.</summary>
    /// <exception cref="CliException">The file cannot be read (exit 4) or the policy is invalid (exit 1, each finding on stderr).</exception>
    public SlaPolicy LoadPolicy(FileInfo? file) => file is null ? ZenputSla.Default : LoadPolicy(file, out _);

    /// <summary>Loads the policy from <paramref name="file"/>, giving back the bytes it was read from (a pipe can be read only once).</summary>
    /// <exception cref="CliException">The file cannot be read (exit 4) or the policy is invalid (exit 1, each finding on stderr).</exception>
    public SlaPolicy LoadPolicy(FileInfo file, out byte[] document)
    {
        var result = ReadPolicyFile(file, out document);
        if (!result.IsValid)
        {
            foreach (var finding in result.Findings)
            {
                Console.Error.WriteLine(ControlCharacters.OneLine(finding.ToString()));
            }

            var errors = result.Errors.Count();
            throw new CliException(ExitCodes.InvalidPolicy, $"The policy file {ErrorText.Quote(file.Name)} is invalid ({errors} error{(errors == 1 ? string.Empty : "s")}).");
        }

        return result.Policy!;
    }

    /// <summary>Reads a policy document file, valid or not.</summary>
    /// <exception cref="CliException">The file cannot be read (exit 4).</exception>
    public static SlaPolicyLoadResult ReadPolicyFile(FileInfo file) => ReadPolicyFile(file, out _);

    /// <summary>Reads a policy document file, valid or not, giving back the bytes read (at most a few past <see cref="SlaPolicyDocument.MaxDocumentBytes"/>).</summary>
    /// <exception cref="CliException">The file cannot be read (exit 4).</exception>
    public static SlaPolicyLoadResult ReadPolicyFile(FileInfo file, out byte[] document)
    {
        if (Directory.Exists(file.FullName))
        {
            throw new CliException(ExitCodes.IoError, $"Cannot read the policy file {ErrorText.Quote(file.FullName)}: it is a directory, not a file.");
        }

        try
        {
            using var stream = file.OpenRead();
            // As much as SlaPolicyDocument.Read(Stream) would read, so that an oversized document gets the same finding.
            var buffer = new byte[SlaPolicyDocument.MaxDocumentBytes + 4];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            document = buffer[..total];
            return SlaPolicyDocument.Read(new MemoryStream(document, writable: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.IoError, $"Cannot read the policy file {ErrorText.Quote(file.FullName)}: {e.Message}", e);
        }
    }
}
