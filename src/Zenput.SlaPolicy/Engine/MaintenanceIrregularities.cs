using NodaTime;
using Zenput.Sla.Maintenance;

namespace Zenput.Sla.Engine;

/// <summary>Finds an instant after which a maintenance schedule is purely periodic (no one-offs, moves, cancellations or rule limits left).</summary>
internal static class MaintenanceIrregularities
{
    public static Instant RegularFrom(MaintenanceSchedule schedule)
    {
        var latest = ClockRange.Min;
        foreach (var rule in schedule.Recurrences)
        {
            latest = Later(latest, rule.EffectiveFrom);
            latest = Later(latest, rule.EffectiveUntil);
        }

        foreach (var oneOff in schedule.OneOffs)
        {
            latest = Later(latest, oneOff.Start, oneOff.Length);
        }

        foreach (var move in schedule.Moves)
        {
            latest = Later(latest, move.OriginalDate);
            latest = Later(latest, move.NewStart, move.NewLength ?? Duration.FromDays(7));
        }

        foreach (var cancellation in schedule.Cancellations)
        {
            latest = Later(latest, cancellation.Date);
        }

        return latest;
    }

    private static Instant Later(Instant latest, LocalDate? date) =>
        date is { } d && DateBounds.EndOfDateAnywhere(d) is var end && end > latest ? end : latest;

    private static Instant Later(Instant latest, LocalDateTime start, Duration length)
    {
        var end = DateBounds.EndOfDateAnywhere(start.Date);
        end = length >= ClockRange.Max - end ? ClockRange.Max : end + length;
        return end > latest ? end : latest;
    }
}
