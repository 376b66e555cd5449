using System.Collections.Generic;
using System.Diagnostics.Contracts;
using NodaTime;

namespace Zenput.Sla.Reports;

/// <summary>
/// Compliance over many tickets: per severity and overall, how many met, breached and are pending, the
/// time to respond, missed updates, breaches by step, by week and by weekday and hour, maintenance, the
/// most overdue tickets, the inputs that could not be counted, and optionally the same tickets under a
/// what-if policy. Made by <see cref="ComplianceAggregator.ToReport"/>.
/// </summary>
/// <remarks>
/// <para>Every count is exact; percentiles are exact nearest-rank values rounded down to the second.
/// Only the lists of tickets (worst offenders, changed verdicts, failures) are capped, by
/// <see cref="ComplianceReportOptions"/>.</para>
/// <para>Instances are immutable and thread-safe. <see cref="ComplianceReportJson"/> writes one as JSON.</para>
/// </remarks>
public sealed class ComplianceReport
{
    internal ComplianceReport(
        SlaPolicy policy,
        Instant asOf,
        ComplianceFigures overall,
        IReadOnlyList<ComplianceFigures> bySeverity,
        IReadOnlyList<OverdueTicket> worst,
        long failureCount,
        IReadOnlyList<ReportFailure> failures,
        WhatIfComparison? whatIf)
    {
        Policy = policy;
        AsOf = asOf;
        Overall = overall;
        BySeverity = bySeverity;
        Worst = worst;
        FailureCount = failureCount;
        Failures = failures;
        WhatIf = whatIf;
    }

    /// <summary>Gets the policy the tickets were evaluated under.</summary>
    public SlaPolicy Policy { get; }

    /// <summary>Gets the instant the report describes: tickets were evaluated as of it (unless the caller evaluated some at another instant).</summary>
    public Instant AsOf { get; }

    /// <summary>Gets the number of tickets counted.</summary>
    public long Tickets => Overall.Verdicts.Tickets;

    /// <summary>Gets the figures of all tickets.</summary>
    public ComplianceFigures Overall { get; }

    /// <summary>Gets the figures of each severity of the policy, in the policy's order (every severity, with or without tickets).</summary>
    public IReadOnlyList<ComplianceFigures> BySeverity { get; }

    /// <summary>Gets the tickets whose response is most overdue (in SLA time), the worst first, up to <see cref="ComplianceReportOptions.WorstTickets"/>.</summary>
    public IReadOnlyList<OverdueTicket> Worst { get; }

    /// <summary>Gets how many inputs could not be counted (exact).</summary>
    public long FailureCount { get; }

    /// <summary>Gets the inputs that could not be counted, by line, up to <see cref="ComplianceReportOptions.ListedFailures"/>.</summary>
    public IReadOnlyList<ReportFailure> Failures { get; }

    /// <summary>Gets the same tickets under the what-if policy, or <see langword="null"/> when none was given.</summary>
    public WhatIfComparison? WhatIf { get; }

    /// <summary>Gets the figures of the severity named <paramref name="nameOrRank"/> (any case) or with that rank, or <see langword="null"/>.</summary>
    /// <param name="nameOrRank">A severity name or rank.</param>
    /// <returns>The figures, or <see langword="null"/>.</returns>
    [Pure]
    public ComplianceFigures? FindSeverity(string nameOrRank) => Find(Policy, BySeverity, nameOrRank);

    /// <inheritdoc />
    public override string ToString() => $"{Policy.Name} as of {AsOf}: {Overall}";

    /// <summary>The group of <paramref name="policy"/>'s severity that <paramref name="nameOrRank"/> identifies, found in constant time: <paramref name="groups"/> holds one group per tier, in the policy's order.</summary>
    internal static ComplianceFigures? Find(SlaPolicy policy, IReadOnlyList<ComplianceFigures> groups, string? nameOrRank) =>
        policy.FindTierIndex(nameOrRank) is var i and >= 0 ? groups[i] : null;
}
