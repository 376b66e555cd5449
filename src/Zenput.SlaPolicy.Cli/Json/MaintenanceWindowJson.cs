using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Cli.Json;

/// <summary>
/// One window of <c>maintenance --format json</c> and of a plan's maintenance list:
/// <c>{"start": "…Z", "end": "…Z", "localStart": "…-08:00", "localEnd": "…", "kind": "recurring" | "one-off"}</c>.
/// </summary>
/// <param name="Start">The window's start in UTC.</param>
/// <param name="End">The window's end (exclusive) in UTC.</param>
/// <param name="LocalStart">The start on the schedule zone's wall clock, with its offset.</param>
/// <param name="LocalEnd">The end on the schedule zone's wall clock, with its offset.</param>
/// <param name="Kind"><c>recurring</c> for occurrences of a rule (moved ones included), <c>one-off</c> otherwise.</param>
internal sealed record MaintenanceWindowJson(Instant Start, Instant End, OffsetDateTime LocalStart, OffsetDateTime LocalEnd, string Kind)
{
    public static MaintenanceWindowJson From(MaintenanceWindow window) =>
        new(window.Start, window.End, window.LocalStart.ToOffsetDateTime(), window.LocalEnd.ToOffsetDateTime(), KindName(window));

    /// <summary>The <c>kind</c> of a window, also shown by the text output.</summary>
    public static string KindName(MaintenanceWindow window) => window.Origin == MaintenanceWindowOrigin.OneOff ? "one-off" : "recurring";
}
