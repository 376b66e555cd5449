using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Cli.Evaluate;
using Zenput.Sla.Cli.Io;
using Zenput.Sla.Cli.Report;
using Zenput.Sla.Reports;
using Zenput.Sla.Tests.Cli.Hostile;
using Zenput.Sla.Tests.Generators;
using Zenput.Sla.Tests.Reports;

namespace Zenput.Sla.Tests.Cli;

/// <summary>
/// <c>--parallel N</c> (<see cref="ParallelJsonLinesBatch"/>) must not change anything a user can see: the
/// output of <c>evaluate --input</c> and the report of <c>report --input</c> are byte for byte those of one
/// thread (<c>--parallel 1</c>, the reference), whatever the lines (good, bad, blank, with and without
/// <c>now</c>), the audit, the threads and where the chunks end; the exit codes and messages are the same;
/// memory is bounded by a fixed number of chunks, not by the input.
/// </summary>
public sealed class ParallelBatchTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 12, 0);

    [ScaledProperty(150, Arbitrary = [typeof(Inputs)])]
    public void Evaluate_in_parallel_writes_byte_for_byte_what_one_thread_writes(BatchInput input)
    {
        var (expected, expectedSummary) = Evaluate(input.Bytes, input.Audit, parallel: 1, chunkLines: ParallelJsonLinesBatch.ChunkLines);
        var (actual, actualSummary) = Evaluate(input.Bytes, input.Audit, input.Workers, input.ChunkLines);

        actualSummary.Should().Be(expectedSummary, input.ToString());
        actual.Should().Equal(expected, input.ToString());
    }

    [ScaledProperty(60, Arbitrary = [typeof(Inputs)])]
    public void Report_in_parallel_counts_and_writes_exactly_what_one_thread_does(BatchInput input)
    {
        var expected = Report(input.Bytes, parallel: 1, chunkLines: ParallelJsonLinesBatch.ChunkLines);
        var actual = Report(input.Bytes, input.Workers, input.ChunkLines);

        actual.Summary.Should().Be(expected.Summary, input.ToString());
        actual.Json.Should().Be(expected.Json, input.ToString());
        actual.Csv.Should().Be(expected.Csv, input.ToString());
    }

    [Fact]
    public void Hostile_lines_over_many_full_size_chunks_give_the_same_answers_and_error_lines_in_parallel()
    {
        // Every hostile line (a two-megabyte one, invalid UTF-8, a lone surrogate, blank...) forty times: thousands of lines, full-size chunks.
        var lines = HostileLines.All();
        var bytes = HostileLines.Encode([.. lines.Where(l => l.Bytes.Length < 1 << 20)], 40).Concat(HostileLines.Encode(lines, 1)).ToArray();

        foreach (var audit in new[] { false, true })
        {
            var (expected, expectedSummary) = Evaluate(bytes, audit, parallel: 1, ParallelJsonLinesBatch.ChunkLines);
            var (actual, actualSummary) = Evaluate(bytes, audit, parallel: 3, ParallelJsonLinesBatch.ChunkLines);

            expectedSummary.Failed.Should().BeGreaterThan(100, "the input must hold error lines for the comparison to mean anything");
            (expectedSummary.Lines - expectedSummary.Failed).Should().BeGreaterThan(40);
            actualSummary.Should().Be(expectedSummary);
            actual.Should().Equal(expected);
        }
    }

    [Fact]
    public void Answers_come_out_in_input_order_when_later_chunks_finish_first()
    {
        // The first chunks are the slowest: a pipeline that wrote chunks as they finished would put later lines first.
        var input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 400).Select(i => $"{i}\n")));
        var output = new MemoryStream();

        var summary = new ParallelJsonLinesBatch(4, () => new EchoHandler(slowBelow: 40), chunkLines: 8).Run(new MemoryStream(input), output);

        summary.Should().Be(new BatchSummary(400, 0));
        Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Should().Equal(Enumerable.Range(1, 400));
    }

    [Fact]
    public void At_most_a_fixed_number_of_chunks_is_read_ahead_of_a_line_that_is_not_answered_yet()
    {
        // The first line blocks until released: the reader must stop after the chunks in flight, not read the whole input.
        var line = Encoding.UTF8.GetBytes(new string('x', 99) + "\n");
        var lines = 100_000;
        var input = new CountingStream(Enumerable.Repeat(line, lines).SelectMany(b => b).ToArray());
        using var release = new ManualResetEventSlim(false);
        var pipeline = new ParallelJsonLinesBatch(2, () => new EchoHandler(blockFirst: release), maxInFlight: 5);
        var output = new MemoryStream();

        BatchSummary summary = default;
        var run = new Thread(() => summary = pipeline.Run(input, output));
        run.Start();
        var read = WaitUntilStill(() => input.BytesRead);
        release.Set();
        if (!run.Join(TimeSpan.FromMinutes(1)))
        {
            throw new TimeoutException("The run did not finish once released.");
        }

        // Five chunks of 256 lines of 100 bytes, plus what the line reader buffers (64 KiB): far from the 10 MB input.
        read.Should().BeLessThan((5 * ParallelJsonLinesBatch.ChunkLines * 100) + (2 << 16));
        pipeline.ChunksAllocated.Should().BeLessThanOrEqualTo(5);
        summary.Should().Be(new BatchSummary(lines, 0));
        output.Length.Should().Be(lines * 100L);
    }

    [Fact]
    public void Chunks_in_flight_hold_at_most_their_byte_budget_of_input_plus_one_line_however_long_the_lines()
    {
        // Forty lines of 600,000 bytes, each more than a chunk's budget: counted in chunks alone, the nine
        // chunks in flight would hold 5.4 MB; counted in bytes, at most nine budgets of input and one line.
        const int LineBytes = 600_000;
        var lines = Enumerable.Range(0, 40).Select(i => new string((char)('a' + (i % 26)), LineBytes) + "\n").ToList();
        var input = Encoding.ASCII.GetBytes(string.Concat(lines));
        var pipeline = new ParallelJsonLinesBatch(4, () => new EchoHandler(), maxInFlight: 9);
        var output = new MemoryStream();

        var summary = pipeline.Run(new MemoryStream(input), output);

        summary.Should().Be(new BatchSummary(40, 0));
        output.ToArray().Should().Equal(input, "each line is answered by itself, in input order");
        pipeline.PeakInputBytesInFlight.Should().BeLessThanOrEqualTo((9L * ParallelJsonLinesBatch.ChunkBytes) + LineBytes);
    }

    [Fact]
    public void A_chunk_holds_at_most_its_byte_budget_of_answers_plus_one_answer_however_large_the_answers()
    {
        // Two thousand short lines, each answered by 50,000 bytes: a chunk of 256 lines would hold 12.8 MB of answers.
        const int AnswerBytes = 50_000;
        var input = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(1, 2000).Select(i => $"{i}\n")));
        var pipeline = new ParallelJsonLinesBatch(3, () => new EchoHandler(padTo: AnswerBytes));
        var output = new MemoryStream();

        var summary = pipeline.Run(new MemoryStream(input), output);

        summary.Should().Be(new BatchSummary(2000, 0));
        var expected = string.Concat(Enumerable.Range(1, 2000).Select(i => i.ToString(CultureInfo.InvariantCulture).PadRight(AnswerBytes - 1, '.') + "\n"));
        Encoding.ASCII.GetString(output.ToArray()).Should().Be(expected);
        pipeline.PeakChunkOutputBytes.Should().BeLessThanOrEqualTo(ParallelJsonLinesBatch.ChunkOutputBytes + AnswerBytes);
    }

    [Fact]
    public void Evaluate_in_parallel_writes_what_one_thread_writes_when_lines_are_long_and_answers_large()
    {
        // Lines over a chunk's input budget (a thousand pauses each) and short lines with answers over 100 KB
        // (a Critical ticket without a response for a year: thousands of missed updates), among ordinary lines.
        var longTicket = LongTicket(1500);
        var yearOverdue = "{\"id\":\"Y\",\"severity\":\"critical\",\"reportedAt\":\"2025-03-02T17:00:00Z\",\"events\":[{\"type\":\"ticketCreated\",\"at\":\"2025-03-02T17:01:00Z\"}],\"now\":\"2026-03-02T17:00:00Z\"}\n";
        var ordinary = "{\"id\":\"O\",\"severity\":\"major\",\"reportedAt\":\"2026-03-02T09:00:00-08:00\",\"events\":[{\"type\":\"ticketCreated\",\"at\":\"2026-03-02T09:05:00-08:00\"}],\"now\":\"2026-03-02T16:00:00-08:00\"}\n";
        var text = new StringBuilder();
        for (var round = 0; round < 3; round++)
        {
            text.Append(longTicket).Append(longTicket);
            text.Insert(text.Length, yearOverdue, 40);
            text.Insert(text.Length, ordinary, 300);
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        longTicket.Length.Should().BeGreaterThan(ParallelJsonLinesBatch.ChunkBytes);
        foreach (var audit in new[] { false, true })
        {
            var (expected, expectedSummary) = Evaluate(bytes, audit, parallel: 1, ParallelJsonLinesBatch.ChunkLines);
            var (actual, actualSummary) = Evaluate(bytes, audit, parallel: 3, ParallelJsonLinesBatch.ChunkLines);

            expectedSummary.Should().Be(new BatchSummary(1026, 0));
            actualSummary.Should().Be(expectedSummary);
            actual.Should().Equal(expected);
        }
    }

    [Fact]
    public void Input_that_fits_in_one_chunk_is_answered_without_starting_a_thread()
    {
        var pipeline = new ParallelJsonLinesBatch(4, () => new EchoHandler());

        pipeline.Run(new MemoryStream("1\n2\n\n3"u8.ToArray()), Stream.Null).Should().Be(new BatchSummary(3, 0));

        pipeline.ThreadsStarted.Should().Be(0);
    }

    [Fact]
    public void Progress_results_and_failures_reach_the_calling_thread_only_in_input_order_as_one_thread_reports_them()
    {
        // Every thread reads and answers chunks of its own; the console, the report's counts and its CSV are the
        // calling thread's, so what reaches them must be handed over there, in input order, whoever read the line.
        const int Lines = 300_000;
        var input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, Lines).Select(i => i % 1000 == 0 ? "bad\n" : $"{i}\n")));
        var caller = Environment.CurrentManagedThreadId;
        var progress = new List<(long Lines, int Thread)>();
        var failed = new List<(long Line, int Thread)>();
        var committed = new List<(int Value, int Thread)>();
        var pipeline = new ParallelJsonLinesBatch(
            3,
            () => new ResultHandler(),
            commit: result => committed.Add(((int)result, Environment.CurrentManagedThreadId)),
            failed: (line, _, _) => failed.Add((line, Environment.CurrentManagedThreadId)),
            chunkLines: 7);
        var expectedProgress = new List<long>();
        JsonLinesBatch.Run(new MemoryStream(input), Stream.Null, new ResultHandler(), expectedProgress.Add, (_, _, _) => { });

        var summary = pipeline.Run(new MemoryStream(input), Stream.Null, lines => progress.Add((lines, Environment.CurrentManagedThreadId)));

        pipeline.ThreadsStarted.Should().Be(2);
        summary.Should().Be(new BatchSummary(Lines, Lines / 1000));
        progress.Select(p => p.Lines).Should().Equal(expectedProgress).And.Equal([65_536, 131_072, 196_608, 262_144, Lines]);
        failed.Select(f => f.Line).Should().Equal(Enumerable.Range(1, Lines / 1000).Select(i => i * 1000L));
        committed.Select(c => c.Value).Should().Equal(Enumerable.Range(1, Lines).Where(i => i % 1000 != 0));
        progress.Concat(failed).Select(p => p.Item2).Concat(committed.Select(c => c.Thread)).Should().OnlyContain(thread => thread == caller);
    }

    [Fact]
    public void A_bug_on_a_worker_thread_reaches_the_caller_as_itself_after_the_answers_before_it()
    {
        var input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 100).Select(i => $"{i}\n")));
        var output = new MemoryStream();
        var pipeline = new ParallelJsonLinesBatch(2, () => new EchoHandler(throwAt: 50), chunkLines: 4);

        var act = () => pipeline.Run(new MemoryStream(input), output);

        // Not dressed up as an input or output error (exit 4): the tool reports it as the bug it is (exit 5).
        act.Should().Throw<InvalidOperationException>().WithMessage("bug at 50");
        Encoding.UTF8.GetString(output.ToArray()).Should().NotContain("50\n");
    }

    [Fact]
    public void An_input_that_fails_midway_stops_the_run_with_the_same_message_and_the_same_answers_as_one_thread()
    {
        var good = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 3000).Select(i => $"{i}\n")));

        CliException Fail(int parallel, MemoryStream output)
        {
            var input = new GuardedInputStream(new FailingAfterStream(good), "(standard input)");
            Action run = parallel == 1
                ? () => JsonLinesBatch.Run(input, output, new EchoHandler())
                : () => new ParallelJsonLinesBatch(parallel, () => new EchoHandler(), chunkLines: 16).Run(input, output);
            return run.Should().Throw<CliException>().Which;
        }

        var expectedOutput = new MemoryStream();
        var actualOutput = new MemoryStream();
        var expected = Fail(1, expectedOutput);
        var actual = Fail(3, actualOutput);

        actual.ExitCode.Should().Be(ExitCodes.IoError).And.Be(expected.ExitCode);
        actual.Message.Should().Be(expected.Message).And.Contain("The run stopped at line 3000 of the input");
        actualOutput.ToArray().Should().Equal(expectedOutput.ToArray()).And.Equal(good);
    }

    [Fact]
    public void An_output_that_fails_stops_the_run_as_an_output_error_naming_the_line_reached()
    {
        var input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 100_000).Select(i => $"{i}\n")));
        var output = new GuardedOutputStream(new ScriptedStreamOnWrite(new IOException("No space left on device")));

        var act = () => new ParallelJsonLinesBatch(2, () => new EchoHandler()).Run(new MemoryStream(input), output);

        act.Should().Throw<CliException>().Which.Message.Should().Contain("No space left on device").And.MatchRegex("The run stopped at line [0-9]+ of the input; no later line was answered\\.$");
    }

    [Fact]
    public void An_output_that_fails_while_a_thread_waits_on_an_open_input_ends_the_run_without_waiting_for_the_input()
    {
        // A live feed piped in (it stays open without another line) and a reader that went away (| head): the
        // threads take turns at the input, so one may be waiting on it when the output fails; the run must end with
        // the output's error rather than wait for a line that may never come.
        var lines = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 6).Select(i => $"{i}\n")));
        using var release = new ManualResetEventSlim(false);
        var input = new OpenFeedStream(lines, release);
        var output = new GuardedOutputStream(new ScriptedStreamOnWrite(new IOException("Broken pipe")));
        var pipeline = new ParallelJsonLinesBatch(2, () => new EchoHandler(padTo: 50_000), chunkLines: 4);
        Exception? thrown = null;
        var run = new Thread(() =>
        {
            try
            {
                pipeline.Run(input, output);
            }
            catch (Exception e)
            {
                thrown = e;
            }
        });

        run.Start();
        try
        {
            run.Join(TimeSpan.FromSeconds(30)).Should().BeTrue("the run must end with its output's failure, not wait for the input to close");
            input.WaitingReads.Should().BeGreaterThan(0, "a thread must have been waiting on the input for the case to mean anything");
            thrown.Should().BeOfType<CliException>().Which.Message.Should().Contain("Broken pipe");
        }
        finally
        {
            release.Set();
            run.Join();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_tool_gives_the_same_output_error_text_and_exit_code_for_any_parallel(bool report)
    {
        var lines = HostileLines.All().Where(l => l.Bytes.Length < 1 << 20).ToList();
        var input = HostileLines.Encode(lines, 30);
        string[] Args(string parallel) => report
            ? ["report", "--input", "-", "--as-of", "2026-11-25T12:00:00Z", "--format", "csv", "--parallel", parallel]
            : ["evaluate", "--input", "-", "--now", "2026-11-25T12:00:00Z", "--audit", "false", "--parallel", parallel];

        var expected = CliRunner.RunWithInput(input, Args("1"));
        expected.ExitCode.Should().Be(ExitCodes.SomeLinesFailed, expected.Error);
        foreach (var parallel in new[] { "2", "5" })
        {
            var actual = CliRunner.RunWithInput(input, Args(parallel));

            actual.Should().Be(expected);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65")]
    [InlineData("two")]
    public void A_parallel_that_is_not_a_number_of_threads_from_1_to_64_is_a_usage_error(string value)
    {
        var result = CliRunner.Run("evaluate", "--input", "-", "--parallel", value);

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().Contain($"--parallel '{value}' is not a number of threads from 1 to 64.");
    }

    private static (byte[] Output, BatchSummary Summary) Evaluate(byte[] input, bool audit, int parallel, int chunkLines)
    {
        var output = new MemoryStream();
        var summary = new EvaluateBatchProcessor(ZenputSla.Default, Now, audit, parallel) { ChunkLines = chunkLines }.Run(new MemoryStream(input), output);
        return (output.ToArray(), summary);
    }

    private static (BatchSummary Summary, string Json, string Csv) Report(byte[] input, int parallel, int chunkLines)
    {
        var csvOutput = new MemoryStream();
        var csv = new ReportCsv(csvOutput, whatIf: true);
        var processor = new ReportBatchProcessor(ZenputSla.Default, HandWorkedTickets.CriticalAtFourHours, Now, ComplianceReportOptions.Default, csv, parallel) { ChunkLines = chunkLines };
        var summary = processor.Run(new MemoryStream(input), null);
        csv.Dispose();
        var json = new MemoryStream();
        ComplianceReportJson.Write(processor.Aggregator.ToReport(), json);
        return (summary, Encoding.UTF8.GetString(json.ToArray()), Encoding.UTF8.GetString(csvOutput.ToArray()));
    }

    /// <summary>A Major ticket's history with <paramref name="pauses"/> pauses, each with a long reason and resumed two minutes later.</summary>
    private static string LongTicket(int pauses)
    {
        var text = new StringBuilder("{\"id\":\"L\",\"severity\":\"major\",\"reportedAt\":\"2026-03-02T17:00:00Z\",\"events\":[{\"type\":\"ticketCreated\",\"at\":\"2026-03-02T17:05:00Z\"}");
        var at = Instant.FromUtc(2026, 3, 2, 17, 10);
        for (var i = 0; i < pauses; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $",{{\"type\":\"paused\",\"at\":\"{InstantPattern.General.Format(at)}\",\"reason\":\"waiting on customer {i} {new string('r', 100)}\"}}");
            text.Append(CultureInfo.InvariantCulture, $",{{\"type\":\"resumed\",\"at\":\"{InstantPattern.General.Format(at + Duration.FromMinutes(2))}\"}}");
            at += Duration.FromMinutes(5);
        }

        return text.Append(CultureInfo.InvariantCulture, $"],\"now\":\"{InstantPattern.General.Format(at)}\"}}\n").ToString();
    }

    /// <summary>Polls <paramref name="value"/> until it has not changed for a while; returns it.</summary>
    private static long WaitUntilStill(Func<long> value)
    {
        var last = value();
        var still = 0;
        for (var i = 0; i < 600 && still < 5; i++)
        {
            Thread.Sleep(50);
            var now = value();
            still = now == last ? still + 1 : 0;
            last = now;
        }

        return last;
    }

    /// <summary>An input of many lines: evaluate lines (good and mutated), hostile lines, blank lines, LF or CRLF ends; the threads, chunk size and audit to run it with.</summary>
    public sealed record BatchInput(byte[] Bytes, int Workers, int ChunkLines, bool Audit, int Lines)
    {
        public override string ToString() => $"{Lines} lines, {Workers} workers, chunks of {ChunkLines}, audit {Audit}:\n{Encoding.UTF8.GetString(Bytes)}";
    }

    /// <summary>The generators.</summary>
    public static class Inputs
    {
        private static readonly byte[][] Hostile = [.. HostileLines.All().Where(l => l.Bytes.Length < 4096).Select(l => l.Bytes)];
        private static readonly byte[][] Blank = [[], " "u8.ToArray(), "\t "u8.ToArray()];

        /// <summary>Inputs.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<BatchInput> BatchInputs()
        {
            var mutated = PlainLineScannerTests.Generators.Lines().Generator.Select(m => m.Bytes);
            var line = Gen.Frequency((6, mutated), (1, Gen.Elements(Hostile)), (1, Gen.Elements(Blank)));
            var gen =
                from count in Gen.Choose(0, 120)
                from lines in Gen.ArrayOf(line, count)
                from crlf in Gen.ArrayOf(Gen.Elements(false, true), count)
                from lastEnd in Gen.Elements(false, true)
                from workers in Gen.Choose(2, 4)
                from chunk in Gen.Choose(1, 9)
                from audit in Gen.Elements(false, true)
                select new BatchInput(Join(lines, crlf, lastEnd), workers, chunk, audit, count);
            return Arb.From(gen);
        }

        private static byte[] Join(byte[][] lines, bool[] crlf, bool lastEnd)
        {
            var bytes = new List<byte>();
            for (var i = 0; i < lines.Length; i++)
            {
                bytes.AddRange(lines[i]);
                if (i < lines.Length - 1 || lastEnd)
                {
                    bytes.AddRange(crlf[i] ? "\r\n"u8.ToArray() : "\n"u8.ToArray());
                }
            }

            return [.. bytes];
        }
    }

    /// <summary>Answers a line with itself (padded with full stops to <c>padTo</c> bytes with its end); can be slow on the first lines, block on the first until released, or throw on one.</summary>
    private sealed class EchoHandler(int slowBelow = 0, ManualResetEventSlim? blockFirst = null, int throwAt = 0, int padTo = 0) : IBatchLineHandler
    {
        private bool _first = true;

        public byte[]? IdJson => null;

        public string? Answer(ReadOnlySpan<byte> line, OutputBuffer output)
        {
            if (_first && blockFirst is not null && line.SequenceEqual(new string('x', 99).Select(c => (byte)c).ToArray()))
            {
                _first = false;
                blockFirst.Wait();
            }

            var number = line.Length is > 0 and < 10 && int.TryParse(Encoding.ASCII.GetString(line), out var n) ? n : 0;
            if (number > 0 && number < slowBelow)
            {
                Thread.Sleep(5);
            }

            if (number == throwAt && throwAt > 0)
            {
                throw new InvalidOperationException($"bug at {number}");
            }

            output.Write(line);
            for (var i = line.Length + 1; i < padTo; i++)
            {
                output.WriteByte((byte)'.');
            }

            output.WriteByte((byte)'\n');
            return null;
        }
    }

    /// <summary>Answers a number line with itself and leaves the number as its result; any other line fails.</summary>
    private sealed class ResultHandler : IBatchLineHandler, IBatchResultProducer
    {
        private object? _result;

        public byte[]? IdJson => null;

        public string? Answer(ReadOnlySpan<byte> line, OutputBuffer output)
        {
            if (!int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return "not a number";
            }

            _result = number;
            output.Write(line);
            output.WriteByte((byte)'\n');
            return null;
        }

        public object? TakeResult()
        {
            var result = _result;
            _result = null;
            return result;
        }
    }

    /// <summary>Gives its bytes, then waits on every read until released (a feed that stays open without another line), then ends.</summary>
    private sealed class OpenFeedStream(byte[] bytes, ManualResetEventSlim release) : Stream
    {
        private int _position;
        private int _waitingReads;

        public int WaitingReads => Volatile.Read(ref _waitingReads);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position < bytes.Length)
            {
                var length = Math.Min(count, bytes.Length - _position);
                Array.Copy(bytes, _position, buffer, offset, length);
                _position += length;
                return length;
            }

            Interlocked.Increment(ref _waitingReads);
            release.Wait();
            return 0;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Counts the bytes read from it.</summary>
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        private long _read;

        public long BytesRead => Interlocked.Read(ref _read);

        // MemoryStream's span overload calls this one in a derived class.
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            Interlocked.Add(ref _read, read);
            return read;
        }
    }

    /// <summary>Gives its bytes, then fails as a broken device does.</summary>
    private sealed class FailingAfterStream(byte[] bytes) : MemoryStream(bytes)
    {
        // MemoryStream's span overload calls this one in a derived class.
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            return read > 0 ? read : throw new IOException("Input/output error");
        }
    }

    /// <summary>Fails every write.</summary>
    private sealed class ScriptedStreamOnWrite(Exception failure) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw failure;

        public override void Write(ReadOnlySpan<byte> buffer) => throw failure;
    }
}
