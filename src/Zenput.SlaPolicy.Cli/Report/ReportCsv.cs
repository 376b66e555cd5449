using System;
using System.Globalization;
using System.IO;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla.Cli.Text;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Cli.Report;

/// <summary>
/// <c>report --format csv</c>: one row per input line, written as the line is read (RFC 4180: comma
/// separated, a header row, fields quoted when they hold a comma, quote or line end). A ticket's row has
/// its response figures; a line that could not be counted has its line number and the error.
/// </summary>
/// <remarks>
/// The text cells (id, severity name, error) come from the input or the policy document, so they are defended
/// (see <see cref="Field"/>): control characters other than line feed and tab are written as <c>\u001B</c>-style
/// escapes, as everywhere in the tool's output, and a cell that a spreadsheet would take for a formula (it begins
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c> or a tab and is not simply a number) gets a leading single quote and
/// is quoted (OWASP, "CSV injection"). The tool's own cells (instants, statuses, counts) are written as they are.
/// </remarks>
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
        Figures(evaluation, reportedAt: true);
        if (_whatIf)
        {
            if (whatIf is null)
            {
                _writer.Write(",,,,,,");
            }
            else
            {
                // The six what-if columns: the report instant is the ticket's, written once (it was written twice, a column too many).
                Figures(whatIf, reportedAt: false);
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

    /// <summary>Writes <c>,severity[,reportedAt],dueAt,metAt,status,overdueSeconds,missedUpdates</c>.</summary>
    private void Figures(TicketEvaluation evaluation, bool reportedAt)
    {
        var response = evaluation.Response;
        _writer.Write(',');
        Field(evaluation.Tier.Severity.Name.ToLowerInvariant());
        if (reportedAt)
        {
            _writer.Write(',');
            _writer.Write(Utc(evaluation.Timeline.ReportedAt));
        }

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

    /// <summary>
    /// Writes a text cell that comes from the input or the document: control characters escaped, a would-be formula
    /// defused with a leading <c>'</c>, and quoted (RFC 4180) when it holds a comma, quote or line end, or was defused.
    /// </summary>
    private void Field(string? value)
    {
        if (value is null)
        {
            return;
        }

        var text = ControlCharacters.Escape(value);
        var formula = text.Length > 0 && text[0] is ('=' or '+' or '-' or '@' or '\t' or '\r') && !IsNumber(text);
        if (formula)
        {
            text = "'" + text;
        }
        else if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(text);
            return;
        }

        _writer.Write('"');
        _writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }

    /// <summary>Whether <paramref name="text"/> is only a decimal number (an optional sign, digits, an optional fraction): a spreadsheet reads it as that number, never as a formula.</summary>
    private static bool IsNumber(string text)
    {
        var digits = text.AsSpan(text[0] is '+' or '-' ? 1 : 0);
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? "1".AsSpan() : digits[(point + 1)..];
        return !whole.IsEmpty && !fraction.IsEmpty && !whole.ContainsAnyExceptInRange('0', '9') && !fraction.ContainsAnyExceptInRange('0', '9');
    }

    private static string Utc(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
