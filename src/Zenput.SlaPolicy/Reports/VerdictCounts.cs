using System.Diagnostics.Contracts;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Reports;

/// <summary>How many tickets of a group are met, breached and pending, and the met rate.</summary>
/// <param name="Met">Tickets whose verdict is met.</param>
/// <param name="Breached">Tickets whose verdict is breached.</param>
/// <param name="Pending">Tickets still pending.</param>
/// <remarks>An immutable value; <see cref="Tickets"/> is always the sum of the three.</remarks>
public readonly record struct VerdictCounts(long Met, long Breached, long Pending)
{
    /// <summary>Gets the number of tickets: met + breached + pending.</summary>
    public long Tickets => Met + Breached + Pending;

    /// <summary>Gets the tickets already decided: met + breached.</summary>
    public long Decided => Met + Breached;

    /// <summary>Gets the met rate, met / (met + breached), in [0, 1]; <see langword="null"/> when no ticket is decided (pending tickets do not count).</summary>
    public double? MetRate => Decided == 0 ? null : (double)Met / Decided;

    /// <summary>Gets the count of tickets with the given verdict.</summary>
    /// <param name="status">The verdict.</param>
    /// <returns>The count.</returns>
    [Pure]
    public long Of(EvaluationStatus status) => status switch
    {
        EvaluationStatus.Met => Met,
        EvaluationStatus.Breached => Breached,
        _ => Pending,
    };

    /// <summary>Adds two counts.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The sums.</returns>
    public static VerdictCounts operator +(VerdictCounts left, VerdictCounts right) => Add(left, right);

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/> (for differences between two policies).</summary>
    /// <param name="left">The counts.</param>
    /// <param name="right">The counts taken away.</param>
    /// <returns>The differences (may be negative).</returns>
    public static VerdictCounts operator -(VerdictCounts left, VerdictCounts right) => Subtract(left, right);

    /// <summary>Adds two counts (the named twin of <c>+</c>).</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The sums.</returns>
    [Pure]
    public static VerdictCounts Add(VerdictCounts left, VerdictCounts right) =>
        new(left.Met + right.Met, left.Breached + right.Breached, left.Pending + right.Pending);

    /// <summary>Subtracts two counts (the named twin of <c>-</c>).</summary>
    /// <param name="left">The counts.</param>
    /// <param name="right">The counts taken away.</param>
    /// <returns>The differences (may be negative).</returns>
    [Pure]
    public static VerdictCounts Subtract(VerdictCounts left, VerdictCounts right) =>
        new(left.Met - right.Met, left.Breached - right.Breached, left.Pending - right.Pending);
}
