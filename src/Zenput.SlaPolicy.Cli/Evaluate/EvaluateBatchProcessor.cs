using System;
using System.IO;
using NodaTime;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Cli.Evaluate;

/// <summary>
/// The batch of <c>zenput-sla evaluate --input</c>: each line is a ticket's history, answered by its
/// evaluation as one JSON line (see <see cref="EvaluationJson"/>); the contract (order, error lines, blank
/// lines, limits) is <c>due --input</c>'s (<see cref="JsonLinesBatch"/>).
/// </summary>
internal sealed class EvaluateBatchProcessor : IBatchLineHandler
{
    private readonly TicketEvaluator _evaluator;
    private readonly EvaluateLine _line;
    private readonly EvaluationJson _json;

    // The objects of each line's timeline and evaluation, refilled line after line: an answer is written before the next
    // line is read, so a line allocates nothing.
    private readonly EvaluationReuse _reuse = new();
    private readonly JsonLineBuilder _output = new();
    private readonly Instant _now;
    private readonly bool _audit;

    /// <summary>Creates the processor.</summary>
    /// <param name="policy">The policy to evaluate under.</param>
    /// <param name="now">The instant a line without <c>now</c> is evaluated at (read once for the whole run).</param>
    /// <param name="audit">Whether each answer carries the audit trail.</param>
    /// <param name="parallel">How many threads answer lines: 1 answers them on the calling thread; more use <see cref="ParallelJsonLinesBatch"/>, with the same output.</param>
    public EvaluateBatchProcessor(SlaPolicy policy, Instant now, bool audit, int parallel = 1)
        : this(new TicketEvaluator(policy), new EvaluationJson(policy), now, audit, parallel)
    {
    }

    // A worker shares the evaluator and the JSON names (immutable) and has its own line and output buffer.
    private EvaluateBatchProcessor(TicketEvaluator evaluator, EvaluationJson json, Instant now, bool audit, int parallel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        _evaluator = evaluator;
        _line = new EvaluateLine(evaluator.Policy) { ReusableTimeline = _reuse.Timeline };
        _json = json;
        _now = now;
        _audit = audit;
        Parallel = parallel;
    }

    /// <summary>Gets how many threads answer lines.</summary>
    public int Parallel { get; }

    /// <summary>Gets the lines per chunk of a parallel run (tests make it small to cross many chunk ends).</summary>
    internal int ChunkLines { get; init; } = ParallelJsonLinesBatch.ChunkLines;

    /// <inheritdoc />
    public byte[]? IdJson => _line.IdJson;

    /// <summary>Processes every line of <paramref name="input"/>, writing results to <paramref name="output"/>.</summary>
    /// <param name="input">JSON lines.</param>
    /// <param name="output">Where the result lines go.</param>
    /// <param name="progress">Called now and then with the number of lines read so far; may be null.</param>
    /// <returns>How many lines were answered and how many of them failed.</returns>
    public BatchSummary Run(Stream input, Stream output, Action<long>? progress = null) =>
        Parallel == 1
            ? JsonLinesBatch.Run(input, output, this, progress)
            : new ParallelJsonLinesBatch(Parallel, () => new EvaluateBatchProcessor(_evaluator, _json, _now, _audit, 1), chunkLines: ChunkLines).Run(input, output, progress);

    /// <inheritdoc />
    public string? Answer(ReadOnlySpan<byte> line, OutputBuffer output)
    {
        if (_line.Parse(line) is { } error)
        {
            return error;
        }

        if (Evaluate(_evaluator, _line.Timeline!, _line.Now ?? _now, out var evaluation, _reuse) is { } problem)
        {
            return problem;
        }

        // Built in place at the end of the output: the line is not copied before it goes out.
        _output.Into(output);
        _json.Write(_output, _line.IdJsonSpan, evaluation!, _audit);
        return null;
    }

    /// <summary>Evaluates a line's ticket; returns null, or why it cannot be evaluated (an impossible history, a due time out of the clock's range), as the line's error.</summary>
    /// <param name="evaluator">The evaluator.</param>
    /// <param name="timeline">The line's ticket.</param>
    /// <param name="now">The instant to evaluate at.</param>
    /// <param name="evaluation">The evaluation, when there is one.</param>
    /// <param name="reuse">The objects of the caller's last evaluation, to fill again (the evaluation is then valid until the next one with them); null for new ones.</param>
    internal static string? Evaluate(TicketEvaluator evaluator, TicketTimeline timeline, Instant now, out TicketEvaluation? evaluation, EvaluationReuse? reuse = null)
    {
        try
        {
            return evaluator.TryEvaluate(timeline, now, reuse, out evaluation, out var problems) ? null : new InvalidTicketTimelineException(problems).Message;
        }
        catch (SlaClockException e)
        {
            // A due instant the clock cannot compute: this line's problem. Instants were checked against the
            // supported range when the line was read, so anything else is a bug and stops the run (exit 5).
            evaluation = null;
            return e.Message;
        }
    }
}
