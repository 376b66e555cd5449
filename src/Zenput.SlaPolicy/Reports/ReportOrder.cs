using System;
using System.Collections.Generic;

namespace Zenput.Sla.Reports;

/// <summary>
/// The total orders of the lists a report keeps. Each breaks every tie on the values shown, so that the
/// first N of a merged report are the first N of one pass, whatever the shards.
/// </summary>
internal static class ReportOrder
{
    /// <summary>Most overdue first; then the earliest reported, the id (a string before a number of the same text), the severity, the due instant.</summary>
    public static readonly IComparer<OverdueTicket> Worst = Comparer<OverdueTicket>.Create(static (a, b) =>
    {
        var order = b.Overdue.CompareTo(a.Overdue);
        order = order != 0 ? order : a.ReportedAt.CompareTo(b.ReportedAt);
        order = order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
        order = order != 0 ? order : a.IdIsNumber.CompareTo(b.IdIsNumber);
        order = order != 0 ? order : a.Severity.Rank.CompareTo(b.Severity.Rank);
        order = order != 0 ? order : a.DueAt.CompareTo(b.DueAt);
        order = order != 0 ? order : Nullable.Compare(a.MetAt, b.MetAt);
        return order != 0 ? order : a.Status.CompareTo(b.Status);
    });

    /// <summary>The earliest reported first; then the id (a string before a number of the same text), the severity, the verdicts.</summary>
    public static readonly IComparer<VerdictChange> Changes = Comparer<VerdictChange>.Create(static (a, b) =>
    {
        var order = a.ReportedAt.CompareTo(b.ReportedAt);
        order = order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
        order = order != 0 ? order : a.IdIsNumber.CompareTo(b.IdIsNumber);
        order = order != 0 ? order : a.Severity.Rank.CompareTo(b.Severity.Rank);
        order = order != 0 ? order : a.From.CompareTo(b.From);
        return order != 0 ? order : a.To.CompareTo(b.To);
    });

    /// <summary>By line (inputs without a line last); then the id (a string before a number of the same text) and the message.</summary>
    public static readonly IComparer<ReportFailure> Failures = Comparer<ReportFailure>.Create(static (a, b) =>
    {
        var order = (a.Line ?? long.MaxValue).CompareTo(b.Line ?? long.MaxValue);
        order = order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
        order = order != 0 ? order : a.IdIsNumber.CompareTo(b.IdIsNumber);
        return order != 0 ? order : string.CompareOrdinal(a.Error, b.Error);
    });
}
