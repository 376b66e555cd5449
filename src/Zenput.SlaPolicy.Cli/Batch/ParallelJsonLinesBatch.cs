using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Threading;

namespace Zenput.Sla.Cli.Batch;

/// <summary>
/// <see cref="JsonLinesBatch"/>'s contract on several threads, with the same output byte for byte. The threads
/// (the calling one among them) take turns at the input: each reads a chunk of lines and answers it itself, so a
/// line is read, answered and its answer written into the chunk on one core, with no hand-over between threads;
/// the calling thread alone writes the chunks' answers (and hands their results and failures on, and reports
/// progress) in input order, and reads and answers chunks too while the oldest is not answered yet. Memory is
/// bounded in chunks and in bytes, so it stays flat however long the input and however long its lines or their
/// answers: at most a fixed number of chunks are in flight (read, not yet written), together holding at most that
/// number of <see cref="ChunkBytes"/> of input and one line (a chunk is read only while the chunks in flight leave
/// room for a full one), and a chunk's answers are written once they reach <see cref="ChunkOutputBytes"/>, the rest
/// of its lines answered after them.
/// </summary>
/// <remarks>
/// Input that fits in one chunk is answered on the calling thread, without starting any worker. A failure to
/// read the input or to write the output stops the run as in <see cref="JsonLinesBatch"/> (every answer of the
/// lines before it kept, the line reached named); an exception a worker hits (a bug) is rethrown on the calling
/// thread when its chunk's turn comes, after the answers of the lines before it.
/// </remarks>
internal sealed class ParallelJsonLinesBatch
{
    /// <summary>Lines per chunk, at most.</summary>
    public const int ChunkLines = 256;

    /// <summary>Input bytes per chunk, at most (a single longer line gets a chunk of its own); and, times the chunks in flight, input bytes in flight, at most (plus one line).</summary>
    public const int ChunkBytes = 1 << 17;

    /// <summary>Answer bytes a chunk holds before they are written, at least (a line's answer is never split): a chunk's answering stops there, and the rest of its lines are answered after them.</summary>
    public const int ChunkOutputBytes = 1 << 20;

    // A chunk's output buffer larger than this after its turn is dropped, so one huge answer does not stay allocated.
    private const int KeptOutputBytes = 2 * ChunkOutputBytes;

    // A chunk's output buffer to begin with.
    private const int OutputCapacity = ChunkBytes * 4;

    private readonly int _workers;
    private readonly Func<IBatchLineHandler> _createWorker;
    private readonly Action<object>? _commit;
    private readonly Action<long, byte[]?, string>? _failed;
    private readonly int _maxInFlight;
    private readonly int _chunkLines;
    private readonly long _maxInputInFlight;
    private readonly List<Thread> _threads = [];

    // Held while a chunk is read, so that the threads take turns at the input and chunks are in flight in input order.
    private readonly object _readTurn = new();

    // Guards the chunks in flight and free, the input bytes in flight and the end of the input; workers wait on it for a free chunk.
    private readonly object _gate = new();
    private readonly Queue<Chunk> _inFlight = new();
    private readonly Stack<Chunk> _free = new();
    private int _allocated;
    private long _inputInFlight;
    private bool _inputEnded;
    private bool _stopping;

    // The thread in its reading turn, which may be waiting on the input for as long as the input likes (a pipe that
    // stays open): the run's end does not wait for it.
    private Thread? _reading;

    // Used in the reading turn only (_stoppedAt is read by the calling thread once the input ended).
    private BatchLineReader? _reader;
    private long _stoppedAt;

    // The calling thread's own.
    private bool _ran;
    private long? _outputStoppedAt;
    private long _progressReported;
    private IBatchLineHandler? _ownHandler;
    private long _answered;
    private long _failures;

    // Why the input ended before its end (its failure, or a bug while reading), rethrown once the lines before it are written.
    private ExceptionDispatchInfo? _inputFailure;

    // The input bytes a new chunk takes, at most: ChunkBytes, or fewer when the answers of the last chunk written
    // outweighed their input by more than ChunkOutputBytes to ChunkBytes, so that a chunk's answers stay near
    // ChunkOutputBytes and are answered in parallel rather than after a stop (a few short lines, each answered by
    // a long list of missed updates). Written by the calling thread, read by the thread whose turn it is to read.
    private volatile int _chunkInputBudget = ChunkBytes;

