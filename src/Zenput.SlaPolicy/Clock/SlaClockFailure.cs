namespace Zenput.Sla.Clock;

/// <summary>Why the SLA clock could not give an answer; see <see cref="SlaClockException.Failure"/>.</summary>
public enum SlaClockFailure
{
    /// <summary>The calendar has no working time left in the reachable future, so the goal can never be met.</summary>
    NoWorkingTime = 0,

    /// <summary>The due instant would lie beyond the range of instants the clock supports (about the year 9999).</summary>
    BeyondRepresentableRange = 1,

    /// <summary>A pause without an end stops the clock before the goal is met, so there is no due instant.</summary>
    ClockStoppedIndefinitely = 2,
}
