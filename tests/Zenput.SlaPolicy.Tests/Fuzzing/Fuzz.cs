using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Xunit;

namespace Zenput.Sla.Tests.Fuzzing;

/// <summary>
/// Runs a fuzz surface: input <c>i</c> is built from its own <see cref="Random"/> seeded with
/// (<see cref="Seed"/>, <c>i</c>), checked against the surface's contract on a worker thread, and
/// bounded by <see cref="Timeout"/>. Every failure is listed with the environment variables that replay
/// exactly that input, so a failure found in a long run is reproduced in one.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>ZENPUT_FUZZ_INPUTS</c>: inputs per surface (the opt-in long run: 100000); otherwise CI's
/// count times <c>ZENPUT_PROPERTY_SCALE</c>.</item>
/// <item><c>ZENPUT_FUZZ_SEED</c>: the run's seed (default 20261201, so CI runs the same inputs each time).</item>
/// <item><c>ZENPUT_FUZZ_FROM</c>: the first input's index (replaying one input: its index, with <c>ZENPUT_FUZZ_INPUTS=1</c>).</item>
/// <item><c>ZENPUT_FUZZ_TIMEOUT_SECONDS</c>: the per-input bound (default 30; wall time on a shared machine).</item>
/// <item><c>ZENPUT_FUZZ_DUMP</c>: a folder to write each failing input to, exactly.</item>
/// </list>
/// </remarks>
internal static class Fuzz
{
    public static int Seed { get; } = Variable("ZENPUT_FUZZ_SEED") ?? 20261201;

    public static int From { get; } = Variable("ZENPUT_FUZZ_FROM") ?? 0;

    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(Variable("ZENPUT_FUZZ_TIMEOUT_SECONDS") ?? 30);

    /// <summary>
    /// How many runs a surface makes: <c>ZENPUT_FUZZ_INPUTS</c> (divided by <paramref name="inputsPerRun"/>, at least 1), or
    /// <paramref name="ciRuns"/> times the property scale.
    /// </summary>
    public static int Runs(int ciRuns, int inputsPerRun = 1) =>
        Variable("ZENPUT_FUZZ_INPUTS") is { } inputs ? Math.Max(1, inputs / inputsPerRun) : checked(ciRuns * Math.Max(1, Variable("ZENPUT_PROPERTY_SCALE") ?? 1));

    /// <summary>The random source of input <paramref name="index"/>: a fixed function of the run's seed and the index.</summary>
    public static Random RandomFor(int index) => new(unchecked((Seed * 1_000_003) ^ (index * 7_919) ^ (index << 16)));