    /// <summary>Creates the pipeline.</summary>
    /// <param name="workers">Threads that answer lines, the calling thread included (at least 1; one more thread is started when 1).</param>
    /// <param name="createWorker">Creates the handler of one worker (called once per worker, and once for the calling thread).</param>
    /// <param name="commit">Receives, on the calling thread and in input order, each result an <see cref="IBatchResultProducer"/> left; may be null.</param>
    /// <param name="failed">As in <see cref="JsonLinesBatch.Run"/>: called in input order for each failed line instead of writing an error line; may be null.</param>
    /// <param name="maxInFlight">Chunks read but not yet written, at most; 0 for twice the workers and one.</param>
    /// <param name="chunkLines">Lines per chunk, at most (tests make chunks small to cross many of their ends).</param>
    public ParallelJsonLinesBatch(int workers, Func<IBatchLineHandler> createWorker, Action<object>? commit = null, Action<long, byte[]?, string>? failed = null, int maxInFlight = 0, int chunkLines = ChunkLines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkLines, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chunkLines, ChunkLines);
        _chunkLines = chunkLines;
        _workers = workers;
        _createWorker = createWorker;
        _commit = commit;
        _failed = failed;
        _maxInFlight = maxInFlight > 0 ? maxInFlight : (2 * workers) + 1;
        _maxInputInFlight = (long)_maxInFlight * ChunkBytes;
    }

    /// <summary>Gets the most chunks that were allocated at once in the last run (for tests of the bound).</summary>
    internal int ChunksAllocated => _allocated;

    /// <summary>Gets the most input bytes that chunks in flight held at once in the last run (for tests of the bound).</summary>
    internal long PeakInputBytesInFlight { get; private set; }

    /// <summary>Gets the most answer bytes that one chunk held before they were written, in the last run (for tests of the bound).</summary>
    internal long PeakChunkOutputBytes { get; private set; }

    /// <summary>Gets the number of worker threads the last run started (none when the input fitted in one chunk).</summary>
    internal int ThreadsStarted => _threads.Count;

    /// <summary>Answers every line of <paramref name="input"/> (once per instance), writing the answers to <paramref name="output"/> in input order.</summary>
    /// <param name="input">JSON lines.</param>
    /// <param name="output">Where the answers go.</param>
    /// <param name="progress">Called now and then, on the calling thread, with the number of lines read so far; may be null.</param>
    /// <returns>How many lines were answered and how many of them failed.</returns>
    public BatchSummary Run(Stream input, Stream output, Action<long>? progress = null)
    {
        if (_ran)
        {
            throw new InvalidOperationException("A pipeline runs once.");
        }

        _ran = true;
        _reader = new BatchLineReader(input, JsonLinesBatch.MaxLineBytes);
        var buffered = new BufferedStream(output, 1 << 16);
        var recordFailures = _failed is not null;
        try
        {
            while (true)
            {
                Chunk? oldest;
                bool ended;
                lock (_gate)
                {
                    oldest = _inFlight.Count > 0 ? _inFlight.Peek() : null;
                    ended = _inputEnded;
                }

                if (oldest is not null && oldest.Done.IsSet)
                {
                    ConsumeOldest(buffered, progress);
                    continue;
                }

                if (!ended && TryRead(out var chunk, out var more))
                {
                    // More input may follow: the other threads read and answer it meanwhile. (Input that ended within
                    // the first chunk is answered here alone: starting a thread costs more.)
                    if (more)
                    {
                        StartWorkers();
                    }

                    Answer(chunk, OwnHandler(), recordFailures);
                    continue;
                }

                if (oldest is null)
                {
                    if (ended)
                    {
                        break;
                    }

                    continue;
                }

                // Nothing to read now (the chunks in flight are at their bound, or the input ended): the oldest
                // chunk is being answered by the thread that read it.
                oldest.Done.Wait();
            }

            _inputFailure?.Throw();
            buffered.Flush();
        }
        catch (CliException e)
        {
            // As the one-thread run words it: every answer already computed kept (when the output still takes them), and how far the run got.
            JsonLinesBatch.TryFlush(null, buffered);
            throw new CliException(e.ExitCode, string.Create(CultureInfo.InvariantCulture, $"{e.Message} The run stopped at line {_outputStoppedAt ?? _stoppedAt} of the input; no later line was answered."), e.InnerException);
        }
        finally
        {
            Stop();
        }

        progress?.Invoke(_reader.LineNumber);
        return new BatchSummary(_answered, _failures);
    }

    /// <summary>
    /// Takes a free chunk (when the chunks in flight leave room for one) and reads the next lines into it, in this
    /// thread's turn at the input; the chunk joins the chunks in flight, to be answered by this thread.
    /// </summary>
    /// <param name="chunk">The chunk read.</param>
    /// <param name="more">Whether the input may hold more lines after it.</param>
    /// <returns>False when no chunk was read: none is free, or the input ended.</returns>
    private bool TryRead([NotNullWhen(true)] out Chunk? chunk, out bool more)
    {
        chunk = null;
        more = false;
        lock (_readTurn)
        {
            Chunk taken;
            lock (_gate)
            {
                if (_inputEnded || _stopping || !CanTakeChunk())
                {
                    return false;
                }

                if (_free.Count > 0)
                {
                    taken = _free.Pop();
                }
                else
                {
                    _allocated++;
                    taken = new Chunk();
                }

                _reading = Thread.CurrentThread;
            }

            var ended = Fill(taken);
            lock (_gate)
            {
                _reading = null;
                if (_stopping)
                {
                    // The run ended while this thread waited on the input: nothing it read is answered.
                    return false;
                }

                if (ended)
                {
                    _inputEnded = true;
                    Monitor.PulseAll(_gate);
                }

                if (taken.Count == 0)
                {
                    _free.Push(taken);
                    return false;
                }

                _inFlight.Enqueue(taken);
                _inputInFlight += taken.InputLength;
                PeakInputBytesInFlight = Math.Max(PeakInputBytesInFlight, _inputInFlight);
            }

            chunk = taken;
            more = !ended;
            return true;
        }
    }

    /// <summary>Whether a chunk may be read now: one is free or may be allocated, and the input in flight leaves room for a full one (always when none is in flight). Under <see cref="_gate"/>.</summary>
    private bool CanTakeChunk() =>
        (_free.Count > 0 || _allocated < _maxInFlight)
        && (_inFlight.Count == 0 || _inputInFlight + ChunkBytes <= _maxInputInFlight);

    /// <summary>Reads lines into <paramref name="chunk"/> up to its bounds; a line that does not fit is unread, to begin the next chunk. In the reading turn.</summary>
    /// <returns>Whether the input ended (at its end, by its failure, or by a bug while reading).</returns>
    private bool Fill(Chunk chunk)
    {
        chunk.Budget = _chunkInputBudget;

        try
        {
            while (chunk.Count < _chunkLines)
            {
                if (!_reader!.TryReadLine(out var line, out var tooLong))
                {
                    _stoppedAt = _reader.LineNumber;
                    return true;
                }

                // The only per-line cost of the byte budget: one comparison of the chunk's input bytes.
                if (!chunk.Fits(line.Length))
                {
                    _reader.Unread();
                    return false;
                }

                chunk.Add(line, _reader.LineNumber, tooLong);
            }

            return false;
        }
        catch (Exception e)
        {
            // The input failed (or a bug hit while reading): the lines read before it are still answered and written, then the run stops.
            _stoppedAt = _reader!.LineNumber;
            _inputFailure = ExceptionDispatchInfo.Capture(e);
            return true;
        }
    }

    /// <summary>Writes the oldest chunk in flight (once answered) and frees it for reuse.</summary>
    private void ConsumeOldest(Stream output, Action<long>? progress)
    {
        Chunk oldest;
        lock (_gate)
        {
            oldest = _inFlight.Peek();
        }

        Consume(oldest, output);
        if (progress is not null && oldest.Count > 0)
        {
            // Every 65,536 lines read, as the one-thread run reports them.
            var last = oldest.Lines[oldest.Count - 1].Number;
            if ((last >> 16) > (_progressReported >> 16))
            {
                _progressReported = last;
                progress(last & ~0xFFFFL);
            }
        }

        var inputLength = oldest.InputLength;
        oldest.Reset();
        lock (_gate)
        {
            _inFlight.Dequeue();
            _inputInFlight -= inputLength;
            _free.Push(oldest);
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The calling thread's own handler, for the chunks it answers itself.</summary>
    private IBatchLineHandler OwnHandler() => _ownHandler ??= _createWorker();

    private void StartWorkers()
    {
        // The calling thread answers chunks too, so N threads answer with N - 1 started (one at least).
        for (var i = _threads.Count; i < Math.Max(1, _workers - 1); i++)
        {
            var handler = _createWorker();
            var thread = new Thread(() => Work(handler)) { IsBackground = true, Name = "zenput-sla batch worker" };
            _threads.Add(thread);
            thread.Start();
        }
    }

    private void Work(IBatchLineHandler handler)
    {
        var recordFailures = _failed is not null;
        while (true)
        {
            if (TryRead(out var chunk, out _))
            {
                Answer(chunk, handler, recordFailures);
                continue;
            }

            lock (_gate)
            {
                // Monitor, not a spinning wait: on a machine with as many threads as cores, a spinning waiter takes a
                // core from a thread with work. Woken when a chunk is written (and so freed), the input ends or the run stops.
                while (!_inputEnded && !_stopping && !CanTakeChunk())
                {
                    Monitor.Wait(_gate);
                }

                if (_inputEnded || _stopping)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Answers the lines of <paramref name="chunk"/> from its <see cref="Chunk.Next"/> into its own output, until the end or until its answers reach <see cref="ChunkOutputBytes"/>; a bug's exception is kept for the calling thread.</summary>
    private static void Answer(Chunk chunk, IBatchLineHandler handler, bool recordFailures)
    {
        var i = chunk.Next;
        try
        {
            var producer = handler as IBatchResultProducer;
            for (; i < chunk.Count; i++)
            {
                // The output's byte budget: the rest of the chunk is answered once these answers are written (Consume).
                if (chunk.Output.Length >= ChunkOutputBytes)
                {
                    break;
                }

                ref readonly var slot = ref chunk.Lines[i];
                var outcome = JsonLinesBatch.AnswerLine(handler, chunk.Input.AsSpan(slot.Start, slot.Length), slot.TooLong, chunk.Output, out var error, out var idJson);
                if (outcome == LineOutcome.Blank)
                {
                    continue;
                }

                chunk.Answered++;
                if (outcome == LineOutcome.Answered)
                {
                    if (producer?.TakeResult() is { } result)
                    {
                        chunk.Records.Add(new Record(slot.Number, null, null, result));
                    }

                    continue;
                }

                chunk.Failures++;
                if (recordFailures)
                {
                    chunk.Records.Add(new Record(slot.Number, idJson, error, null));
                }
                else
                {
                    JsonLinesBatch.WriteErrorLine(chunk.ErrorWriter, chunk.Output, slot.Number, idJson, error!);
                }
            }
        }
        catch (Exception e)
        {
            chunk.Error = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            chunk.Next = i;
            chunk.Done.Set();
        }
    }

    /// <summary>Waits for <paramref name="chunk"/>, writes its answers and hands its results and failures on, in order; answers the rest of its lines when its answers reached their budget.</summary>
    private void Consume(Chunk chunk, Stream output)
    {
        long outputBytes = 0;
        while (true)
        {
            chunk.Done.Wait();
            outputBytes += chunk.Output.Length;
            Write(chunk, output);
            if (chunk.Next == chunk.Count)
            {
                break;
            }

            // Stopped at the output's budget: the rest of the chunk, here (the writer would wait for it anyway).
            chunk.Restart();
            Answer(chunk, OwnHandler(), _failed is not null);
        }

        // Answers far longer than their lines: the next chunks take fewer lines (see _chunkInputBudget).
        _chunkInputBudget = outputBytes == 0 ? ChunkBytes : (int)Math.Min(ChunkBytes, (long)ChunkOutputBytes * chunk.InputLength / outputBytes);
    }

    /// <summary>Writes <paramref name="chunk"/>'s answers and hands its results and failures on, in order.</summary>
    private void Write(Chunk chunk, Stream output)
    {
        PeakChunkOutputBytes = Math.Max(PeakChunkOutputBytes, chunk.Output.Length);
        try
        {
            chunk.Output.WriteTo(output);
        }
        catch (CliException)
        {
            // The output failed while this chunk was written: none of its lines is known to have been answered.
            _outputStoppedAt = chunk.Count == 0 ? null : chunk.Lines[chunk.Count - 1].Number;
            throw;
        }

        foreach (var record in chunk.Records)
        {
            if (record.Result is { } result)
            {
                _commit?.Invoke(result);
            }
            else
            {
                _failed!(record.Line, record.IdJson, record.Error!);
            }
        }

        _answered += chunk.Answered;
        _failures += chunk.Failures;
        chunk.Error?.Throw();
    }

    /// <summary>
    /// Stops the workers and waits for them, except one waiting on the input: that one answers nothing after it (it
    /// sees the stop once its read returns), and waiting for it could last as long as the input stays open without a
    /// line (a pipe from a live feed, whose reader the output's failure ended).
    /// </summary>
    private void Stop()
    {
        Thread? reading;
        lock (_gate)
        {
            _stopping = true;
            reading = _reading;
            Monitor.PulseAll(_gate);
        }

        foreach (var thread in _threads)
        {
            if (!ReferenceEquals(thread, reading))
            {
                thread.Join();
            }
        }
    }

    /// <summary>One failure or result of a chunk, with its line number.</summary>
    private readonly record struct Record(long Line, byte[]? IdJson, string? Error, object? Result);

    /// <summary>Where one line lies in a chunk's input.</summary>
    private readonly record struct Slot(int Start, int Length, long Number, bool TooLong);

    /// <summary>Up to <see cref="ChunkLines"/> lines and their answers (from the line <see cref="Next"/> is at, up to <see cref="ChunkOutputBytes"/> at a time).</summary>
    private sealed class Chunk
    {
        public byte[] Input = new byte[ChunkBytes];
        public readonly Slot[] Lines = new Slot[ChunkLines];
        // Sized for the answers of a full chunk of evaluate lines (about three times their input), so that a new chunk does not grow its buffer step by step.
        public OutputBuffer Output = new(OutputCapacity);
        public readonly List<Record> Records = [];
        // No spinning before blocking: see Work.
        public readonly ManualResetEventSlim Done = new(false, spinCount: 0);
        public Utf8JsonWriter ErrorWriter => _errorWriter ??= JsonLinesBatch.CreateErrorWriter(Output);
        public int Count;
        // The first line not answered yet; written by the thread that answers the chunk, before Done is set.
        public int Next;
        // The input bytes this chunk takes, at most (an empty chunk takes any line).
        public int Budget = ChunkBytes;
        public long Answered;
        public long Failures;
        public ExceptionDispatchInfo? Error;
        private Utf8JsonWriter? _errorWriter;
        private int _inputLength;

        /// <summary>Gets the input bytes the chunk holds.</summary>
        public int InputLength => _inputLength;

        /// <summary>Whether a line of <paramref name="length"/> bytes goes in this chunk (an empty chunk takes any line).</summary>
        public bool Fits(int length) => Count == 0 || _inputLength + length <= Budget;

        public void Add(ReadOnlySpan<byte> line, long number, bool tooLong)
        {
            if (_inputLength + line.Length > Input.Length)
            {
                Input = new byte[line.Length];
            }

            line.CopyTo(Input.AsSpan(_inputLength));
            Lines[Count++] = new Slot(_inputLength, line.Length, number, tooLong);
            _inputLength += line.Length;
        }

        /// <summary>Readies the chunk for the rest of its lines, once the answers before them were written.</summary>
        public void Restart()
        {
            Answered = 0;
            Failures = 0;
            Records.Clear();
            Done.Reset();
        }

        public void Reset()
        {
            Restart();
            Count = 0;
            Next = 0;
            _inputLength = 0;
            Error = null;
            if (Input.Length > ChunkBytes)
            {
                Input = new byte[ChunkBytes];
            }

            Output.Clear();
            if (Output.Capacity > KeptOutputBytes)
            {
                Output = new OutputBuffer(OutputCapacity);
                _errorWriter = null;
            }
        }
    }
}
