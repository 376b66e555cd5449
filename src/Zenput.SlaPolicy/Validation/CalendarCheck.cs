using System.Linq;
using Zenput.Sla.Calendars;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Validation;

/// <summary>Validates a business calendar, and the maintenance taken out of it, used on their own (by a clock made from a calendar), where no policy build would.</summary>
internal static class CalendarCheck
{
    private static readonly BusinessCalendarValidator Validator = new();

    private static readonly MaintenanceScheduleValidator MaintenanceValidator = new();

    public static void ThrowIfInvalid(BusinessCalendar calendar)
    {
        var findings = PolicyFindings.From(Validator.Validate(calendar));
        if (findings.Any(f => !f.IsWarning))
        {
            throw new SlaPolicyValidationException($"The business calendar '{calendar.Name}'", findings);
        }
    }

    /// <summary>
    /// Refuses a schedule that a policy would refuse, by the same rules (warnings pass): a clock made from a calendar
    /// accepted, without a finding, a one-off that ends after the last supported instant (and counted it cut there) or
    /// starts after it (and left it out), though the same schedule in a policy is an error.
    /// </summary>
    public static void ThrowIfInvalid(MaintenanceSchedule maintenance)
    {
        var findings = PolicyFindings.From(MaintenanceValidator.Validate(maintenance));
        if (findings.Any(f => !f.IsWarning))
        {
            throw new SlaPolicyValidationException("The maintenance schedule", findings);
        }
    }
}
