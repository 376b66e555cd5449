using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace Zenput.Sla.Samples.Tests;

/// <summary>Runs a program the solution builds as a process, the way a user does (its path is in the test assembly's metadata).</summary>
internal static class BuiltProgram
{
    /// <summary>Runs <c>dotnet PROGRAM ARGS</c> from the temporary folder, with <paramref name="input"/> (if any) on standard input.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(string key, string? input, params string[] args)
    {
        var program = typeof(BuiltProgram).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
        File.Exists(program).Should().BeTrue($"the program is built at {program}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),   // a program finds its appsettings.json next to itself, not in the current folder
        };
        start.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
