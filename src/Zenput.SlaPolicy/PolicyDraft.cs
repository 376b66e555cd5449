using System.Collections.Generic;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Triage;

namespace Zenput.Sla;

/// <summary>
/// What a builder holds at one moment, as validation sees it: the parts of a policy that may not be
/// valid yet. An <see cref="SlaPolicy"/> is made from a draft only once the draft has no error, so the
/// policy type never holds an invalid state. Property names match <see cref="SlaPolicy"/>'s, which
/// makes them the paths of the findings.
/// </summary>
internal sealed record PolicyDraft(
    string Name,
    string Description,
    DateTimeZone SupportZone,
    IReadOnlyList<SeverityTier> Tiers,
    IReadOnlyList<TicketEventKind> ResponseSatisfiedBy,
    IReadOnlyList<BusinessCalendar> Calendars,
    MaintenanceSchedule? Maintenance,
    bool ClockStopsDuringMaintenance,
    IReadOnlyList<string> Assumptions,
    TriageRules? TriageRules,
    IReadOnlyList<double> WarningThresholds,
    StepClock StepClock,
    IReadOnlyList<CalendarIntersection> CalendarIntersections);
