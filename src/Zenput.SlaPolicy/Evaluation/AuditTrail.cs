using System.Diagnostics.Contracts;
using System.Collections;
using System.Collections.Generic;

namespace Zenput.Sla.Evaluation;

/// <summary>
/// The reasons for a <see cref="TicketEvaluation"/>: ordered, human-readable lines, each with its instant
/// in UTC and in the policy's support zone, from which a reader can check every figure: when the clock
/// started and on what goal, each pause and its length, each event and what it met (and by how much),
/// severity changes with the original and current due instants, warnings crossed, deadlines missed,
/// maintenance windows, and the verdict as of the evaluation instant.
/// </summary>
/// <remarks>
/// <para>Immutable. <see cref="ToString"/> gives the lines joined with newlines.</para>
/// <para>The lines are in time order, except the verdict, which is always the last line (a maintenance window ahead of the
/// evaluation instant, or the clock starting after it, comes before it). How far an instant lies from a due instant
/// ("5 min before due on the wall clock", "1 h past due on the wall clock") is wall-clock time and says so; the response
/// goal's used, left and overdue lengths are SLA time and say so. Overlapping maintenance windows each state only the time
/// they add to the windows listed before them, so the lines add up to the maintenance time excluded; what a window or a
/// pause takes out is SLA time on the response goal's clock, on a business-hours tier only its business time.</para>
/// </remarks>
public sealed class AuditTrail : IReadOnlyList<AuditEntry>
{
    private readonly AuditEntry[] _entries;

    internal AuditTrail(AuditEntry[] entries) => _entries = entries;

    /// <inheritdoc />
    public int Count => _entries.Length;

    /// <inheritdoc />
    public AuditEntry this[int index] => _entries[index];

    /// <summary>Gets the lines as text.</summary>
    public IEnumerable<string> Lines
    {
        get
        {
            foreach (var entry in _entries)
            {
                yield return entry.Text;
            }
        }
    }

    /// <inheritdoc />
    [Pure]
    public IEnumerator<AuditEntry> GetEnumerator() => ((IEnumerable<AuditEntry>)_entries).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => string.Join('\n', Lines);
}
