using System;
using NodaTime;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Cli.Evaluate;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Cli.Report;

/// <summary>
/// Reads one line of <c>report --input</c> and evaluates its ticket under the report's policy (and the what-if
/// policy, when there is one), leaving the result for <see cref="ReportBatchProcessor"/> to count. One per
/// thread: it holds the line being read; the evaluators are shared (they are thread-safe).
/// </summary>
internal sealed class ReportLineEvaluator : IBatchResultProducer
{
    private readonly TicketEvaluator _evaluator;
    private readonly TicketEvaluator? _whatIf;
    private readonly EvaluateLine _line;
    private readonly Instant _asOf;
    private Result? _result;

    public ReportLineEvaluator(TicketEvaluator evaluator, TicketEvaluator? whatIf, Instant asOf)
    {
        _evaluator = evaluator;
        _whatIf = whatIf;
        _asOf = asOf;
        _line = new EvaluateLine(evaluator.Policy) { KeepIds = true };
    }

    /// <inheritdoc />
    public byte[]? IdJson => _line.IdJson;

    /// <summary>Another evaluator for another thread, sharing the evaluators.</summary>
    public IBatchLineHandler CreateWorker() => new ReportLineEvaluator(_evaluator, _whatIf, _asOf);

    /// <inheritdoc />
    public string? Answer(ReadOnlySpan<byte> line, OutputBuffer output)
    {
        _result = null;
        if (_line.Parse(line) is { } error)
        {
            return error;
        }

        var timeline = _line.Timeline!;
        var now = _line.Now ?? _asOf;
        if (EvaluateBatchProcessor.Evaluate(_evaluator, timeline, now, out var evaluation) is { } problem)
        {
            return problem;
        }

        TicketEvaluation? whatIf = null;
        string? whatIfError = null;
        if (_whatIf is { } other)
        {
            whatIfError = EvaluateBatchProcessor.Evaluate(other, timeline, now, out whatIf);
        }

        _result = new Result(evaluation!, whatIf, whatIfError);
        return null;
    }

    /// <inheritdoc />
    public object? TakeResult() => Take();

    /// <summary>Takes the result of the line last answered.</summary>
    public Result Take()
    {
        var result = _result ?? throw new InvalidOperationException("No line was answered.");
        _result = null;
        return result;
    }

    /// <summary>A ticket evaluated under both policies.</summary>
    /// <param name="Evaluation">Under the report's policy.</param>
    /// <param name="WhatIf">Under the what-if policy, or null (none, or it could not be evaluated there).</param>
    /// <param name="WhatIfError">Why it could not be evaluated under the what-if policy, or null.</param>
    internal sealed record Result(TicketEvaluation Evaluation, TicketEvaluation? WhatIf, string? WhatIfError);
}
