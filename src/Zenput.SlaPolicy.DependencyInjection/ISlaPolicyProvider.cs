using Zenput.Sla.Clock;

namespace Zenput.Sla.DependencyInjection;

/// <summary>The policy in force and the SLA clock built for it.</summary>
/// <remarks>
/// <para>With a policy from configuration, both follow reloads: a valid new document replaces them
/// together (read <see cref="Clock"/> once and use its <see cref="SlaClock.Policy"/> to be sure of
/// one consistent pair); an invalid one is refused, its errors are logged, and the last valid policy
/// stays in force.</para>
/// <para>Implementations are thread-safe.</para>
/// </remarks>
public interface ISlaPolicyProvider
{
    /// <summary>Gets the SLA clock of the policy in force. It is immutable; a reload replaces it whole.</summary>
    SlaClock Clock { get; }

    /// <summary>Gets the policy in force (the <see cref="SlaClock.Policy"/> of <see cref="Clock"/>).</summary>
    SlaPolicy Policy { get; }
}
