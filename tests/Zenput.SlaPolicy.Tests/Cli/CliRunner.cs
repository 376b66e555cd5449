using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Zenput.Sla.Cli;

namespace Zenput.Sla.Tests.Cli;

/// <summary>Runs zenput-sla in-process (through <see cref="CliApp"/>) or as a real process.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string[] OutLines => Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
    }

    /// <summary>The fixed "now" of in-process runs: 2026-11-24T12:00:00Z.</summary>
    public static readonly NodaTime.Testing.FakeClock Now = new(NodaTime.Instant.FromUtc(2026, 11, 24, 12, 0));

    public static Result RunWithInput(string stdin, params string[] args) => RunWithInput(Encoding.UTF8.GetBytes(stdin), args);

    public static Result RunWithInput(byte[] stdin, params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(stdin), errorIsTerminal: false, Now);
        var code = CliApp.Run(args, console);
        return new Result(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    public static Result Run(params string[] args) => RunWithInput(System.Array.Empty<byte>(), args);

    /// <summary>Runs the built tool (zenput-sla.dll next to the tests) with <c>dotnet</c>, feeding <paramref name="stdin"/>.</summary>
    public static Result AsProcess(byte[] stdin, params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "zenput-sla.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"zenput-sla {string.Join(' ', args)} did not finish in 2 minutes.");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
