using System.Collections.Generic;
using NodaTime;

namespace Zenput.Sla.Engine;

/// <summary>A source whose working time belongs to local dates, so that it has working days (for business-days goals).</summary>
internal interface IWorkingDaySource : IWorkingSpanSource
{
    /// <summary>
    /// Adds the close of every working day that closes in <c>[from, to)</c>, in any order: the end of the
    /// last working time owned by a date (its windows, after holidays and closures).
    /// </summary>
    void CollectWorkingDayCloses(Instant from, Instant to, List<Instant> closes);
}
