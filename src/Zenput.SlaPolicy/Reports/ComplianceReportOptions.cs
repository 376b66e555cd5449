using System;

namespace Zenput.Sla.Reports;

/// <summary>How many tickets a compliance report lists by name. Counts are always exact; only the lists are capped, which keeps memory bounded.</summary>
/// <remarks>Aggregates merge only with aggregates made with equal options.</remarks>
public sealed record ComplianceReportOptions
{
    private readonly int _worstTickets = 10;
    private readonly int _listedChanges = 1000;
    private readonly int _listedFailures = 1000;

    /// <summary>Gets the default options.</summary>
    public static ComplianceReportOptions Default { get; } = new();

    /// <summary>Gets how many of the most overdue tickets to list (default 10).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int WorstTickets
    {
        get => _worstTickets;
        init => _worstTickets = NotNegative(value);
    }

    /// <summary>Gets how many tickets whose verdict changed under the what-if policy to list, the earliest reported first (default 1,000); the count of changes is exact.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int ListedChanges
    {
        get => _listedChanges;
        init => _listedChanges = NotNegative(value);
    }

    /// <summary>Gets how many failed inputs to list with their line numbers, the first lines first (default 1,000); the count of failures is exact.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int ListedFailures
    {
        get => _listedFailures;
        init => _listedFailures = NotNegative(value);
    }

    private static int NotNegative(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return value;
    }
}
