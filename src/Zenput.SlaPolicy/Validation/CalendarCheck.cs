using System.Linq;
using Zenput.Sla.Calendars;

namespace Zenput.Sla.Validation;

/// <summary>Validates a business calendar used on its own (by a clock made from it), where no policy build would.</summary>
internal static class CalendarCheck
{
    private static readonly BusinessCalendarValidator Validator = new();

    public static void ThrowIfInvalid(BusinessCalendar calendar)
    {
        var findings = PolicyFindings.From(Validator.Validate(calendar));
        if (findings.Any(f => !f.IsWarning))
        {
            throw new SlaPolicyValidationException($"The business calendar '{calendar.Name}'", findings);
        }
    }
}