    /// <summary>
    /// Builds and checks <paramref name="ciRuns"/> runs (scaled as above); fails listing every run
    /// whose check threw (up to 10) or that ran past the timeout, with how to replay it.
    /// </summary>
    /// <typeparam name="T">The input type.</typeparam>
    /// <param name="surface">The surface's name, for messages.</param>
    /// <param name="ciRuns">Runs in CI.</param>
    /// <param name="inputsPerRun">Inputs each run checks (a batch of lines is one run of several inputs).</param>
    /// <param name="make">Builds input <c>i</c> from its random source.</param>
    /// <param name="check">Throws when the outcome breaks the contract.</param>
    /// <param name="describe">The input, for a failure message.</param>
    /// <returns>How many inputs were checked.</returns>
    public static int Run<T>(string surface, int ciRuns, Func<Random, T> make, Action<T> check, Func<T, string> describe, int inputsPerRun = 1)
    {
        var count = Runs(ciRuns, inputsPerRun);
        var failures = new List<string>();
        var started = Stopwatch.GetTimestamp();
        var next = From;
        var ran = 0;
        while (next < From + count && failures.Count < 10)
        {
            // A worker runs inputs from 'next' on; one that runs past the timeout is left behind (a background
            // thread cannot keep the run alive), the hang is listed, and a new worker goes on after it.
            var state = new WorkerState<T> { Current = next };
            var first = next;
            var worker = new Thread(() =>
            {
                for (var i = first; i < From + count && Volatile.Read(ref state.Stop) == 0; i++)
                {
                    Volatile.Write(ref state.Current, i);
                    Interlocked.Exchange(ref state.Started, Stopwatch.GetTimestamp());
                    state.Input = default;
                    try
                    {
                        state.Input = make(RandomFor(i));
                        check(state.Input);
                    }
                    catch (Exception e)
                    {
                        Fail(failures, surface, i, state.Input, describe, e.GetType().Name + ": " + e.Message);
                    }

                    Interlocked.Increment(ref state.Ran);
                    lock (failures)
                    {
                        if (failures.Count >= 10)
                        {
                            break;
                        }
                    }
                }

                Volatile.Write(ref state.Done, 1);
            })
            { IsBackground = true, Name = $"fuzz {surface}" };
            Interlocked.Exchange(ref state.Started, Stopwatch.GetTimestamp());
            worker.Start();
            while (Volatile.Read(ref state.Done) == 0)
            {
                worker.Join(TimeSpan.FromMilliseconds(50));
                if (Volatile.Read(ref state.Done) == 0 && Stopwatch.GetElapsedTime(Interlocked.Read(ref state.Started)) > Timeout)
                {
                    Volatile.Write(ref state.Stop, 1);
                    var hung = Volatile.Read(ref state.Current);
                    Fail(failures, surface, hung, state.Input, describe, $"no outcome within {Timeout.TotalSeconds:0} s");
                    next = hung + 1;
                    break;
                }
            }

            ran += Volatile.Read(ref state.Ran) + (Volatile.Read(ref state.Done) == 0 ? 1 : 0);
            if (Volatile.Read(ref state.Done) == 1)
            {
                break;
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{surface}: {ran} runs of {inputsPerRun} inputs (seed {Seed}, from {From}) in {elapsed.TotalSeconds:0.0} s, {failures.Count} failures"));
        lock (failures)
        {
            Assert.True(failures.Count == 0, $"{surface}: {failures.Count} of {ran} runs broke the contract (seed {Seed}):\n" + string.Join("\n\n", failures));
        }

        return ran;
    }

    private static void Fail<T>(List<string> failures, string surface, int index, T? input, Func<T, string> describe, string problem)
    {
        var text = input is null ? "(not built)" : describe(input);
        if (Environment.GetEnvironmentVariable("ZENPUT_FUZZ_DUMP") is { Length: > 0 } folder && input is not null)
        {
            // The exact input, for replaying outside the tests (a description may be cut short).
            Directory.CreateDirectory(folder);
            var name = Path.Combine(folder, $"{string.Concat(surface.Where(char.IsLetterOrDigit))}-{Seed}-{index}");
            if (input is byte[] bytes)
            {
                File.WriteAllBytes(name + ".bin", bytes);
            }
            else
            {
                File.WriteAllText(name + ".txt", text);
            }
        }

        lock (failures)
        {
            failures.Add(Describe(surface, index, text, problem));
        }
    }

    private sealed class WorkerState<T>
    {
#pragma warning disable SA1401 // Fields: read and written with Volatile/Interlocked across the worker and the watching thread.
        public int Current;
        public long Started;
        public int Ran;
        public int Done;
        public int Stop;
        public T? Input;
#pragma warning restore SA1401
    }

    /// <summary>Bytes as readable text: printable ASCII as is, everything else escaped; long inputs cut in the middle.</summary>
    public static string Show(byte[] bytes, int max = 600)
    {
        var text = new StringBuilder();
        foreach (var b in bytes.Length > max ? [.. bytes.Take(max / 2), .. "…"u8.ToArray(), .. bytes.Skip(bytes.Length - (max / 2))] : bytes)
        {
            text.Append(b is >= 32 and < 127 ? ((char)b).ToString() : string.Create(CultureInfo.InvariantCulture, $"\\x{b:X2}"));
        }

        return bytes.Length > max ? $"{text} ({bytes.Length} bytes)" : text.ToString();
    }

    private static string Describe(string surface, int index, string input, string problem) =>
        $"input {index}: {problem}\n  replay: ZENPUT_FUZZ_SEED={Seed} ZENPUT_FUZZ_FROM={index} ZENPUT_FUZZ_INPUTS=1 (class of {surface})\n  input: {input}";

    private static int? Variable(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
