using NodaTime;
using NodaTime.Text;

namespace Zenput.Sla.Evaluation;

/// <summary>The names of ticket events: camelCase as in JSON, and as plain words for the audit trail.</summary>
internal static class EventNames
{
    private static readonly string[] Json =
    [
        "reported", "ticketCreated", "engineerAssigned", "firstResponse", "statusUpdate", "fixStarted", "fixApplied",
        "usersNotified", "releasedInMajorVersion", "resolved", "reopened", "paused", "resumed", "severityChanged",
    ];

    private static readonly string[] Words =
    [
        "reported", "ticket created", "engineer assigned", "first response", "status update", "fix started", "fix applied",
        "users notified", "released in a major version", "resolved", "reopened", "paused", "resumed", "severity changed",
    ];

    /// <summary>The camelCase name, as in JSON (<c>severityChanged</c>); the number for an undefined value.</summary>
    public static string JsonName(TicketEventKind kind) => IsDefined(kind) ? Json[(int)kind] : ((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The event in plain words (<c>engineer assigned</c>).</summary>
    public static string Phrase(TicketEventKind kind) => IsDefined(kind) ? Words[(int)kind] : JsonName(kind);

    /// <summary>The names accepted as event types in input, for messages.</summary>
    public static string Choices() => string.Join(", ", Json[1..]);

    public static bool IsDefined(TicketEventKind kind) => kind is >= TicketEventKind.Reported and <= TicketEventKind.SeverityChanged;

    public static string Utc(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
