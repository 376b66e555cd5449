using System;
using System.IO;
using NodaTime;

namespace Zenput.Sla.Cli;

/// <summary>The streams a command reads and writes, so that tests can run commands in-process.</summary>
/// <param name="Out">Standard output as text.</param>
/// <param name="Error">Standard error as text.</param>
/// <param name="OpenInput">Opens standard input as bytes.</param>
/// <param name="OpenOutput">Opens standard output as bytes, for the batch writer; <see cref="Out"/> is flushed first.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (progress is shown only then).</param>
/// <param name="Clock">Where "now" comes from (status-page notices are "as of" now).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenInput, Func<Stream> OpenOutput, bool ErrorIsTerminal, IClock Clock)
{
    /// <summary>Gets the process's real console.</summary>
    public static CliConsole System { get; } = new(
        Console.Out,
        Console.Error,
        Console.OpenStandardInput,
        Console.OpenStandardOutput,
        !Console.IsErrorRedirected,
#pragma warning disable RS0030 // The tool is the one place that reads the real clock; the library only takes an IClock.
        SystemClock.Instance);
#pragma warning restore RS0030
}
