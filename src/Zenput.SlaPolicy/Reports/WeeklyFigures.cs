using System.Globalization;
using NodaTime;

namespace Zenput.Sla.Reports;

/// <summary>The verdicts of the tickets reported in one ISO week (Monday to Sunday in the policy's support zone).</summary>
/// <param name="WeekStart">The Monday the week starts on, in the support zone.</param>
/// <param name="Verdicts">The verdicts of the tickets reported that week.</param>
public readonly record struct WeeklyFigures(LocalDate WeekStart, VerdictCounts Verdicts)
{
    /// <summary>Gets the ISO week-numbering year: the year of the week's Thursday.</summary>
    public int WeekYear => WeekStart.PlusDays(3).Year;

    /// <summary>Gets the ISO week number, 1 to 53 (week 1 holds the year's first Thursday).</summary>
    public int Week => ((WeekStart.PlusDays(3).DayOfYear - 1) / 7) + 1;

    /// <summary>Gets the ISO 8601 week label, such as <c>2026-W48</c>.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{WeekYear:D4}-W{Week:D2}");
}
