using System.Diagnostics.Contracts;
using NodaTime;
using Zenput.Sla.Internal;

namespace Zenput.Sla;

/// <summary>When a resolution step is owed: "by when" in the SLA's words.</summary>
/// <remarks>Create deadlines with the static factories; the validator checks that durations are positive.</remarks>
public sealed record StepDeadline
{
    private StepDeadline(StepDeadlineKind kind, TicketEventKind anchor, Duration? length)
    {
        Kind = kind;
        Anchor = anchor;
        Length = length;
    }

    /// <summary>Gets how the deadline is set.</summary>
    public StepDeadlineKind Kind { get; }

    /// <summary>Gets the event the deadline counts from (for <see cref="StepDeadlineKind.Recurring"/>, the first interval's start).</summary>
    public TicketEventKind Anchor { get; }

    /// <summary>Gets the time allowed after <see cref="Anchor"/> (<see cref="StepDeadlineKind.Within"/>) or the cadence (<see cref="StepDeadlineKind.Recurring"/>); otherwise <see langword="null"/>.</summary>
    public Duration? Length { get; }

    /// <summary>Creates a deadline <paramref name="length"/> of SLA time after <paramref name="anchor"/>, counted on the clock <see cref="SlaPolicy.StepClock"/> names (by default the tier's response-goal clock).</summary>
    /// <param name="length">The time allowed.</param>
    /// <param name="anchor">The event it counts from; <see cref="TicketEventKind.Reported"/> by default.</param>
    /// <returns>The deadline.</returns>
    [Pure]
    public static StepDeadline Within(Duration length, TicketEventKind anchor = TicketEventKind.Reported) => new(StepDeadlineKind.Within, anchor, length);

    /// <summary>Creates a deadline equal to the tier's response goal, counted from the report.</summary>
    /// <returns>The deadline.</returns>
    [Pure]
    public static StepDeadline WithResponseGoal() => new(StepDeadlineKind.WithResponseGoal, TicketEventKind.Reported, null);

    /// <summary>Creates a recurring obligation, owed every <paramref name="cadence"/> from <paramref name="anchor"/> until the fix is applied or the ticket is resolved; the cadence counts on the clock <see cref="SlaPolicy.StepClock"/> names.</summary>
    /// <param name="cadence">The interval between updates.</param>
    /// <param name="anchor">The event the first interval counts from; <see cref="TicketEventKind.Reported"/> by default.</param>
    /// <returns>The deadline.</returns>
    [Pure]
    public static StepDeadline Every(Duration cadence, TicketEventKind anchor = TicketEventKind.Reported) => new(StepDeadlineKind.Recurring, anchor, cadence);

    /// <summary>Creates an obligation owed once <paramref name="anchor"/> has happened, with no time box.</summary>
    /// <param name="anchor">The event after which the step is owed.</param>
    /// <returns>The deadline.</returns>
    [Pure]
    public static StepDeadline After(TicketEventKind anchor) => new(StepDeadlineKind.AfterEvent, anchor, null);

    /// <summary>Creates a best-effort obligation with no deadline.</summary>
    /// <returns>The deadline.</returns>
    [Pure]
    public static StepDeadline BestEffort() => new(StepDeadlineKind.BestEffort, TicketEventKind.Reported, null);

    /// <summary>
    /// When periodic updates stop being owed (README E9, DESIGN.md rule 10): at the fix being applied or the ticket
    /// resolved, whichever comes first (the tool's <c>due</c> prints this text on its Updates line).
    /// </summary>
    private const string UntilStopped = "until the fix is applied or the ticket is resolved";

    /// <inheritdoc />
    /// <remarks>Lengths read as time on the 24×7 clock; <see cref="SlaPolicy.DescribeDeadline"/> gives a tier's deadline on the clock its steps count on.</remarks>
    public override string ToString() => Describe(businessTime: false);

    /// <summary>
    /// The deadline in words, the one place its text is made: with <paramref name="businessTime"/>, its length (a
    /// <c>within</c> allowance, the update cadence) counts working time on the tier's business calendar and says so
    /// ("every 4 business hours"), as it does for the steps of a business-time tier (README E10).
    /// </summary>
    internal string Describe(bool businessTime) => Kind switch
    {
        StepDeadlineKind.Within => $"within {LengthText(businessTime)} of {Noun(Anchor)}",
        StepDeadlineKind.WithResponseGoal => "by the response goal",
        StepDeadlineKind.Recurring => Anchor == TicketEventKind.Reported
            ? $"every {LengthText(businessTime)} {UntilStopped}"
            : $"every {LengthText(businessTime)} from {Noun(Anchor)} {UntilStopped}",
        StepDeadlineKind.AfterEvent => $"once {Phrase(Anchor)}",
        _ => "best effort, no deadline",
    };

    private string LengthText(bool businessTime) => businessTime ? GoalText.FormatBusiness(Length!.Value) : GoalText.Format(Length!.Value);

    // After "of" and "from": the events that Phrase gives as a clause ("the fix is applied"), as a noun phrase.
    private static string Noun(TicketEventKind anchor) => anchor switch
    {
        TicketEventKind.FixApplied => "the fix being applied",
        TicketEventKind.UsersNotified => "users being notified",
        TicketEventKind.Reopened => "the ticket's reopening",
        _ => Phrase(anchor),
    };

    private static string Phrase(TicketEventKind anchor) => anchor switch
    {
        TicketEventKind.Reported => "notification",
        TicketEventKind.TicketCreated => "ticket creation",
        TicketEventKind.EngineerAssigned => "engineer assignment",
        TicketEventKind.FirstResponse => "the first response",
        TicketEventKind.StatusUpdate => "the last status update",
        TicketEventKind.FixStarted => "the fix starting",
        TicketEventKind.FixApplied => "the fix is applied",
        TicketEventKind.UsersNotified => "users are notified",
        TicketEventKind.ReleasedInMajorVersion => "the next major release",
        TicketEventKind.Resolved => "resolution",
        TicketEventKind.Reopened => "the ticket is reopened",
        TicketEventKind.Paused => "a pause",
        TicketEventKind.Resumed => "the clock resuming",
        TicketEventKind.SeverityChanged => "a severity change",
        _ => anchor.ToString(),
    };
}
