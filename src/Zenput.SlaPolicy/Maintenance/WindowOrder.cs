using System.Collections.Generic;

namespace Zenput.Sla.Maintenance;

/// <summary>
/// The one order in which windows are listed: by start, then end, then source id, occurrence date
/// and origin, so that equal intervals from different sources still come out in the same order.
/// </summary>
internal sealed class WindowOrder : IComparer<MaintenanceWindow>
{
    public static readonly WindowOrder Instance = new();

    public int Compare(MaintenanceWindow? x, MaintenanceWindow? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byStart = x.Start.CompareTo(y.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = x.End.CompareTo(y.End);
        if (byEnd != 0)
        {
            return byEnd;
        }

        var bySource = string.CompareOrdinal(x.SourceId, y.SourceId);
        if (bySource != 0)
        {
            return bySource;
        }

        var byDate = x.OccurrenceDate.CompareTo(y.OccurrenceDate);
        return byDate != 0 ? byDate : x.Origin.CompareTo(y.Origin);
    }
}
