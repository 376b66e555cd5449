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

    /// <summary>An instant before which the schedule is purely periodic: before its first one-off, move, cancellation or rule limit.</summary>
    public static Instant RegularUntil(MaintenanceSchedule schedule)
    {
        var earliest = ClockRange.Max;
        foreach (var rule in schedule.Recurrences)
        {
            earliest = Earlier(earliest, rule.EffectiveFrom);
            earliest = Earlier(earliest, rule.EffectiveUntil);
        }

        foreach (var oneOff in schedule.OneOffs)
        {
            earliest = Earlier(earliest, oneOff.Start.Date);
        }

        foreach (var move in schedule.Moves)
        {
            earliest = Earlier(earliest, move.OriginalDate);
            earliest = Earlier(earliest, move.NewStart.Date);
        }

        foreach (var cancellation in schedule.Cancellations)
        {
            earliest = Earlier(earliest, cancellation.Date);
        }

        return earliest;
    }

    private static Instant Earlier(Instant earliest, LocalDate? date) =>
        date is { } d && DateBounds.StartOfDateAnywhere(d) is var start && start < earliest ? start : earliest;

    private static Instant Later(Instant latest, LocalDate? date) =>
        date is { } d && DateBounds.EndOfDateAnywhere(d) is var end && end > latest ? end : latest;

    private static Instant Later(Instant latest, LocalDateTime start, Duration length)
    {
        var end = DateBounds.EndOfDateAnywhere(start.Date);
        end = length >= ClockRange.Max - end ? ClockRange.Max : end + length;
        return end > latest ? end : latest;
    }
}
