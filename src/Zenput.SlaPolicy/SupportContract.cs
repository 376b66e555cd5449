using System;
using System.Diagnostics.Contracts;
using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla;

/// <summary>
/// A customer's support contract: the SLA applies to tickets reported while the contract covers them.
/// </summary>
/// <remarks>
/// The coverage period is half-open, <c>[start, end)</c>, like a NodaTime <see cref="Interval"/>; an
/// interval without an end means the contract has no end date. Immutable and thread-safe.
/// </remarks>
public sealed class SupportContract
{
    /// <summary>Creates a contract.</summary>
    /// <param name="customerId">The customer's identifier.</param>
    /// <param name="customerName">The customer's display name.</param>
    /// <param name="policy">The SLA policy the contract grants.</param>
    /// <param name="coverage">The half-open coverage period; it must have a start.</param>
    /// <exception cref="ArgumentException"><paramref name="coverage"/> has no start.</exception>
    public SupportContract(string customerId, string customerName, SlaPolicy policy, Interval coverage)
    {
        CustomerId = Guard.NotBlank(customerId, nameof(customerId));
        CustomerName = customerName ?? throw new ArgumentNullException(nameof(customerName));
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
        if (!coverage.HasStart)
        {
            throw new ArgumentException("A support contract's coverage must have a start.", nameof(coverage));
        }

        Coverage = coverage;
    }

    /// <summary>Gets the customer's identifier.</summary>
    public string CustomerId { get; }

    /// <summary>Gets the customer's display name.</summary>
    public string CustomerName { get; }

    /// <summary>Gets the SLA policy the contract grants.</summary>
    public SlaPolicy Policy { get; }

    /// <summary>Gets the half-open coverage period.</summary>
    public Interval Coverage { get; }

    /// <summary>Gets whether a ticket reported at <paramref name="reportedAt"/> is covered: the instant lies in <c>[start, end)</c>.</summary>
    /// <param name="reportedAt">When the customer notified support.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    [Pure]
    public bool Covers(Instant reportedAt) => Coverage.Contains(reportedAt);

    /// <summary>Gets the tier that applies to a ticket of the given severity reported at <paramref name="reportedAt"/>, or <see langword="null"/> when the contract does not cover that instant.</summary>
    /// <param name="severity">A severity name or rank of <see cref="Policy"/>.</param>
    /// <param name="reportedAt">When the customer notified support.</param>
    /// <returns>The tier, or <see langword="null"/> when not covered.</returns>
    /// <exception cref="ArgumentException">The policy has no such severity.</exception>
    [Pure]
    public SeverityTier? TierFor(string severity, Instant reportedAt)
    {
        var tier = Policy.GetTier(severity);
        return Covers(reportedAt) ? tier : null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{CustomerName} ({CustomerId}): {Policy.Name}, {Coverage}";
}
