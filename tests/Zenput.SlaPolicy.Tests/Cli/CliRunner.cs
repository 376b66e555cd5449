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
        var output = new StringWriter();
        var error = new StringWriter();
        var binary = new MemoryStream();
        var console = new CliConsole(output, error, () => new MemoryStream(stdin), () => new NonClosingStream(binary), ErrorIsTerminal: false, Now);
        var code = CliApp.Run(args, console);
        return new Result(code, output + Encoding.UTF8.GetString(binary.ToArray()), error.ToString());
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

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    }
}
