using System.Collections.Generic;
using NodaTime;

namespace Zenput.Sla.Engine;

/// <summary>Where a <see cref="ChunkedTimeline"/> gets its raw working time from, one chunk at a time.</summary>
internal interface IWorkingSpanSource
{
    /// <summary>Gets the calendar's name for messages, or <see langword="null"/> for the 24×7 clock.</summary>
    string? CalendarName { get; }

    /// <summary>Gets how the source is described in messages.</summary>
    string Description { get; }

    /// <summary>
    /// Gets an instant after which working time depends only on the weekly and annual rules (no more
    /// dated holidays or extra days), so that 400 empty years after it prove there is no working time left.
    /// </summary>
    Instant RegularFrom { get; }

    /// <summary>
    /// Gets an instant before which working time depends only on the weekly and annual rules, so that
    /// 400 empty years before it prove there is no working time earlier (for backward questions).
    /// </summary>
    Instant RegularUntil { get; }

    /// <summary>
    /// Adds the working spans and the closed spans that may overlap <c>[from, to)</c>, in any order;
    /// they may overlap each other and stick out of the range.
    /// </summary>
    void Collect(Instant from, Instant to, List<InstantSpan> working, List<InstantSpan> closed);

    /// <summary>
    /// Gets a source with at least this one's working time whose rules repeat with the Gregorian calendar's 400
    /// years after its <see cref="RegularFrom"/> and before its <see cref="RegularUntil"/> (this one without its
    /// Easter holidays, which do not repeat so), or <see langword="null"/> when this one's rules already repeat so.
    /// Where that source has no working time, this one has none either: holidays only remove time.
    /// </summary>
    IWorkingSpanSource? PeriodicOverApproximation { get; }

    /// <summary>Whether a cheap look at the rules proves there is no working time at or after <paramref name="from"/>.</summary>
    bool ProvablyClosedFrom(Instant from);

    /// <summary>Whether a cheap look at the rules proves there is no working time before <paramref name="to"/>.</summary>
    bool ProvablyClosedBefore(Instant to);
}
