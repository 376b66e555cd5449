using System;
using System.IO;
using NodaTime;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Cli.Evaluate;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Reports;

namespace Zenput.Sla.Cli.Report;

/// <summary>
/// The batch of <c>zenput-sla report --input</c>: reads the lines of <c>evaluate --input</c>, evaluates each
/// ticket (under the what-if policy too, when there is one) and counts it into a
/// <see cref="ComplianceAggregator"/>; a line that cannot be read or evaluated is counted as a failure with
/// its line number. With a CSV writer, writes each ticket's row as it goes. Holds one line at a time (with
/// several threads, a bounded number of chunks of lines): lines are read and evaluated by
/// <see cref="ReportLineEvaluator"/>s, and counted here in input order, so the report is the same whatever the threads.
/// </summary>
internal sealed class ReportBatchProcessor : IBatchLineHandler
{
    private readonly ReportLineEvaluator _line;
    private readonly ReportCsv? _csv;
    private readonly int _parallel;

    /// <summary>Creates the processor.</summary>
    /// <param name="policy">The report's policy.</param>
    /// <param name="whatIf">The what-if policy, or null.</param>
    /// <param name="asOf">The instant a line without <c>now</c> is evaluated at.</param>
    /// <param name="options">The report's options.</param>
    /// <param name="csv">Receives each ticket's row, or null.</param>
    /// <param name="parallel">How many threads read and evaluate lines (1: the calling thread alone).</param>
    public ReportBatchProcessor(SlaPolicy policy, SlaPolicy? whatIf, Instant asOf, ComplianceReportOptions options, ReportCsv? csv, int parallel = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        Aggregator = new ComplianceAggregator(new TicketEvaluator(policy), whatIf is null ? null : new TicketEvaluator(whatIf), asOf, options);
        _line = new ReportLineEvaluator(Aggregator.Evaluator, Aggregator.WhatIfEvaluator, asOf);
        _csv = csv;
        _parallel = parallel;
    }

    public ComplianceAggregator Aggregator { get; }

    /// <summary>Gets the lines per chunk of a parallel run (tests make it small to cross many chunk ends).</summary>
    internal int ChunkLines { get; init; } = ParallelJsonLinesBatch.ChunkLines;

    /// <inheritdoc />
    public byte[]? IdJson => _line.IdJson;

    /// <summary>Reads every line of <paramref name="input"/>; the output stream is not written (the report is written at the end).</summary>
    public BatchSummary Run(Stream input, Action<long>? progress) =>
        _parallel == 1
            ? JsonLinesBatch.Run(input, Stream.Null, this, progress, Failed)
            : new ParallelJsonLinesBatch(_parallel, _line.CreateWorker, result => Count((ReportLineEvaluator.Result)result), Failed, chunkLines: ChunkLines).Run(input, Stream.Null, progress);

    /// <inheritdoc />
    public string? Answer(ReadOnlySpan<byte> line, OutputBuffer output)
    {
        if (_line.Answer(line, output) is { } error)
        {
            return error;
        }

        Count(_line.Take());
        return null;
    }

    private void Count(ReportLineEvaluator.Result result)
    {
        Aggregator.Add(result.Evaluation, result.WhatIf);
        _csv?.Ticket(result.Evaluation, result.WhatIf, result.WhatIfError);
    }

    private void Failed(long line, byte[]? idJson, string error)
    {
        var id = EvaluateLine.IdText(idJson);
        Aggregator.AddFailure(new ReportFailure(line, id, error) { IdIsNumber = EvaluateLine.IsNumber(idJson) });
        _csv?.Failure(line, id, error);
    }
}
