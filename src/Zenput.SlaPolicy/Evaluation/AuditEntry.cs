using NodaTime;

namespace Zenput.Sla.Evaluation;

/// <summary>One line of an <see cref="AuditTrail"/>: an instant and what happened or was decided then.</summary>
/// <param name="At">The instant the line is about.</param>
/// <param name="Description">What happened or was decided, with every figure (instants in UTC and in the support zone, durations, what met what).</param>
/// <param name="Text">The whole line: the instant in UTC, then in the support zone, then the description.</param>
public sealed record AuditEntry(Instant At, string Description, string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
