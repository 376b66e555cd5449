using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Zenput.Sla.Tests.Cli.Hostile;

/// <summary>
/// Runs the built tool (<c>zenput-sla.dll</c> next to the tests) as a real process under a 1 GiB GC heap
/// limit, the way a helpdesk script would: arguments, standard input from a file or a writer, standard
/// output counted line by line as it arrives (so that a huge answer is never held by the test), and a
/// deadline after which the process is killed and the test fails.
/// </summary>
internal static class ToolProcess
{
    /// <summary>The heap limit every run gets: 1 GiB.</summary>
    public const string HeapHardLimit = "0x40000000";

    /// <summary>How long any run may take: far above what a bounded answer needs on a loaded CI machine, far below the minutes the unbounded paths took.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    public static string Tool => Path.Combine(AppContext.BaseDirectory, "zenput-sla.dll");

    public sealed record Outcome(int ExitCode, long OutLines, long OutBytes, long Matching, IReadOnlyList<string> FirstLines, string LastLine, string Error, TimeSpan Elapsed);

    /// <summary>Runs <c>dotnet zenput-sla.dll args</c>; <paramref name="writeInput"/> feeds standard input (null: none, closed at once).</summary>
    /// <remarks><paramref name="count"/> counts the output lines it accepts (<see cref="Outcome.Matching"/>); only the first <paramref name="keepLines"/> lines are kept.</remarks>
    public static Outcome Run(string[] args, Action<Stream>? writeInput = null, string? stdinFile = null, IDictionary<string, string>? environment = null, int keepLines = 50, Func<string, bool>? count = null) =>
        Start("dotnet", [Tool, .. args], writeInput, stdinFile, environment, keepLines, stopReadingAfter: null, count);

    /// <summary>
    /// Runs the tool through <c>bash -c</c>, for what only a shell can set up: a closed descriptor
    /// (<c>&lt;&amp;-</c>), <c>/dev/full</c>, a pipe whose reader goes away. <paramref name="shell"/> uses
    /// <c>$TOOL</c> for the tool's command.
    /// </summary>
    public static Outcome Shell(string shell, IDictionary<string, string>? environment = null) =>
        Start("bash", ["-c", shell], null, null, environment, 50, stopReadingAfter: null, count: null);

    /// <summary>Runs the tool, and closes its standard output after reading <paramref name="lines"/> lines, as <c>| head</c> does.</summary>
    public static Outcome RunAndStopReading(string[] args, Action<Stream> writeInput, int lines) =>
        Start("dotnet", [Tool, .. args], writeInput, null, null, lines, stopReadingAfter: lines, count: null);

    private static Outcome Start(string file, string[] args, Action<Stream>? writeInput, string? stdinFile, IDictionary<string, string>? environment, int keepLines, int? stopReadingAfter, Func<string, bool>? count)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = HeapHardLimit;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["TOOL"] = $"dotnet {Tool}";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var first = new List<string>();
        long lines = 0, bytes = 0, matching = 0;
        var last = string.Empty;
        var reading = Task.Run(() =>
        {
            var output = process.StandardOutput;
            string? line;
            while ((line = output.ReadLine()) is not null)
            {
                lines++;
                bytes += Encoding.UTF8.GetByteCount(line) + 1;
                last = line;
                if (count?.Invoke(line) == true)
                {
                    matching++;
                }

                if (first.Count < keepLines)
                {
                    first.Add(line);
                }

                if (stopReadingAfter is { } stop && lines >= stop)
                {
                    // The reader goes away, as `| head -N` does.
                    output.BaseStream.Close();
                    return;
                }
            }
        });

        var feeding = Task.Run(() =>
        {
            try
            {
                if (stdinFile is not null)
                {
                    using var source = File.OpenRead(stdinFile);
                    source.CopyTo(process.StandardInput.BaseStream);
                }
                else
                {
                    writeInput?.Invoke(process.StandardInput.BaseStream);
                }

                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The tool stopped reading (it failed, or it answered without needing all of the input).
            }
        });

        if (!process.WaitForExit(Deadline))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"zenput-sla {string.Join(' ', args)} did not finish within {Deadline.TotalSeconds} s; killed.");
        }

        process.WaitForExit();
        Task.WaitAll([reading, feeding], TimeSpan.FromSeconds(30));
        return new Outcome(process.ExitCode, lines, bytes, matching, first, last, error.Result, clock.Elapsed);
    }

    /// <summary>Writes <paramref name="line"/> over and over until the tool stops reading: an endless input.</summary>
    public static void Endless(Stream input, string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line + "\n");
        var block = new byte[bytes.Length * 256];
        for (var i = 0; i < 256; i++)
        {
            bytes.CopyTo(block, i * bytes.Length);
        }

        var deadline = DateTime.UtcNow + Deadline;
        while (DateTime.UtcNow < deadline)
        {
            input.Write(block);
        }
    }

    /// <summary>A temporary file holding <paramref name="content"/>, deleted with the test run's temp folder.</summary>
    public static string TempFile(string name, byte[] content)
    {
        var folder = Path.Combine(Path.GetTempPath(), "zenput-sla-hostile-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{Interlocked.Increment(ref _counter)}-{name}");
        File.WriteAllBytes(path, content);
        return path;
    }

    private static int _counter;
}
