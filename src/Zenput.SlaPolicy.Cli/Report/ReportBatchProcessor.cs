using System;
using System.IO;
using NodaTime;
using Zenput.Sla.Cli.Batch;
using Zenput.Sla.Cli.Evaluate;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Reports;

namespace Zenput.Sla.Cli.Report;

/// <summary>
/// The batch of <c>zenput-sla report --input</c>: reads the lines of <c>evaluate --input</c>, evaluates each
/// ticket (under the what-if policy too, when there is one) and counts it into a
/// <see cref="ComplianceAggregator"/>; a line that cannot be read or evaluated is counted as a failure with
/// its line number. With a CSV writer, writes each ticket's row as it goes. Holds one line at a time.
/// </summary>
internal sealed class ReportBatchProcessor : IBatchLineHandler
{
    private readonly EvaluateLine _line;
    private readonly Instant _asOf;
    private readonly ReportCsv? _csv;

    public ReportBatchProcessor(SlaPolicy policy, SlaPolicy? whatIf, Instant asOf, ComplianceReportOptions options, ReportCsv? csv)
    {
        Aggregator = new ComplianceAggregator(new TicketEvaluator(policy), whatIf is null ? null : new TicketEvaluator(whatIf), asOf, options);
        _line = new EvaluateLine(policy) { KeepIds = true };
        _asOf = asOf;
        _csv = csv;
    }

    public ComplianceAggregator Aggregator { get; }

    /// <inheritdoc />
    public byte[]? IdJson => _line.IdJson;

    /// <summary>Reads every line of <paramref name="input"/>; the output stream is not written (the report is written at the end).</summary>
    public BatchSummary Run(Stream input, Action<long>? progress) => JsonLinesBatch.Run(input, Stream.Null, this, progress, Failed);

    /// <inheritdoc />
    public string? Answer(ReadOnlySpan<byte> line, Stream output)
    {
        if (_line.Parse(line) is { } error)
        {
            return error;
        }

        var timeline = _line.Timeline!;
        var now = _line.Now ?? _asOf;
        if (Evaluate(Aggregator.Evaluator, timeline, now, out var evaluation) is { } problem)
        {
            return problem;
        }

        TicketEvaluation? whatIf = null;
        string? whatIfError = null;
        if (Aggregator.WhatIfEvaluator is { } other)
        {
            whatIfError = Evaluate(other, timeline, now, out whatIf);
        }

        Aggregator.Add(evaluation!, whatIf);
        _csv?.Ticket(evaluation!, whatIf, whatIfError);
        return null;
    }

    private void Failed(long line, byte[]? idJson, string error)
    {
        var id = EvaluateLine.IdText(idJson);
        Aggregator.AddFailure(new ReportFailure(line, id, error));
        _csv?.Failure(line, id, error);
    }

    /// <summary>Evaluates; returns null, or why the ticket cannot be evaluated (an impossible history, an instant or due time out of the clock's range).</summary>
    private static string? Evaluate(TicketEvaluator evaluator, TicketTimeline timeline, Instant now, out TicketEvaluation? evaluation)
    {
        try
        {
            return evaluator.TryEvaluate(timeline, now, out evaluation, out var problems) ? null : new InvalidTicketTimelineException(problems).Message;
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
