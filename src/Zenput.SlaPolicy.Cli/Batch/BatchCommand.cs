using System;
using System.Globalization;
using System.IO;
using Zenput.Sla.Cli.Io;

namespace Zenput.Sla.Cli.Batch;

/// <summary>What every <c>--input</c> command does around its batch: opens the input, shows progress, reports failed lines and picks the exit code.</summary>
internal static class BatchCommand
{
    /// <summary>Runs <paramref name="process"/> over the input named <paramref name="input"/> (a file, or <c>-</c> for standard input).</summary>
    /// <param name="runtime">The console and shared services.</param>
    /// <param name="input">A file path, or <c>-</c>.</param>
    /// <param name="activity">What the batch does, for the progress line, such as <c>Computing due times</c>.</param>
    /// <param name="process">Reads the input, writes the output, reports progress.</param>
    /// <param name="failedLinesAre">Where the output shows the failed lines, for the count on standard error.</param>
    /// <returns>0 when every line succeeded, 3 when some failed.</returns>
    /// <exception cref="CliException">The input cannot be read or the output cannot be written (exit 4).</exception>
    public static int Run(CliRuntime runtime, string input, string activity, Func<Stream, Stream, Action<long>?, BatchSummary> process, string failedLinesAre = "the lines with an \"error\" property")
    {
        var console = runtime.Console;
        using var stream = new GuardedInputStream(Open(console, input), input == "-" ? "(standard input)" : ErrorText.Quote(input));
        console.Out.Flush();

        // Progress goes to standard error only, and only when a person is watching it.
        Action<long>? progress = console.ErrorIsTerminal
            ? lines => console.Progress(string.Create(CultureInfo.InvariantCulture, $"{activity}… {lines:N0} lines read"))
            : null;
        BatchSummary summary;
        try
        {
            summary = process(stream, console.Output, progress);
        }
        finally
        {
            console.Progress(null);
        }

        if (summary.Failed > 0)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.Failed} of {summary.Lines} lines failed; see {failedLinesAre}."));
            return ExitCodes.SomeLinesFailed;
        }

        return ExitCodes.Success;
    }

    private static Stream Open(CliConsole console, string input)
    {
        if (input == "-")
        {
            return console.OpenInput();
        }

        if (Directory.Exists(input))
        {
            throw new CliException(ExitCodes.IoError, $"Cannot read the input {ErrorText.Quote(input)}: it is a directory, not a file.");
        }

        try
        {
            return File.OpenRead(input);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // ArgumentException: an empty path (--input ''), which was an internal error (found by CliArgumentFuzzTests).
            throw new CliException(ExitCodes.IoError, $"Cannot read the input {ErrorText.Quote(input)}: {e.Message}", e);
        }
    }
}
