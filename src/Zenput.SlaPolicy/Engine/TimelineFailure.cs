namespace Zenput.Sla.Engine;

/// <summary>Why a timeline could not answer (the clock reports each as its public <c>SlaClockFailure</c>).</summary>
internal enum TimelineFailure
{
    /// <summary>No working time is left in the reachable future.</summary>
    NoWorkingTime,

    /// <summary>The answer lies beyond <see cref="ClockRange.Max"/>.</summary>
    BeyondRange,

    /// <summary>A pause without an end stops the count before it is done.</summary>
    StoppedForGood,
}
