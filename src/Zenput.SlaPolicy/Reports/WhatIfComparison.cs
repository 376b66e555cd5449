using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Reports;

/// <summary>
/// The same tickets evaluated under a second policy: its figures per severity, the tickets whose verdict
/// changed, and how many moved from each verdict to each other.
/// </summary>
/// <remarks>
/// <para>Under the what-if policy a ticket belongs to that policy's severity of the same name or rank as the
/// one it was reported with (after any severity change, the one it was changed to). A ticket that cannot be
/// evaluated under it (the policy lacks its severity, or the clock cannot answer) is counted in
/// <see cref="NotEvaluated"/> and in no figure.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class WhatIfComparison
{
    private readonly long[] _transitions;

    internal WhatIfComparison(
        SlaPolicy policy,
        ComplianceFigures overall,
        IReadOnlyList<ComplianceFigures> bySeverity,
        IReadOnlyList<OverdueTicket> worst,
        long notEvaluated,
        long[] transitions,
        IReadOnlyList<VerdictChange> changed)
    {
        Policy = policy;
        Overall = overall;
        BySeverity = bySeverity;
        Worst = worst;
        NotEvaluated = notEvaluated;
        _transitions = transitions;
        Changed = changed;
        foreach (var count in transitions)
        {
            ChangedCount += count;
        }

        for (var i = 0; i < 3; i++)
        {
            ChangedCount -= transitions[(i * 3) + i];
        }
    }

    /// <summary>Gets the what-if policy.</summary>
    public SlaPolicy Policy { get; }

    /// <summary>Gets the figures of every ticket evaluated under the what-if policy.</summary>
    public ComplianceFigures Overall { get; }

    /// <summary>Gets the figures of each severity of the what-if policy, in its order.</summary>
    public IReadOnlyList<ComplianceFigures> BySeverity { get; }

    /// <summary>Gets the most overdue tickets under the what-if policy.</summary>
    public IReadOnlyList<OverdueTicket> Worst { get; }

    /// <summary>Gets how many tickets evaluated under the report's policy could not be evaluated under the what-if policy.</summary>
    public long NotEvaluated { get; }

    /// <summary>Gets how many tickets' verdicts differ between the two policies (exact, however many are listed).</summary>
    public long ChangedCount { get; }

    /// <summary>Gets the tickets whose verdict differs, the earliest reported first, up to <see cref="ComplianceReportOptions.ListedChanges"/>.</summary>
    public IReadOnlyList<VerdictChange> Changed { get; }

    /// <summary>Gets how many tickets had the verdict <paramref name="from"/> under the report's policy and <paramref name="to"/> under the what-if policy.</summary>
    /// <param name="from">The verdict under the report's policy.</param>
    /// <param name="to">The verdict under the what-if policy.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A verdict is not defined.</exception>
    [Pure]
    public long Transitions(EvaluationStatus from, EvaluationStatus to) => _transitions[Index(from, to)];

    /// <summary>Gets the what-if figures of the severity named <paramref name="nameOrRank"/> (any case) or with that rank, or <see langword="null"/>.</summary>
    /// <param name="nameOrRank">A severity name or rank.</param>
    /// <returns>The figures, or <see langword="null"/>.</returns>
    [Pure]
    public ComplianceFigures? FindSeverity(string nameOrRank) => ComplianceReport.Find(Policy, BySeverity, nameOrRank);

    internal static int Index(EvaluationStatus from, EvaluationStatus to)
    {
        if (from is < EvaluationStatus.Pending or > EvaluationStatus.Breached)
        {
            throw new ArgumentOutOfRangeException(nameof(from));
        }

        if (to is < EvaluationStatus.Pending or > EvaluationStatus.Breached)
        {
            throw new ArgumentOutOfRangeException(nameof(to));
        }

        return ((int)from * 3) + (int)to;
    }
}
