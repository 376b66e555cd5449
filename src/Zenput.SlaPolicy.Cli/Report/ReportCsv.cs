using System;
using System.Globalization;
using System.IO;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Cli.Report;

/// <summary>
/// <c>report --format csv</c>: one row per input line, written as the line is read (RFC 4180: comma
/// separated, a header row, fields quoted when they hold a comma, quote or line end). A ticket's row has
/// its response figures; a line that could not be counted has its line number and the error.
/// </summary>
internal sealed class ReportCsv : IDisposable
{
    private readonly TextWriter _writer;
    private readonly bool _whatIf;
    private bool _disposed;

    public ReportCsv(Stream output, bool whatIf)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        _whatIf = whatIf;
        _writer.WriteLine(whatIf
            ? "id,severity,reportedAt,dueAt,metAt,status,overdueSeconds,missedUpdates,whatIfSeverity,whatIfDueAt,whatIfMetAt,whatIfStatus,whatIfOverdueSeconds,whatIfMissedUpdates,line,error"
            : "id,severity,reportedAt,dueAt,metAt,status,overdueSeconds,missedUpdates,line,error");
    }

    /// <summary>Writes the row of a ticket that was evaluated (and, with a what-if policy, its figures there or why there are none).</summary>
    public void Ticket(TicketEvaluation evaluation, TicketEvaluation? whatIf, string? whatIfError)
    {
        Field(evaluation.Timeline.Id);
        Figures(evaluation);
        if (_whatIf)
        {
            if (whatIf is null)
            {
                _writer.Write(",,,,,,");
            }
            else
            {
                Figures(whatIf);
            }
        }

        _writer.Write(",,");
        Field(whatIfError is null ? null : $"what-if policy: {whatIfError}");
        _writer.WriteLine();
    }

    /// <summary>Writes the row of a line that could not be counted.</summary>
    public void Failure(long line, string? id, string error)
    {
        Field(id);
        _writer.Write(",,,,,error,,");
        if (_whatIf)
        {
            _writer.Write(",,,,,,");
        }

        _writer.Write(',');
        _writer.Write(line.ToString(CultureInfo.InvariantCulture));
        _writer.Write(',');
        Field(error);
        _writer.WriteLine();
    }

    /// <summary>Writes out what is buffered, once: a second call does nothing.</summary>
    /// <remarks>
    /// Once only because a <see cref="StreamWriter"/> that leaves its stream open flushes that stream on every
    /// <c>Dispose</c>: <c>report --output FILE</c> disposes the CSV before it moves the finished file into place,
    /// and a second flush then hit the closed file, turning a complete report into exit 4.
    /// </remarks>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writer.Dispose();
    }

    private void Figures(TicketEvaluation evaluation)
    {
        var response = evaluation.Response;
        _writer.Write(',');
        _writer.Write(evaluation.Tier.Severity.Name.ToLowerInvariant());
        _writer.Write(',');
        _writer.Write(Utc(evaluation.Timeline.ReportedAt));
        _writer.Write(',');
        _writer.Write(Utc(response.DueAt));
        _writer.Write(',');
        if (response.MetAt is { } metAt)
        {
            _writer.Write(Utc(metAt));
        }

        _writer.Write(',');
        _writer.Write(evaluation.Status switch { EvaluationStatus.Met => "met", EvaluationStatus.Breached => "breached", _ => "pending" });
        _writer.Write(',');
        _writer.Write((response.Overdue.BclCompatibleTicks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture));
        _writer.Write(',');
        _writer.Write((evaluation.PeriodicUpdates?.Missed ?? 0).ToString(CultureInfo.InvariantCulture));
    }

    private void Field(string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(value);
            return;
        }

        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }

    private static string Utc(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
