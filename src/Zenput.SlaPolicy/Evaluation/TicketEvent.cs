using System;
using System.Diagnostics.Contracts;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Zenput.Sla.Evaluation;

/// <summary>
/// One thing that happened on a ticket, at an instant: an engineer was assigned, a status update was
/// given, the clock was paused (with an optional reason), the severity changed (to a level), and so on.
/// </summary>
/// <remarks>
/// <para>Only a <see cref="TicketEventKind.SeverityChanged"/> event carries a <see cref="Severity"/> (a
/// level's name or rank, resolved against the policy when the ticket is evaluated). Any event may
/// carry a <see cref="Reason"/>, a free-text note shown in the audit trail (for a pause: why, such as
/// "waiting on customer").</para>
/// <para>Constructing an event checks nothing about the history it belongs to: an impossible history
/// (a resume without a pause, a severity the policy lacks...) is refused with every problem listed when
/// it is evaluated (see <see cref="TicketEvaluator.Check"/>).</para>
/// <para>An immutable value with structural equality.</para>
/// </remarks>
public readonly record struct TicketEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="reason">An optional note, such as why the clock was paused.</param>
    /// <param name="severity">For <see cref="TicketEventKind.SeverityChanged"/>: the new level's name (any case) or rank.</param>
    public TicketEvent(TicketEventKind kind, Instant at, string? reason = null, string? severity = null)
    {
        Kind = kind;
        At = at;
        Reason = reason;
        Severity = severity;
    }

    /// <summary>Gets what happened.</summary>
    public TicketEventKind Kind { get; }

    /// <summary>Gets when it happened.</summary>
    public Instant At { get; }

    /// <summary>Gets the note given with the event, or <see langword="null"/>.</summary>
    public string? Reason { get; }

    /// <summary>Gets the new severity of a <see cref="TicketEventKind.SeverityChanged"/> event (a name or rank), or <see langword="null"/>.</summary>
    public string? Severity { get; }

    /// <summary>Creates a <see cref="TicketEventKind.Paused"/> event.</summary>
    /// <param name="at">When the clock was paused.</param>
    /// <param name="reason">Why, for example "waiting on customer"; optional.</param>
    /// <returns>The event.</returns>
    [Pure]
    public static TicketEvent Paused(Instant at, string? reason = null) => new(TicketEventKind.Paused, at, reason);

    /// <summary>Creates a <see cref="TicketEventKind.Resumed"/> event.</summary>
    /// <param name="at">When the clock was resumed.</param>
    /// <returns>The event.</returns>
    [Pure]
    public static TicketEvent Resumed(Instant at) => new(TicketEventKind.Resumed, at);

    /// <summary>Creates a <see cref="TicketEventKind.SeverityChanged"/> event.</summary>
    /// <param name="at">When the severity changed.</param>
    /// <param name="severity">The new level's name (any case) or rank, as the policy identifies it.</param>
    /// <returns>The event.</returns>
    [Pure]
    public static TicketEvent SeverityChanged(Instant at, string severity) => new(TicketEventKind.SeverityChanged, at, severity: severity);

    /// <summary>Creates a <see cref="TicketEventKind.SeverityChanged"/> event.</summary>
    /// <param name="at">When the severity changed.</param>
    /// <param name="severity">The new level.</param>
    /// <returns>The event.</returns>
    [Pure]
    public static TicketEvent SeverityChanged(Instant at, SeverityLevel severity)
    {
        ArgumentNullException.ThrowIfNull(severity);
        return SeverityChanged(at, severity.Name);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{EventNames.JsonName(Kind)} at {InstantPattern.ExtendedIso.Format(At)}");
        if (Severity is not null)
        {
            text += $" to '{Severity}'";
        }

        return Reason is null ? text : $"{text}: {Reason}";
    }
}
