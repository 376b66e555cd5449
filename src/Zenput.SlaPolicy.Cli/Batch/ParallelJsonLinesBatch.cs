using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Threading;

namespace Zenput.Sla.Cli.Batch;

/// <summary>
/// <see cref="JsonLinesBatch"/>'s contract on several threads, with the same output byte for byte: the calling
/// thread reads the input into chunks of lines, worker threads answer the chunks (each worker with its own
/// handler; the calling thread too, while it waits for the oldest), and the calling thread writes each chunk's
/// answers (and hands its results and failures on) in input order. Memory is bounded in chunks and in bytes, so it
/// stays flat however long the input and however long its lines or their answers: at most a fixed number of chunks
/// are in flight, together holding at most that number of <see cref="ChunkBytes"/> of input (a chunk waits for the
/// oldest to be written first, unless none is in flight), and a chunk's answers are written once they reach
/// <see cref="ChunkOutputBytes"/>, the rest of its lines answered after them.
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

    /// <summary>Input bytes per chunk, at most (a single longer line gets a chunk of its own); and, times the chunks in flight, input bytes in flight, at most.</summary>
    public const int ChunkBytes = 1 << 17;

    /// <summary>Answer bytes a chunk holds before they are written, at least (a line's answer is never split): a worker stops there, and the rest of the chunk's lines are answered after them.</summary>
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
    private readonly Queue<Chunk> _inFlight = new();
    private readonly Stack<Chunk> _free = new();
    private readonly List<Thread> _threads = [];
    private readonly Queue<Chunk> _work = new();
    private readonly int _chunkLines;
    private readonly long _maxInputInFlight;
    private int _allocated;
    private bool _ran;
    private long _stoppedAt;
    private IBatchLineHandler? _ownHandler;
    private bool _stopping;
    private long _answered;
    private long _failures;
    private long _inputInFlight;

    // The input bytes a new chunk takes, at most: ChunkBytes, or fewer when the answers of the last chunk written
    // outweighed their input by more than ChunkOutputBytes to ChunkBytes, so that a chunk's answers stay near
    // ChunkOutputBytes and are answered in parallel rather than after a stop (a few short lines, each answered by
    // a long list of missed updates).
    private int _chunkInputBudget = ChunkBytes;

    /// <summary>Creates the pipeline.</summary>
    /// <param name="workers">Threads that answer lines, the calling thread included (at least 1; one more thread is started when 1).</param>
    /// <param name="createWorker">Creates the handler of one worker (called once per worker, and once for input answered on the calling thread).</param>
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
    /// <param name="progress">Called now and then with the number of lines read so far; may be null.</param>
    /// <returns>How many lines were answered and how many of them failed.</returns>
    public BatchSummary Run(Stream input, Stream output, Action<long>? progress = null)
    {
        if (_ran)
        {
            throw new InvalidOperationException("A pipeline runs once.");
        }

        _ran = true;
        var reader = new BatchLineReader(input, JsonLinesBatch.MaxLineBytes);
        var buffered = new BufferedStream(output, 1 << 16);
        try
        {
            Chunk? current = null;
            ExceptionDispatchInfo? inputFailure = null;
            while (true)
            {
                ReadOnlySpan<byte> line;
                bool tooLong;
                try
                {
                    if (!reader.TryReadLine(out line, out tooLong))
                    {
                        break;
                    }
                }
                catch (CliException e)
                {
                    // The input failed: the lines read before it are still answered and written, then the run stops.
                    inputFailure = ExceptionDispatchInfo.Capture(e);
                    break;
                }

                if (progress is not null && (reader.LineNumber & 0xFFFF) == 0)
                {
                    progress(reader.LineNumber);
                }

                // The only per-line cost of the byte budget: one comparison of the chunk's input bytes.
                if (current is not null && !current.Fits(line.Length))
                {
                    Dispatch(current, last: false, buffered);
                    current = null;
                }

                current ??= Next(buffered);
                current.Add(line, reader.LineNumber, tooLong);
                if (current.Count == _chunkLines)
                {
                    Dispatch(current, last: false, buffered);
                    current = null;
                }
            }

            if (current is not null)
            {
                Dispatch(current, last: inputFailure is null, buffered);
            }

            _stoppedAt = reader.LineNumber;
            while (_inFlight.Count > 0)
            {
                ConsumeOldest(buffered);
            }

            inputFailure?.Throw();
            buffered.Flush();
        }
        catch (CliException e)
        {
            // As the one-thread run words it: every answer already computed kept (when the output still takes them), and how far the run got.
            JsonLinesBatch.TryFlush(null, buffered);
            throw new CliException(e.ExitCode, string.Create(CultureInfo.InvariantCulture, $"{e.Message} The run stopped at line {_stoppedAt} of the input; no later line was answered."), e.InnerException);
        }
        finally
        {
            Stop();
        }

        progress?.Invoke(reader.LineNumber);
        return new BatchSummary(_answered, _failures);
    }

    /// <summary>A chunk to fill: a written one, a new one while fewer than the bound exist, otherwise the oldest in flight once written.</summary>
    private Chunk Next(Stream output)
    {
        Chunk chunk;
        if (_free.Count > 0)
        {
            chunk = _free.Pop();
        }
        else if (_allocated < _maxInFlight)
        {
            _allocated++;
            chunk = new Chunk();
        }
        else
        {
            ConsumeOldest(output);
            chunk = _free.Pop();
        }

        chunk.Budget = _chunkInputBudget;
        return chunk;
    }

    /// <summary>Waits for the oldest chunk in flight, writes it and keeps it for reuse.</summary>
    private void ConsumeOldest(Stream output)
    {
        var oldest = _inFlight.Dequeue();
        _inputInFlight -= oldest.InputLength;
        Consume(oldest, output);
        oldest.Reset();
        _free.Push(oldest);
    }

    private void Dispatch(Chunk chunk, bool last, Stream output)
    {
        // Bounded in bytes as well as in chunks: long lines make chunks of their own, so fewer of them are in flight.
        while (_inFlight.Count > 0 && _inputInFlight + chunk.InputLength > _maxInputInFlight)
        {
            ConsumeOldest(output);
        }

        _inFlight.Enqueue(chunk);
        _inputInFlight += chunk.InputLength;
        PeakInputBytesInFlight = Math.Max(PeakInputBytesInFlight, _inputInFlight);
        if (last && _threads.Count == 0)
        {
            // All the input in one chunk: answering it here costs less than starting a thread.
            Answer(chunk, OwnHandler(), _failed is not null);
            return;
        }

        StartWorkers();
        lock (_work)
        {
            _work.Enqueue(chunk);
            Monitor.Pulse(_work);
        }
    }

    /// <summary>The calling thread's own handler, for the chunks it answers itself.</summary>
    private IBatchLineHandler OwnHandler() => _ownHandler ??= _createWorker();

    private void StartWorkers()
    {
        // The calling thread answers chunks too while it waits for the oldest (Consume), so N threads answer with N - 1 started.
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
            Chunk chunk;
            bool skip;
            lock (_work)
            {
                // Monitor, not a spinning wait: on a machine with as many threads as cores, a spinning waiter takes a core from a thread with work.
                while (_work.Count == 0 && !_stopping)
                {
                    Monitor.Wait(_work);
                }

                if (_work.Count == 0)
                {
                    return;
                }

                chunk = _work.Dequeue();
                skip = _stopping;
            }

            if (skip)
            {
                chunk.Done.Set();
            }
            else
            {
                Answer(chunk, handler, recordFailures);
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
            WaitFor(chunk);
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

    /// <summary>Waits for <paramref name="chunk"/> to be answered (as far as its output's budget), answering a waiting chunk meanwhile.</summary>
    private void WaitFor(Chunk chunk)
    {
        // While the oldest chunk is being answered, answer a waiting one here rather than wait idle.
        while (!chunk.Done.IsSet)
        {
            Chunk? waiting = null;
            lock (_work)
            {
                if (_work.Count > 0)
                {
                    waiting = _work.Dequeue();
                }
            }

            if (waiting is null)
            {
                chunk.Done.Wait();
                break;
            }

            Answer(waiting, OwnHandler(), _failed is not null);
        }
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
            _stoppedAt = chunk.Count == 0 ? _stoppedAt : chunk.Lines[chunk.Count - 1].Number;
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

    private void Stop()
    {
        lock (_work)
        {
            _stopping = true;
            Monitor.PulseAll(_work);
        }

        foreach (var thread in _threads)
        {
            thread.Join();
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
